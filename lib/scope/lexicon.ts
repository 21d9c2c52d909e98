// The lexical features of a unit: its words and word pairs, as keys "w:word" and "b:prev word"
// (the scope model's are the same with an "s" in front). Training needs the keys; predicting only
// needs the weights of the few keys a model knows, so a model's lexical weights are compiled into
// maps by word (and by previous word) and a unit's words are looked up without building a key.
import type { Logistic } from './learn/logistic';
import { HASH_START, hashStep, WordTable } from './word-table';
import { codeAt } from './chars';

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

// The two characters whose lower case is ASCII but not themselves lower-cased by ASCII folding:
// KELVIN SIGN (to "k") and I WITH DOT ABOVE (to "i" and a combining dot: two characters).
const KELVIN = 0x212a;
const DOTTED_I = 0x130;

/**
 * A unit's lexical words: the runs of [a-z'] in its lower-cased text (at most 40), kept as spans,
 * with their ids (-1: no compiled model has the word) until a new model adds words.
 */
export class LexicalWords {
  private ids: number[] | null = null;
  private known = -1;
  private strings: string[] | null = null;
  private lowerText: string | null;

  private constructor(
    private readonly text: string,
    lower: string | null,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {
    this.lowerText = lower;
  }

  /**
   * One pass over the text: each character lower-cased as it is read (ASCII folding is
   * toLowerCase for every character but two, which take the other path), each word hashed as
   * it is read and looked up when it ends. Every unit's ids are read (its ask score).
   */
  static of(text: string): LexicalWords {
    const starts: number[] = [];
    const ends: number[] = [];
    const found: number[] = [];
    const length = text.length;
    let start = -1;
    let hash = HASH_START;
    for (let i = 0; i < length && starts.length < MAX_WORDS; i++) {
      let c = codeAt(text, i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === KELVIN || c === DOTTED_I) return LexicalWords.ofLowerCased(text);
      if (isWordCode(c)) {
        if (start < 0) {
          start = i;
          hash = HASH_START;
        }
        hash = hashStep(hash, c);
        continue;
      }
      if (start < 0) continue;
      starts.push(start);
      ends.push(i);
      found.push(ids.getLowerCased(text, start, i, hash) ?? -1);
      start = -1;
    }
    if (start >= 0) {
      starts.push(start);
      ends.push(length);
      found.push(ids.getLowerCased(text, start, length, hash) ?? -1);
    }
    const words = new LexicalWords(text, null, starts, ends);
    words.ids = found;
    words.known = ids.size;
    return words;
  }

  /** `of` for a text whose lower case ASCII folding does not give: read in the lower-cased copy. */
  private static ofLowerCased(text: string): LexicalWords {
    const lower = text.toLowerCase();
    const starts: number[] = [];
    const ends: number[] = [];
    const length = lower.length;
    for (let i = 0; i < length && starts.length < MAX_WORDS; i++) {
      if (!isWordCode(codeAt(lower, i))) continue;
      starts.push(i);
      while (i + 1 < length && isWordCode(codeAt(lower, i + 1))) i++;
      ends.push(i + 1);
    }
    return new LexicalWords(lower, lower, starts, ends);
  }

  /** The lower-cased text the spans are into (ASCII folding kept every span where it was). */
  private get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  /** The words as strings (training's keys are made of them). */
  get words(): string[] {
    return (this.strings ??= this.starts.map((s, k) => this.lower.slice(s, this.ends[k])));
  }

  idsNow(): readonly number[] {
    if (this.known !== ids.size) {
      // A plain array: a small typed array costs more to allocate than it saves.
      const out: number[] = [];
      const lower = this.lower;
      for (let k = 0; k < this.starts.length; k++) out.push(ids.get(lower, this.starts[k]!, this.ends[k]!) ?? -1);
      this.ids = out;
      this.known = ids.size;
    }
    return this.ids!;
  }
}

/**
 * Word pairs (previous word's id, word's id) -> an index into a list, by open addressing in one
 * typed array. Every word of every unit is looked up as a pair: a Map per previous word cost a
 * hash-table probe in a separate object for each, where this reads one place in memory.
 */
class PairIndex {
  /** Per slot: previous word's id + 1 (0: empty), word's id, the index. */
  private slots = new Int32Array(3 * 256);
  private count = 0;
  /**
   * 1 for each word id that starts some pair: most words of a unit start none, and this small
   * array answers for them without a probe into the (much larger) table.
   */
  private firsts = new Uint8Array(256);

