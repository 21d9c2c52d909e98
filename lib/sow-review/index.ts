// The SOW review screen's logic, without a DOM: where in the SOW text each parsed deliverable,
// exclusion, client note and figure was read from; the highlighted stretches of that text; and the
// AM's edits (mark a selection, move an item between deliverables and exclusions, remove one),
// each keeping an item and its source together. Offsets point into the SOW text with its line
// ends made "\n", as the parser reads it.
import type { ParsedSow } from '@/lib/scope';
import { parseSow } from '@/lib/scope';
import { splitUnits } from '@/lib/scope/sentences';
import type { ProjectScope } from '@/lib/scope/types';
import type { ScopeDraft, ScopeMeta } from '@/lib/forms/scopeDraft';
import { nextId } from '@/lib/forms/scopeDraft';

export interface SourceSpan {
  start: number;
  end: number;
}

export type ItemKind = 'deliverable' | 'exclusion';
export type FigureKey = keyof ScopeMeta;

/** A client-responsibility or assumption sentence: neither deliverable nor exclusion, shown apart. */
export interface ReviewNote extends SourceSpan {
  kind: 'client' | 'assumptions';
}

export interface SowReview {
  /** The SOW text the offsets point into ('' before any text was read). */
  text: string;
  /** Where each deliverable and exclusion came from, by item id (d1, x2). */
  sources: Record<string, SourceSpan>;
  notes: ReviewNote[];
  /** The sentence stating each figure the scope holds (rounds, hours, rate, currency, dates). */
  figures: Partial<Record<FigureKey, SourceSpan>>;
}

/** The options page passes the detailed parser, loaded on first use (so it may resolve later); a bare
 * scope (older callers, tests) has no sources. */
export type SowParser = (text: string) => ProjectScope | ParsedSow | Promise<ProjectScope | ParsedSow>;

export const emptyReview = (): SowReview => ({ text: '', sources: {}, notes: [], figures: {} });

/** Line ends as the parser reads them, so its offsets hold in this text. */
export const normaliseSowText = (text: string): string => text.replace(/\r\n?/g, '\n');

export function asParsed(result: ProjectScope | ParsedSow): ParsedSow {
  return 'scope' in result ? result : { scope: result, items: [], notes: [] };
}

/** "- ", "3. ", "(b) ", "2.1 ": the list marker before an item's words (a bare "2 " is a number). */
const LIST_MARKER = /^(?:[-•*–·▪◦●○►✓]|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\(?\d{1,2}[.)]|\([a-z]\)|[a-z][.)])\s+(?=\S)/i;

const inText = (text: string, s: SourceSpan | undefined | null): s is SourceSpan =>
  !!s &&
  Number.isInteger(s.start) &&
  Number.isInteger(s.end) &&
  s.start >= 0 &&
  s.end > s.start &&
  s.end <= text.length;

/** A note's sentence (without its list marker): the parser gives its text and its line's offset. */
function noteSpan(text: string, note: ParsedSow['notes'][number]): SourceSpan | null {
  const body = note.text.trim();
  if (!body || note.start < 0 || note.start >= text.length) return null;
  const at = text.indexOf(body, note.start);
  const lineEnd = text.indexOf('\n', note.start);
  const span =
    at >= 0 && at - note.start < 200
      ? { start: at, end: at + body.length }
      : { start: note.start, end: lineEnd < 0 ? text.length : lineEnd };
  const marker = LIST_MARKER.exec(text.slice(span.start, span.end));
  return trimSpan(text, marker ? { start: span.start + marker[0].length, end: span.end } : span);
}

function notesOf(text: string, parsed: ParsedSow): ReviewNote[] {
  const notes: ReviewNote[] = [];
  for (const n of parsed.notes) {
    const span = noteSpan(text, n);
    if (span) notes.push({ kind: n.kind, ...span });
  }
  return notes;
}

/** What was just parsed from `text` (the text the parser was given). */
export function reviewFromParsed(text: string, parsed: ParsedSow): SowReview {
  const sources: Record<string, SourceSpan> = {};
  for (const item of parsed.items) if (inText(text, item.source)) sources[item.id] = { ...item.source };
  return { text, sources, notes: notesOf(text, parsed), figures: figureSources(text, parsed.scope) };
}

/** Where `needle` stands in `text`: as written, else ignoring case; null when absent or too short. */
export function locate(text: string, needle: string): SourceSpan | null {
  const n = needle.trim();
  if (n.length < 3) return null;
  let at = text.indexOf(n);
  if (at < 0) {
    const lower = text.toLowerCase();
    // Lower-casing that changes lengths (rare scripts) would shift the offsets: then no match.
    if (lower.length === text.length) at = lower.indexOf(n.toLowerCase());
  }
  return at < 0 ? null : { start: at, end: at + n.length };
}

