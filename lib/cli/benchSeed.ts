// Synthetic records for the benchmarks (lib/cli): built with lib/db's createRecord like any new
// record, then spread over projects and weeks with a seeded random generator so every run measures
// the same data. Not a test factory: tests build their records with tests/factories.
import { createRecord } from '@/lib/db/records';
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import { addDays } from '@/lib/dates/days';
import type { OverviewInput } from '@/lib/insights/overview';
import { emptyScope } from '@/lib/scope/empty';
import { rng } from '@/lib/random';

const client = (name: string): Client => createRecord('clients', { name, domains: [], notes: '' });

const project = (clientId: string, name: string): Project =>
  createRecord('projects', {
    ...{ clientId, name, status: 'active', sowText: '', rateCard: [], links: [], threadIds: [] },
    scope: { ...emptyScope(), budgetHours: 320, hourlyRate: 150, currency: 'USD' },
  });

type Fields<T> = Partial<T> & { projectId: string };

export const benchRequest = (f: Fields<DetectedRequest>): DetectedRequest => ({
  ...createRecord('requests', {
    ...{ askText: 'Can you also add a blog?', from: null, askedAt: null, scopeRef: 'new', confidence: 0.8 },
    ...{ verdict: 'out_of_scope', reason: '', matchedText: null, correction: null, changeOrderId: null },
    source: {
      site: 'gmail',
      kind: 'thread',
      id: 't1',
      url: 'https://mail.google.com/',
      title: 'Re: site',
      messageId: null,
    },
    projectId: f.projectId,
    absorbed: null,
    snoozedUntil: null,
  }),
  ...f,
});

export const benchFeedback = (f: Fields<Feedback>): Feedback => ({
  ...createRecord('feedback', {
    ...{ clientId: null, projectId: f.projectId, kind: 'other', sentiment: 'neutral', note: 'Looks fine.' },
    ...{ sourceUrl: null, sourceTitle: null },
  }),
  ...f,
});

const benchChangeOrder = (f: Fields<ChangeOrder>): ChangeOrder => ({
  ...createRecord('changeOrders', {
    ...{ projectId: f.projectId, number: 1, revision: 0, supersedesId: null, title: 'Extra landing page' },
    ...{ requestIds: [], askQuote: '', askedBy: null, sourceUrl: null, reason: '', affectedDeliverables: [] },
    ...{ lines: [], expensesCents: 0, discount: { kind: 'amount', value: 0 }, currency: 'USD' },
    ...{ scheduleImpactDays: 0, assumptions: '', expiresOn: null, approver: '', status: 'draft', history: [] },
    ...{ followUpOn: null, threadId: null },
  }),
  ...f,
});

const benchUpsell = (f: Fields<Upsell>): Upsell => ({
  ...createRecord('upsells', {
    ...{ clientId: null, projectId: f.projectId, title: 'Retainer', valueCents: 0, stage: 'identified' },
    ...{ note: '', sourceUrl: null },
  }),
  ...f,
});

const benchWait = (f: Fields<Wait>): Wait => ({
  ...createRecord('waits', {
    ...{ clientId: null, projectId: f.projectId, what: 'Logo files', askedOn: '2026-11-02', dueBy: null },
    ...{ closedAt: null, threadId: null, sourceUrl: null, auto: false, snoozedUntil: null },
  }),
  ...f,
});

const STAMP = '2026-11-01T09:00:00.000Z';

/** `total` records spread over 20 projects and the 10 weeks before `today` (yyyy-mm-dd). */
export function seedOverviewInput(total: number, today = '2026-11-28', seed = 7): OverviewInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const clients = Array.from({ length: 5 }, (_, i) => client(`Client ${i}`));
  const projects = Array.from({ length: 20 }, (_, i) =>
    project((clients[i % 5] as Client).id, `Project ${String(i).padStart(2, '0')}`),
  );
  const requests: DetectedRequest[] = [];
  const feedback: Feedback[] = [];
  const changeOrders: ChangeOrder[] = [];
  const upsells: Upsell[] = [];
  const waits: Wait[] = [];
  const at = () => `${addDays(today, -Math.floor(r() * 70))}T10:00:00.000Z`;
  for (let i = 0; i < total; i++) {
    const projectId = pick(projects).id;
    const kind = i % 5;
    if (kind === 0)
      requests.push(
        benchRequest({
          projectId,
          askedAt: at(),
          verdict: pick(['out_of_scope', 'in_scope', 'no_request'] as const),
          absorbed: r() < 0.1 ? { valueCents: 50_000, note: '', at: STAMP } : null,
        }),
      );
    else if (kind === 1)
      feedback.push(
        benchFeedback({ projectId, createdAt: at(), sentiment: pick(['positive', 'neutral', 'negative'] as const) }),
      );
    else if (kind === 2)
      changeOrders.push(
        benchChangeOrder({
          projectId,
          number: changeOrders.length + 1,
          status: pick(['draft', 'sent', 'approved', 'rejected', 'deferred'] as const),
          lines: [
            {
              kind: 'time',
              role: 'Dev',
              hours: 1 + Math.floor(r() * 20),
              rateCents: 15_000,
              amountCents: 0,
              description: '',
            },
          ],
          discount: { kind: 'percent', value: 10 },
        }),
      );
    else if (kind === 3)
      upsells.push(
        benchUpsell({ projectId, stage: pick(['identified', 'pitched', 'won', 'lost'] as const), valueCents: 100_000 }),
      );
    else
      waits.push(
        benchWait({ projectId, askedOn: addDays(today, -Math.floor(r() * 30)), closedAt: r() < 0.5 ? at() : null }),
      );
  }
  // Records read from IndexedDB are structured clones; cloning here gives the benchmark the same
  // plain object shapes (objects built by spreading overrides are several times slower to walk).
  const records = structuredClone({ projects, clients, requests, feedback, changeOrders, upsells, waits });
  return { ...records, now: new Date(`${today}T12:00:00`) };
}
