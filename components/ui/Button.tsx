// The one button of the surfaces. Weight says what matters: one `primary` per view (the action the
// AM most likely wants next), `secondary` for the rest, `quiet` for small in-row actions (Edit,
// Remove, Select). The looks live once, in ui.css (button, button.primary, button.quiet).
import type { ButtonHTMLAttributes } from 'react';

export type ButtonKind = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  kind?: ButtonKind;
}

/** The class a button of this kind carries (for the rare <button> that cannot be this component). */
export function buttonClass(kind: ButtonKind = 'secondary', extra?: string): string | undefined {
  const own = kind === 'secondary' ? '' : kind;
  return [own, extra].filter(Boolean).join(' ') || undefined;
}

export function Button({ kind = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass(kind, className)} {...rest} />;
}
