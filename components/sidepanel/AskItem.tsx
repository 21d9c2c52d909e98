// One ask found on the page: its verdict, the SOW clause behind it, and the AM's correction. A
// correction is sent at once (the background stores it and the engine learns from it).
import { useState } from 'react';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { clauseText, defaultRef, refOptions } from '@/lib/asks/clauses';
import { VERDICT_LABEL, effectiveScopeRef, effectiveVerdict } from '@/lib/asks/verdict';
import type { AbsorbHandler } from './AbsorbForm';
import { AbsorbForm } from './AbsorbForm';
import type { Outcome } from './types';

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
      aria-label={`Ask: ${short}`}
    >
      <div className="sk-row">
        <span className="sk-verdict" data-verdict={verdict}>
          {VERDICT_LABEL[verdict]}
        </span>
        {(ask.correction || pending) && <span className="sk-hint">corrected by you</span>}
        {verdict === 'out_of_scope' && (
          <label className="sk-row">
            <input
              type="checkbox"
              data-testid="ask-select"
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
            />
            Include in change order
          </label>
        )}
      </div>
      <blockquote className="sk-quote">{ask.askText}</blockquote>
      {clause && (
        <p data-testid="ask-clause">
          <strong>SOW:</strong> {clause}
        </p>
      )}
      {ask.matchedText && <p className="sk-hint">Matched “{ask.matchedText}”</p>}
      {ask.reason && <p className="sk-hint">{ask.reason}</p>}
      <div className="sk-row">
        <label>
          Verdict{' '}
          <select
            data-testid="ask-correct"
            value={verdict}
            aria-label={`Correct the verdict of: ${short}`}
            onChange={(e) => {
              const v = e.target.value as Verdict;
              void correct(v, defaultRef(v, ref, project));
            }}
          >
            <option value="out_of_scope">Out of scope</option>
            <option value="in_scope">In scope</option>
            <option value="no_request">No ask</option>
          </select>
        </label>
        {options.length > 0 && (
          <label>
            Clause{' '}
            <select
              data-testid="ask-correct-ref"
              value={ref ?? ''}
              aria-label={`SOW clause for: ${short}`}
              onChange={(e) => void correct(verdict, e.target.value || null)}
            >
              {!ref && <option value="">None cited</option>}
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
          Covered by a change order.
        </p>
      )}
      {verdict === 'out_of_scope' && onAbsorb && <AbsorbForm ask={ask} project={project} onAbsorb={onAbsorb} />}
      {verdict === 'out_of_scope' && !ask.changeOrderId && !ask.absorbed && onSnooze && (
        <p className="sk-row">
          {ask.snoozedUntil ? (
            <span className="sk-hint" data-testid="ask-snoozed">
              Snoozed until {ask.snoozedUntil}
            </span>
          ) : (
            <button type="button" data-testid="ask-snooze" onClick={() => void onSnooze(ask).then(setError)}>
              Snooze until tomorrow
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
