// The Monday summary: last week in a few lines of Markdown the AM can paste into a status email.
import { escapeMarkdownLine } from '@/lib/markdown/escape';
import { formatMoney } from '@/lib/money';
import type { HomeRow } from './home';

export function isMonday(day: string): boolean {
  return new Date(`${day}T12:00:00Z`).getUTCDay() === 1;
}

export function weeklySummary(rows: readonly HomeRow[], today: string): string {
  const live = rows.filter((r) => r.openAsks || r.overdueWaits || Object.keys(r.pending).length);
  const out = [`# Scopekeeper: week of ${today}`, ''];
  if (live.length === 0)
    return [...out, 'Nothing open: no unhandled out-of-scope asks, pending change orders or overdue waits.', ''].join(
      '\n',
    );
  const asks = live.reduce((n, r) => n + r.openAsks, 0);
  const waits = live.reduce((n, r) => n + r.overdueWaits, 0);
  out.push(
    `${asks} out-of-scope ask${asks === 1 ? '' : 's'} to handle, ${waits} overdue wait${waits === 1 ? '' : 's'}.`,
    '',
  );
  for (const r of live) {
    const money = Object.entries(r.pending).map(([cur, cents]) => formatMoney(cents, cur));
    const parts = [
      r.openAsks ? `${r.openAsks} open ask${r.openAsks === 1 ? '' : 's'}` : '',
      money.length ? `${money.join(' + ')} pending in change orders` : '',
      r.overdueWaits ? `${r.overdueWaits} overdue wait${r.overdueWaits === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    out.push(`- **${escapeMarkdownLine(r.clientName)}**: ${parts.join(', ')}`);
  }
  return out.join('\n') + '\n';
}
