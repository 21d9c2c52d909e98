// Noticing the client's answer to a sent change order: the latest client message in the order's
// thread whose own text (quotes and signatures cut) approves, rejects or puts it off. Pure; the
// side panel offers the result as a one-click status change, never applies it by itself.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { EmailMessage, Thread } from '@/lib/sites/types';
import { ownText } from '@/lib/insights/waitAsk';
import { sideOf } from '@/lib/insights/waits';
import { t } from '@/lib/i18n';

export type Decision = 'approved' | 'rejected' | 'deferred';

export interface ClientAnswer {
  decision: Decision;
  /** The sentence that decided it, as the client wrote it (quoted into the order's history). */
  quote: string;
  from: string;
  messageId: string | null;
  date: string | null;
}

// Negations first: "not approved" must not read as "approved".
const REJECT = [
  /\b(not|don'?t|do not|won'?t|will not|can'?t|cannot)\s+(be\s+)?(approv|go ahead|proceed|move forward)/i,
  /\b(reject(ed)?|declined?|decline this|no,? thanks|we('ll| will) pass|pass on this|not (for|in) (us|budget))\b/i,
];
const DEFER = [
  /\bnot (right )?now\b/i,
  /\b(hold off|park (this|it)|on hold|later this (year|quarter)|next (quarter|year)|revisit|circle back)\b/i,
];
const APPROVE = [
  /\b(approved?|approving|go ahead|green ?light|please proceed|you can proceed|happy to proceed|go for it|sign(ed)? off|let'?s do it|ok(ay)? to proceed|sounds good,? (go|proceed))\b/i,
];

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The decision one message's own text states, with the sentence that states it. */
export function decisionIn(body: string): { decision: Decision; quote: string } | null {
  for (const sentence of sentencesOf(ownText(body))) {
    if (REJECT.some((r) => r.test(sentence))) return { decision: 'rejected', quote: sentence };
    if (DEFER.some((r) => r.test(sentence))) return { decision: 'deferred', quote: sentence };
    if (APPROVE.some((r) => r.test(sentence))) return { decision: 'approved', quote: sentence };
  }
  return null;
}

export interface AnswerOptions {
  agencyDomains: string[];
  clientDomains: string[];
}

/** Only for a sent order in this thread; reads the client's messages newest first. */
export function findClientAnswer(
  co: Pick<ChangeOrder, 'status' | 'threadId'>,
  thread: Thread,
  opts: AnswerOptions,
): ClientAnswer | null {
  if (co.status !== 'sent' || !co.threadId || co.threadId !== thread.threadId) return null;
  const fromClient = (m: EmailMessage) => sideOf(m, opts) === 'client';
  for (const m of [...thread.messages].reverse()) {
    if (sideOf(m, opts) === 'agency') return null; // we wrote last: any earlier answer is already handled
    if (!fromClient(m) || !m.body) continue;
    const found = decisionIn(m.body);
    if (found) return { ...found, from: m.from?.name || m.from?.email || '', messageId: m.id, date: m.date };
  }
  return null;
}

/** The history note that keeps the client's words beside the status change. */
export function answerNote(answer: ClientAnswer): string {
  return answer.from
    ? t('clientRepliedFrom', { from: answer.from, quote: answer.quote })
    : t('clientReplied', { quote: answer.quote });
}
