// Change-order value and hours for the overview and the brief. The arithmetic is lib/money's
// (the change-order module's own totals), so the overview shows what the change order says.
import type { ChangeOrder } from '@/lib/db/schemas';
import { totals } from '@/lib/money';

type Priced = Pick<ChangeOrder, 'lines' | 'expensesCents' | 'discount'>;

/** Drops revisions that a newer, live revision supersedes, so each change order counts once. */
export function currentChangeOrders<T extends Pick<ChangeOrder, 'id' | 'supersedesId' | 'deletedAt'>>(
  cos: readonly T[],
): T[] {
  const superseded = new Set<string>();
  for (const co of cos) if (!co.deletedAt && co.supersedesId) superseded.add(co.supersedesId);
  return cos.filter((co) => !co.deletedAt && !superseded.has(co.id));
}

/** Value and time-line hours of a change order, from the change-order module's exact arithmetic. */
export function changeOrderFigures(co: Priced): { valueCents: number; hours: number } {
  const t = totals(co);
  return { valueCents: t.totalCents, hours: t.hours };
}

/** (lines + expenses) - discount: time lines rounded per line, percent discount rounded once. */
export function changeOrderValueCents(co: Priced): number {
  return totals(co).totalCents;
}

export function changeOrderHours(co: Priced): number {
  return totals(co).hours;
}

/** Sums of float hours drift (0.1 + 0.2); round sums for display and comparison. */
export const cleanHours = (h: number): number => Math.round(h * 1e6) / 1e6;

const formatters = new Map<string, Intl.NumberFormat>();

/** Decimals of the currency's minor unit (2 for EUR, 0 for JPY); 2 when unknown. */
export function minorDigits(currency: string | null): number {
  if (!currency) return 2;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Formats minor units; falls back to plain numbers for an unknown or missing currency. */
export function formatMoney(cents: number, currency: string | null, locale?: string): string {
  const key = `${locale ?? ''}|${currency ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency })
        : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    formatters.set(key, f);
  }
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(cents / 10 ** digits);
}
