// Record what the agency is waiting on the client for (assets, approval, access...), since when.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { today } from '@/lib/dates/days';
import type { Outcome, WaitInput } from './types';
import { FormFooter } from '@/components/ui/FormFooter';
import { t } from '@/lib/i18n';
import { focusOnMount } from '@/components/ui/focusOnMount';

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
    if (!what.trim()) errs.what = t('waitWhatMissing');
    if (!DAY.test(askedOn)) errs.askedOn = t('waitAskedOnInvalid');
    if (dueBy && !DAY.test(dueBy)) errs.dueBy = t('waitDueByInvalid');
    else if (dueBy && dueBy < askedOn) errs.dueBy = t('waitDueBeforeAsked');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const err = await onSave({ what: what.trim(), askedOn, dueBy: dueBy || null });
    setSaveError(err);
    if (!err) onDone();
  }

  return (
    <form className="sk-card" aria-label={t('waitForm')} onSubmit={submit} noValidate>
      <h3>{t('waitFormHeading')}</h3>
      <Field label={t('waitWhat')} error={errors.what}>
        <input data-testid="wait-what" value={what} onChange={(e) => setWhat(e.target.value)} ref={focusOnMount} />
      </Field>
      <div className="sk-row">
        <Field label={t('waitAskedOn')} error={errors.askedOn}>
          <input type="date" data-testid="wait-asked-on" value={askedOn} onChange={(e) => setAskedOn(e.target.value)} />
        </Field>
        <Field label={t('waitDueBy')} error={errors.dueBy}>
          <input type="date" data-testid="wait-due-by" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />
        </Field>
      </div>
      <FormFooter error={saveError} saveLabel={t('waitSave')} saveTestId="wait-save" onCancel={onDone} />
    </form>
  );
}
