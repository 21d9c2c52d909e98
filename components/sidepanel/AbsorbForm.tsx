// "Do it without a change order": the AM chooses to absorb an out-of-scope ask, and says what it is
// worth, so the giveaway lands in the project's absorbed-work ledger instead of vanishing. The form
// opens from the verdict bar's Absorb; the ask's card then says what was absorbed.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import { DEFAULT_ESTIMATE_HOURS, estimateRateCents } from '@/lib/changeorders/draft';
import { formatMoney, minorToInput, mulRound, normaliseCurrency, parseMoney } from '@/lib/money';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';
import { focusOnMount } from '@/components/ui/focusOnMount';

export type AbsorbHandler = (ask: DetectedRequest, valueCents: number, note: string) => Outcome;

interface Props {
  ask: DetectedRequest;
  project: Project | null;
  onAbsorb: AbsorbHandler;
  /** Saved or cancelled. */
  onDone: () => void;
}

/** A starting estimate the AM corrects: the draft's default hours at the project's rate. */
function estimate(project: Project | null): number {
  const rate = project ? (estimateRateCents(project) ?? 0) : 0;
  return mulRound(DEFAULT_ESTIMATE_HOURS, rate);
}

/** What was absorbed, on the ask's card. */
export function AbsorbedNote({ ask, project }: { ask: DetectedRequest; project: Project | null }) {
  if (!ask.absorbed) return null;
  const value = formatMoney(ask.absorbed.valueCents, normaliseCurrency(project?.scope.currency));
  return (
    <p className="sk-hint" data-testid="ask-absorbed">
      {ask.absorbed.note ? t('absorbedWithNote', { value, note: ask.absorbed.note }) : t('absorbed', { value })}
    </p>
  );
}

export function AbsorbForm({ ask, project, onAbsorb, onDone }: Props) {
  const currency = normaliseCurrency(project?.scope.currency);
  const [value, setValue] = useState(() => minorToInput(estimate(project), currency));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const money = parseMoney(value, currency);
    setError(money.ok ? undefined : money.error);
    if (!money.ok) return;
    const err = await onAbsorb(ask, money.minor, note);
    setSaveError(err);
    if (!err) onDone();
  }

  return (
    <form
      className="sk-row sk-absorb"
      aria-label={t('absorbForm')}
      data-testid="absorb-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
      noValidate
    >
      <Field label={t('absorbValue', { currency })} error={error}>
        <input
          data-testid="absorb-value"
          inputMode="decimal"
          size={9}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          ref={focusOnMount}
        />
      </Field>
      <Field label={t('absorbWhy')}>
        <input data-testid="absorb-note" size={14} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Button type="submit" kind="primary" data-testid="absorb-save">
        {t('absorbSave')}
      </Button>
      <Button onClick={onDone}>{t('cancel')}</Button>
      {saveError && (
        <p className="sk-error" role="alert">
          {saveError}
        </p>
      )}
    </form>
  );
}
