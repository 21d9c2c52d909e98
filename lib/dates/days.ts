// Calendar days as yyyy-mm-dd strings: the one home of day arithmetic. Days are computed with
// integers (no Date objects, no zones, no DST), so "30 days after" never shifts with the AM's zone.

const DAY_MS = 86_400_000;

export const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** The reader's local calendar day of a Date (the day "now" is for the AM). */
export function localDay(date: Date): string {
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

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

/** yyyy-mm-dd plus n days. Throws RangeError on anything but a real yyyy-mm-dd day. */
export function addDays(day: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || dayOf(day) === null) throw new RangeError(`not a date: ${day}`);
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

/** Today as yyyy-mm-dd in the AM's own time zone (dates in forms are local days). */
export function today(now = new Date()): string {
  return localDay(now);
}

/** Whole days between a yyyy-mm-dd day and today; never negative. */
export function daysSince(day: string, now = new Date()): number {
  return Math.max(0, daysBetween(day, localDay(now)));
}

let whenFormat: Intl.DateTimeFormat | undefined;
/** A stored ISO time for people: the browser's locale, medium date and short time. */
export function formatWhen(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  // One formatter for every call: toLocaleString builds a new one each time (a list of feedback
  // entries spent more time there than in rendering them).
  whenFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return whenFormat.format(t);
}

let dayFormat: Intl.DateTimeFormat | undefined;
/**
 * A yyyy-mm-dd day for people in the browser's locale ("2 Dec 2026", "02.12.2026"). Read as a
 * UTC date and shown in UTC, so the calendar day never shifts with the reader's zone.
 */
export function showDay(day: string): string {
  const d = dayOf(day);
  if (!d) return day;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  return dayFormat.format(new Date(dayNumber(d) * DAY_MS));
}

let shortDayFormat: Intl.DateTimeFormat | undefined;
/** Day and month only, for chart axes: "11/23", "23.11.". */
export function showShortDay(day: string): string {
  const d = dayOf(day);
  if (!d) return day;
  shortDayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  return shortDayFormat.format(new Date(dayNumber(d) * DAY_MS));
}
