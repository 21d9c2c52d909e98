// Display helpers shared by the surfaces. Money is integer minor units everywhere.

import { daysBetween, localDay } from '@/lib/insights/dates';

export { formatMoney } from '@/lib/money';

/** Today as yyyy-mm-dd in the AM's own time zone (dates in forms are local days). */
export function today(now = new Date()): string {
  return localDay(now);
}

/** Whole days between a yyyy-mm-dd day and today; never negative. */
export function daysSince(day: string, now = new Date()): number {
  return Math.max(0, daysBetween(day, localDay(now)));
}

export function formatWhen(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const VERDICT_LABEL: Record<string, string> = {
  out_of_scope: 'Out of scope',
  in_scope: 'In scope',
  no_request: 'No ask',
  unknown: 'Not judged',
};

export const KIND_LABEL: Record<string, string> = {
  approval: 'Approval',
  revision_request: 'Revision request',
  complaint: 'Complaint',
  praise: 'Praise',
  question: 'Question',
  other: 'Other',
};

/** Stored URLs come from pages: only http(s) becomes a link (no javascript: or data:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
