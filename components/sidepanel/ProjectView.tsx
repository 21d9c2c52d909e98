// The project at a glance: what the client said, what the agency waits for, where the upsells
// stand, and which out-of-scope asks still have no change order (money leaking).
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import type { DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import { clauseText } from '@/lib/asks/clauses';
import { openOutOfScope } from '@/lib/asks/verdict';
import { daysSince } from '@/lib/dates/days';
import { formatMoney } from '@/lib/money';
import { FeedbackTimeline } from './FeedbackTimeline';

interface Props {
  project: Project;
  feedback: Feedback[];
  waits: Wait[];
  upsells: Upsell[];
  requests: DetectedRequest[];
  onCloseWait: (wait: Wait) => void;
  /** Insights (issue 7): overview numbers, auto-detected waits, brief editor. */
  insights?: ReactNode;
}

const STAGES: Upsell['stage'][] = ['identified', 'pitched', 'won', 'lost'];

export function ProjectView({ project, feedback, waits, upsells, requests, onCloseWait, insights }: Props) {
  const currency = project.scope.currency ?? 'USD';
  const open = waits
    .filter((w) => w.closedAt === null && w.deletedAt === null)
    .sort((a, b) => a.askedOn.localeCompare(b.askedOn));
  const leaking = openOutOfScope(requests);
  return (
    <section aria-labelledby="project-view-h" data-testid="project-view">
      <h2 id="project-view-h">Project: {project.name}</h2>
      {insights && <div data-testid="project-insights">{insights}</div>}
      {/* The container reads the newest 51 at most: a 51st means there are more than the 50 listed. */}
      <h3>
        Out-of-scope asks without a change order (
        {leaking.length > 50 ? 'the newest 50 shown; more in Options > Overview' : leaking.length})
      </h3>
      {leaking.length === 0 ? (
        <EmptyState>None: every out-of-scope ask is covered by a change order or recorded as absorbed.</EmptyState>
      ) : (
        <ul className="sk-list">
          {leaking.slice(0, 50).map((r) => (
            <li key={r.id} className="sk-card" data-testid="open-ask">
              <blockquote className="sk-quote">{r.askText}</blockquote>
              <span className="sk-hint">
                {clauseText(r.correction?.scopeRef ?? r.scopeRef, project) ?? 'no clause'} · {r.source.title}
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* With insights wired, their editable wait list replaces this read-only one. */}
      {!insights && (
        <>
          <h3>Waiting on the client ({open.length})</h3>
          {open.length === 0 ? (
            <EmptyState>
              Nothing open. Use “Record wait” when you ask the client for assets, access or a decision.
            </EmptyState>
          ) : (
            <ul className="sk-list">
              {open.map((w) => (
                <li key={w.id} className="sk-card sk-row" data-testid="wait-entry">
                  <span>{w.what}</span>
                  <strong>{daysSince(w.askedOn)} days waiting</strong>
                  {w.dueBy && <span className="sk-hint">due {w.dueBy}</span>}
                  <button type="button" onClick={() => onCloseWait(w)} aria-label={`Mark received: ${w.what}`}>
                    Received
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>Upsell pipeline</h3>
      {upsells.length === 0 ? (
        <EmptyState>
          No upsells noted. Use “Note upsell” when the client mentions a budget, a plan or a new need.
        </EmptyState>
      ) : (
        <table>
          <caption className="sk-visually-hidden">Upsells by stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Count</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((stage) => {
              const items = upsells.filter((u) => u.stage === stage);
              return (
                <tr key={stage} data-testid="upsell-stage-row" data-stage={stage}>
                  <th scope="row">{stage}</th>
                  <td>{items.length}</td>
                  <td>
                    {formatMoney(
                      items.reduce((s, u) => s + u.valueCents, 0),
                      currency,
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ul className="sk-list">
        {upsells.slice(0, 20).map((u) => (
          <li key={u.id} data-testid="upsell-entry" className="sk-hint">
            {u.title} · {u.stage} · {formatMoney(u.valueCents, currency)}
          </li>
        ))}
      </ul>
      <FeedbackTimeline feedback={feedback} />
    </section>
  );
}
