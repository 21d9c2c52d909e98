// Stored records. Every record: uuid id, createdAt, updatedAt, soft deletedAt (so a later team
// sync can merge). Money is integer minor units (cents) to avoid float drift.
import { z } from '@/lib/zodConfig';
import { SITE_IDS } from '@/lib/sites/ids';
import { STORE_NAMES, type StoreName } from './storeNames';

// ISO-8601 timestamp (as toISOString writes, offsets allowed): a backup's "zzzz" must not pass as a
// date, or it would win every later merge by string comparison.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const iso = z
  .string()
  .refine(
    (v) => ISO_TIME.test(v) && !Number.isNaN(Date.parse(v)),
    'expected an ISO date and time, like 2026-01-31T09:00:00.000Z',
  );
// A date and time read off a page (a message's or comment's date): ISO, with or without a zone, as
// parseMessageDate gives it ("2026-11-03T14:05:00" is Gmail's wall clock; Jira writes "+0000").
const PAGE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const pageTime = z
  .string()
  .refine(
    (v) => PAGE_TIME.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))),
    'expected a date and time, like 2026-01-31T09:00:00',
  );
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');

export const base = z.object({
  id: z.string().uuid(),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: iso.nullable(),
});

export const verdict = z.enum(['out_of_scope', 'in_scope', 'no_request']);
export const siteId = z.enum(SITE_IDS);

export const deliverable = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  quantity: z.number().nullable(),
});
export const exclusion = z.object({ id: z.string(), title: z.string(), description: z.string() });
export const projectScope = z.object({
  deliverables: z.array(deliverable),
  exclusions: z.array(exclusion),
  revisionRounds: z.number().int().nonnegative().nullable(),
  budgetHours: z.number().nonnegative().nullable(),
  hourlyRate: z.number().nonnegative().nullable(),
  currency: z.string().length(3).nullable(),
  startDate: day.nullable(),
  endDate: day.nullable(),
});

export const client = base.extend({
  name: z.string().trim().min(1, 'name is required'),
  domains: z.array(z.string().trim().toLowerCase().min(1)),
  notes: z.string(),
});

export const rateCardRow = z.object({ role: z.string().trim().min(1), rateCents: z.number().int().nonnegative() });
/** A link from a project to a tool-side id: `jira:ACME`, `github:org/repo`, `trello:AbCd12`. */
export const toolLink = z.object({ site: siteId, value: z.string().trim().min(1) });
export const correctionRecord = z.object({ askText: z.string(), verdict, scopeRef: z.string().nullable() });

export const project = base.extend({
  clientId: z.string().uuid(),
  name: z.string().trim().min(1, 'name is required'),
  status: z.enum(['active', 'paused', 'closed']),
  sowText: z.string(),
  scope: projectScope,
  rateCard: z.array(rateCardRow),
  links: z.array(toolLink),
  /** Gmail thread ids the AM assigned to this project by hand. */
  threadIds: z.array(z.string()),
});

export const source = z.object({
  site: siteId.or(z.literal('readability')),
  kind: z.enum(['thread', 'ticket', 'page']),
  id: z.string(), // Gmail thread id or ticket key
  url: z.string(),
  title: z.string(),
  messageId: z.string().nullable(),
});

export const request = base.extend({
  projectId: z.string().uuid().nullable(),
  source,
  askText: z.string(),
  from: z.string().nullable(),
  askedAt: pageTime.nullable(),
  verdict,
  scopeRef: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
  matchedText: z.string().nullable(),
  correction: z.object({ verdict, scopeRef: z.string().nullable(), at: iso }).nullable(),
  /** Set when a change order covers the ask. */
  changeOrderId: z.string().uuid().nullable(),
  /** Out-of-scope work the AM chose to do without a change order, with its estimated value. */
  absorbed: z.object({ valueCents: z.number().int().nonnegative(), note: z.string(), at: iso }).nullable(),
  /** v5: hidden from today's list until this day. */
  snoozedUntil: day.nullable(),
});

