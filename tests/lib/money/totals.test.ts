import { describe, expect, it } from 'vitest';
import type { ChangeOrderLine } from '@/lib/db/schemas';
import { discountAmount, parseHours, sumExact, timeAmount, totals } from '@/lib/money';

const time = (hours: number, rateCents: number): ChangeOrderLine => ({
  kind: 'time',
  role: 'Dev',
  hours,
  rateCents,
  amountCents: 0,
  description: '',
});
const fixed = (amountCents: number): ChangeOrderLine => ({ ...time(0, 0), kind: 'fixed', amountCents });
const none = { kind: 'amount' as const, value: 0 };

describe('timeAmount', () => {
  it('multiplies fractional hours exactly', () => {
    expect(timeAmount(2.5, 15000)).toBe(37500);
    expect(timeAmount(0.1, 3)).toBe(0); // 0.3 cents rounds down
    expect(timeAmount(1.15, 100)).toBe(115); // 1.15 * 100 is 114.99999999999999 in floats
    expect(timeAmount(3, 3333)).toBe(9999);
  });

  it('rounds half-up once per line', () => {
    expect(timeAmount(2.5, 333)).toBe(833); // 832.5
    expect(timeAmount(0.5, 1)).toBe(1);
    expect(timeAmount(0.25, 1)).toBe(0);
    expect(timeAmount(1.75, 10001)).toBe(17502); // 17501.75
  });
});

describe('totals', () => {
  it('does not drift: 0.1 + 0.2 hours and three times 33.33', () => {
    const t = totals({ lines: [time(0.1, 10000), time(0.2, 10000)], expensesCents: 0, discount: none });
    expect(t.hours).toBe(0.3);
    expect(t.totalCents).toBe(3000);
    const thirds = totals({ lines: [fixed(3333), fixed(3333), fixed(3333)], expensesCents: 0, discount: none });
    expect(thirds.totalCents).toBe(9999);
    expect(sumExact([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('adds lines, fixed fees and expenses then subtracts the discount', () => {
    const t = totals({
      lines: [time(2.5, 15000), time(4, 9500), fixed(50000)],
      expensesCents: 1250,
      discount: { kind: 'percent', value: 10 },
    });
    expect(t).toEqual({
      hours: 6.5,
      timeCents: 75500,
      fixedCents: 50000,
      linesCents: 125500,
      expensesCents: 1250,
      subtotalCents: 126750,
      discountCents: 12675,
      totalCents: 114075,
    });
  });

  it('rounds each line before summing, not the sum', () => {
    // two lines of 832.5 each: 833 + 833, not round(1665) = 1665
    expect(totals({ lines: [time(2.5, 333), time(2.5, 333)], expensesCents: 0, discount: none }).totalCents).toBe(1666);
  });
});

describe('discountAmount', () => {
  it('computes percent discounts half-up', () => {
    expect(discountAmount(999, { kind: 'percent', value: 50 })).toBe(500); // 499.5
    expect(discountAmount(10000, { kind: 'percent', value: 12.5 })).toBe(1250);
    expect(discountAmount(3333, { kind: 'percent', value: 33.33 })).toBe(1111); // 1110.8889
  });

  it('never discounts more than the subtotal', () => {
    expect(discountAmount(5000, { kind: 'amount', value: 9000 })).toBe(5000);
    expect(discountAmount(5000, { kind: 'percent', value: 150 })).toBe(5000);
    expect(discountAmount(5000, { kind: 'amount', value: 700 })).toBe(700);
    expect(discountAmount(0, { kind: 'percent', value: 10 })).toBe(0);
  });
});

describe('parseHours', () => {
  it('reads decimals, commas and clock time', () => {
    expect(parseHours('2.5')).toEqual({ ok: true, hours: 2.5 });
    expect(parseHours('2,5')).toEqual({ ok: true, hours: 2.5 });
    expect(parseHours('1:30')).toEqual({ ok: true, hours: 1.5 });
    expect(parseHours('.25')).toEqual({ ok: true, hours: 0.25 });
  });

  it('rejects bad hours with a reason', () => {
    expect(parseHours('')).toEqual({ ok: false, error: 'enter hours' });
    expect(parseHours('-1')).toEqual({ ok: false, error: 'hours cannot be negative' });
    expect(parseHours('two')).toEqual({ ok: false, error: 'hours must be a number' });
    expect(parseHours('1.125')).toEqual({ ok: false, error: 'at most 2 decimals' });
    expect(parseHours('20000')).toEqual({ ok: false, error: 'at most 10,000 hours' });
  });
});
