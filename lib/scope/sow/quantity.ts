// How many of a deliverable the SOW contracts: "up to 12 templates", "two (2) videos", "6 x banners",
// a table's Qty cell ("8 pages", "up to 40", "2 days"). Durations, money, sizes and dates are not counts.
import type { Lang } from './lang';
import { inEnglish } from './lang/restate';
import { NUMBER_WORD, parseCount } from './numbers';

const NOT_COUNTED =
  /^(hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|weeks?|months?|years?|working|business|calendar|per|percent|%|px|pt|mm|cm|m|km|kg|g|ml|l|gb|mb|kb|tb|am|pm|x|×|rounds?|revisions?|cycles?|weekdays?|times?|fps|k|dpi|hz|aa|a|am|to|or|and|of|-)$/i;
const LIMIT = new RegExp(
  `\\b(?:up to|upto|a maximum of|maximum of|max\\.?|maximum|no more than|at most|not exceeding|not to exceed|capped at)\\s+(\\d[\\d,.]*|${NUMBER_WORD})(?:\\s*\\(\\d+\\))?\\s*([a-z%-]*)`,
  'i',
);
const WORD_AND_DIGITS = new RegExp(`\\b(${NUMBER_WORD})\\s*\\((\\d+)\\)\\s*([a-z-]*)`, 'i');
const TIMES = /(?:^|\s)(\d{1,4})\s?[x×]\s+[a-z]/i;
// "White-background packshots x 120": a count after the thing counted (not "3m x 3m", "2400 x 900").
const NOUN_TIMES = /(?<=\p{L}|\))\s[x×]\s?(\d{1,5})\b(?![.,]\d|\s*[x×])/iu;
// Not after a colon: "16:9 MP4" is an aspect ratio, "5:30 pm" a time.
const CARDINAL = new RegExp(
  `(^|[^\\w$€£¥.,/:-])(\\d[\\d,]*|${NUMBER_WORD})(?![\\w.,/:-]*\\d)(?:\\s*\\(\\d+\\))?\\s+([a-z][a-z-]*)`,
  'gi',
);
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function counted(n: number | null, next: string): number | null {
  if (n === null || n <= 0 || n > 100_000 || (n >= 1900 && n <= 2100)) return null;
  if (next && (NOT_COUNTED.test(next) || MONTH_WORD.test(next))) return null;
  // "301 redirects", "404 page": HTTP status codes, not counts.
  if (/^(301|302|404|410|500)$/.test(String(n)) && /^(redirects?|errors?|pages?)$/i.test(next)) return null;
  return n;
}

/** A table's Qty cell: "8 pages", "up to 40", "2 days", "144 (6 per ASIN)"; null for "—" or "per piece". */
export function quantityFromCell(cell: string): number | null {
  const s = cell.trim().toLowerCase();
  const m = /^(?:up to |max\.? |maximum |approx\.? |about |~)?(\d[\d,.]*|[a-z-]+)(?:\s*\(\d+\))?/.exec(s);
  if (!m) return null;
  const n = parseCount(m[1] ?? '');
  return n !== null && n > 0 && n < 100_000 ? n : null;
}

/** The count an item contracts; `lang` reads the SOW language's number words and caps ("bis zu 8"). */
export function quantityOf(source: string, lang: Lang = 'en'): number | null {
  const text = lang === 'en' ? source : inEnglish(source, lang);
  const limit = LIMIT.exec(text);
  if (limit) {
    const n = counted(parseCount(limit[1] ?? ''), limit[2] ?? '');
    if (n !== null) return n;
  }
  const both = WORD_AND_DIGITS.exec(text);
  if (both) {
    const n = counted(Number(both[2]), both[3] ?? '');
    if (n !== null) return n;
  }
  const after = NOUN_TIMES.exec(text);
  if (after) {
    const n = counted(Number(after[1]), '');
    if (n !== null) return n;
  }
  const times = TIMES.exec(text);
  if (times) {
    const n = counted(Number(times[1]), '');
    if (n !== null) return n;
  }
  for (const m of text.matchAll(CARDINAL)) {
    const word = m[2] ?? '';
    // "one" as a pronoun ("one developed into ...") counts only before a noun-like word.
    const n = counted(parseCount(word), m[3] ?? '');
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2);
    if (/^[-–]/.test(m[3] ?? '') || after.startsWith('-')) continue;
    if (n !== null && !/^(of|in|on|with|for|from|by|per|each|and|or|the|these|those)$/i.test(m[3] ?? '')) return n;
  }
  return null;
}
