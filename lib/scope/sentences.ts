// Splits cleaned text into sentences and list items, keeping offsets for evidence spans.
import type { Span } from './types';
import { codeAt } from './chars';

const LIST_MARKER = /^\s*(?:[-•*–·]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+/;

const [DOT, BANG, QUESTION, SPACE, TAB] = ['.', '!', '?', ' ', '\t'].map((c) => c.charCodeAt(0));
const INITIAL_BEFORE = /(\b[a-z]\.[a-z]|\b[A-Za-z])$/;
/** Titles and abbreviations a name or a figure follows ("Mr. Okeke", "approx. 40"): no sentence end. */
const TITLE_BEFORE = /(?:^|[^A-Za-z])(?:mr|mrs|ms|dr|prof|approx|incl|dept|vs)$/i;

/** Sentence ends: terminal punctuation followed by whitespace; a linear scan, no backtracking. */
function sentenceRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  // Character codes, not line[i]: this loop visits every character of every message.
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const ch = codeAt(line, i);
    if (ch !== DOT && ch !== BANG && ch !== QUESTION) continue;
    if (i + 1 < length) {
      const next = codeAt(line, i + 1);
      if (next !== SPACE && next !== TAB) continue;
    }
    // 'e.g.', single initials and titles are not sentence ends.
    if (ch === DOT && INITIAL_BEFORE.test(line.slice(Math.max(0, i - 3), i))) continue;
    if (ch === DOT && TITLE_BEFORE.test(line.slice(Math.max(0, i - 7), i))) continue;
    ranges.push([start, i + 1]);
    start = i + 1;
  }
  if (start < line.length) ranges.push([start, line.length]);
  return ranges;
}

export interface Unit extends Span {
  isListItem: boolean;
  line: number;
}

/** One pass over the lines; each line is either a list item or split at sentence punctuation. */
export function splitUnits(text: string, limit = text.length): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  let lineNo = 0;
  for (const line of text.slice(0, limit).split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    lineNo++;
    if (!line.trim()) continue;
    const marker = LIST_MARKER.exec(line);
    if (marker) {
      const start = lineStart + marker[0].length;
      units.push({
        start,
        end: lineStart + line.length,
        text: line.slice(marker[0].length),
        isListItem: true,
        line: lineNo,
      });
      continue;
    }
    for (const [from, to] of sentenceRanges(line)) {
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = lineStart + from + lead;
      units.push({ start, end: start + body.length, text: body, isListItem: false, line: lineNo });
    }
  }
  return units;
}
