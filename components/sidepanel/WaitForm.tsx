// Record what the agency is waiting on the client for (assets, approval, access...), since when.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { today } from '@/lib/dates/days';
import type { Outcome, WaitInput } from './types';
import { FormFooter } from '@/components/ui/FormFooter';

interface Props {
  onSave: (input: WaitInput) => Outcome;
  onDone: () => void;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function WaitForm({ onSave, onDone }: Props) {
  const [what, setWhat] = useState('');
  const [askedOn, setAskedOn] = useState(today());
  const [dueBy, setDueBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!what.trim()) errs.what = 'Say what you are waiting for, e.g. “logo files”';
    if (!DAY.test(askedOn)) errs.askedOn = 'Enter the day you asked, like 2026-09-01';
    if (dueBy && !DAY.test(dueBy)) errs.dueBy = 'Enter a day like 2026-09-15, or leave it empty';
    else if (dueBy && dueBy < askedOn) errs.dueBy = 'The due day is before the day you asked';
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const err = await onSave({ what: what.trim(), askedOn, dueBy: dueBy || null });
    setSaveError(err);
    if (!err) onDone();
  }

  return (
    <form className="sk-card" aria-label="Record a wait" onSubmit={submit} noValidate>
      <h3>Waiting on the client</h3>
      <Field label="What the agency needs" error={errors.what}>
        <input data-testid="wait-what" value={what} onChange={(e) => setWhat(e.target.value)} autoFocus />
      </Field>
      <div className="sk-row">
        <Field label="Asked on" error={errors.askedOn}>
          <input type="date" data-testid="wait-asked-on" value={askedOn} onChange={(e) => setAskedOn(e.target.value)} />
        </Field>
        <Field label="Due by" error={errors.dueBy}>
          <input type="date" data-testid="wait-due-by" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />
        </Field>
      </div>
      <FormFooter error={saveError} saveLabel="Save wait" saveTestId="wait-save" onCancel={onDone} />
    </form>
  );
}
