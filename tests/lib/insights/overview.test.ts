import { describe, expect, it } from 'vitest';
import { computeOverviews } from '@/lib/insights/overview';
import { formatMoney, totals } from '@/lib/money';
import type { ChangeOrder } from '@/lib/db/schemas';

const changeOrderValueCents = (co: Pick<ChangeOrder, 'lines' | 'expensesCents' | 'discount'>) => totals(co).totalCents;
import {
  makeChangeOrder,
  makeClient,
  makeFeedback,
  makeProject,
  makeRequest,
  makeUpsell,
  makeWait,
} from '@/tests/factories';
import { seedOverviewInput } from '@/lib/cli/benchSeed';
import type { ChangeOrderLine } from '@/lib/db/schemas';

const time = (hours: number, rateCents: number): ChangeOrderLine => ({
  kind: 'time',
  role: 'Dev',
  hours,
  rateCents,
  amountCents: 0,
  description: '',
});
const fixed = (amountCents: number): ChangeOrderLine => ({
  kind: 'fixed',
  role: '',
  hours: 0,
  rateCents: 0,
  amountCents,
  description: '',
});

describe('change order value', () => {
  it('rounds time lines per line, adds fixed lines and expenses, then discounts', () => {
    const lines = [time(1.333, 10_001), time(1.333, 10_001), fixed(5_000)]; // 13331.333 -> 13331 each
    expect(changeOrderValueCents({ lines, expensesCents: 1_000, discount: { kind: 'amount', value: 0 } })).toBe(32_662);
    expect(changeOrderValueCents({ lines, expensesCents: 1_000, discount: { kind: 'percent', value: 10 } })).toBe(
      29_396,
    );
    expect(changeOrderValueCents({ lines, expensesCents: 0, discount: { kind: 'amount', value: 99_999 } })).toBe(0);
  });
  it('formats minor units in the currency', () => {
    expect(formatMoney(123_456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(1_234, 'JPY', 'en-US')).toBe('¥1,234');
  });
});

describe('computeOverviews', () => {
  const now = new Date(2026, 10, 28, 12);
  const client = makeClient();
  const p = makeProject({ clientId: client.id, name: 'Acme web' });
  const other = makeProject({ clientId: client.id, name: 'Zed app' });
  const projectId = p.id;
  const v1 = makeChangeOrder({ projectId, number: 1, status: 'approved', lines: [time(10, 15_000)] });
  const input = {
    projects: [other, p],
    clients: [client],
    changeOrders: [
      v1,
      makeChangeOrder({
        projectId,
        number: 1,
        status: 'approved',
        revision: 1,
        supersedesId: v1.id,
        lines: [time(12, 15_000), fixed(20_000)],
      }),
      makeChangeOrder({ projectId, number: 2, status: 'draft', lines: [time(4, 10_000)] }),
      makeChangeOrder({ projectId, number: 3, status: 'sent', lines: [time(2, 10_000)], expensesCents: 500 }),
      makeChangeOrder({ projectId, number: 4, status: 'rejected', lines: [fixed(70_000)] }),
      makeChangeOrder({
        projectId,
        number: 5,
        status: 'approved',
        lines: [time(100, 1)],
        deletedAt: '2026-11-20T00:00:00Z',
      }),
    ],
    requests: [
      makeRequest({ projectId, askedAt: '2026-11-24T10:00:00Z' }),
      makeRequest({
        projectId,
        askedAt: '2026-11-25T10:00:00Z',
        absorbed: { valueCents: 30_000, note: '', at: '2026-11-25T10:00:00Z' },
      }),
      makeRequest({
        projectId,
        askedAt: '2026-11-10T10:00:00Z',
        verdict: 'in_scope',
        correction: { verdict: 'out_of_scope', scopeRef: 'new', at: '2026-11-11T00:00:00Z' },
      }),
      makeRequest({
        projectId,
        askedAt: '2026-11-10T10:00:00Z',
        correction: { verdict: 'in_scope', scopeRef: 'd1', at: '2026-11-11T00:00:00Z' },
      }),
      makeRequest({ projectId, askedAt: '2026-06-01T10:00:00Z' }), // before the 8-week window
    ],
    feedback: [
      makeFeedback({ projectId, sentiment: 'negative', createdAt: '2026-11-27T10:00:00Z' }),
      makeFeedback({ projectId, sentiment: 'positive', createdAt: '2026-11-23T10:00:00Z' }),
      makeFeedback({ projectId, sentiment: 'positive', createdAt: '2026-10-05T10:00:00Z' }),
    ],
    upsells: [
      makeUpsell({ projectId, stage: 'pitched', valueCents: 500_000 }),
      makeUpsell({ projectId, stage: 'pitched', valueCents: 250_000 }),
      makeUpsell({ projectId, stage: 'won', valueCents: 100_000 }),
    ],
    waits: [
      makeWait({ projectId, askedOn: '2026-11-20', what: 'Hero photos' }),
      makeWait({ projectId, askedOn: '2026-11-10', what: 'Sign-off' }),
      makeWait({ projectId, askedOn: '2026-11-01', closedAt: '2026-11-02T00:00:00' }),
    ],
    now,
  };

  it('aggregates each project from seeded records', () => {
    const [acme, zed] = computeOverviews(input);
    expect(acme?.projectName).toBe('Acme web');
    expect(acme?.weeks[0]).toBe('2026-10-05');
    // Hours, as labelled: contracted, added by approved change orders, pending, and absorbed (the
    // $300.00 absorbed at the SOW's blended $150.00 rate).
    expect(acme?.budget).toEqual({ contractedHours: 320, approvedCoHours: 12, pendingCoHours: 6, absorbedHours: 2 });
    expect(acme?.changeOrders).toEqual({
      approved: { count: 1, hours: 12, valueCents: 200_000 },
      pending: { count: 2, hours: 6, valueCents: 60_500 },
      rejected: { count: 1, hours: 0, valueCents: 70_000 },
      deferred: { count: 0, hours: 0, valueCents: 0 },
    });
    expect(acme?.absorbed).toEqual({ count: 1, valueCents: 30_000 });
    expect(acme?.outOfScope).toEqual({ total: 4, unhandled: 3, perWeek: [0, 0, 0, 0, 0, 1, 0, 2] });
    expect(acme?.sentiment).toEqual({
      positive: [1, 0, 0, 0, 0, 0, 0, 1],
      neutral: [0, 0, 0, 0, 0, 0, 0, 0],
      negative: [0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(acme?.openWaits.map((w) => [w.what, w.daysWaiting])).toEqual([
      ['Sign-off', 18],
      ['Hero photos', 8],
    ]);
    expect(acme?.upsells.pitched).toEqual({ count: 2, valueCents: 750_000 });
    expect(acme?.upsells.won).toEqual({ count: 1, valueCents: 100_000 });
    expect(zed?.changeOrders.approved.count).toBe(0);
    expect(zed?.outOfScope.perWeek).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('budget hours never count rejected, deleted or superseded orders, nor money as hours', () => {
    const [acme] = computeOverviews(input);
    // Rejected CO-004 (fixed fee), deleted CO-005 (100 h) and superseded CO-001 rev 0 add no hours;
    // the approved revision's fixed fee adds money, not hours.
    expect(acme?.budget.approvedCoHours).toBe(12);
    expect(acme?.changeOrders.rejected.hours).toBe(0);
  });

  it('absorbed hours: at the blended SOW rate without a rate card, unknown (null) without any rate', () => {
    const absorbed = makeRequest({ projectId, absorbed: { valueCents: 45_000, note: '', at: '2026-11-25T10:00:00Z' } });
    const blended = { ...p, rateCard: [], scope: { ...p.scope, hourlyRate: 90, currency: 'USD' } };
    const [withBlended] = computeOverviews({ ...input, projects: [blended], requests: [absorbed] });
    expect(withBlended?.budget.absorbedHours).toBe(5);
    const none = { ...p, rateCard: [], scope: { ...p.scope, hourlyRate: null } };
    const [withoutRate] = computeOverviews({ ...input, projects: [none], requests: [absorbed] });
    expect(withoutRate?.budget.absorbedHours).toBeNull();
    const [nothing] = computeOverviews({ ...input, projects: [none], requests: [] });
    expect(nothing?.budget.absorbedHours).toBe(0);
  });

  it('sums hours without float drift', () => {
    const cos = [0.1, 0.2].map((h, i) =>
      makeChangeOrder({ projectId, number: i + 1, status: 'approved', lines: [time(h, 10_000)] }),
    );
    const [o] = computeOverviews({ ...input, projects: [p], changeOrders: cos });
    expect(o?.budget.approvedCoHours).toBe(0.3);
    expect(o?.changeOrders.approved).toEqual({ count: 2, hours: 0.3, valueCents: 3_000 });
  });

  it('covers 10,000 seeded records in one pass', () => {
    const seeded = seedOverviewInput(10_000);
    const out = computeOverviews(seeded);
    expect(out).toHaveLength(20);
    const upsells = out.reduce(
      (s, o) => s + o.upsells.identified.count + o.upsells.pitched.count + o.upsells.won.count + o.upsells.lost.count,
      0,
    );
    expect(upsells).toBe(seeded.upsells.length);
    const t0 = performance.now();
    computeOverviews(seeded);
    // Generous bound for loaded CI machines; the benchmark reports the real figure.
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