  private static hash(prev: number, id: number): number {
    return Math.imul(prev, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b);
  }

  /** The index stored for the pair, or -1. */
  get(prev: number, id: number): number {
    if (!(prev >= 0 && prev < this.firsts.length && this.firsts[prev] === 1)) return -1;
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let slot = PairIndex.hash(prev, id) & mask; ; slot = (slot + 1) & mask) {
      const at = 3 * slot;
      const first = slots[at]!;
      if (first === 0) return -1;
      if (first === prev + 1 && slots[at + 1] === id) return slots[at + 2]!;
    }
  }

  /** Stores the index for a pair not stored yet. */
  add(prev: number, id: number, index: number): void {
    if (prev >= this.firsts.length) {
      const firsts = new Uint8Array(Math.max(2 * this.firsts.length, prev + 1));
      firsts.set(this.firsts);
      this.firsts = firsts;
    }
    this.firsts[prev] = 1;
    if (2 * (this.count + 1) > this.slots.length / 3) this.grow();
    this.put(this.slots, prev, id, index);
    this.count++;
  }

  private put(slots: Int32Array, prev: number, id: number, index: number): void {
    const mask = slots.length / 3 - 1;
    let slot = PairIndex.hash(prev, id) & mask;
    while (slots[3 * slot] !== 0) slot = (slot + 1) & mask;
    slots[3 * slot] = prev + 1;
    slots[3 * slot + 1] = id;
    slots[3 * slot + 2] = index;
  }

  /** Twice the slots, at most half full: probes stay short (most end in the cache line they start in), and the table, read once per word of every unit, half the size it was at a quarter full. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 3)
      if (old[at] !== 0) this.put(slots, old[at]! - 1, old[at + 1]!, old[at + 2]!);
    this.slots = slots;
  }
}

export interface CompiledLexicon {
  /** By word id. */
  single: (LexicalEntry | undefined)[];
  /** The pair entries, in compile order; `pairIndex` finds one by (previous word's id, word id). */
  pairEntries: LexicalEntry[];
  pairIndex: PairIndex;
  /** The same weights as plain numbers (NaN: none), read by lexicalSum without visiting entries. */
  singleWeights: Float64Array;
  /** By pair entry index. */
  pairWeights: Float64Array;
  /** Per word id and per pair entry, the last pass (newPass) that added its weight: each key once. */
  singleMarks: Int32Array;
  pairMarks: Int32Array;
  pass: number;
}

/** The entry of the pair (previous word's id, word id): 0 for the start of the unit. */
export function pairEntry(lexicon: CompiledLexicon, prev: number, id: number): LexicalEntry | undefined {
  const at = lexicon.pairIndex.get(prev, id);
  return at < 0 ? undefined : lexicon.pairEntries[at];
}

const compiled = new WeakMap<Logistic, Map<string, CompiledLexicon>>();

/** The model's lexical weights whose keys start with `prefix` + "w:" or "b:", by word id. */
export function lexiconOf(model: Logistic, prefix = ''): CompiledLexicon {
  const made = compiled.get(model)?.get(prefix);
  if (made) return made;
  for (const _ of compileLexicon(model, prefix));
  return compiled.get(model)!.get(prefix)!;
}

/** Keys read between two yields of compileLexicon: 1-3 ms of work. */
const KEYS_PER_STEP = 500;

/**
 * lexiconOf's work, yielding every few thousand keys so a warm-up can hand the thread back (a
 * model holds thousands of keys: compiled at once, tens of ms). Keeps the lexicon when done; one
 * already made is left as it is.
 */
