import { describe, expect, it } from 'vitest';
import type { ChangeOrder, ChangeOrderLine } from '@/lib/db/schemas';
import {
  absorb,
  absorbedHours,
  estimateRateCents,
  moneySummary,
  reviseChangeOrder,
  transition,
} from '@/lib/changeorders';
import { AT, draft, project, request } from '../../factories/changeOrderProject';

const line = (hours: number, rateCents: number): ChangeOrderLine => ({
  kind: 'time',
  role: 'Developer',
  hours,
  rateCents,
  amountCents: 0,
  description: '',
});
const at = (co: ChangeOrder, ...steps: ChangeOrder['status'][]) => steps.reduce((c, s) => transition(c, s, AT), co);

describe('moneySummary', () => {
  it('adds up contracted, approved, pending, rejected and absorbed money', () => {
    const approved = at(draft({ number: 1, lines: [line(2.5, 15000)] }), 'sent', 'approved');
    const orders = [
      approved,
      draft({ number: 2, lines: [line(1, 10000)] }),
      at(draft({ number: 3, lines: [line(3, 3333)] }), 'sent'),
      at(draft({ number: 4, lines: [line(10, 10000)] }), 'sent', 'rejected'),
      at(draft({ number: 5, lines: [line(1, 777)] }), 'sent', 'deferred'),
      draft({ number: 6, deletedAt: AT }),
      draft({ number: 7, projectId: '33333333-3333-4333-8333-333333333333' }),
    ];
    const requests = [
      absorb(request(), 20000, 'goodwill', AT),
      absorb(request(), 5000, '', AT),
      request(),
      absorb(request({ projectId: null }), 99999, '', AT),
    ];
    expect(moneySummary(project(), orders, requests)).toEqual({
      currency: 'USD',
      contractedHours: 320,
      contractedFeeCents: 4800000,
      approvedCount: 1,
      approvedHours: 2.5,
      approvedCents: 37500,
      pendingCount: 2,
      pendingCents: 10000 + 9999,
      deferredCount: 1,
      deferredCents: 777,
      rejectedCount: 1,
      rejectedCents: 100000,
      absorbedCount: 2,
      absorbedCents: 25000,
      absorbedHours: 2, // $250.00 at the Designer's $125.00
      totalFeeCents: 4837500,
    });
  });

  it('counts a revised order once: the old approval stands until the revision is approved', () => {
    const v0 = at(draft({ lines: [line(2, 10000)] }), 'sent', 'approved');
    const v1 = { ...reviseChangeOrder(v0, AT), lines: [line(3, 10000)] };
    const pending = moneySummary(project(), [v0, v1], []);
    expect([pending.approvedCents, pending.pendingCents, pending.pendingCount]).toEqual([20000, 30000, 1]);
    const done = moneySummary(project(), [v0, at(v1, 'sent', 'approved')], []);
    expect([done.approvedCount, done.approvedCents, done.pendingCount]).toEqual([1, 30000, 0]);
  });

  it('has no contracted fee when the SOW gives no hours or rate', () => {
    const p = project({ scope: { ...project().scope, budgetHours: null } });
    const s = moneySummary(p, [], []);
    expect([s.contractedFeeCents, s.totalFeeCents]).toEqual([null, null]);
  });
});

describe('absorbed work in hours', () => {
  const card = project(); // rate card: Designer 125.00 first
  const blended = project({ rateCard: [], scope: { ...card.scope, hourlyRate: 150, currency: 'USD' } });
  const noRate = project({ rateCard: [], scope: { ...card.scope, hourlyRate: null } });

  it('prices estimates at the rate card’s first role, else the SOW’s blended rate, else none', () => {
    expect(estimateRateCents(card)).toBe(12_500);
    expect(estimateRateCents(blended)).toBe(15_000);
    expect(estimateRateCents(noRate)).toBeNull();
  });

  it('turns the absorbed value back into hours at that rate, to a tenth', () => {
    expect(absorbedHours(50_000, card)).toBe(4);
    expect(absorbedHours(10_000, card)).toBe(0.8);
    expect(absorbedHours(10_000, blended)).toBe(0.7); // 0.666… h
    expect(absorbedHours(0, noRate)).toBe(0); // nothing absorbed is zero hours, rate or not
    expect(absorbedHours(10_000, noRate)).toBeNull(); // value without a rate: hours unknown, not 0
  });
});
