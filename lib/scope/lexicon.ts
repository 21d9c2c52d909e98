// The lexical features of a unit: its words and word pairs, as keys "w:word" and "b:prev word"
// (the scope model's are the same with an "s" in front). Training needs the keys; predicting only
// needs the weights of the few keys a model knows, so a model's lexical weights are compiled into
// maps by word (and by previous word) and a unit's words are looked up without building a key.
import type { Logistic } from './learn/logistic';
import { WordTable } from './word-table';

/** At most this many words of a unit are read (a pasted paragraph says no more in its 41st word). */
const MAX_WORDS = 40;

/** The unit's words as the lexical features read them: lower-cased runs of letters and apostrophes. */
export function lexicalWords(text: string): string[] {
  return LexicalWords.of(text).words;
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

// Word ids shared by every compiled lexicon: a unit's words are looked up once, then each model's
// weights are read by id. Id 0 is "^", the start of the unit.
const ids = new WordTable<number>();
ids.set('^', 0);
function idFor(word: string): number {
  let id = ids.lookup(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || c === 39; // a-z and '

/**
 * A unit's lexical words: the runs of [a-z'] in its lower-cased text (at most 40), kept as spans,
 * with their ids (-1: no compiled model has the word) until a new model adds words.
 */
export class LexicalWords {
  private ids: number[] | null = null;
  private known = -1;
  private strings: string[] | null = null;

  private constructor(
    private readonly lower: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  static of(text: string): LexicalWords {
    const lower = text.toLowerCase();
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < lower.length && starts.length < MAX_WORDS; i++) {
      if (!isWordCode(lower.charCodeAt(i))) continue;
      starts.push(i);
      while (i + 1 < lower.length && isWordCode(lower.charCodeAt(i + 1))) i++;
      ends.push(i + 1);
    }
    return new LexicalWords(lower, starts, ends);
  }

  /** The words as strings (training's keys are made of them). */
  get words(): string[] {
    return (this.strings ??= this.starts.map((s, k) => this.lower.slice(s, this.ends[k])));
  }

  idsNow(): readonly number[] {
    if (this.known !== ids.size) {
      // A plain array: a small typed array costs more to allocate than it saves.
      const out: number[] = [];
      for (let k = 0; k < this.starts.length; k++) out.push(ids.get(this.lower, this.starts[k]!, this.ends[k]!) ?? -1);
      this.ids = out;
      this.known = ids.size;
    }
    return this.ids!;
  }
}

export interface CompiledLexicon {
  /** By word id. */
  single: (LexicalEntry | undefined)[];
  /** By previous word's id (0: the start), then word id. */
  pairs: (Map<number, LexicalEntry> | undefined)[];
  /** The same weights as plain numbers (NaN: none), read by lexicalSum without visiting entries. */
  singleWeights: Float64Array;
  pairWeights: (Map<number, number> | undefined)[];
}

const compiled = new WeakMap<Logistic, Map<string, CompiledLexicon>>();

/** The model's lexical weights whose keys start with `prefix` + "w:" or "b:", by word id. */
export function lexiconOf(model: Logistic, prefix = ''): CompiledLexicon {
  let byPrefix = compiled.get(model);
  if (!byPrefix) compiled.set(model, (byPrefix = new Map()));
  let lexicon = byPrefix.get(prefix);
  if (lexicon) return lexicon;
  lexicon = { single: [], pairs: [], singleWeights: new Float64Array(0), pairWeights: [] };
  const single = `${prefix}w:`;
  const pair = `${prefix}b:`;
  for (const [key, weight] of Object.entries(model.w)) {
    if (key.startsWith(single)) lexicon.single[idFor(key.slice(single.length))] = { key, weight };
    else if (key.startsWith(pair)) {
      const rest = key.slice(pair.length);
      const space = rest.indexOf(' ');
      if (space < 0) continue;
      const prev = idFor(rest.slice(0, space));
      const next = (lexicon.pairs[prev] ??= new Map());
      const id = idFor(rest.slice(space + 1));
      next.set(id, { key, weight });
      (lexicon.pairWeights[prev] ??= new Map()).set(id, weight);
    }
  }
  lexicon.singleWeights = new Float64Array(lexicon.single.length).fill(NaN);
  lexicon.single.forEach((e, id) => (lexicon!.singleWeights[id] = e!.weight));
  byPrefix.set(prefix, lexicon);
  return lexicon;
}

/**
 * The entries of the words' keys that the lexicon knows, in the order keysOf() gives the keys
 * (repeats included): the same terms, added in the same order, as looking up every key.
 */
export function knownEntries(words: LexicalWords, lexicon: CompiledLexicon): LexicalEntry[] {
  const out: LexicalEntry[] = [];
  let prev = 0;
  for (const id of words.idsNow()) {
    if (id >= 0) {
      const one = lexicon.single[id];
      if (one) out.push(one);
      const two = lexicon.pairs[prev]?.get(id);
      if (two) out.push(two);
    }
    prev = id;
  }
  return out;
}

/** `z` plus the lexical weights of the words, added in key order (as logitWithWords adds them). */
export function lexicalSum(z: number, words: LexicalWords, lexicon: CompiledLexicon): number {
  let prev = 0;
  for (const id of words.idsNow()) {
    // An unknown word (-1) is in no key: no weight of its own, none with the word before or after.
    if (id >= 0) {
      const one = id < lexicon.singleWeights.length ? lexicon.singleWeights[id]! : NaN;
      if (!Number.isNaN(one)) z += one; // NaN: the model has no weight for the word
      const two = lexicon.pairWeights[prev]?.get(id);
      if (two !== undefined) z += two;
    }
    prev = id;
  }
  return z;
}
