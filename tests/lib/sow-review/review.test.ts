// The review screen's logic without a DOM: which stretch of the SOW each item, note and figure is
// highlighted on, how the highlights tile the text, and the AM's edits keeping item and source together.
import { describe, expect, it } from 'vitest';
import { parseSowDetailed } from '@/lib/scope';
import type { ScopeDraft } from '@/lib/forms/scopeDraft';
import { draftFromScope } from '@/lib/forms/scopeDraft';
import {
  emptyReview,
  figureKey,
  itemTexts,
  locate,
  markSelection,
  marksOf,
  noteKey,
  normaliseSowText,
  oneLine,
  reclassify,
  removeItem,
  reviewFromParsed,
  reviewOfSaved,
  segmentsOf,
  sentenceAround,
  sentenceSpans,
  trimSpan,
  TITLE_MAX,
} from '@/lib/sow-review';

const SOW = [
  'STATEMENT OF WORK: Website rebuild',
  '',
  'Deliverables',
  '1. Discovery: one stakeholder workshop and a sitemap.',
  '2. Visual design of up to 8 page templates.',
  '',
  'Client responsibilities',
  '- The client provides all final copy and imagery.',
  '',
  'Out of Scope',
  '- Copywriting or content creation.',
  '- Product photography.',
  '',
  'Fees',
  'Up to two rounds of revisions per deliverable. 120 hours at EUR 95 per hour, billed monthly.',
  'The project runs from 2 March 2026 to 30 June 2026. Hosting is handled by the client.',
].join('\n');

const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : null);

describe('reviewFromParsed', () => {
  const parsed = parseSowDetailed(SOW);
  const review = reviewFromParsed(SOW, parsed);

  it('puts every parsed item on the words it was read from', () => {
    expect(parsed.items.length).toBe(4);
    for (const item of parsed.items) expect(slice(SOW, review.sources[item.id])).toContain(item.title);
    expect(slice(SOW, review.sources.x2)).toBe('Product photography.');
  });

  it('keeps client responsibilities apart from exclusions, on their own sentence', () => {
    expect(review.notes).toHaveLength(1);
    expect(review.notes[0]!.kind).toBe('client');
    // Highlighted and quoted without its list marker, as items are.
    expect(slice(SOW, review.notes[0])).toBe('The client provides all final copy and imagery.');
    expect(parsed.scope.exclusions.map((x) => x.title)).not.toContain('The client provides all final copy and imagery');
  });

  it('quotes the sentence that states each figure, as the engine reads it', () => {
    expect(parsed.scope).toMatchObject({ revisionRounds: 2, budgetHours: 120, hourlyRate: 95, currency: 'EUR' });
    expect(slice(SOW, review.figures.revisionRounds)).toBe('Up to two rounds of revisions per deliverable.');
    expect(slice(SOW, review.figures.budgetHours)).toBe('120 hours at EUR 95 per hour, billed monthly.');
    expect(slice(SOW, review.figures.hourlyRate)).toBe(slice(SOW, review.figures.budgetHours));
    expect(slice(SOW, review.figures.startDate)).toBe('The project runs from 2 March 2026 to 30 June 2026.');
    expect(slice(SOW, review.figures.endDate)).toBe(slice(SOW, review.figures.startDate));
  });

  it('leaves out a source outside the text (a parser that went wrong does not break the view)', () => {
    const broken = { ...parsed, items: [{ ...parsed.items[0]!, source: { start: 5, end: SOW.length + 10 } }] };
    expect(reviewFromParsed(SOW, broken).sources).toEqual({});
  });

  it('CRLF text: offsets hold once line ends are normalised as the parser reads them', () => {
    const text = normaliseSowText(SOW.replace(/\n/g, '\r\n'));
    expect(text).toBe(SOW);
    const r = reviewFromParsed(text, parseSowDetailed(text));
    expect(slice(text, r.sources.x1)).toBe('Copywriting or content creation.');
  });

  it('empty text: nothing to show, no figures', () => {
    expect(reviewFromParsed('', parseSowDetailed(''))).toEqual(emptyReview());
  });
});