export function* compileLexicon(model: Logistic, prefix = ''): Generator<void, void, undefined> {
  if (compiled.get(model)?.has(prefix)) return;
  const lexicon: CompiledLexicon = {
    single: [],
    pairEntries: [],
    pairIndex: new PairIndex(),
    singleWeights: new Float64Array(0),
    pairWeights: new Float64Array(0),
    singleMarks: new Int32Array(0),
    pairMarks: new Int32Array(0),
    pass: 0,
  };
  const single = `${prefix}w:`;
  const pair = `${prefix}b:`;
  const keys = Object.keys(model.w);
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && i % KEYS_PER_STEP === 0) yield;
    const key = keys[i]!;
    const weight = model.w[key]!;
    if (key.startsWith(single)) lexicon.single[idFor(key.slice(single.length))] = { key, weight };
    else if (key.startsWith(pair)) {
      const rest = key.slice(pair.length);
      const space = rest.indexOf(' ');
      if (space < 0) continue;
      const prev = idFor(rest.slice(0, space));
      const id = idFor(rest.slice(space + 1));
      // A repeated key cannot occur (the keys of an object), so each pair is added once.
      lexicon.pairIndex.add(prev, id, lexicon.pairEntries.length);
      lexicon.pairEntries.push({ key, weight });
    }
  }
  let byPrefix = compiled.get(model);
  if (!byPrefix) compiled.set(model, (byPrefix = new Map()));
  if (byPrefix.has(prefix)) return; // made meanwhile by a lexiconOf() of its own
  lexicon.singleWeights = new Float64Array(lexicon.single.length).fill(NaN);
  lexicon.single.forEach((e, id) => (lexicon.singleWeights[id] = e!.weight));
  lexicon.pairWeights = Float64Array.from(lexicon.pairEntries, (e) => e.weight);
  lexicon.singleMarks = new Int32Array(lexicon.single.length);
  lexicon.pairMarks = new Int32Array(lexicon.pairEntries.length);
  byPrefix.set(prefix, lexicon);
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
      const two = lexicon.pairIndex.get(prev, id);
      if (two >= 0) out.push(lexicon.pairEntries[two]!);
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
      const two = lexicon.pairIndex.get(prev, id);
      if (two >= 0) z += lexicon.pairWeights[two]!;
    }
    prev = id;
  }
  return z;
}

/**
 * The lexical keys of a whole message, each once, in the order its units first give them: its
 * units' keys (keysOf) with `prefix` in front ("r" makes "rw:please", "rb:can you"). A model that
 * reads the message, not one unit, weighs each key it finds there once.
 */
export function messageKeys(units: readonly { readonly lexWords: LexicalWords }[], prefix: string): string[] {
  const keys = new Set<string>();
  for (const u of units) for (const k of keysOf(u.lexWords.words)) keys.add(`${prefix}${k}`);
  return [...keys];
}

/**
 * `z` plus the weights of the message's keys the lexicon knows, each once, in messageKeys' order:
 * the same terms, added in the same order, as logitWithWords with messageKeys.
 */
export function messageLexicalSum(
  z: number,
  units: readonly { readonly lexWords: LexicalWords }[],
  lexicon: CompiledLexicon,
): number {
  const pass = newPass(lexicon);
  for (let k = 0; k < units.length; k++) z = distinctSum(z, units[k]!.lexWords, lexicon, pass);
  return z;
}

/**
 * `z` plus the weights of one unit's keys the lexicon knows, each once (a key a unit repeats counts
 * once, as in training's feature vectors).
 */
export function distinctLexicalSum(z: number, words: LexicalWords, lexicon: CompiledLexicon): number {
  return distinctSum(z, words, lexicon, newPass(lexicon));
}

/**
 * A new pass over the lexicon's marks: an entry marked with an older pass has not been added in
 * this one. Numbering the passes spares clearing the marks (or building a Set) for every sum.
 */
function newPass(lexicon: CompiledLexicon): number {
  if (lexicon.pass >= 0x7fffffff) {
    lexicon.singleMarks.fill(0);
    lexicon.pairMarks.fill(0);
    lexicon.pass = 0;
  }
  return ++lexicon.pass;
}

/** lexicalSum, adding only the entries not yet marked with `pass` (and marking them). */
function distinctSum(z: number, words: LexicalWords, lexicon: CompiledLexicon, pass: number): number {
  const ids = words.idsNow();
  const singles = lexicon.singleWeights;
  const singleMarks = lexicon.singleMarks;
  const pairMarks = lexicon.pairMarks;
  let prev = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id >= 0) {
      if (id < singles.length) {
        const one = singles[id]!;
        if (!Number.isNaN(one) && singleMarks[id] !== pass) {
          singleMarks[id] = pass;
          z += one;
        }
      }
      const two = lexicon.pairIndex.get(prev, id);
      if (two >= 0 && pairMarks[two] !== pass) {
        pairMarks[two] = pass;
        z += lexicon.pairWeights[two]!;
      }
    }
    prev = id;
  }
  return z;
}
