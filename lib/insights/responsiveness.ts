// How quickly each client answers the agency's asks, from closed waits: reply time is
// closedAt - askedOn in whole days (askedOn is a day, so finer precision would be invented).
import type { Wait } from '@/lib/db/schemas';
import { dayOf, daysBetween, lastWeeks, localDay, weekStart } from '@/lib/dates/days';
import { percentileSorted } from './stats';

export interface WeekPoint {
  weekStart: string; // Monday, yyyy-mm-dd
  count: number;
  medianDays: number | null;
}

export interface ClientResponsiveness {
  clientId: string;
  replies: number;
  medianDays: number | null;
  p90Days: number | null;
  /** The last `weeks` weeks, oldest first, bucketed by the week the client replied in. */
  trend: WeekPoint[];
}

export interface ResponsivenessOptions {
  now: Date;
  weeks?: number; // default 8
  /** Manual waits are closed by the AM, not by a reply seen in a thread; left out by default. */
  includeManual?: boolean;
}

/** Reply time in days, or null when the wait is open, deleted or its dates are unreadable. */
export function replyDays(wait: Wait): number | null {
  if (!wait.closedAt || wait.deletedAt) return null;
  const closed = dayOf(wait.closedAt);
  if (!closed) return null;
  return Math.max(0, daysBetween(wait.askedOn, closed));
}

export function clientResponsiveness(waits: readonly Wait[], opts: ResponsivenessOptions): ClientResponsiveness[] {
  const weeks = lastWeeks(localDay(opts.now), opts.weeks ?? 8);
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const byClient = new Map<string, { all: number[]; perWeek: number[][] }>();
  for (const w of waits) {
    if (!w.clientId || (!w.auto && !opts.includeManual)) continue;
    const days = replyDays(w);
    if (days === null) continue;
    let entry = byClient.get(w.clientId);
    if (!entry) {
      entry = { all: [], perWeek: weeks.map(() => []) };
      byClient.set(w.clientId, entry);
    }
    entry.all.push(days);
    const i = weekIndex.get(weekStart(dayOf(w.closedAt ?? '') ?? ''));
    if (i !== undefined) entry.perWeek[i]?.push(days);
  }
  const asc = (a: number, b: number) => a - b;
  return [...byClient].map(([clientId, { all, perWeek }]) => {
    all.sort(asc);
    return {
      clientId,
      replies: all.length,
      medianDays: percentileSorted(all, 50),
      p90Days: percentileSorted(all, 90),
      trend: perWeek.map((xs, i) => ({
        weekStart: weeks[i] ?? '',
        count: xs.length,
        medianDays: percentileSorted(xs.sort(asc), 50),
      })),
    };
  });
}
