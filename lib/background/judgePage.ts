// Judge a page against its project's SOW: one engine run per client message (or ticket part),
// merged with what was stored before so the AM's corrections survive re-reads.
import { isUnsure } from '@/lib/scope/weights';
import type { Correction, MessageInput } from '@/lib/scope/types';
import { effectiveVerdict, engineReason, validCorrections } from '@/lib/asks/verdict';
import { timeSlicer } from '@/lib/timeSlice';
import { engineFor } from './engineMemo';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { EmailMessage, Thread, Ticket } from '@/lib/sites/types';
import type { BadgeInfo } from '@/lib/messaging/protocol';
import { domainMatches, emailDomain } from './match';
import { parseMessageDate } from '@/lib/dates/messageDate';
import { t, tn } from '@/lib/i18n';

export interface JudgeInput {
  page: Thread | Ticket;
  project: Project;
  agencyDomains: string[];
  /** The client's email domains: only their messages carry the client's asks. */
  clientDomains: string[];
  existing: DetectedRequest[]; // stored requests of this source
  corrections: Correction[]; // the project's corrections, for learning
  now: string;
}

interface Part {
  messageId: string | null;
  input: MessageInput;
  askedAt: string | null;
}

export function sourceIdOf(page: Thread | Ticket): string {
  return page.type === 'thread' ? page.threadId : page.key;
}

/**
 * The parts worth judging: a ticket's text, or a thread's client messages. Messages from the
 * client's domains when any match (so the agency's own replies are never judged, even before the AM
 * set the agency domains); otherwise every message not from the agency (a hand-assigned thread).
 */
export function partsOf(page: Thread | Ticket, agencyDomains: string[], clientDomains: string[] = []): Part[] {
  if (page.type === 'ticket') {
    const main: Part = {
      messageId: null,
      askedAt: null,
      input: { subject: page.title, body: page.description, channel: 'ticket', from: page.reporter ?? undefined },
    };
    const comments = page.comments.map((c, i) => ({
      messageId: `comment-${i}`,
      askedAt: parseMessageDate(c.date)?.iso ?? null,
      input: { subject: page.title, body: c.body, channel: 'ticket' as const, from: c.author ?? undefined },
    }));
    return [main, ...comments];
  }
  const readable = page.messages.filter((m) => m.body !== null && !m.collapsed);
  const senderIn = (m: EmailMessage, domains: string[]) => {
    const d = emailDomain(m.from?.email);
    return !!d && domains.some((x) => domainMatches(d, x));
  };
  const fromClient = readable.filter((m) => senderIn(m, clientDomains));
  const chosen = fromClient.length ? fromClient : readable.filter((m) => !senderIn(m, agencyDomains));
  return chosen.map((m) => ({
    messageId: m.id,
    askedAt: parseMessageDate(m.date)?.iso ?? null,
    input: {
      subject: page.subject,
      body: m.body ?? '',
      channel: 'email' as const,
      from: m.from ? `${m.from.name} <${m.from.email ?? ''}>` : undefined,
    },
  }));
}

type SourceMeta = Omit<DetectedRequest['source'], 'messageId'>;

export function judgePage(j: JudgeInput): Promise<DetectedRequest[]> {
  const { page } = j;
  const title = page.type === 'thread' ? page.subject : page.title;
  const source: SourceMeta = { site: page.site, kind: page.type, id: sourceIdOf(page), url: page.url, title };
  return judgeParts(partsOf(page, j.agencyDomains, j.clientDomains), source, j);
}

/** A page no adapter understands, read with Readability and judged as one message. */
export function judgeReadable(
  readable: { url: string; title: string; text: string },
  j: Omit<JudgeInput, 'page' | 'agencyDomains' | 'clientDomains'>,
): Promise<DetectedRequest[]> {
  const source: SourceMeta = {
    site: 'readability',
    kind: 'page',
    id: readable.url,
    url: readable.url,
    title: readable.title,
  };
  const part: Part = { messageId: null, askedAt: null, input: { subject: readable.title, body: readable.text } };
  return judgeParts([part], source, j);
}

/** One engine run per part, in time slices: a long thread does not hold up every other tab's messages. */
async function judgeParts(
  parts: Part[],
  source: SourceMeta,
  j: Omit<JudgeInput, 'page' | 'agencyDomains' | 'clientDomains'>,
): Promise<DetectedRequest[]> {
  const byKey = new Map(j.existing.map((r) => [`${r.source.messageId ?? ''}\u0000${r.askText}`, r]));
  const out: DetectedRequest[] = [];
  const engine = await engineFor(j.project, j.corrections);
  const pause = timeSlicer();
  for (const part of parts) {
    await pause();
    const result = await engine.judge(part.input);
    for (const ask of result.asks) {
      if (ask.verdict === 'no_request') continue;
      const prior = byKey.get(`${part.messageId ?? ''}\u0000${ask.span.text}`);
      out.push({
        id: prior?.id ?? crypto.randomUUID(),
        createdAt: prior?.createdAt ?? j.now,
        updatedAt: j.now,
        deletedAt: null,
        projectId: j.project.id,
        source: { ...source, messageId: part.messageId },
        askText: ask.span.text,
        from: part.input.from ?? null,
        askedAt: part.askedAt,
        verdict: ask.verdict,
        scopeRef: ask.scopeRef,
        confidence: ask.confidence,
        reason: ask.reason,
        matchedText: ask.matched?.text ?? null,
        correction: prior?.correction ?? null,
        changeOrderId: prior?.changeOrderId ?? null,
        absorbed: prior?.absorbed ?? null,
        snoozedUntil: prior?.snoozedUntil ?? null,
      });
    }
  }
  return out;
}

/** The badge of a source: out of scope if any ask is, else in scope if any, else no ask. */
export function badgeFor(sourceId: string, requests: DetectedRequest[], projectName: string | null): BadgeInfo {
  if (projectName === null) {
    return { sourceId, verdict: 'unknown', reason: t('badgeNoProject'), note: null };
  }
  const live = requests.filter((r) => !r.deletedAt);
  const out = live.filter((r) => effectiveVerdict(r) === 'out_of_scope');
  const inScope = live.filter((r) => effectiveVerdict(r) === 'in_scope');
  const top = out[0] ?? inScope[0];
  if (!top) return { sourceId, verdict: 'no_request', reason: t('badgeNoAsk', { project: projectName }), note: null };
  const count = out.length
    ? tn('badgeOutOfScope', live.length, { out: out.length })
    : tn('badgeInScope', inScope.length);
  const why = engineReason(top);
  const clause = top.matchedText ? ` ${t('badgeClause', { clause: top.matchedText })}` : '';
  // Check when the verdict shown rests on asks the engine is unsure of and nobody has corrected.
  const shown = out.length ? out : inScope;
  const check = shown.every((r) => !r.correction && isUnsure(r.confidence));
  const summary = { project: projectName, count, ask: clip(top.askText, 120) };
  return {
    sourceId,
    verdict: out.length ? 'out_of_scope' : 'in_scope',
    reason: `${t(check ? 'badgeSummaryCheck' : 'badgeSummary', summary)}${why ? ` ${why}` : ''}${clause}`,
    note: null,
    ...(check ? { check } : {}),
  };
}

export function correctionsOf(requests: DetectedRequest[]): Correction[] {
  return validCorrections(
    requests
      .filter((r) => r.correction && !r.deletedAt)
      .map((r) => ({ askText: r.askText, verdict: r.correction!.verdict, scopeRef: r.correction!.scopeRef })),
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
