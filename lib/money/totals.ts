// Line, discount and total arithmetic in integer minor units. Each time line is rounded once
// (hours x rate, half-up to the minor unit); everything after that is integer addition.
import type { ChangeOrder, ChangeOrderLine } from '@/lib/db/schemas';
import { divRound, mulRound, sumExact, toDecimal } from './decimal';

export type Discount = ChangeOrder['discount'];

/** hours x rate in minor units, exact, rounded half-up once: 2.5 h x 333 = 833 (832.5 rounds up). */
export function timeAmount(hours: number, rateCents: number): number {
  return mulRound(hours, rateCents);
}

export function lineAmount(line: ChangeOrderLine): number {
  return line.kind === 'fixed' ? line.amountCents : timeAmount(line.hours, line.rateCents);
}

/**
 * The discount in minor units, never more than the subtotal. A percent discount (12.5 = 12.5%)
 * is rounded half-up once; an amount discount is already minor units.
 */
export function discountAmount(subtotalCents: number, discount: Discount): number {
  if (discount.value <= 0 || subtotalCents <= 0) return 0;
  if (discount.kind === 'amount') return Math.min(Math.round(discount.value), subtotalCents);
  const pct = toDecimal(Math.min(discount.value, 100));
  const cents = divRound(BigInt(subtotalCents) * pct.units, 100n * 10n ** BigInt(pct.scale));
  return Math.min(Number(cents), subtotalCents);
}

export interface Totals {
  /** Sum of time-line hours, exact (0.1 + 0.2 = 0.3). */
  hours: number;
  timeCents: number;
  fixedCents: number;
  linesCents: number;
  expensesCents: number;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

type Priced = Pick<ChangeOrder, 'lines' | 'expensesCents' | 'discount'>;

export function totals(co: Priced): Totals {
  const time = co.lines.filter((l) => l.kind === 'time');
  const timeCents = time.reduce((s, l) => s + lineAmount(l), 0);
  const fixedCents = co.lines.filter((l) => l.kind === 'fixed').reduce((s, l) => s + l.amountCents, 0);
  const linesCents = timeCents + fixedCents;
  const subtotalCents = linesCents + co.expensesCents;
  const discountCents = discountAmount(subtotalCents, co.discount);
  return {
    hours: sumExact(time.map((l) => l.hours)),
    timeCents,
    fixedCents,
    linesCents,
    expensesCents: co.expensesCents,
    subtotalCents,
    discountCents,
    totalCents: subtotalCents - discountCents,
  };
}

export function sumCents(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
