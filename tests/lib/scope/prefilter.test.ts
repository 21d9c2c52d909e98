// The literal pre-filter lets the engine skip regexes that cannot match; it must never skip one
// that can, so the cues it finds are exactly those of the plain one-alternation scan.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES, CUE_PATTERNS, cuesOf, type CueName } from '@/lib/scope/cues';
import { requiredLiterals, TEXT_START, WORD_START } from '@/lib/scope/literals';
import { buildLiteralFilters, LiteralFilter } from '@/lib/scope/prefilter';
import { splitUnits } from '@/lib/scope/sentences';

// Literals shown with "|" for a word start and "^" for the text's start.
const shown = (re: RegExp) =>
  requiredLiterals(re)?.map((s) => s.replaceAll(WORD_START, '|').replaceAll(TEXT_START, '^')) ?? null;

describe('requiredLiterals', () => {
  it.each([
    [/\b(please|pls|plz|kindly)\b/i, ['|please', '|pls', '|plz', '|kindly']],
    // A string that contains another of the list is left out ("|plz" would go with "|pl").
    [/\b(pl|plz)\b/i, ['|pl']],
    [/\b(can|could)\s+(you|u)\b/i, ['|can |you', '|can |u', '|could |you', '|could |u']],
    // Optional parts multiply out; the longest shortest string wins.
    [/\bheads[- ]up\b/i, ['|heads-|up', '|heads |up']],
    [/\bdesigners?\b/, ['|designer']],
    [/\b(is|are) .{1,30} (coming|due)\b/i, [' |coming', ' |due']],
    // Digits read as "0", whitespace runs as one space.
    [/\b\d{1,2}\s?(am|pm)\b/i, ['|0am', '|0pm', '|0 |am', '|0 |pm', '|00am', '|00pm', '|00 |am', '|00 |pm']],
    [/HELLO/, ['hello']],
    [/^(how|why)(?! about)/i, ['^|how', '^|why']],
    // A non-ASCII letter matches its other case, which the filter does not fold: not a literal.
    [/caf[éÉ]s/i, ['caf']],
  ])('%s -> %j', (re, literals) => {
    expect(shown(re)).toEqual(literals);
  });

  it.each([
    /\d+/,
    /a?/,
    /(x|\w+)/,
    /(a)\1/, // back-reference
    /(?<name>abc)/, // named group
    /\u0041bc/u,
    /[a-z]+ing/,
  ])('%s has no requirement it can state (or only "ing")', (re) => {
    const literals = shown(re);
    expect(literals === null || literals.every((s) => s === 'ing' || s === '0')).toBe(true);
  });
});

describe('LiteralFilter', () => {
  const filter = new LiteralFilter([/\bplease\b/i, /\bthanks\b/i, /\d+/, /\bQuote\b/]);

  it('sets the bit of every pattern whose strings occur, folding ASCII case', () => {
    expect(filter.mask('PLEASE send it')).toBe(0b0001);
    expect(filter.mask('Thanks, please')).toBe(0b0011);
    expect(filter.mask('a quote')).toBe(0b1000); // case-sensitive patterns are allowed through too
    expect(filter.mask('')).toBe(0); // \d+ needs a digit
    expect(filter.mask('page 2')).toBe(0b0100);
  });

  it('reads words only where they start a word, and whitespace runs as one space', () => {
    const f = new LiteralFilter([/\b(am|pm)\b/i, /\bhere\s+is\b/i, /^what\b/i]);
    expect(f.mask('the team met')).toBe(0);
    expect(f.mask('at 9 AM')).toBe(0b001);
    expect(f.mask('Here\t\n  is the file')).toBe(0b010);
    expect(f.mask('there is')).toBe(0);
    expect(f.mask('  What now')).toBe(0); // ^ is the very start: the spaces come first
    expect(f.mask('What now')).toBe(0b100);
    expect(f.mask('So what')).toBe(0);
  });

  it('finds strings that overlap or share a prefix (failure links)', () => {
    const f = new LiteralFilter([/abcd/, /bce/, /cd/]);
    expect(f.mask('abce')).toBe(0b010);
    expect(f.mask('xabcd')).toBe(0b101);
    expect(f.mask('abc')).toBe(0);
  });
});

// Every message of the repo's corpora, split as the engine splits them, plus the cue phrases in
// odd cases and surroundings.
function corpusUnits(): string[] {
  const root = path.resolve(import.meta.dirname, '../../fixtures/corpus');
  const texts: string[] = [];
  for (const set of readdirSync(root)) {
    const file = path.join(root, set, 'messages.jsonl');
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch {
      continue;
    }
    for (const line of lines) {
      if (!line.trim()) continue;
      const m = JSON.parse(line) as { subject?: string; body?: string };
      texts.push(m.subject ?? '', ...splitUnits(m.body ?? '').map((u) => u.text));
    }
  }
  return texts;
}

