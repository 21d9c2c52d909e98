// "Do it without a change order": the AM chooses to absorb an out-of-scope ask, and says what it is
// worth, so the giveaway lands in the project's absorbed-work ledger instead of vanishing.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import { DEFAULT_ESTIMATE_HOURS } from '@/lib/changeorders/draft';
import { formatMoney, minorToInput, mulRound, normaliseCurrency, parseMoney } from '@/lib/money';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';

export type AbsorbHandler = (ask: DetectedRequest, valueCents: number, note: string) => Outcome;

interface Props {
  ask: DetectedRequest;
  project: Project | null;
  onAbsorb: AbsorbHandler;
}

/** A starting estimate the AM corrects: the draft's default hours at the first rate-card rate. */
function estimate(project: Project | null): number {
  const rate = project?.rateCard[0]?.rateCents ?? 0;
  return mulRound(DEFAULT_ESTIMATE_HOURS, rate);
}

export function AbsorbForm({ ask, project, onAbsorb }: Props) {
  const currency = normaliseCurrency(project?.scope.currency);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(() => minorToInput(estimate(project), currency));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | null>(null);

  if (ask.absorbed) {
    return (
      <p className="sk-hint" data-testid="ask-absorbed">
        {ask.absorbed.note
          ? t('absorbedWithNote', { value: formatMoney(ask.absorbed.valueCents, currency), note: ask.absorbed.note })
          : t('absorbed', { value: formatMoney(ask.absorbed.valueCents, currency) })}
      </p>
    );
  }
  if (ask.changeOrderId) return null;
  if (!open) {
    return (
      <button type="button" data-testid="ask-absorb" onClick={() => setOpen(true)}>
        {t('absorbOpen')}
      </button>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const money = parseMoney(value, currency);
    setError(money.ok ? undefined : money.error);
    if (!money.ok) return;
    const err = await onAbsorb(ask, money.minor, note);
    setSaveError(err);
    if (!err) setOpen(false);
  }

  return (
    <form className="sk-row" aria-label={t('absorbForm')} onSubmit={submit} noValidate>
      <Field label={t('absorbValue', { currency })} error={error}>
        <input
          data-testid="absorb-value"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <Field label={t('absorbWhy')}>
        <input data-testid="absorb-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="submit" data-testid="absorb-save">
        {t('absorbSave')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
      {saveError && (
        <p className="sk-error" role="alert">
          {saveError}
        </p>
      )}
    </form>
  );
}
