// Field parsers for the editor, in the shape useFieldText expects.
import { parseHours, parseMoney } from '@/lib/money';
import type { Parsed } from './useFieldText';
import { t } from '@/lib/i18n';

export const hoursField = (text: string): Parsed<number> => {
  const r = parseHours(text);
  return r.ok ? { ok: true, value: r.hours } : { ok: false, error: r.error };
};

export const moneyField =
  (currency: string) =>
  (text: string): Parsed<number> => {
    const r = parseMoney(text, currency);
    return r.ok ? { ok: true, value: r.minor } : { ok: false, error: r.error };
  };

/** Empty means zero for optional amounts like expenses. */
export const optionalMoneyField = (currency: string) => (text: string) =>
  text.trim() === '' ? ({ ok: true, value: 0 } as const) : moneyField(currency)(text);

export const percentField = (text: string): Parsed<number> => {
  const s = text.trim().replace(/%$/, '').replace(',', '.').trim();
  if (s === '') return { ok: true, value: 0 };
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return { ok: false, error: t('percentInvalid') };
  const n = Number(s);
  return n > 100 ? { ok: false, error: t('percentTooLarge') } : { ok: true, value: n };
};

export const daysField = (text: string): Parsed<number> => {
  const s = text.trim();
  if (s === '') return { ok: true, value: 0 };
  if (!/^[+-]?\d{1,4}$/.test(s)) return { ok: false, error: t('daysInvalid') };
  return { ok: true, value: Number(s) };
};
