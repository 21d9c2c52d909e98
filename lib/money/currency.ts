// Currencies: how many minor-unit digits each has (JPY 0, USD 2, KWD 3), parsing what a person
// types into integer minor units, and formatting minor units for display with Intl.
import { divRound, toDecimal } from './decimal';
import { t } from '@/lib/i18n';

export const DEFAULT_CURRENCY = 'USD';
const digitsCache = new Map<string, number>();
// Building an Intl.NumberFormat costs ~0.1-0.5 ms (more on a busy machine): a list of amounts (Home's
// rows, a change order's lines) built two per amount. One per currency (and locale) instead.
const knownCache = new Map<string, boolean>();
const formatCache = new Map<string, Intl.NumberFormat>();

/** Normalises a currency code; anything Intl does not know falls back to USD so totals still render. */
export function normaliseCurrency(code: string | null | undefined): string {
  const c = (code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) return DEFAULT_CURRENCY;
  let known = knownCache.get(c);
  if (known === undefined) {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: c });
      known = true;
    } catch {
      known = false;
    }
    knownCache.set(c, known);
  }
  return known ? c : DEFAULT_CURRENCY;
}

/** Minor-unit digits of a currency, as Intl knows them (USD 2, JPY 0, KWD 3). */
export function fractionDigits(currency: string | null): number {
  const c = normaliseCurrency(currency);
  let digits = digitsCache.get(c);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(c, digits);
  }
  return digits;
}

export type MoneyParse = { ok: true; minor: number } | { ok: false; error: string };

/**
 * Reads "1,234.50", "1234.5", "$ 1 234,50" or "1.234,50" into minor units. The last of '.' / ','
 * is the decimal mark when both appear; a lone ',' followed by groups of three is grouping.
 */
export function parseMoney(input: string, currency: string): MoneyParse {
  const digits = fractionDigits(currency);
  const raw = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (raw === '') return { ok: false, error: t('moneyMissing') };
  if (raw.includes('-')) return { ok: false, error: t('moneyNegative') };
  const body = raw.replace(/^[^\d.,]+|[^\d.,]+$/g, ''); // currency symbol or code on either side
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, error: t('moneyNotNumber') };
  const normal = normaliseSeparators(body);
  if (normal === null) return { ok: false, error: t('moneyNotNumber') };
  const [int = '0', frac = ''] = normal.split('.');
  if (frac.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? t('moneyNoDecimals', { currency: normaliseCurrency(currency) })
          : t('atMostDecimals', { n: digits }),
    };
  }
  const minor = Number(BigInt((int || '0') + frac.padEnd(digits, '0')));
  if (!Number.isSafeInteger(minor)) return { ok: false, error: t('moneyTooLarge') };
  return { ok: true, minor };
}

function normaliseSeparators(s: string): string | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0) decimalMark = /^\d{1,3}(\.\d{3}){2,}$/.test(s) ? null : '.';
  else if (lastComma >= 0) decimalMark = /^\d{1,3}(,\d{3})+$/.test(s) ? null : ',';
  const grouping = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : s.includes(',') ? ',' : '.';
  const [int, frac, ...rest] = s
    .split(grouping)
    .join('')
    .split(decimalMark ?? '\u0000');
  if (rest.length > 0 || int === undefined) return null;
  return frac === undefined ? int : `${int}.${frac}`;
}

/** Minor units for a major-unit amount such as a SOW's hourly rate of 152.5, exact, half-up. */
export function majorToMinor(amount: number, currency: string): number {
  const d = toDecimal(amount);
  const digits = fractionDigits(currency);
  return Number(divRound(d.units * 10n ** BigInt(digits), 10n ** BigInt(d.scale)));
}

/** The major-unit amount as an exact decimal string: 123450 USD -> "1234.50". For editable fields. */
export function minorToInput(minor: number, currency: string): string {
  const digits = fractionDigits(currency);
  const s = Math.abs(minor)
    .toString()
    .padStart(digits + 1, '0');
  const out = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return minor < 0 ? `-${out}` : out;
}

/**
 * Formats minor units as currency text with Intl, e.g. 123450 USD -> "$1,234.50". The one locale
 * rule: the browser's own locale (what the AM reads everywhere else), unless the caller passes one.
 */
export function formatMoney(minor: number, currency: string | null | undefined, locale?: string): string {
  const c = normaliseCurrency(currency);
  const key = `${locale ?? ''}|${c}`;
  let fmt = formatCache.get(key);
  if (!fmt) formatCache.set(key, (fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: c })));
  // Intl accepts an exact decimal string, so large amounts never pass through a lossy division.
  return fmt.format(minorToInput(minor, c) as `${number}`);
}
