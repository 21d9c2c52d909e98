// The Monday summary: last week in a few lines of Markdown the AM can paste into a status email.
import { escapeMarkdownLine } from '@/lib/markdown/escape';
import { formatMoney } from '@/lib/money';
import type { HomeRow } from './home';
import { showDay } from '@/lib/dates/days';
import { t, tn } from '@/lib/i18n';

export function isMonday(day: string): boolean {
  return new Date(`${day}T12:00:00Z`).getUTCDay() === 1;
}

export function weeklySummary(rows: readonly HomeRow[], today: string): string {
  const live = rows.filter((r) => r.openAsks || r.overdueWaits || Object.keys(r.pending).length);
  const out = [`# ${t('weeklyTitle', { day: showDay(today) })}`, ''];
  if (live.length === 0) return [...out, t('weeklyNothing'), ''].join('\n');
  const asks = live.reduce((n, r) => n + r.openAsks, 0);
  const waits = live.reduce((n, r) => n + r.overdueWaits, 0);
  out.push(t('weeklyTotals', { asks: tn('weeklyAsks', asks), waits: tn('weeklyWaits', waits) }), '');
  for (const r of live) {
    const money = Object.entries(r.pending).map(([cur, cents]) => formatMoney(cents, cur));
    const parts = [
      r.openAsks ? tn('weeklyOpenAsks', r.openAsks) : '',
      money.length ? t('weeklyPending', { money: money.join(' + ') }) : '',
      r.overdueWaits ? tn('weeklyWaits', r.overdueWaits) : '',
    ].filter(Boolean);
    out.push(`- **${escapeMarkdownLine(r.clientName)}**: ${parts.join(t('listSeparator'))}`);
  }
  return out.join('\n') + '\n';
}
