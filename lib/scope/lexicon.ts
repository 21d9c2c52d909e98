// The lexical features of a unit: its words and word pairs, as keys "w:word" and "b:prev word"
// (the scope model's are the same with an "s" in front). Training needs the keys; predicting only
// needs the weights of the few keys a model knows, so a model's lexical weights are compiled into
// maps by word (and by previous word) and a unit's words are looked up without building a key.
import type { Logistic } from './learn/logistic';

/** At most this many words of a unit are read (a pasted paragraph says no more in its 41st word). */
const MAX_WORDS = 40;
const WORD = /[a-z']+/g;

/** The unit's words as the lexical features read them: lower-cased runs of letters and apostrophes. */
export function lexicalWords(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.length > MAX_WORDS ? words.slice(0, MAX_WORDS) : words;
}

/** The keys of those words, in order: "w:word", then "b:prev word" ("^" before the first). */
export function keysOf(words: readonly string[]): string[] {
  const keys: string[] = [];
  let prev = '^';
  for (const w of words) {
    keys.push(`w:${w}`, `b:${prev} ${w}`);
    prev = w;
  }
  return keys;
}

/** One lexical weight of a model, with its key (the key string is made once, when compiling). */
export interface LexicalEntry {
  key: string;
  weight: number;
}

export interface CompiledLexicon {
  single: Map<string, LexicalEntry>;
  /** Previous word ("^" at the start) -> word -> entry. */
  pairs: Map<string, Map<string, LexicalEntry>>;
}

const compiled = new WeakMap<Logistic, Map<string, CompiledLexicon>>();

/** The model's lexical weights whose keys start with `prefix` + "w:" or "b:", by word. */
export function lexiconOf(model: Logistic, prefix = ''): CompiledLexicon {
  let byPrefix = compiled.get(model);
  if (!byPrefix) compiled.set(model, (byPrefix = new Map()));
  let lexicon = byPrefix.get(prefix);
  if (lexicon) return lexicon;
  lexicon = { single: new Map(), pairs: new Map() };
  const single = `${prefix}w:`;
  const pair = `${prefix}b:`;
  for (const [key, weight] of Object.entries(model.w)) {
    if (key.startsWith(single)) lexicon.single.set(key.slice(single.length), { key, weight });
    else if (key.startsWith(pair)) {
      const rest = key.slice(pair.length);
      const space = rest.indexOf(' ');
      if (space < 0) continue;
      const prev = rest.slice(0, space);
      let next = lexicon.pairs.get(prev);
      if (!next) lexicon.pairs.set(prev, (next = new Map()));
      next.set(rest.slice(space + 1), { key, weight });
    }
  }
  byPrefix.set(prefix, lexicon);
  return lexicon;
}

/**
 * The entries of `words`' keys that the lexicon knows, in the order keysOf() gives the keys
 * (repeats included): the same terms, added in the same order, as looking up every key.
 */
export function knownEntries(words: readonly string[], lexicon: CompiledLexicon): LexicalEntry[] {
  const out: LexicalEntry[] = [];
  let prev = '^';
  for (const w of words) {
    const one = lexicon.single.get(w);
    if (one) out.push(one);
    const two = lexicon.pairs.get(prev)?.get(w);
    if (two) out.push(two);
    prev = w;
  }
  return out;
}

/** The sum of the lexical weights of `words`, added in key order (as logitWithWords adds them). */
export function lexicalSum(z: number, words: readonly string[], lexicon: CompiledLexicon): number {
  let prev = '^';
  for (const w of words) {
    const one = lexicon.single.get(w);
    if (one) z += one.weight;
    const two = lexicon.pairs.get(prev)?.get(w);
    if (two) z += two.weight;
    prev = w;
  }
  return z;
}
