// Deterministic synthetic records for the benchmark and the tests, no database involved.
import type { ChangeOrder, Client, DetectedRequest, Feedback, Upsell, Wait } from '@/lib/db/schemas';
import { addDays } from '@/lib/dates/days';
import type { OverviewInput } from '../insights/overview';
import {
  makeChangeOrder,
  makeClient,
  makeFeedback,
  makeProject,
  makeRequest,
  makeUpsell,
  makeWait,
} from '../../tests/factories/index';

export * from '../../tests/factories/index';

const STAMP = '2026-11-01T09:00:00.000Z';

/** Small, seeded PRNG (mulberry32): the same records on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `total` records spread over 20 projects and the 10 weeks before `today` (yyyy-mm-dd). */
export function seedOverviewInput(total: number, today = '2026-11-28', seed = 7): OverviewInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const clients = Array.from({ length: 5 }, (_, i) => makeClient({ name: `Client ${i}` }));
  const projects = Array.from({ length: 20 }, (_, i) =>
    makeProject({ clientId: (clients[i % 5] as Client).id, name: `Project ${String(i).padStart(2, '0')}` }),
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
        makeRequest({
          projectId,
          askedAt: at(),
          verdict: pick(['out_of_scope', 'in_scope', 'no_request'] as const),
          absorbed: r() < 0.1 ? { valueCents: 50_000, note: '', at: STAMP } : null,
        }),
      );
    else if (kind === 1)
      feedback.push(
        makeFeedback({ projectId, createdAt: at(), sentiment: pick(['positive', 'neutral', 'negative'] as const) }),
      );
    else if (kind === 2)
      changeOrders.push(
        makeChangeOrder({
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
        makeUpsell({ projectId, stage: pick(['identified', 'pitched', 'won', 'lost'] as const), valueCents: 100_000 }),
      );
    else
      waits.push(
        makeWait({ projectId, askedOn: addDays(today, -Math.floor(r() * 30)), closedAt: r() < 0.5 ? at() : null }),
      );
  }
  // Records read from IndexedDB are structured clones; cloning here gives the benchmark the same
  // plain object shapes (objects built by spreading overrides are several times slower to walk).
  const records = structuredClone({ projects, clients, requests, feedback, changeOrders, upsells, waits });
  return { ...records, now: new Date(`${today}T12:00:00`) };
}
