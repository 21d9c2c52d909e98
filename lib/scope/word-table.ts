// A table of words looked up by a span of a text, without cutting the span out as a string first.
// Every word of every unit is looked up (its forms, its lexical id); a Map needs a fresh string
// for each, hashed and compared, and that was a tenth of the engine's time.

/** FNV-1a over the character codes of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class WordTable<T> {
  /**
   * Open addressing: per slot, the entry's index + 1 (0: empty) and the word's hash side by side,
   * so a probe reads one place in memory before it compares any string.
   */
  private slots = new Int32Array(2 * 1024);
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** At most `limit` words are kept: past it, set() is ignored (a bound for pathological input). */
  constructor(private readonly limit = Infinity) {}

  get size(): number {
    return this.words.length;
  }

  /** The value of the word text[start, end), if the table has it. */
  get(text: string, start: number, end: number): T | undefined {
    const hash = hashOf(text, start, end);
    const mask = (this.slots.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot]! - 1;
      if (entry < 0) return undefined;
      if (this.slots[2 * slot + 1] !== hash) continue;
      const word = this.words[entry]!;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++)
        if (word.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      if (same) return this.values[entry];
    }
  }

  /** The value of a whole word. */
  lookup(word: string): T | undefined {
    return this.get(word, 0, word.length);
  }

  /** Adds a word (or gives it a new value). */
  set(word: string, value: T): void {
    const hash = hashOf(word, 0, word.length);
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot]! - 1;
      if (entry < 0) {
        if (this.words.length >= this.limit) return;
        this.words.push(word);
        this.values.push(value);
        this.slots[2 * slot] = this.words.length;
        this.slots[2 * slot + 1] = hash;
        if (this.words.length * 4 > this.slots.length) this.grow();
        return;
      }
      if (this.slots[2 * slot + 1] === hash && this.words[entry] === word) {
        this.values[entry] = value;
        return;
      }
    }
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
