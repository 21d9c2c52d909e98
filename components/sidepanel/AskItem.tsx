// One ask found on the page: its verdict and the SOW clause behind it. The selected ask (the one
// the verdict bar shows) opens up: why the engine judged so, the AM's correction of verdict and
// clause, what was absorbed, snooze. The others stay two lines tall; Select brings one up.
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { Button } from '@/components/ui/Button';
import { clauseText, defaultRef, refOptions } from '@/lib/asks/clauses';
import { engineReason, verdictLabel } from '@/lib/asks/verdict';
import { showDay } from '@/lib/dates/days';
import { AbsorbedNote } from './AbsorbForm';
import { t } from '@/lib/i18n';

/** How an ask is shown: the AM's correction (pending or stored) wins over the engine. */
export interface ShownVerdict {
  verdict: Verdict;
  ref: string | null;
  corrected: boolean;
}

interface Props {
  ask: DetectedRequest;
  shown: ShownVerdict;
  project: Project | null;
  /** The verdict bar's ask: shown in full with its corrections. */
  current: boolean;
  onPick: () => void;
  /** Ticked for the change order. */
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onCorrect: (verdict: Verdict, scopeRef: string | null) => void;
  /** Out of today's list until tomorrow (the ask stays on the page). */
  onSnooze?: (() => void) | undefined;
}

export function AskItem({ ask, shown, project, current, onPick, selected, onSelect, onCorrect, onSnooze }: Props) {
  const { verdict, ref } = shown;
  const clause = clauseText(ref, project);
  const options = refOptions(verdict, project);
  const short = ask.askText.length > 60 ? `${ask.askText.slice(0, 57)}…` : ask.askText;
  const why = [ask.matchedText ? t('askMatched', { text: ask.matchedText }) : null, engineReason(ask)].filter(
    (x): x is string => !!x,
  );

  return (
    <article
      className="sk-card sk-ask"
      data-testid="ask"
      data-verdict={verdict}
      data-request-id={ask.id}
      data-current={current}
      aria-current={current ? 'true' : undefined}
      aria-label={t('askLabel', { text: short })}
    >
      <div className="sk-row">
        <span className="sk-verdict" data-verdict={verdict}>
          {verdictLabel(verdict)}
        </span>
        {shown.corrected && <span className="sk-hint">{t('askCorrected')}</span>}
        {verdict === 'out_of_scope' && (
          <label className="sk-row sk-hint">
            <input
              type="checkbox"
              data-testid="ask-select"
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
            />
            {t('askInclude')}
          </label>
        )}
        {!current && (
          <Button
            kind="quiet"
            className="sk-push"
            data-testid="ask-pick"
            aria-label={t('askPickLabel', { text: short })}
            onClick={onPick}
          >
            {t('askPick')}
          </Button>
        )}
      </div>
      <blockquote className={current ? 'sk-quote' : 'sk-quote sk-clamp2'}>{ask.askText}</blockquote>
      {clause && (
        <p data-testid="ask-clause" className={current ? 'sk-ask-clause' : 'sk-ask-clause sk-clamp1'}>
          <strong>{t('askSow')}</strong> {clause}
        </p>
      )}
      {current && (
        <>
          <div className="sk-row sk-ask-more">
            {why.length > 0 && (
              <details className="sk-disclosure">
                <summary>{t('askWhy')}</summary>
                {why.map((w) => (
                  <p key={w} className="sk-hint">
                    {w}
                  </p>
                ))}
              </details>
            )}
            {verdict === 'out_of_scope' &&
              !ask.changeOrderId &&
              !ask.absorbed &&
              onSnooze &&
              (ask.snoozedUntil ? (
                <span className="sk-hint sk-push" data-testid="ask-snoozed">
                  {t('askSnoozedUntil', { day: showDay(ask.snoozedUntil) })}
                </span>
              ) : (
                <Button kind="quiet" className="sk-push" data-testid="ask-snooze" onClick={onSnooze}>
                  {t('askSnooze')}
                </Button>
              ))}
          </div>
          <div className="sk-row sk-ask-correct">
            <label>
              {t('askVerdict')}{' '}
              <select
                data-testid="ask-correct"
                value={verdict}
                aria-label={t('askCorrectVerdict', { text: short })}
                onChange={(e) => {
                  const v = e.target.value as Verdict;
                  onCorrect(v, defaultRef(v, ref, project));
                }}
              >
                <option value="out_of_scope">{verdictLabel('out_of_scope')}</option>
                <option value="in_scope">{verdictLabel('in_scope')}</option>
                <option value="no_request">{verdictLabel('no_request')}</option>
              </select>
            </label>
            {options.length > 0 && (
              <label className="sk-ask-ref">
                {t('askClause')}{' '}
                <select
                  data-testid="ask-correct-ref"
                  value={ref ?? ''}
                  aria-label={t('askClauseFor', { text: short })}
                  onChange={(e) => onCorrect(verdict, e.target.value || null)}
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
          <AbsorbedNote ask={ask} project={project} />
        </>
      )}
    </article>
  );
}