/**
 * A saved project opened for editing: its items matched to what the parser reads from its SOW
 * text today (same kind and description or title), else found by their words in the text.
 */
export function reviewOfSaved(text: string, scope: ProjectScope, parsed: ParsedSow | null): SowReview {
  const sources: Record<string, SourceSpan> = {};
  const used = new Set<number>();
  const items = parsed?.items ?? [];
  const find = (kind: ItemKind, x: { id: string; title: string; description: string }) => {
    const i = items.findIndex(
      (p, j) => !used.has(j) && p.kind === kind && (p.description === x.description || p.title === x.title),
    );
    if (i >= 0 && inText(text, items[i]!.source)) {
      used.add(i);
      sources[x.id] = { ...items[i]!.source };
      return;
    }
    const found = locate(text, x.description) ?? locate(text, x.title);
    if (found) sources[x.id] = found;
  };
  scope.deliverables.forEach((d) => find('deliverable', d));
  scope.exclusions.forEach((x) => find('exclusion', x));
  return { text, sources, notes: parsed ? notesOf(text, parsed) : [], figures: figureSources(text, scope) };
}

/** The sentences (and list items) of the text, in order. */
export function sentenceSpans(text: string): SourceSpan[] {
  return splitUnits(text).map((u) => ({ start: u.start, end: u.end }));
}

// A sentence that can state a figure has a digit, a currency sign or word, or speaks of rounds.
const MAY_STATE_FIGURE = /\d|[$€£¥]|round|cycle|revision|amend|euro|pound|dollar|franc|kron|zł/i;

/**
 * The first sentence (else line) from which the engine reads each figure of `scope` on its own.
 * The engine itself is the judge, so a figure is quoted from where the parser would find it.
 */
export function figureSources(text: string, scope: ProjectScope): Partial<Record<FigureKey, SourceSpan>> {
  const date = (v: string | null) => (s: ProjectScope) => s.startDate === v || s.endDate === v;
  const tests: [FigureKey, boolean, (s: ProjectScope) => boolean][] = [
    ['revisionRounds', scope.revisionRounds !== null, (s) => s.revisionRounds === scope.revisionRounds],
    ['budgetHours', scope.budgetHours !== null, (s) => s.budgetHours === scope.budgetHours],
    ['hourlyRate', scope.hourlyRate !== null, (s) => s.hourlyRate === scope.hourlyRate],
    ['currency', scope.currency !== null, (s) => s.currency === scope.currency],
    ['startDate', scope.startDate !== null, date(scope.startDate)],
    ['endDate', scope.endDate !== null, date(scope.endDate)],
  ];
  const wanted = tests.filter(([, has]) => has);
  const found: Partial<Record<FigureKey, SourceSpan>> = {};
  const pending = () => wanted.filter(([key]) => !(key in found));
  const tryIn = (spans: SourceSpan[]) => {
    for (const span of spans) {
      const open = pending();
      if (open.length === 0) return;
      const piece = text.slice(span.start, span.end);
      if (!MAY_STATE_FIGURE.test(piece)) continue;
      let read: ProjectScope;
      try {
        read = parseSow(piece);
      } catch {
        continue;
      }
      for (const [key, , test] of open) if (test(read)) found[key] = { ...span };
    }
  };
  if (wanted.length === 0 || !text.trim()) return found;
  const units = splitUnits(text);
  tryIn(units);
  if (pending().length > 0) {
    // A figure split over two sentences of one line ("Rate: USD 150. Per hour.").
    const lines = new Map<number, SourceSpan>();
    for (const u of units) {
      const line = lines.get(u.line);
      lines.set(u.line, line ? { start: line.start, end: u.end } : { start: u.start, end: u.end });
    }
    tryIn([...lines.values()]);
  }
  return found;
}