/** The reference: every case-insensitive family in one alternation, the others on their own. */
const reference = (() => {
  const separate = new Set<CueName>(['question', 'infoQuestion', 'relayed']);
  const joined = CUE_NAMES.filter((n) => !separate.has(n) && CUE_PATTERNS[n].flags.includes('i'));
  const alone = CUE_NAMES.filter((n) => !joined.includes(n));
  const groupsIn = (source: string) => (source.replace(/\\./g, '').match(/\((?!\?)/g) ?? []).length;
  const groups: { name: CueName; index: number }[] = [];
  let next = 1;
  for (const n of joined) {
    groups.push({ name: n, index: next });
    next += 1 + groupsIn(CUE_PATTERNS[n].source);
  }
  const re = new RegExp(`\\b(?:${joined.map((n) => `(${CUE_PATTERNS[n].source.slice(2)})`).join('|')})`, 'gi');
  return (text: string): Record<CueName, number> => {
    const out = Object.fromEntries(CUE_NAMES.map((n) => [n, 0])) as Record<CueName, number>;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = groups.find((x) => m![x.index] !== undefined);
      if (g) out[g.name] = 1;
      if (m[0] === '') re.lastIndex++;
    }
    for (const n of alone) if (CUE_PATTERNS[n].test(text)) out[n] = 1;
    return out;
  };
})();

describe('cuesOf with the pre-filter', () => {
  const units = corpusUnits();
  // The literals back as text (marks dropped, "0" as other digits), in odd cases, spacing and places.
  const phrases = CUE_NAMES.flatMap((n) => requiredLiterals(CUE_PATTERNS[n]) ?? []).map((p) =>
    p.replaceAll(WORD_START, '').replaceAll(TEXT_START, '').replaceAll('0', '7'),
  );
  const made = phrases.flatMap((p) => [
    `Could you ${p} the page?`,
    `${p.toUpperCase()} before Friday 3pm`,
    `We${p}-ish, Jan 4`,
    `${p[0]!.toUpperCase()}${p.slice(1)}.`,
    p.replaceAll(' ', ' \t\u00a0 '),
    `x${p}1`,
  ]);

  it('reads the corpora', () => {
    expect(units.length).toBeGreaterThan(2000);
  });

  it('finds exactly the cues of the one-alternation scan', () => {
    let differ = 0;
    for (const text of [...units, ...made]) {
      const fast = cuesOf(text);
      const slow = reference(text);
      if (CUE_NAMES.some((n) => fast[n] !== slow[n])) {
        differ++;
        expect({ text, cues: fast }).toEqual({ text, cues: slow });
      }
    }
    expect(differ).toBe(0);
  });

  it('never leaves out a family whose pattern matches (the filter is only a shortcut)', () => {
    const filter = new LiteralFilter(CUE_NAMES.map((n) => CUE_PATTERNS[n]));
    for (const text of [...units, ...made]) {
      const mask = filter.mask(text);
      CUE_NAMES.forEach((n, bit) => {
        if (CUE_PATTERNS[n].test(text))
          expect({ text, n, allowed: (mask & (1 << bit)) !== 0 }).toMatchObject({ allowed: true });
      });
    }
  });
});

describe('building a filter', () => {
  const patterns = [/\b(please|kindly)\b/i, /\bbudget\b/i, /\d+ pages/i];
  const texts = ['Please add two pages', 'the budget is 3 pages', 'nothing here', 'KINDLY 12 pages'];
  const masks = (f: LiteralFilter) => texts.map((t) => f.mask(t));
  const count = (g: Generator<void, void, undefined>) => {
    let n = 0;
    for (const _ of g) n++;
    return n;
  };

  it('is done on first use, or in steps (a yield per pattern) for the filters not yet built', () => {
    const eager = masks(new LiteralFilter(patterns));
    const lazy = new LiteralFilter(patterns);
    const other = new LiteralFilter(patterns.slice(1));
    // Every filter made and not yet built, this file's cue filters among them.
    expect(count(buildLiteralFilters())).toBeGreaterThanOrEqual(patterns.length + patterns.length - 1);
    expect(count(buildLiteralFilters())).toBe(0);
    expect(count(lazy.build())).toBe(0);
    expect(masks(lazy)).toEqual(eager);
    expect(masks(other)).toEqual(masks(new LiteralFilter(patterns.slice(1))));
  });

  it('builds a large automaton in steps too, not only a yield per pattern', () => {
    // 3,000 strings in one pattern's alternation: the trie, its failure links and its renumbering
    // are many steps' work.
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}q${(i * 7919).toString(36)}`);
    const big = [new RegExp(`\\b(?:${words.join('|')})\\b`, 'i'), /\bplain\b/i];
    const stepped = new LiteralFilter(big);
    expect(count(stepped.build())).toBeGreaterThan(big.length + 5);
    const once = new LiteralFilter(big);
    for (const text of ['nothing here', `text with ${words[1234]} in it`, 'PLAIN', `${words[2999]}`.toUpperCase()])
      expect(stepped.mask(text), text).toBe(once.mask(text));
    expect(stepped.mask(`a ${words[17]} b`)).toBe(1);
  });

  it('keeps the automaton a mask() built while a warm-up was part-way', () => {
    const filter = new LiteralFilter(patterns);
    const steps = filter.build();
    steps.next();
    const first = masks(filter);
    for (const _ of steps);
    expect(masks(filter)).toEqual(first);
    expect(first).toEqual(masks(new LiteralFilter(patterns)));
    expect(first[2]).toBe(0);
  });
});
