// The speed-ups must not change what the engine reads: one-scan regex unions and cached word forms.
import { describe, expect, it } from 'vitest';
import { anyOf } from '@/lib/scope/patterns';
import { revisionRound } from '@/lib/scope/counts';
import { tokenize } from '@/lib/scope/tokens';

describe('anyOf', () => {
  const patterns = [/\bbudget\b.{0,20}\bapproved\b/i, /\bseries [abc]\b/i, /\bretainer\b/i];
  const union = anyOf(patterns);
  const earliest = (text: string) => {
    const starts = patterns.map((re) => re.exec(text)?.index ?? Infinity);
    const min = Math.min(...starts);
    return min === Infinity ? -1 : min;
  };

  it.each([
    'We closed our Series B and the budget is approved.',
    'A retainer? Budget approved next week.',
    'Nothing to see here.',
    'SERIES A, then a RETAINER',
  ])('finds the earliest match of any pattern: %s', (text) => {
    expect(union.exec(text)?.index ?? -1).toBe(earliest(text));
  });

  it('refuses patterns whose flags differ', () => {
    expect(() => anyOf([/a/i, /b/])).toThrow();
    expect(() => anyOf([/a/g, /b/g])).toThrow();
  });
});

describe('tokenize word cache', () => {
  it('gives the same forms whatever the capitalisation', () => {
    const [lower] = tokenize('templates');
    const [upper] = tokenize('Templates');
    expect(upper).toMatchObject({ word: lower?.word, light: lower?.light, stem: lower?.stem, capitalized: true });
    expect(lower?.capitalized).toBe(false);
  });

  it("strips a possessive 's before stemming", () => {
    expect(tokenize("client's logos").map((t) => t.word)).toEqual(['client', 'logos']);
  });
});

describe('revisionRound', () => {
  it.each([
    ['Here is the third round of feedback', 3],
    ['Second set of revisions attached', 2],
    ['Round 4 comments attached', 4],
    ['We are past the two included revisions', 3],
    ['We already did two rounds, but here are more changes', 3],
    ['For the fifth time, the logo', 5],
    ['See you next time', null],
  ])('%s -> %s', (text, round) => {
    expect(revisionRound(text)).toBe(round);
  });

  it('gives the same answer on repeated calls (global regexes are reset)', () => {
    const text = 'Round 2 notes, then round 3 notes';
    expect(revisionRound(text)).toBe(3);
    expect(revisionRound(text)).toBe(3);
  });
});
