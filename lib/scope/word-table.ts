// A table of words looked up by a span of a text, without cutting the span out as a string first.
// Every word of every unit is looked up (its forms, its lexical id); a Map needs a fresh string
// for each, hashed and compared, and that was a tenth of the engine's time.
import { codeAt } from './chars';

/** FNV-1a, a character at a time: HASH_START, then hashStep for each code; the hash is the result | 0. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** FNV-1a over the character codes of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, codeAt(text, i));
  return h | 0;
}

/** A character code with ASCII capitals lower-cased. */
const foldAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

export class WordTable<T> {
  /**
   * Open addressing: per slot, the entry's index + 1 (0: empty) and the word's hash side by side,
   * so a probe reads one place in memory before it compares any string.
   */
  private slots = new Int32Array(2 * 1024);
  /**
   * The words' characters, one after another: entry e is chars[starts[e], starts[e + 1]). A probe
   * compares against these two small arrays, where a list of strings sent it to a string object
   * somewhere in the heap (and from a sliced string on to its parent) for every word.
   */
  private chars = new Uint16Array(4096);
  private starts = new Int32Array(1024);
  private count = 0;
  private readonly values: T[] = [];

  /** At most `limit` words are kept: past it, set() is ignored (a bound for pathological input). */
  constructor(private readonly limit = Infinity) {}

  get size(): number {
    return this.count;
  }

  /**
   * The value of the word text[start, end), if the table has it. `hash`: the word's hash
   * (HASH_START and hashStep over its codes, | 0), where the caller made it while reading the word.
   */
  get(text: string, start: number, end: number, hash = hashOf(text, start, end)): T | undefined {
    const entry = this.find(text, start, end, hash);
    return entry < 0 ? undefined : this.values[entry];
  }

  /**
   * The value of the word text[start, end) with its ASCII capitals lower-cased, given that word's
   * hash (HASH_START and hashStep over the lower-cased codes): a caller that reads the characters
   * anyway hashes them as it goes, and no lower-cased copy of the text is made.
   */
  getLowerCased(text: string, start: number, end: number, hash: number): T | undefined {
    const entry = this.find(text, start, end, hash | 0, true);
    return entry < 0 ? undefined : this.values[entry];
  }

  /** The value of a whole word. */
  lookup(word: string): T | undefined {
    return this.get(word, 0, word.length);
  }

  /** Adds a word (or gives it a new value). */
  set(word: string, value: T): void {
    const hash = hashOf(word, 0, word.length);
    const known = this.find(word, 0, word.length, hash);
    if (known >= 0) {
      this.values[known] = value;
      return;
    }
    if (this.count >= this.limit) return;
    const entry = this.count++;
    this.store(word, entry);
    this.values.push(value);
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = entry + 1;
    this.slots[2 * slot + 1] = hash;
    if (this.count * 4 > this.slots.length) this.grow();
  }

  /** The entry of text[start, end) (whose hash is `hash`), ASCII capitals lower-cased if `fold`; or -1. */
  private find(text: string, start: number, end: number, hash: number, fold = false): number {
    const { slots, chars, starts } = this;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] !== hash) continue;
      const from = starts[entry]!;
      if (starts[entry + 1]! - from !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++)
        if (chars[from + k] !== (fold ? foldAscii(codeAt(text, start + k)) : codeAt(text, start + k))) {
          same = false;
          break;
        }
      if (same) return entry;
    }
  }

  /** Appends the word's characters as entry `entry`. */
  private store(word: string, entry: number): void {
    const from = this.starts[entry]!;
    if (from + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(2 * this.chars.length, from + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < word.length; k++) this.chars[from + k] = word.charCodeAt(k);
    if (entry + 2 > this.starts.length) {
      const starts = new Int32Array(2 * this.starts.length);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[entry + 1] = from + word.length;
  }

  /** Twice the slots, at most half full: probes stay short. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from] === 0) continue;
      let slot = old[from + 1]! & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[from]!;
      slots[2 * slot + 1] = old[from + 1]!;
    }
    this.slots = slots;
  }
}
