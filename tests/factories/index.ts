// The one set of record factories for tests: plain objects shaped like stored records, with
// defaults for every field so a test states only what it is about. Ids come from a counter, so
// records are reproducible; the presets beside this file (workspace.ts, changeOrderProject.ts,
// fresh.ts) only choose other defaults.
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';

let counter = 0;
/** A valid v4-shaped uuid from a counter, so seeded data is reproducible. */
export const fakeId = (n = ++counter): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const STAMP = '2026-11-01T09:00:00.000Z';
const base = (createdAt = STAMP) => ({ id: fakeId(), createdAt, updatedAt: createdAt, deletedAt: null });

export const makeClient = (p: Partial<Client> = {}): Client => ({
  ...base(),
  name: 'Acme Outdoor Co.',
  domains: ['acmeoutdoor.com'],
  notes: '',
  ...p,
});

export const makeProject = (p: Partial<Project> & { clientId: string }): Project => ({
  ...base(),
  name: 'Acme website rebuild',
  status: 'active',
  sowText: '',
  scope: {
    deliverables: [],
    exclusions: [],
    revisionRounds: 2,
    budgetHours: 320,
    hourlyRate: 150,
    currency: 'USD',
    startDate: '2026-09-01',
    endDate: '2027-01-31',
  },
  rateCard: [],
  links: [],
  threadIds: [],
  ...p,
});

export const makeChangeOrder = (p: Partial<ChangeOrder> & { projectId: string }): ChangeOrder => ({
  ...base(),
  number: 1,
  revision: 0,
  supersedesId: null,
  title: 'Extra landing page',
  requestIds: [],
  askQuote: '',
  askedBy: null,
  sourceUrl: null,
  reason: '',
  affectedDeliverables: [],
  lines: [],
  expensesCents: 0,
  discount: { kind: 'amount', value: 0 },
  currency: 'USD',
  scheduleImpactDays: 0,
  assumptions: '',
  expiresOn: null,
  approver: '',
  status: 'draft',
  history: [],
  followUpOn: null,
  threadId: null,
  ...p,
});

export const makeRequest = (p: Partial<DetectedRequest> = {}): DetectedRequest => ({
  ...base(),
  projectId: null,
  source: {
    site: 'gmail',
    kind: 'thread',
    id: 't1',
    url: 'https://mail.google.com/mail/u/0/#inbox/t1',
    title: 'Re: site',
    messageId: null,
  },
  askText: 'Can you also add a blog?',
  from: null,
  askedAt: null,
  verdict: 'out_of_scope',
  scopeRef: 'new',
  confidence: 0.8,
  reason: '',
  matchedText: null,
  correction: null,
  changeOrderId: null,
  absorbed: null,
  snoozedUntil: null,
  ...p,
});

export const makeFeedback = (p: Partial<Feedback> = {}): Feedback => ({
  ...base(),
  clientId: null,
  projectId: null,
  kind: 'other',
  sentiment: 'neutral',
  note: 'Looks fine.',
  sourceUrl: null,
  sourceTitle: null,
  ...p,
});

export const makeUpsell = (p: Partial<Upsell> = {}): Upsell => ({
  ...base(),
  clientId: null,
  projectId: null,
  title: 'Retainer',
  valueCents: 0,
  stage: 'identified',
  note: '',
  sourceUrl: null,
  ...p,
});

export const makeWait = (p: Partial<Wait> = {}): Wait => ({
  ...base(),
  clientId: null,
  projectId: null,
  what: 'Logo files',
  askedOn: '2026-11-02',
  dueBy: null,
  closedAt: null,
  threadId: null,
  sourceUrl: null,
  auto: false,
  snoozedUntil: null,
  ...p,
});
