// A labelled control with its hint and error right beside it. The error is tied to the control
// with aria-describedby / aria-invalid so screen readers announce it with the field.
import type { ReactElement, ReactNode } from 'react';
import { cloneElement, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The input, select or textarea; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sk-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <span id={hintId} className="sk-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="sk-error" role="alert" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