export const feedbackKind = z.enum(['approval', 'revision_request', 'complaint', 'praise', 'question', 'other']);
export const sentiment = z.enum(['positive', 'neutral', 'negative']);
export const feedback = base.extend({
  clientId: z.string().uuid().nullable(),
  projectId: z.string().uuid().nullable(),
  kind: feedbackKind,
  sentiment,
  note: z.string().trim().min(1, 'note is required'),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
});

export const coStatus = z.enum(['draft', 'sent', 'approved', 'rejected', 'deferred']);
export const coLine = z.object({
  kind: z.enum(['time', 'fixed']),
  role: z.string(),
  hours: z.number().nonnegative(), // time lines
  rateCents: z.number().int().nonnegative(), // time lines
  amountCents: z.number().int().nonnegative(), // fixed lines
  description: z.string(),
});
export const changeOrder = base.extend({
  projectId: z.string().uuid(),
  number: z.number().int().positive(), // CO-001 ...
  revision: z.number().int().nonnegative(), // an approved CO is locked: changes make a new revision
  supersedesId: z.string().uuid().nullable(),
  title: z.string().trim().min(1, 'title is required'),
  requestIds: z.array(z.string().uuid()),
  askQuote: z.string(),
  askedBy: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  reason: z.string(),
  affectedDeliverables: z.array(z.string()),
  lines: z.array(coLine),
  expensesCents: z.number().int().nonnegative(),
  discount: z.object({ kind: z.enum(['percent', 'amount']), value: z.number().nonnegative() }),
  currency: z.string().length(3),
  scheduleImpactDays: z.number().int(),
  assumptions: z.string(),
  expiresOn: day.nullable(),
  approver: z.string(),
  status: coStatus,
  history: z.array(z.object({ status: coStatus, at: iso, note: z.string() })),
  /** v5: when to chase the client about a sent change order. */
  followUpOn: day.nullable(),
  /** v5: the Gmail thread it was sent in, where the client's approving reply is looked for. */
  threadId: z.string().nullable(),
});

export const upsellStage = z.enum(['identified', 'pitched', 'won', 'lost']);
export const upsell = base.extend({
  clientId: z.string().uuid().nullable(),
  projectId: z.string().uuid().nullable(),
  title: z.string().trim().min(1, 'title is required'),
  valueCents: z.number().int().nonnegative(),
  stage: upsellStage,
  note: z.string(),
  sourceUrl: z.string().nullable(),
});

export const wait = base.extend({
  clientId: z.string().uuid().nullable(),
  projectId: z.string().uuid().nullable(),
  what: z.string().trim().min(1, 'say what you are waiting for'),
  askedOn: day,
  dueBy: day.nullable(),
  closedAt: pageTime.nullable(),
  /** Set for waits found automatically in a Gmail thread; closed when the client replies there. */
  threadId: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  auto: z.boolean(),
  /** v5: hidden from today's list until this day. */
  snoozedUntil: day.nullable(),
});

export const brief = base.extend({
  projectId: z.string().uuid(),
  number: z.number().int().positive(),
  audience: z.enum(['creative', 'dev', 'analytics', 'all']),
  since: iso.nullable(),
  markdown: z.string(),
});

export const schemas = {
  clients: client,
  projects: project,
  requests: request,
  feedback,
  changeOrders: changeOrder,
  upsells: upsell,
  waits: wait,
  briefs: brief,
} as const;
// A schema for every store name and nothing else (storeNames.ts lists them without zod).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameStores: Same<keyof typeof schemas, StoreName> = true;
void sameStores;
export { STORE_NAMES };
export type { StoreName };
export type RecordOf<S extends StoreName> = z.infer<(typeof schemas)[S]>;

export type Client = RecordOf<'clients'>;
export type Project = RecordOf<'projects'>;
export type DetectedRequest = RecordOf<'requests'>;
export type Feedback = RecordOf<'feedback'>;
export type ChangeOrder = RecordOf<'changeOrders'>;
export type ChangeOrderLine = z.infer<typeof coLine>;
export type Upsell = RecordOf<'upsells'>;
export type Wait = RecordOf<'waits'>;
export type Brief = RecordOf<'briefs'>;
