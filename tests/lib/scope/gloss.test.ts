// The glossing mechanics (languages/gloss.ts) on a lexicon made for the test: longest phrase
// first, prefixes for inflected forms, the writer's punctuation and capitals kept.
import { describe, expect, it } from 'vitest';
import { compileLexicon, glossWith } from '@/lib/scope/languages/gloss';

const lex = compileLexicon({
  language: 'xx',
  detect: ['und'],
  phrases: {
    'könnten sie': 'could you',
    'wäre es möglich': 'would it be possible',
    es: 'it',
    bitte: 'please',
    noch: 'also',
    'noch eine': 'another',
    englisch: 'english',
    'pourriez-vous': 'could you',
    "l'": 'the',
    mal: '',
  },
  prefixes: { übersetz: 'translate', überse: 'over' },
});

describe('glossWith', () => {
  it('reads the longest phrase first and keeps the punctuation', () => {
    expect(glossWith('Wäre es möglich, noch eine Variante?', lex)).toBe('Would it be possible, another Variante?');
    expect(glossWith('Könnten Sie bitte noch das Poster?', lex)).toBe('Could you please also das Poster?');
  });

  it('glosses inflected forms by their longest prefix, and keeps unknown words as written', () => {
    expect(glossWith('Bitte übersetzen: Produktflyer', lex)).toBe('Please translate: Produktflyer');
    expect(glossWith('Übersetzung ins Englisch', lex)).toBe('Translate ins English');
  });

  it('reads hyphenated and elided phrases as words', () => {
    expect(glossWith("Pourriez-vous ajouter l'affiche ?", lex)).toBe('Could you ajouter the affiche ?');
  });

  it('reads a function word the phrases leave out as nothing, so it never matches as a topic word', () => {
    expect(glossWith('Flyer und Poster', lex)).toBe('Flyer  Poster');
  });

  it('keeps abbreviations and codes as written: capitals, and words joined by a slash', () => {
    const es = compileLexicon({
      language: 'es',
      detect: [],
      phrases: { a: 'to', en: 'in', textos: 'texts' },
      prefixes: {},
    });
    expect(glossWith('Textos EN: test A/B a revisar', es)).toBe('Texts EN: test A/B to revisar');
  });

  it('drops words glossed as nothing, and leaves text without words alone', () => {
    expect(glossWith('Bitte mal schauen', lex)).toBe('Please  schauen');
    expect(glossWith('— 12 / ?', lex)).toBe('— 12 / ?');
    expect(glossWith('', lex)).toBe('');
  });

  it('ignores entries it cannot use (prefixes under five letters, values that are not text)', () => {
    const odd = compileLexicon({
      language: 'yy',
      detect: [],
      phrases: { a: 1 as unknown as string },
      prefixes: { tra: 'x' },
    });
    expect(glossWith('a trabajo', odd)).toBe('a trabajo');
  });
});
