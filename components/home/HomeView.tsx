// Home: every client on one screen with what needs the AM (open out-of-scope asks, money waiting
// in sent change orders, overdue waits, the last feedback's mood), sortable, each row opening the
// thread or ticket to act on.
import { useState } from 'react';
import type { HomeRow, HomeSort } from '@/lib/reminders/home';
import { sortHome } from '@/lib/reminders/home';
import { safeHref } from '@/lib/links/safeHref';
import { formatMoney } from '@/lib/money';
import { Notice } from '@/components/ui/Notice';

interface Props {
  rows: HomeRow[];
  /** What needs the AM today (the toolbar count). */
  dueCount: number;
  onCopySummary: () => Promise<string | null>;
}

const COLUMNS: [HomeSort, string][] = [
  ['client', 'Client'],
  ['openAsks', 'Open out-of-scope asks'],
  ['pending', 'Pending in change orders'],
  ['overdueWaits', 'Overdue waits'],
  ['sentiment', 'Last sentiment'],
];
const MOOD = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' } as const;

export function HomeView({ rows, dueCount, onCopySummary }: Props) {
  const [sort, setSort] = useState<HomeSort>('openAsks');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const sorted = sortHome(rows, sort);
  return (
    <section aria-labelledby="home-h">
      <h2 id="home-h">Home</h2>
      <div className="sk-row">
        <p data-testid="home-due">
          {dueCount === 0
            ? 'Nothing needs you today.'
            : `${dueCount} thing${dueCount === 1 ? '' : 's'} need you today.`}
        </p>
        <button
          type="button"
          data-testid="home-copy-summary"
          onClick={() =>
            void onCopySummary().then((err) =>
              setStatus(
                err ? { kind: 'error', text: err } : { kind: 'ok', text: 'Weekly summary copied as Markdown.' },
              ),
            )
          }
        >
          Copy weekly summary
        </button>
      </div>
      <Notice kind={status?.kind ?? 'ok'} text={status?.text ?? null} testId="home-status" />
      {rows.length === 0 ? (
        <p className="sk-empty" data-testid="home-empty">
          No clients yet. Open a client’s email thread and the side panel offers to add the client, or add one under
          Clients.
        </p>
      ) : (
        <table className="sk-table" data-testid="home-table">
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sort === key ? (key === 'client' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="link" data-testid={`home-sort-${key}`} onClick={() => setSort(key)}>
                    {label}
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="sk-visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const href = safeHref(r.url);
              const money = Object.entries(r.pending).map(([cur, cents]) => formatMoney(cents, cur));
              return (
                <tr key={r.clientId} data-testid="home-row">
                  <th scope="row">{r.clientName}</th>
                  <td data-testid="home-asks">{r.openAsks}</td>
                  <td data-testid="home-pending">{money.length ? money.join(' + ') : '–'}</td>
                  <td data-testid="home-waits">{r.overdueWaits}</td>
                  <td>{r.lastSentiment ? MOOD[r.lastSentiment] : '–'}</td>
                  <td>
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer" data-testid="home-open">
                        Open
                      </a>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
