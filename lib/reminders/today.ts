// What needs the AM today, across every client: overdue waits, sent change orders to chase, and
// out-of-scope asks nobody has handled. Pure, so the background's badge and notifications, the
// Home view and the Monday summary all count the same things.
import type { ChangeOrder, DetectedRequest, Wait } from '@/lib/db/schemas';
import { openOutOfScope } from '@/lib/asks/verdict';
import { addDays, dayOf } from '@/lib/dates/days';

/** A wait with no due day is chased after this many days. */
export const WAIT_GRACE_DAYS = 3;
/** A sent change order with no follow-up day is chased after this many days. */
export const FOLLOW_UP_DAYS = 5;

export type DueKind = 'wait' | 'changeOrder' | 'ask';
export interface DueItem {
  kind: DueKind;
  id: string;
  projectId: string | null;
  /** The day it became due (yyyy-mm-dd); asks are due the day they were found. */
  due: string;
  /** Where to go to act on it (thread or ticket), when known. */
  url: string | null;
}

const snoozed = (until: string | null, today: string) => until !== null && until > today;

export function waitDue(w: Pick<Wait, 'askedOn' | 'dueBy'>): string {
  return w.dueBy ?? addDays(w.askedOn, WAIT_GRACE_DAYS);
}

/** The day the order went to the client: its last "sent" in the history, else when it was made. */
export function sentOn(co: Pick<ChangeOrder, 'history' | 'createdAt'>): string {
  const sent = [...co.history].reverse().find((h) => h.status === 'sent');
  return dayOf(sent?.at ?? co.createdAt) ?? co.createdAt.slice(0, 10);
}

export function followUpDue(co: Pick<ChangeOrder, 'history' | 'createdAt' | 'followUpOn'>): string {
  return co.followUpOn ?? addDays(sentOn(co), FOLLOW_UP_DAYS);
}

export interface TodayInput {
  waits: readonly Wait[];
  changeOrders: readonly ChangeOrder[];
  requests: readonly DetectedRequest[];
  today: string;
}

/** Everything due on or before today and not snoozed past it, oldest first. */
export function dueToday({ waits, changeOrders, requests, today }: TodayInput): DueItem[] {
  const out: DueItem[] = [];
  for (const w of waits) {
    if (w.deletedAt || w.closedAt || snoozed(w.snoozedUntil, today)) continue;
    const due = waitDue(w);
    if (due <= today) out.push({ kind: 'wait', id: w.id, projectId: w.projectId, due, url: w.sourceUrl });
  }
  for (const co of changeOrders) {
    if (co.deletedAt || co.status !== 'sent') continue;
    const due = followUpDue(co);
    if (due <= today) out.push({ kind: 'changeOrder', id: co.id, projectId: co.projectId, due, url: co.sourceUrl });
  }
  for (const r of openOutOfScope(requests)) {
    if (snoozed(r.snoozedUntil, today)) continue;
    const due = dayOf(r.askedAt ?? r.createdAt) ?? today;
    out.push({ kind: 'ask', id: r.id, projectId: r.projectId, due: due < today ? due : today, url: r.source.url });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * What is due when the asks come as a count (the counters, lib/db/aggregates countDueAsks) rather
 * than as records: the waits and change orders to chase, and how many things in all need the AM
 * today. The toolbar and Home count with it, so they never disagree.
 */
export function dueWithAskCount(input: Omit<TodayInput, 'requests'> & { dueAsks: number }): {
  chase: DueItem[];
  count: number;
} {
  const chase = dueToday({ ...input, requests: [] });
  return { chase, count: chase.length + input.dueAsks };
}

/** The toolbar badge: a count, "99+" past 99, empty when nothing is due. */
export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

/** Snoozing: until the given number of days from today. */
export function snoozeUntil(today: string, days: number): string {
  return addDays(today, Math.max(1, Math.round(days)));
}
