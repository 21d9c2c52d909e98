// Prediction looks a unit's lexical weights up by word instead of building "w:word" / "b:prev word"
// keys: the terms, and the order they are added in, must be the same as with the keys.
import { describe, expect, it } from 'vitest';
import {
  keysOf,
  knownEntries,
  lexicalSum,
  lexicalWords,
  LexicalWords,
  lexiconOf,
  pairEntry,
} from '@/lib/scope/lexicon';
import { lexicalKeys } from '@/lib/scope/ask-features';
import { logitWithWords, type Logistic } from '@/lib/scope/learn/logistic';
import { weights } from '@/lib/scope/weights';

const WEIGHTS = weights();

const model: Logistic = {
  bias: 0.5,
  w: {
    'w:please': 1,
    'b:^ please': 0.25,
    'b:could you': 2,
    'w:you': -0.5,
    'sw:extra': 3,
    'sb:an extra': 0.125,
    c_please: 7, // not lexical: never read by the lexicon
  },
};

describe('lexicalWords / keysOf', () => {
  it('reads what the regex /[a-z\x27]+/g reads in the lower-cased text, at most 40 words', () => {
    for (const text of [
      "Don't STOP--the client's 2nd draft!",
      'İstanbul KELVIN \u212a',
      "''  a'b",
      '',
      'word '.repeat(45),
    ]) {
      expect(lexicalWords(text)).toEqual((text.toLowerCase().match(/[a-z']+/g) ?? []).slice(0, 40));
    }
  });

  it('reads lower-cased words with apostrophes, at most 40', () => {
    expect(lexicalWords("Could YOU add the client's logo?")).toEqual([
      'could',
      'you',
      'add',
      'the',
      "client's",
      'logo',
    ]);
    expect(lexicalWords('word '.repeat(50))).toHaveLength(40);
  });

  it('makes the keys training reads: each word, then the pair with the word before', () => {
    expect(keysOf(['please', 'fix'])).toEqual(['w:please', 'b:^ please', 'w:fix', 'b:please fix']);
    expect(lexicalKeys('Please fix')).toEqual(keysOf(['please', 'fix']));
  });
});

describe('lexiconOf', () => {
  it('compiles a model per prefix and keeps the key strings', () => {
    const ask = lexiconOf(model);
    const scope = lexiconOf(model, 's');
    const [please, could, you, extra, an] = LexicalWords.of('please could you extra an').idsNow();
    expect(ask.single[please!]).toEqual({ key: 'w:please', weight: 1 });
    expect(pairEntry(ask, could!, you!)).toEqual({ key: 'b:could you', weight: 2 });
    expect(ask.single[extra!]).toBeUndefined();
    expect(scope.single[extra!]?.key).toBe('sw:extra');
    expect(pairEntry(scope, an!, extra!)?.weight).toBe(0.125);
    expect(pairEntry(ask, you!, could!)).toBeUndefined();
    expect(lexiconOf(model)).toBe(ask); // compiled once
  });

  it('finds the known keys in key order, repeats included', () => {
    const words = LexicalWords.of('Please could you, please?');
    const keys = knownEntries(words, lexiconOf(model)).map((e) => e.key);
    expect(keys).toEqual(['w:please', 'b:^ please', 'w:you', 'b:could you', 'w:please']);
  });
});

describe('LexicalWords', () => {
  it('reads the ids again once a newly compiled model adds words', () => {
    const words = LexicalWords.of('zyzzyva please');
    expect(words.idsNow()[0]).toBe(-1);
    lexiconOf({ bias: 0, w: { 'w:zyzzyva': 1 } });
    expect(words.idsNow()[0]).toBeGreaterThan(0);
  });
});

describe('lexicalSum', () => {
  const texts = [
    'Could you please add an extra page?',
    'Thanks, looks great!',
    "We'd love a French version of the site too, could you quote for it?",
    'please please please',
    '',
  ];

  it.each(texts)('adds what logitWithWords adds over the keys: %s', (text) => {
    for (const m of [model, WEIGHTS.ask]) {
      const f = { c_please: 1 };
      const words = LexicalWords.of(text);
      // Bit for bit: the same terms in the same order.
      expect(lexicalSum(logitWithWords(m, f, []), words, lexiconOf(m))).toBe(logitWithWords(m, f, keysOf(words.words)));
    }
  });
});
