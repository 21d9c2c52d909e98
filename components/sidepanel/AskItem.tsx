// One ask found on the page: its verdict, the SOW clause behind it, and the AM's correction. A
// correction is sent at once (the background stores it and the engine learns from it).
import { useState } from 'react';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { clauseText, defaultRef, refOptions } from '@/lib/asks/clauses';
import { effectiveScopeRef, effectiveVerdict, engineReason, verdictLabel } from '@/lib/asks/verdict';
import type { AbsorbHandler } from './AbsorbForm';
import { AbsorbForm } from './AbsorbForm';
import { showDay } from '@/lib/dates/days';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';

interface Props {
  ask: DetectedRequest;
  project: Project | null;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onCorrect: (ask: DetectedRequest, verdict: Verdict, scopeRef: string | null) => Outcome;
  /** Record the ask as work done without a change order (absorbed-work ledger). */
  onAbsorb?: AbsorbHandler;
  /** Out of today's list until tomorrow (the ask stays on the page). */
  onSnooze?: ((ask: DetectedRequest) => Outcome) | undefined;
}

export function AskItem({ ask, project, selected, onSelect, onCorrect, onAbsorb, onSnooze }: Props) {
  const [error, setError] = useState<string | null>(null);
  // Shown at once; the parent remounts this item (key has updatedAt) when the stored ask changes.
  const [pending, setPending] = useState<{ verdict: Verdict; ref: string | null } | null>(null);
  const verdict = pending?.verdict ?? effectiveVerdict(ask);
  const ref = pending ? pending.ref : effectiveScopeRef(ask);
  const clause = clauseText(ref, project);
  const options = refOptions(verdict, project);
  const short = ask.askText.length > 60 ? `${ask.askText.slice(0, 57)}…` : ask.askText;

  const correct = async (v: Verdict, r: string | null) => {
    setPending({ verdict: v, ref: r });
    const err = await onCorrect(ask, v, r);
    setError(err);
    if (err) setPending(null);
  };

  return (
    <article
      className="sk-card"
      data-testid="ask"
      data-verdict={verdict}
      data-request-id={ask.id}
      aria-label={t('askLabel', { text: short })}
    >
      <div className="sk-row">
        <span className="sk-verdict" data-verdict={verdict}>
          {verdictLabel(verdict)}
        </span>
        {(ask.correction || pending) && <span className="sk-hint">{t('askCorrected')}</span>}
        {verdict === 'out_of_scope' && (
          <label className="sk-row">
            <input
              type="checkbox"
              data-testid="ask-select"
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
            />
            {t('askInclude')}
          </label>
        )}
      </div>
      <blockquote className="sk-quote">{ask.askText}</blockquote>
      {clause && (
        <p data-testid="ask-clause">
          <strong>{t('askSow')}</strong> {clause}
        </p>
      )}
      {ask.matchedText && <p className="sk-hint">{t('askMatched', { text: ask.matchedText })}</p>}
      {engineReason(ask) && <p className="sk-hint">{engineReason(ask)}</p>}
      <div className="sk-row">
        <label>
          {t('askVerdict')}{' '}
          <select
            data-testid="ask-correct"
            value={verdict}
            aria-label={t('askCorrectVerdict', { text: short })}
            onChange={(e) => {
              const v = e.target.value as Verdict;
              void correct(v, defaultRef(v, ref, project));
            }}
          >
            <option value="out_of_scope">{verdictLabel('out_of_scope')}</option>
            <option value="in_scope">{verdictLabel('in_scope')}</option>
            <option value="no_request">{verdictLabel('no_request')}</option>
          </select>
        </label>
        {options.length > 0 && (
          <label>
            {t('askClause')}{' '}
            <select
              data-testid="ask-correct-ref"
              value={ref ?? ''}
              aria-label={t('askClauseFor', { text: short })}
              onChange={(e) => void correct(verdict, e.target.value || null)}
            >
              {!ref && <option value="">{t('askNoneCited')}</option>}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {verdict === 'out_of_scope' && ask.changeOrderId && (
        <p className="sk-hint" data-testid="ask-covered">
          {t('askCovered')}
        </p>
      )}
      {verdict === 'out_of_scope' && onAbsorb && <AbsorbForm ask={ask} project={project} onAbsorb={onAbsorb} />}
      {verdict === 'out_of_scope' && !ask.changeOrderId && !ask.absorbed && onSnooze && (
        <p className="sk-row">
          {ask.snoozedUntil ? (
            <span className="sk-hint" data-testid="ask-snoozed">
              {t('askSnoozedUntil', { day: showDay(ask.snoozedUntil) })}
            </span>
          ) : (
            <button type="button" data-testid="ask-snooze" onClick={() => void onSnooze(ask).then(setError)}>
              {t('askSnooze')}
            </button>
          )}
        </p>
      )}
      {error && (
        <p className="sk-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
