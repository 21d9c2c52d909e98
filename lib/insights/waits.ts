// "Waiting on the client", found in the Gmail thread the AM opens: the agency wrote last and
// asked for something. Pure: the background feeds it the thread and the stored waits.
import type { EmailMessage, Thread } from '@/lib/sites/types';
import type { Wait } from '@/lib/db/schemas';
import type { OpenWait } from './overview';
import { findAsk } from './waitAsk';
import { daysBetween, localDay } from '@/lib/dates/days';
import { parseMessageDate } from '@/lib/dates/messageDate';
import { t, tn } from '@/lib/i18n';

export interface WaitOptions {
  agencyDomains: string[];
  clientDomains: string[];
  now: Date;
}

export interface WaitDetection {
  what: string;
  askedOn: string; // yyyy-mm-dd
  messageId: string | null;
  daysWaiting: number;
}

type Side = 'agency' | 'client' | 'other' | 'unknown';

function domainMatches(domain: string, list: string[]): boolean {
  return list.some((d) => {
    const want = d.trim().toLowerCase().replace(/^@/, '');
    return want !== '' && (domain === want || domain.endsWith(`.${want}`));
  });
}

export function sideOf(message: EmailMessage, opts: Pick<WaitOptions, 'agencyDomains' | 'clientDomains'>): Side {
  const email = message.from?.email?.trim().toLowerCase();
  const domain = email?.split('@')[1];
  if (!domain) return 'unknown';
  if (domainMatches(domain, opts.agencyDomains)) return 'agency';
  // With no client domains set, anyone outside the agency counts as the client.
  if (opts.clientDomains.length === 0 || domainMatches(domain, opts.clientDomains)) return 'client';
  return 'other';
}

/**
 * The trailing run of agency messages holds the wait; its first asking message dates it, so a
 * later "just bumping this" keeps the original day rather than resetting the count.
 */
export function detectWait(thread: Thread, opts: WaitOptions): WaitDetection | null {
  const msgs = thread.messages;
  let start = msgs.length;
  while (start > 0) {
    const m = msgs[start - 1];
    if (!m || sideOf(m, opts) !== 'agency') break;
    start -= 1;
  }
  if (start === msgs.length) return null; // empty thread, or the client (or someone else) wrote last
  const today = localDay(opts.now);
  for (let i = start; i < msgs.length; i++) {
    const m = msgs[i];
    const what = m?.body ? findAsk(m.body) : null;
    if (!m || !what) continue;
    const askedOn = parseMessageDate(m.date, opts.now)?.day ?? today;
    return { what, askedOn, messageId: m.id, daysWaiting: Math.max(0, daysBetween(askedOn, today)) };
  }
  return null;
}

/** Fields for `createRecord('waits', ...)`. */
export type NewWait = Omit<Wait, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export interface WaitChanges {
  create: NewWait[];
  close: { id: string; closedAt: string }[];
}

export interface ReconcileOptions extends WaitOptions {
  projectId: string | null;
  clientId: string | null;
}

/** The client's first message after the agency's ask made on `askedOn`; -1 when there is none. */
function replyIndex(thread: Thread, askedOn: string, opts: ReconcileOptions): number {
  const msgs = thread.messages;
  const sameDay = (m: EmailMessage) =>
    sideOf(m, opts) === 'agency' && parseMessageDate(m.date, opts.now)?.day === askedOn;
  // Prefer the message that actually asks, so an earlier "hi" that day does not count as the ask.
  let ask = msgs.findIndex((m) => sameDay(m) && m.body !== null && findAsk(m.body) !== null);
  if (ask < 0) ask = msgs.findIndex(sameDay);
  // The ask's message is no longer visible (or undated): only a client message at the end proves a reply.
  if (ask < 0) ask = msgs.length - 2;
  for (let i = Math.max(ask + 1, 0); i < msgs.length; i++) {
    const m = msgs[i];
    if (m && sideOf(m, opts) === 'client') return i;
  }
  return -1;
}

/**
 * Which automatic waits of this thread to close (the client replied: closedAt = the reply's date)
 * and whether to open one. At most one open automatic wait per thread; a wait the AM deleted or
 * closed for the same ask day is not recreated.
 */
export function reconcileWaits(
  existing: Wait[],
  thread: Thread,
  detection: WaitDetection | null,
  opts: ReconcileOptions,
): WaitChanges {
  const mine = existing.filter((w) => w.auto && w.threadId === thread.threadId);
  const close: WaitChanges['close'] = [];
  let stillOpen = 0;
  for (const w of mine) {
    if (w.deletedAt || w.closedAt) continue;
    const i = replyIndex(thread, w.askedOn, opts);
    const reply = i >= 0 ? thread.messages[i] : undefined;
    if (reply)
      close.push({ id: w.id, closedAt: parseMessageDate(reply.date, opts.now)?.iso ?? opts.now.toISOString() });
    else stillOpen += 1;
  }
  const create: NewWait[] = [];
  const known = mine.some((w) => w.askedOn === detection?.askedOn);
  if (detection && stillOpen === 0 && !known) {
    create.push({
      clientId: opts.clientId,
      projectId: opts.projectId,
      what: detection.what,
      askedOn: detection.askedOn,
      dueBy: null,
      closedAt: null,
      threadId: thread.threadId,
      sourceUrl: thread.url,
      auto: true,
      snoozedUntil: null,
    });
  }
  return { create, close };
}

export function daysWaiting(wait: Pick<Wait, 'askedOn'>, now: Date): number {
  return Math.max(0, daysBetween(wait.askedOn, localDay(now)));
}

/** Gmail badge note: "waiting on client 6 days"; null once the wait is closed or deleted. */
export function waitBadgeNote(wait: Pick<Wait, 'askedOn' | 'closedAt' | 'deletedAt'>, now: Date): string | null {
  if (wait.closedAt || wait.deletedAt) return null;
  const days = daysWaiting(wait, now);
  if (days === 0) return t('waitNoteToday');
  return tn('waitNote', days);
}

/** Open, live waits, longest waiting first (as the overview orders them). */
export function openWaitsOf(waits: readonly Wait[], now: Date): OpenWait[] {
  return waits
    .filter((w) => !w.deletedAt && !w.closedAt)
    .map(({ id, what, askedOn, dueBy, sourceUrl }) => ({
      id,
      what,
      askedOn,
      dueBy,
      sourceUrl,
      daysWaiting: daysWaiting({ askedOn }, now),
    }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting || (a.id < b.id ? -1 : 1));
}
