// The word table finds a word by its span in a text, as a Map would find the cut-out string.
import { describe, expect, it } from 'vitest';
import { WordTable } from '@/lib/scope/word-table';

describe('WordTable', () => {
  it('finds words by span, and only whole words', () => {
    const t = new WordTable<number>();
    t.set('design', 1);
    t.set('designer', 2);
    const text = 'a designer designs';
    expect(t.get(text, 2, 10)).toBe(2);
    expect(t.get(text, 2, 8)).toBe(1);
    expect(t.get(text, 11, 18)).toBeUndefined(); // "designs"
    expect(t.get(text, 11, 17)).toBe(1);
    expect(t.lookup('Design')).toBeUndefined(); // case matters
    t.set('design', 3);
    expect(t.lookup('design')).toBe(3);
    expect(t.size).toBe(2);
  });

  it('agrees with a Map over thousands of words (growing, colliding slots)', () => {
    const t = new WordTable<number>();
    const m = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const w = (i * 7919).toString(36) + (i % 3 ? 'x' : '');
      t.set(w, i);
      m.set(w, i);
    }
    for (const [w, v] of m) expect(t.lookup(w)).toBe(v);
    for (let i = 0; i < 500; i++) expect(t.lookup(`absent${i}`)).toBeUndefined();
    expect(t.size).toBe(m.size);
  });

  it('stops adding words at its limit', () => {
    const t = new WordTable<number>(2);
    t.set('a', 1);
    t.set('b', 2);
    t.set('c', 3);
    expect([t.lookup('a'), t.lookup('b'), t.lookup('c'), t.size]).toEqual([1, 2, undefined, 2]);
  });
});