describe('reviewOfSaved', () => {
  it('matches saved items to what the parser reads today, else finds their words', () => {
    const scope = parseSowDetailed(SOW).scope;
    scope.deliverables[0]!.title = 'Discovery phase (renamed)'; // description unchanged: matched
    scope.exclusions.push({ id: 'x9', title: 'hosting is handled', description: 'Hosting by the client' });
    scope.exclusions.push({ id: 'x10', title: 'Not in the text', description: 'Nowhere to be found' });
    const r = reviewOfSaved(SOW, scope, parseSowDetailed(SOW));
    expect(slice(SOW, r.sources.d1)).toBe('Discovery: one stakeholder workshop and a sitemap.');
    expect(slice(SOW, r.sources.x9)).toBe('Hosting is handled'); // case-insensitive find of the title
    expect(r.sources.x10).toBeUndefined();
    expect(r.notes).toHaveLength(1);
  });

  it('without a parse (it threw) items are still found by their words', () => {
    const scope = parseSowDetailed(SOW).scope;
    const r = reviewOfSaved(SOW, scope, null);
    expect(slice(SOW, r.sources.x2)).toBe('Product photography.');
    expect(r.notes).toEqual([]);
  });

  it('locate ignores words too short to place', () => {
    expect(locate(SOW, 'of')).toBeNull();
    expect(locate(SOW, '  product PHOTOGRAPHY ')).toEqual({
      start: SOW.indexOf('Product'),
      end: SOW.indexOf('Product') + 19,
    });
  });
});

describe('segmentsOf', () => {
  it('tiles the text: plain runs between marks, overlaps split into runs carrying every key', () => {
    const segs = segmentsOf(20, [
      { key: 'd1', start: 2, end: 8 },
      { key: 'figure:budgetHours', start: 5, end: 12 },
      { key: 'x1', start: 15, end: 40 }, // past the end: clamped
      { key: 'x2', start: 9, end: 9 }, // empty: dropped
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 5, keys: ['d1'] },
      { start: 5, end: 8, keys: ['d1', 'figure:budgetHours'] },
      { start: 8, end: 12, keys: ['figure:budgetHours'] },
      { start: 12, end: 15, keys: [] },
      { start: 15, end: 20, keys: ['x1'] },
    ]);
  });

  it('no marks: one plain run; no text: nothing', () => {
    expect(segmentsOf(7, [])).toEqual([{ start: 0, end: 7, keys: [] }]);
    expect(segmentsOf(0, [])).toEqual([]);
  });

  it('marksOf lists items (only those still in the draft), then notes, then figures', () => {
    const parsed = parseSowDetailed(SOW);
    const review = reviewFromParsed(SOW, parsed);
    const draft = draftFromScope(parsed.scope);
    draft.deliverables = draft.deliverables.filter((d) => d.id !== 'd2');
    const keys = marksOf(review, draft).map((m) => m.key);
    expect(keys.slice(0, 4)).toEqual(['d1', 'x1', 'x2', noteKey(0)]);
    expect(keys).not.toContain('d2');
    expect(keys).toContain(figureKey('hourlyRate'));
  });
});

describe('quoting', () => {
  it('sentenceAround widens a span to its sentence(s); oneLine joins PDF line breaks', () => {
    const sentences = sentenceSpans(SOW);
    const at = SOW.indexOf('EUR 95');
    const s = sentenceAround(sentences, { start: at, end: at + 6 });
    expect(SOW.slice(s.start, s.end)).toBe('120 hours at EUR 95 per hour, billed monthly.');
    expect(oneLine('  two\n rounds\tof  amends ')).toBe('two rounds of amends');
  });
});

