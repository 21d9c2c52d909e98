// The project at a glance, each part a collapsible section whose heading carries its count: what
// the agency waits for, which out-of-scope asks still have no change order (money leaking), where
// the upsells stand, what the client said.
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { Section } from '@/components/ui/Section';
import type { DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import { clauseText } from '@/lib/asks/clauses';
import { openOutOfScope } from '@/lib/asks/verdict';
import { daysSince, showDay } from '@/lib/dates/days';
import { STAGES, stageLabel } from '@/lib/insights/stages';
import { formatMoney } from '@/lib/money';
import { FeedbackTimeline } from './FeedbackTimeline';
import { formatNumber, t, tn } from '@/lib/i18n';

/** The open out-of-scope asks listed, newest first. */
const LEAKING_SHOWN = 50;

interface Props {
  project: Project;
  feedback: Feedback[];
  waits: Wait[];
  upsells: Upsell[];
  requests: DetectedRequest[];
  /** All open out-of-scope asks, counted exactly; `requests` may hold only the newest of them. */
  openAskCount?: number | null;
  onCloseWait: (wait: Wait) => void;
  /** Insights (issue 7): the editable open waits and the brief editor, as sections. */
  insights?: ReactNode;
}

export function ProjectView({
  project,
  feedback,
  waits,
  upsells,
  requests,
  openAskCount = null,
  onCloseWait,
  insights,
}: Props) {
  const currency = project.scope.currency ?? 'USD';
  const open = waits
    .filter((w) => w.closedAt === null && w.deletedAt === null)
    .sort((a, b) => a.askedOn.localeCompare(b.askedOn));
  const leaking = openOutOfScope(requests);
  // Only the stages holding upsells: a row of zeros says nothing the heading does not.
  const stages = STAGES.map((stage) => ({ stage, items: upsells.filter((u) => u.stage === stage) })).filter(
    (s) => s.items.length > 0,
  );
  const upsellTotal = upsells.reduce((s, u) => s + u.valueCents, 0);
  const shown = leaking.slice(0, LEAKING_SHOWN);
  return (
    <section aria-labelledby="project-view-h" data-testid="project-view" className="sk-project">
      <h2 id="project-view-h" className="sk-project-title">
        {t('projectHeading', { name: project.name })}
      </h2>
      {insights && <div data-testid="project-insights">{insights}</div>}
      {/* With insights wired, their editable wait list replaces this read-only one. */}
      {!insights && (
        <Section id="waits" title={t('waitsHeading', { count: open.length })}>
          {open.length === 0 ? (
            <EmptyState>{t('waitsNone')}</EmptyState>
          ) : (
            <ul className="sk-list">
              {open.map((w) => (
                <li key={w.id} className="sk-card sk-row" data-testid="wait-entry">
                  <span>{w.what}</span>
                  <strong>{tn('daysWaiting', daysSince(w.askedOn))}</strong>
                  {w.dueBy && <span className="sk-hint">{t('dueOn', { day: showDay(w.dueBy) })}</span>}
                  <Button onClick={() => onCloseWait(w)} aria-label={t('waitReceivedLabel', { what: w.what })}>
                    {t('waitReceived')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {/* The container reads the newest 50 and counts them all; without a count, a 51st means more than listed. */}
      <Section
        id="leaking"
        title={
          openAskCount !== null && openAskCount > shown.length
            ? t('leakingHeadingCount', { count: openAskCount, shown: shown.length })
            : openAskCount === null && leaking.length > LEAKING_SHOWN
              ? t('leakingHeadingMore', { count: LEAKING_SHOWN })
              : t('leakingHeading', { count: openAskCount ?? leaking.length })
        }
      >
        {leaking.length === 0 ? (
          <EmptyState>{t('leakingNone')}</EmptyState>
        ) : (
          <ul className="sk-list">
            {shown.map((r) => (
              <li key={r.id} className="sk-card" data-testid="open-ask">
                <blockquote className="sk-quote">{r.askText}</blockquote>
                <span className="sk-hint">
                  {clauseText(r.correction?.scopeRef ?? r.scopeRef, project) ?? t('noClause')} · {r.source.title}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section
        id="upsells"
        title={
          upsells.length === 0
            ? t('upsellPipeline')
            : t('upsellPipelineCounted', { count: upsells.length, value: formatMoney(upsellTotal, currency) })
        }
      >
        {upsells.length === 0 ? (
          <EmptyState>{t('upsellsNone')}</EmptyState>
        ) : (
          <>
            <table className="sk-table">
              <caption className="sk-visually-hidden">{t('upsellsByStage')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('upsellStage')}</th>
                  <th scope="col">{t('count')}</th>
                  <th scope="col">{t('value')}</th>
                </tr>
              </thead>
              <tbody>
                {stages.map(({ stage, items }) => (
                  <tr key={stage} data-testid="upsell-stage-row" data-stage={stage}>
                    <th scope="row">{stageLabel(stage)}</th>
                    <td>{formatNumber(items.length)}</td>
                    <td>
                      {formatMoney(
                        items.reduce((s, u) => s + u.valueCents, 0),
                        currency,
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="sk-list">
              {upsells.slice(0, 20).map((u) => (
                <li key={u.id} data-testid="upsell-entry" className="sk-hint">
                  {u.title} · {stageLabel(u.stage)} · {formatMoney(u.valueCents, currency)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <FeedbackTimeline feedback={feedback} />
    </section>
  );
}