/** The whole sentence(s) a span lies in, for quoting beside the item. */
export function sentenceAround(sentences: SourceSpan[], span: SourceSpan): SourceSpan {
  let start = span.start;
  let end = span.end;
  for (const s of sentences) {
    if (s.end <= span.start || s.start >= span.end) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** Text as read in one line: runs of whitespace (line breaks of a PDF) become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A highlighted stretch: `key` names the item (d1, x2), note (note:0) or figure (figure:budgetHours). */
export interface SourceMark extends SourceSpan {
  key: string;
}

/** A run of the text covered by the same marks (none: plain text). Runs tile the whole text. */
export interface Segment extends SourceSpan {
  keys: string[];
}

export function segmentsOf(length: number, marks: SourceMark[]): Segment[] {
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, length, ...clamped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const keys = clamped.filter((m) => m.start <= start && m.end >= end).map((m) => m.key);
    const last = segments[segments.length - 1];
    if (last && last.keys.length === 0 && keys.length === 0) last.end = end;
    else segments.push({ start, end, keys });
  }
  return segments;
}

export const noteKey = (i: number): string => `note:${i}`;
export const figureKey = (key: FigureKey): string => `figure:${key}`;

/** Every highlighted stretch of the review: items first, then notes, then figures. */
export function marksOf(review: SowReview, draft: ScopeDraft): SourceMark[] {
  const ids = [...draft.deliverables, ...draft.exclusions].map((x) => x.id);
  const marks: SourceMark[] = [];
  for (const id of ids) {
    const s = review.sources[id];
    if (inText(review.text, s)) marks.push({ key: id, ...s });
  }
  review.notes.forEach((n, i) => inText(review.text, n) && marks.push({ key: noteKey(i), start: n.start, end: n.end }));
  for (const [key, s] of Object.entries(review.figures) as [FigureKey, SourceSpan][])
    if (inText(review.text, s)) marks.push({ key: figureKey(key), ...s });
  return marks;
}

/** The span without the whitespace at its ends, within the text; null when nothing is left. */
export function trimSpan(text: string, span: SourceSpan): SourceSpan | null {
  let start = Math.max(0, Math.min(span.start, span.end));
  let end = Math.min(text.length, Math.max(span.start, span.end));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export const TITLE_MAX = 80;

/**
 * Title and description of an item the AM marked: the words as selected (one line, without a
 * list marker). The title is cut at a word before TITLE_MAX characters; the description keeps all.
 */
export function itemTexts(selected: string): { title: string; description: string } {
  const description = oneLine(selected).replace(LIST_MARKER, '');
  let title = description.replace(/[\s.;:,]+$/, '');
  if (title.length > TITLE_MAX) {
    const cut = title.lastIndexOf(' ', TITLE_MAX - 1);
    title = `${title.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX - 1).replace(/[\s.;:,]+$/, '')}…`;
  }
  return { title, description };
}

export interface Edit {
  draft: ScopeDraft;
  review: SowReview;
  /** The item added or moved (its id after the edit). */
  id: string;
}

/** The selected words become a new deliverable or exclusion, with the selection as its source. */
export function markSelection(draft: ScopeDraft, review: SowReview, span: SourceSpan, kind: ItemKind): Edit | null {
  const s = trimSpan(review.text, span);
  if (!s) return null;
  const { title, description } = itemTexts(review.text.slice(s.start, s.end));
  if (!title) return null;
  const sources = (id: string) => ({ ...review, sources: { ...review.sources, [id]: s } });
  if (kind === 'deliverable') {
    const id = nextId('d', draft.deliverables);
    return {
      draft: { ...draft, deliverables: [...draft.deliverables, { id, title, description, quantity: null }] },
      review: sources(id),
      id,
    };
  }
  const id = nextId('x', draft.exclusions);
  return {
    draft: { ...draft, exclusions: [...draft.exclusions, { id, title, description }] },
    review: sources(id),
    id,
  };
}

function withSource(review: SowReview, from: string, to: string | null): SowReview {
  const { [from]: source, ...rest } = review.sources;
  return { ...review, sources: to && source ? { ...rest, [to]: source } : rest };
}

/** A deliverable becomes an exclusion or the reverse, under a new id of its list, source kept. */
export function reclassify(draft: ScopeDraft, review: SowReview, id: string): Edit | null {
  const d = draft.deliverables.find((x) => x.id === id);
  if (d) {
    const to = nextId('x', draft.exclusions);
    return {
      draft: {
        ...draft,
        deliverables: draft.deliverables.filter((x) => x !== d),
        exclusions: [...draft.exclusions, { id: to, title: d.title, description: d.description }],
      },
      review: withSource(review, id, to),
      id: to,
    };
  }
  const x = draft.exclusions.find((e) => e.id === id);
  if (!x) return null;
  const to = nextId('d', draft.deliverables);
  return {
    draft: {
      ...draft,
      exclusions: draft.exclusions.filter((e) => e !== x),
      deliverables: [...draft.deliverables, { id: to, title: x.title, description: x.description, quantity: null }],
    },
    review: withSource(review, id, to),
    id: to,
  };
}

export function removeItem(draft: ScopeDraft, review: SowReview, id: string): { draft: ScopeDraft; review: SowReview } {
  return {
    draft: {
      ...draft,
      deliverables: draft.deliverables.filter((x) => x.id !== id),
      exclusions: draft.exclusions.filter((x) => x.id !== id),
    },
    review: withSource(review, id, null),
  };
}