describe('marking a selection', () => {
  const parsed = parseSowDetailed(SOW);
  const base = () => ({ draft: draftFromScope(parsed.scope), review: reviewFromParsed(SOW, parsed) });
  const spanOf = (words: string, pad = 0) => {
    const at = SOW.indexOf(words);
    return { start: at - pad, end: at + words.length + pad };
  };

  it('trimSpan drops surrounding whitespace and orders reversed ends (a backwards drag)', () => {
    expect(trimSpan('  ab c \n', { start: 0, end: 8 })).toEqual({ start: 2, end: 6 });
    expect(trimSpan('abc', { start: 3, end: 1 })).toEqual({ start: 1, end: 3 });
    expect(trimSpan(' \n ', { start: 0, end: 3 })).toBeNull();
  });

  it('itemTexts: the words as selected, one line, no list marker; a long title cut at a word', () => {
    expect(itemTexts('- Hosting is handled\n by the client.')).toEqual({
      title: 'Hosting is handled by the client',
      description: 'Hosting is handled by the client.',
    });
    expect(itemTexts('3. Two workshops;').title).toBe('Two workshops');
    expect(itemTexts('2.1 Brand workshop').title).toBe('Brand workshop');
    expect(itemTexts('2 rounds of revisions').title).toBe('2 rounds of revisions'); // a number, not a marker
    const long = 'word '.repeat(40);
    const { title, description } = itemTexts(long);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title).toMatch(/word…$/);
    expect(description).toBe(long.trim());
  });

  it('adds an exclusion with the next free id and the trimmed selection as its source', () => {
    const { draft, review } = base();
    const edit = markSelection(draft, review, spanOf('Hosting is handled by the client.', 1), 'exclusion')!;
    expect(edit.id).toBe('x3');
    expect(edit.draft.exclusions.at(-1)).toEqual({
      id: 'x3',
      title: 'Hosting is handled by the client',
      description: 'Hosting is handled by the client.',
    });
    expect(slice(SOW, edit.review.sources.x3)).toBe('Hosting is handled by the client.');
    // The inputs are not changed (React state).
    expect(draft.exclusions).toHaveLength(2);
    expect(review.sources.x3).toBeUndefined();
  });

  it('adds a deliverable (no quantity); whitespace alone adds nothing', () => {
    const { draft, review } = base();
    const edit = markSelection(draft, review, spanOf('one stakeholder workshop'), 'deliverable')!;
    expect(edit.draft.deliverables.at(-1)).toMatchObject({
      id: 'd3',
      title: 'one stakeholder workshop',
      quantity: null,
    });
    expect(
      markSelection(draft, review, { start: SOW.indexOf('\n\n'), end: SOW.indexOf('\n\n') + 2 }, 'deliverable'),
    ).toBeNull();
  });

  it('works on text nothing was parsed from (the empty state)', () => {
    const text = 'We will do great things together.';
    const draft: ScopeDraft = draftFromScope(parseSowDetailed('').scope);
    const edit = markSelection(draft, { ...emptyReview(), text }, { start: 0, end: text.length }, 'deliverable')!;
    expect(edit.draft.deliverables).toEqual([
      { id: 'd1', title: 'We will do great things together', description: text, quantity: null },
    ]);
  });
});

describe('reclassify and remove', () => {
  const parsed = parseSowDetailed(SOW);
  const draft = draftFromScope(parsed.scope);
  const review = reviewFromParsed(SOW, parsed);

  it('a deliverable becomes an exclusion under a new id, its source moving with it', () => {
    const edit = reclassify(draft, review, 'd2')!;
    expect(edit.id).toBe('x3');
    expect(edit.draft.deliverables.map((d) => d.id)).toEqual(['d1']);
    expect(edit.draft.exclusions.at(-1)).toEqual({
      id: 'x3',
      title: draft.deliverables[1]!.title,
      description: draft.deliverables[1]!.description,
    });
    expect(edit.review.sources.x3).toEqual(review.sources.d2);
    expect(edit.review.sources.d2).toBeUndefined();
  });

  it('and back: an exclusion becomes a deliverable without a quantity', () => {
    const edit = reclassify(draft, review, 'x1')!;
    expect(edit.id).toBe('d3');
    expect(edit.draft.deliverables.at(-1)).toMatchObject({
      id: 'd3',
      title: 'Copywriting or content creation',
      quantity: null,
    });
    expect(edit.draft.exclusions.map((x) => x.id)).toEqual(['x2']);
    expect(edit.review.sources.d3).toEqual(review.sources.x1);
  });

  it('an unknown id changes nothing; remove drops the item and its highlight', () => {
    expect(reclassify(draft, review, 'zz')).toBeNull();
    const edit = removeItem(draft, review, 'x2');
    expect(edit.draft.exclusions.map((x) => x.id)).toEqual(['x1']);
    expect(edit.review.sources.x2).toBeUndefined();
    expect(marksOf(edit.review, edit.draft).map((m) => m.key)).not.toContain('x2');
  });
});
