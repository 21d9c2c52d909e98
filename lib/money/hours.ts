// Hours as people type them: "2.5", "2,5", "1:30". Quarter-hour precision is plenty for estimates,
// and limiting decimals keeps every line amount exactly reproducible.
import { t } from '@/lib/i18n';
export const MAX_HOURS = 10_000;

export type HoursParse = { ok: true; hours: number } | { ok: false; error: string };

export function parseHours(input: string): HoursParse {
  const s = input.trim();
  if (s === '') return { ok: false, error: t('hoursMissing') };
  const clock = /^(\d+):([0-5]\d)$/.exec(s);
  if (clock) return checked(Number(clock[1]) + Number(clock[2]) / 60, 4);
  if (s.startsWith('-')) return { ok: false, error: t('hoursNegative') };
  const m = /^(\d*)(?:[.,](\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { ok: false, error: t('hoursNotNumber') };
  if ((m[2] ?? '').length > 2) return { ok: false, error: t('atMostDecimals', { n: 2 }) };
  return checked(Number(`${m[1] || '0'}.${m[2] || '0'}`), 2);
}

function checked(hours: number, decimals: number): HoursParse {
  if (hours > MAX_HOURS) return { ok: false, error: t('hoursTooMany', { max: MAX_HOURS }) };
  // 1:20 is 1.3333.. h: keep it finite so the exact line math has a short decimal to work on.
  return { ok: true, hours: Number(hours.toFixed(decimals)) };
}

/** Hours for display: "2.5", "10", "0.25". */
export function formatHours(hours: number): string {
  return String(Number(hours.toFixed(4)));
}

let hoursFormat: Intl.NumberFormat | undefined;
/** Hours for reading, in the browser's locale with its unit: "2.5 h", "2,5 Std.". */
export function showHours(hours: number): string {
  hoursFormat ??= new Intl.NumberFormat(undefined, { style: 'unit', unit: 'hour', maximumFractionDigits: 2 });
  return hoursFormat.format(hours);
}

let percentFormat: Intl.NumberFormat | undefined;
/** A percentage given as 0-100 for reading: "12.5%", "12,5 %". */
export function formatPercent(percent: number): string {
  percentFormat ??= new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });
  return percentFormat.format(percent / 100);
}
