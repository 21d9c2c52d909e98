// A tolerant parser for the dates Gmail shows. Gmail's `title` dates carry no time zone: they are
// the reader's wall clock, so we keep them as zone-less local ISO strings ("2026-11-03T14:05:00")
// and read the day straight off the string, never through UTC.
import { dayOf, formatDay, localDay, pad, validDate } from './days';

// Month-name prefixes: English first, then the common forms of de, fr, es, it, nl, pt (a word
// starting with one of these names the month; weekday words never do).
const MONTH_PREFIXES: [string, number][] = (
  'jan:1 feb:2 mar:3 apr:4 may:5 jun:6 jul:7 aug:8 sep:9 oct:10 nov:11 dec:12 ene:1 gen:1 jän:1 fév:2 fev:2 ' +
  'mär:3 mrz:3 mrt:3 avr:4 abr:4 mai:5 mei:5 mag:5 juin:6 giu:6 juil:7 lug:7 aoû:8 ago:8 set:9 okt:10 ott:10 ' +
  'out:10 déc:12 dez:12 dic:12'
)
  .split(' ')
  .map((pair) => [pair.slice(0, pair.indexOf(':')), Number(pair.slice(pair.indexOf(':') + 1))]);

function monthOf(word: string): number | null {
  for (const [prefix, month] of MONTH_PREFIXES) if (word.startsWith(prefix)) return month;
  return null;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedDate {
  /** Zone-less local ISO for Gmail title dates; the input itself when it already was ISO. */
  iso: string;
  /** yyyy-mm-dd as the reader saw it. */
  day: string;
}

/**
 * Reads ISO strings and Gmail's localized title dates: "Tue, 3 Nov 2026, 14:05", "20 Aug 2025,
 * 13:19", "Tue, Nov 3, 2026, 2:05 PM", "Nov 3, 2026 at 2:05 PM", with or without "(6 days ago)".
 * Numeric forms like 03/11/2026 are ambiguous across locales and are refused. Without a year,
 * the most recent such date not after `now` is taken (Gmail drops the year for this year).
 */
export function parseMessageDate(text: string | null | undefined, now?: Date): ParsedDate | null {
  if (!text) return null;
  const raw = text.trim();
  const iso = ISO_RE.exec(raw);
  if (iso) {
    const day = dayOf(raw);
    return day ? { iso: raw, day } : null;
  }
  let s = raw
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(at|um|à)\b/g, ' ');
  let hour = 0;
  let minute = 0;
  const time = /(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])\.?\s?m\.?/.exec(s) ?? /(\d{1,2}):(\d{2})(?::\d{2})?/.exec(s);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    const half = time[3];
    if (hour > 23 || minute > 59 || (half && (hour < 1 || hour > 12))) return null;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    s = s.slice(0, time.index) + ' ' + s.slice(time.index + time[0].length);
  }
  // The last month-like word wins: in "mar. 3 nov. 2026" (French, Tuesday) "mar" is the weekday.
  let month: { m: number; index: number; length: number } | null = null;
  for (const w of s.matchAll(/[a-zß-ÿ]{3,}\.?/g)) {
    const m = monthOf(w[0]);
    if (m) month = { m, index: w.index, length: w[0].length };
  }
  if (!month) return null;
  const m = month.m;
  s = s.slice(0, month.index) + ' ' + s.slice(month.index + month.length);
  const yearMatch = /\b(\d{4})\b/.exec(s);
  if (yearMatch) s = s.slice(0, yearMatch.index) + ' ' + s.slice(yearMatch.index + yearMatch[0].length);
  const dayMatch = /\b(\d{1,2})\b/.exec(s);
  if (!dayMatch) return null;
  const d = Number(dayMatch[1]);
  let y: number;
  if (yearMatch) y = Number(yearMatch[1]);
  else if (now) {
    y = now.getFullYear();
    if (formatDay(y, m, d) > localDay(now)) y -= 1;
  } else return null;
  if (!validDate(y, m, d)) return null;
  const day = formatDay(y, m, d);
  return { iso: `${day}T${pad(hour)}:${pad(minute)}:00`, day };
}
