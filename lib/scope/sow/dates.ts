// Contract dates in the forms SOWs use: "6 Jul 2026 to 30 Oct 2026", "July 1, 2026 to January 29,
// 2027", "2 March – 30 October 2026", "2026-01-12", "12.01.2026", "from March 2026 until June 2026".

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(20\\d\\d)';

export interface FoundDate {
  index: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first'.split(
    ' ',
  );

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<FoundDate, 'index' | 'end'> | null }[] = [
  {
    // "the first of May 2026", "the thirty-first of October 2026"
    re: new RegExp(`\\b(?:the\\s+)?(${ORDINALS.join('|')})\\s+(?:day\\s+)?of\\s+${MONTH},?\\s*${YEAR}?`, 'gi'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[2]!), day: ORDINALS.indexOf(m[1]!.toLowerCase()) + 1 }),
  },
  { re: /\b(20\d\d)-(\d\d)-(\d\d)\b/g, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    re: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s*${YEAR}?`, 'gi'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[2]!), day: +m[1]! }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,\\s*|\\s+)?${YEAR}?`, 'gi'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[1]!), day: +m[2]! }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ year: +m[2]!, month: monthOf(m[1]!), day: null }),
  },
  {
    // 12.01.2026 and 12/01/2026: day first unless the second number cannot be a month.
    re: /\b(\d{1,2})[./](\d{1,2})[./](20\d\d)\b/g,
    read: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const [day, month] = b > 12 ? [b, a] : [a, b];
      return month >= 1 && month <= 12 ? { year: +m[3]!, month, day } : null;
    },
  },
];

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      if (found.some((f) => index < f.end && index + m[0].length > f.index)) continue;
      const d = read(m as RegExpExecArray);
      if (!d || d.month < 1 || d.month > 12 || (d.day !== null && (d.day < 1 || d.day > 31))) continue;
      // "2 days" or "12 pages" are not dates: the day form needs a month word right after it.
      found.push({ ...d, index, end: index + m[0].trimEnd().length });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // "2 March – 30 October 2026": a date without a year takes the year of the next one that has it.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.year === null) f.year = found.slice(i + 1).find((g) => g.year !== null)?.year ?? null;
  }
  return found.filter((f) => f.year !== null);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(d: FoundDate, end = false): string {
  const day = d.day ?? (end ? lastDay(d.year!, d.month) : 1);
  return `${d.year}-${pad(d.month)}-${pad(Math.min(day, lastDay(d.year!, d.month)))}`;
}

// "1 June to 31 August", "commences on 2 March 2026 and ends on 31 July 2026".
const RANGE_JOIN =
  /^\s*(?:,\s*)?(?:to|until|till|through|thru|and|[-–—]|-\s*|–\s*|(?:and|,)\s+(?:will\s+|shall\s+)?(?:ends?|ending|finish(?:es)?|expires?|concludes?|runs? (?:to|until)|terminates?)(?:\s+on)?)\s*(?:the\s+)?$/i;

/** Start and end of the engagement: the first "X to Y" range, else the earliest and latest dates. */
export function termOf(text: string): { start: string | null; end: string | null } {
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (RANGE_JOIN.test(text.slice(a.end, b.index)) && isoOf(a) <= isoOf(b, true)) {
      return { start: isoOf(a), end: isoOf(b, true) };
    }
  }
  if (!dates.length) return { start: null, end: null };
  const sorted = [...dates].sort((a, b) => (isoOf(a) < isoOf(b) ? -1 : 1));
  return { start: isoOf(sorted[0]!), end: dates.length > 1 ? isoOf(sorted[sorted.length - 1]!, true) : null };
}
