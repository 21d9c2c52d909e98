// Home: every client on one screen with what needs the AM (open out-of-scope asks, money waiting
// in sent change orders, overdue waits, the last feedback's mood), sortable, each row opening the
// thread or ticket to act on.
import { useState } from 'react';
import type { HomeRow, HomeSort } from '@/lib/reminders/home';
import { sortHome } from '@/lib/reminders/home';
import { safeHref } from '@/lib/links/safeHref';
import { formatMoney } from '@/lib/money';
import { Notice } from '@/components/ui/Notice';
import { sentimentLabel } from '@/lib/feedback/kinds';
import type { MessageKey } from '@/lib/i18n';
import { formatNumber, t, tn } from '@/lib/i18n';

interface Props {
  rows: HomeRow[];
  /** What needs the AM today (the toolbar count). */
  dueCount: number;
  onCopySummary: () => Promise<string | null>;
}

const COLUMNS = [
  ['client', 'client'],
  ['openAsks', 'homeOpenAsks'],
  ['pending', 'homePending'],
  ['overdueWaits', 'homeOverdueWaits'],
  ['sentiment', 'homeLastSentiment'],
] as const satisfies [HomeSort, MessageKey][];

export function HomeView({ rows, dueCount, onCopySummary }: Props) {
  const [sort, setSort] = useState<HomeSort>('openAsks');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const sorted = sortHome(rows, sort);
  return (
    <section aria-labelledby="home-h">
      <h2 id="home-h">{t('home')}</h2>
      <div className="sk-row">
        <p data-testid="home-due">{dueCount === 0 ? t('homeNothingDue') : tn('homeDue', dueCount)}</p>
        <button
          type="button"
          data-testid="home-copy-summary"
          onClick={() =>
            void onCopySummary().then((err) =>
              setStatus(err ? { kind: 'error', text: err } : { kind: 'ok', text: t('homeSummaryCopied') }),
            )
          }
        >
          {t('homeCopySummary')}
        </button>
      </div>
      <Notice kind={status?.kind ?? 'ok'} text={status?.text ?? null} testId="home-status" />
      {rows.length === 0 ? (
        <p className="sk-empty" data-testid="home-empty">
          {t('homeEmpty')}
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
                    {t(label)}
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="sk-visually-hidden">{t('homeOpen')}</span>
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
                  <td data-testid="home-asks">{formatNumber(r.openAsks)}</td>
                  <td data-testid="home-pending">{money.length ? money.join(' + ') : '–'}</td>
                  <td data-testid="home-waits">{formatNumber(r.overdueWaits)}</td>
                  <td data-testid="home-sentiment">{r.lastSentiment ? sentimentLabel(r.lastSentiment) : '–'}</td>
                  <td>
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer" data-testid="home-open">
                        {t('homeOpen')}
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
