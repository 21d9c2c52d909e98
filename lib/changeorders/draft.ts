// A change order prefilled from the out-of-scope asks the AM picked in the side panel. Every
// field is a starting point the AM edits; prices come from the project's rate card.
import type { ChangeOrder, ChangeOrderLine, DetectedRequest, Project } from '@/lib/db/schemas';
import { majorToMinor, normaliseCurrency } from '@/lib/money';
import { addDays } from '@/lib/dates/days';
import { affectedDeliverables, reasonFor } from './reason';
import { t, tn } from '@/lib/i18n';

/** Hours per ask before the AM estimates: small enough not to scare, large enough to be noticed. */
export const DEFAULT_ESTIMATE_HOURS = 4;
export const EXPIRY_DAYS = 30;
/** The assumptions a new draft starts with, in the AM's language. */
export const defaultAssumptions = (): string => t('coDefaultAssumptions');

export interface DraftOptions {
  number: number;
  /** yyyy-mm-dd, the AM's local date. */
  today: string;
  /** ISO time for the history stamp; defaults to now. */
  now?: string;
  estimatedHours?: number;
}

const LEAD_IN =
  /^(?:(?:hi|hey|also|and|so|ok|okay)[,!\s]+)*(?:(?:can|could|would|will) (?:you|we) (?:please |also |maybe |just )*|(?:please|kindly) |(?:we'?d|i'?d) (?:like|love) (?:you )?(?:to )?|(?:we|i) (?:need|want) (?:you )?(?:to )?)/i;

/** A short title from the ask: "Can you also add a blog?" -> "Add a blog". */
export function titleFromAsk(ask: string, max = 80): string {
  const firstSentence = ask.trim().split(/(?<=[.?!])\s|\n/)[0] ?? '';
  let s = firstSentence
    .replace(LEAD_IN, '')
    .replace(/[\s.?!,;:]+$/, '')
    .trim();
  if (s.length > max) s = `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : t('coDefaultTitle');
}

/** "Dana Whitfield <dana@acme.com>" -> "Dana Whitfield". */
export function personName(from: string | null): string {
  if (!from) return '';
  const name = from
    .replace(/<[^>]*>/, '')
    .replace(/"/g, '')
    .trim();
  return name || from.replace(/[<>]/g, '').trim();
}

/**
 * The hourly rate estimates use, in minor units: the rate card's first role, else the SOW's blended
 * hourly rate; null when the project has neither. Drafts price their first line with it, the absorb
 * form its starting value, and the overview turns absorbed value back into hours with it.
 */
export function estimateRateCents(project: Pick<Project, 'rateCard' | 'scope'>): number | null {
  const role = project.rateCard[0];
  if (role) return role.rateCents;
  const rate = project.scope.hourlyRate;
  return rate !== null && rate > 0 ? majorToMinor(rate, normaliseCurrency(project.scope.currency)) : null;
}

function defaultLine(project: Project, hours: number): ChangeOrderLine {
  const role = project.rateCard[0];
  if (role) return { kind: 'time', role: role.role, hours, rateCents: role.rateCents, amountCents: 0, description: '' };
  const rateCents = estimateRateCents(project);
  if (rateCents !== null) {
    return { kind: 'time', role: t('coDefaultRole'), hours, rateCents, amountCents: 0, description: '' };
  }
  // No rate anywhere: a fixed fee the AM fills in.
  return { kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: 0, description: t('lineFixed') };
}

export function draftFromRequests(project: Project, requests: DetectedRequest[], opts: DraftOptions): ChangeOrder {
  const now = opts.now ?? new Date().toISOString();
  const currency = normaliseCurrency(project.scope.currency);
  const first = requests[0];
  const title = first ? titleFromAsk(first.askText) : t('coDefaultTitle');
  const hours = (opts.estimatedHours ?? DEFAULT_ESTIMATE_HOURS) * Math.max(1, requests.length);
  const reasons = [...new Set(requests.map((r) => reasonFor(r, project.scope)))];
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    projectId: project.id,
    number: opts.number,
    revision: 0,
    supersedesId: null,
    title: requests.length > 1 ? t('coTitleMore', { title, more: requests.length - 1 }) : title,
    requestIds: requests.map((r) => r.id),
    askQuote: requests.map((r) => r.askText.trim()).join('\n\n'),
    askedBy: first?.from ?? null,
    sourceUrl: first?.source.url || null,
    reason: reasons.join('\n'),
    affectedDeliverables: affectedDeliverables(requests, project.scope),
    lines: [defaultLine(project, hours)],
    expensesCents: 0,
    discount: { kind: 'percent', value: 0 },
    currency,
    scheduleImpactDays: 0,
    assumptions: defaultAssumptions(),
    expiresOn: addDays(opts.today, EXPIRY_DAYS),
    approver: personName(first?.from ?? null),
    status: 'draft',
    history: [{ status: 'draft', at: now, note: tn('coDraftedFrom', requests.length) }],
    followUpOn: null,
    threadId: requests.find((r) => r.source.site === 'gmail' && r.source.kind === 'thread')?.source.id ?? null,
  };
}
