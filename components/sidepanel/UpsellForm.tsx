// Note an upsell opportunity the page reveals (a budget, a plan, a pain the agency could solve).
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import type { Upsell } from '@/lib/db/schemas';
import { parseMoney } from '@/lib/forms/fields';
import { STAGES, stageLabel } from '@/lib/insights/stages';
import type { Outcome, UpsellInput } from './types';
import { FormFooter } from '@/components/ui/FormFooter';
import { t } from '@/lib/i18n';
import { focusOnMount } from '@/components/ui/focusOnMount';

interface Props {
  initialNote: string;
  currency: string;
  onSave: (input: UpsellInput) => Outcome;
  onDone: () => void;
}

export function UpsellForm({ initialNote, currency, onSave, onDone }: Props) {
  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const [stage, setStage] = useState<Upsell['stage']>('identified');
  const [note, setNote] = useState(initialNote);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!title.trim()) errs.title = t('upsellTitleMissing');
    const money = value.trim() ? parseMoney(value, currency) : { ok: true as const, value: 0 };
    if (!money.ok) errs.value = money.error;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !money.ok) return;
    const err = await onSave({ title: title.trim(), valueCents: money.value, stage, note });
    setSaveError(err);
    if (!err) onDone();
  }

  return (
    <form className="sk-card" aria-label={t('upsellForm')} onSubmit={submit} noValidate>
      <h3>{t('upsellForm')}</h3>
      <Field label={t('upsellTitle')} error={errors.title}>
        <input data-testid="upsell-title" value={title} onChange={(e) => setTitle(e.target.value)} ref={focusOnMount} />
      </Field>
      <div className="sk-row">
        <Field label={t('upsellValue', { currency })} error={errors.value}>
          <input
            data-testid="upsell-value"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </Field>
        <Field label={t('upsellStage')}>
          <select
            data-testid="upsell-stage"
            value={stage}
            onChange={(e) => setStage(e.target.value as Upsell['stage'])}
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('feedbackNote')}>
        <textarea data-testid="upsell-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormFooter error={saveError} saveLabel={t('upsellSave')} saveTestId="upsell-save" onCancel={onDone} />
    </form>
  );
}
