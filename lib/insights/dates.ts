// Day arithmetic and a tolerant parser for the dates Gmail shows. Gmail's `title` dates carry no
// time zone: they are the reader's wall clock, so we keep them as zone-less local ISO strings
// ("2026-11-03T14:05:00") and read the day straight off the string, never through UTC.

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

const DAY_MS = 86_400_000;

export interface ParsedDate {
  /** Zone-less local ISO for Gmail title dates; the input itself when it already was ISO. */
  iso: string;
  /** yyyy-mm-dd as the reader saw it. */
  day: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** The reader's local calendar day of a Date (the day "now" is for the AM). */
export function localDay(date: Date): string {
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The day of a stored ISO timestamp, read off its first ten characters. For zone-less local ISO
 * (what `parseMessageDate` makes) that is the day the reader saw; for UTC strings it is the UTC day.
 */
export function dayOf(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/**
 * Days since 1970-01-01 for a yyyy-mm-dd day (or the day prefix of an ISO timestamp). Pure
 * integer arithmetic (Hinnant's days_from_civil): no Date objects, no zones, no DST, and cheap
 * enough to call once per record in the overview's hot loop.
 */
export function dayNumber(day: string): number {
  let y = digits(day, 0, 4);
  const m = digits(day, 5, 7);
  const d = digits(day, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function dayFromNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function daysBetween(fromDay: string, toDay: string): number {
  return dayNumber(toDay) - dayNumber(fromDay);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Monday of the week holding `day` (weeks start on Monday, ISO-8601 style). */
export function weekStart(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return dayFromNumber(n - ((((n + 3) % 7) + 7) % 7));
}

/** Mondays of the last `count` weeks, oldest first, ending with the week holding `today`. */
export function lastWeeks(today: string, count: number): string[] {
  const last = dayNumber(weekStart(today));
  return Array.from({ length: count }, (_, i) => dayFromNumber(last - (count - 1 - i) * 7));
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
