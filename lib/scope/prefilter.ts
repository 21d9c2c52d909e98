// A cheap test that tells when a regex cannot match a text, so the engine skips running it: a
// LiteralFilter finds which patterns' required strings (literals.ts) occur in a text, in one pass
// (Aho-Corasick). A pattern whose strings are all absent cannot match; one whose strings are
// present still runs, so results never change.
import { isMark, isSpace, isWordChar, requiredLiterals, TEXT_START, WORD_START } from './literals';
import { codeAt } from './chars';
import { stepwise } from './stepwise';

/** The filter looks for at most this many leading characters of each string (marks aside). */
const MAX_LITERAL = 8;

const SPACE = 1 << 30;
const WORD = 1 << 29;
const COLUMN = WORD - 1;

/** The first `n` characters of `s`, with the marks among them (none left dangling at the end). */
function leading(s: string, n: number): string {
  let end = 0;
  for (let count = 0; end < s.length && count < n; end++) if (!isMark(s[end])) count++;
  return s.slice(0, end);
}
/**
 * Which of up to 31 patterns may match a text: one pass over the text whatever the number of
 * patterns (an Aho-Corasick automaton over their literal strings, as a table: one lookup per
 * character). ASCII letters are folded to lower case as the text is read, which is exactly how a
 * pattern's letters match (with the i flag; a case-sensitive pattern matches less often): a
 * pattern left out of the mask has no match in the text.
 *
 * Built on first use, not when made: filters are module constants, and reading their patterns
 * (tens of ms together) held up the start of every page and of the service worker, which starts
 * again after every 30 s idle. buildLiteralFilters() builds the ones not yet built in steps.
 */
export class LiteralFilter {
  /** The automaton, built once: at once by the first mask(), or in steps by buildLiteralFilters. */
  private readonly automaton = stepwise(() => this.buildSteps());

  constructor(private readonly patterns: readonly RegExp[]) {
    if (patterns.length > 31) throw new Error('LiteralFilter: at most 31 patterns');
    unbuilt.add(this);
  }

  /** Builds the automaton, yielding after each pattern is read, then as buildAutomaton does. */
  private *buildSteps(): Generator<void, Automaton, undefined> {
    const strings: { s: string; mask: number }[] = [];
    let always = 0;
    for (const [bit, re] of this.patterns.entries()) {
      const literals = requiredLiterals(re);
      if (literals === null) always |= 1 << bit;
      // A prefix of a required string is required too: short prefixes keep the automaton (and the
      // table read once per character of every text) small enough to stay in the CPU's cache.
      else for (const s of literals) strings.push({ s: leading(s, MAX_LITERAL), mask: 1 << bit });
      yield;
    }
    const automaton = yield* buildAutomaton(strings, always);
    unbuilt.delete(this);
    return automaton;
  }

  /** Builds the rest of the automaton in steps, unless built before. */
  *build(): Generator<void, void, undefined> {
    yield* this.automaton.steps();
  }

  /** Bit i set: pattern i may match `text` (its strings occur, or it has none known). */
  mask(text: string): number {
    return this.automaton.get().mask(text);
  }
}

/** Filters made and not yet built (a built one leaves, so nothing is held for it here). */
const unbuilt = new Set<LiteralFilter>();

/** Builds every filter made so far and not yet built, one pattern at a time (for a warm-up). */
export function* buildLiteralFilters(): Generator<void, void, undefined> {
  for (const filter of [...unbuilt]) yield* filter.build();
}

/** The tables of a LiteralFilter's automaton (buildAutomaton makes them). */
interface AutomatonTables {
  always: number;
  ascii: Uint8Array;
  other: Map<number, number>;
  columns: number;
  table: Uint16Array | Int32Array;
  out: Int32Array;
  classes: Int32Array;
}

/** The automaton's column for a character: its place in the alphabet, 0 for characters in no literal. */
function columnOf(ascii: Uint8Array, other: ReadonlyMap<number, number>, code: number): number {
  return code < 128 ? ascii[code]! : (other.get(code) ?? 0);
}

/** A LiteralFilter's automaton over its patterns' strings. */
class Automaton {
  /** Patterns with no known requirement: always in the mask. */
  private readonly always: number;
  /** Character code -> column of the table; 0 for characters in no literal. */
  private readonly ascii: Uint8Array;
  private readonly other: Map<number, number>;
  private readonly columns: number;
  /** Next state for (state, column), failure links already followed. */
  private readonly table: Uint16Array | Int32Array;
  /** Per state, the patterns one of whose strings ends there. */
  private readonly out: Int32Array;
  /**
   * Per ASCII character, all the scan needs in one read: the column of its normal form (letters
   * folded, digits as 0, spaces as ' '), and whether it is a space or a word character.
   */
  private readonly classes: Int32Array;

  constructor(t: AutomatonTables) {
    this.always = t.always;
    this.ascii = t.ascii;
    this.other = t.other;
    this.columns = t.columns;
    this.table = t.table;
    this.out = t.out;
    this.classes = t.classes;
  }

  private column(code: number): number {
    return columnOf(this.ascii, this.other, code);
  }

  mask(text: string): number {
    let mask = this.always;
    const { table, out, columns, ascii } = this;
    const mark = this.column(WORD_START.charCodeAt(0));
    let state = this.table[this.column(TEXT_START.charCodeAt(0))]!;
    mask |= this.out[state]!;
    let prevWord = false;
    let prevSpace = false;
    const { classes } = this;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = codeAt(text, i);
      // The normal form: see the top of this file. ASCII (nearly every character) in one lookup.
      let column: number;
      if (code < 128) {
        const cls = classes[code]!;
        if (cls & SPACE) {
          if (prevSpace) continue;
          prevSpace = true;
          prevWord = false;
        } else {
          prevSpace = false;
          const word = (cls & WORD) !== 0;
          if (word && !prevWord) {
            state = table[state * columns + mark]!;
            mask |= out[state]!;
          }
          prevWord = word;
        }
        column = cls & COLUMN;
      } else if (isSpace(code)) {
        if (prevSpace) continue;
        prevSpace = true;
        prevWord = false;
        column = ascii[32]!;
      } else {
        // Not a word character (those are ASCII), so a word before it has ended.
        prevSpace = false;
        prevWord = false;
        column = this.other.get(code) ?? 0;
      }
      state = table[state * columns + column]!;
      mask |= out[state]!;
    }
    return mask;
  }
}

/** Table cells written per step of an automaton's build (~0.5 ms of a service worker's thread). */
const CELLS_PER_STEP = 20_000;

/**
 * The automaton over `strings`, built in steps: the largest filter's trie, failure links and
 * renumbering were one task of 10-15 ms of a worker's thread.
 */
function* buildAutomaton(
  strings: readonly { s: string; mask: number }[],
  always: number,
): Generator<void, Automaton, undefined> {
  // The alphabet: every character some literal uses; all others share column 0.
  const ascii = new Uint8Array(128);
  const other = new Map<number, number>();
  let columns = 1;
  for (const { s } of strings)
    for (let k = 0; k < s.length; k++) {
      const code = s.charCodeAt(k);
      if (code < 128 ? ascii[code] === 0 : !other.has(code)) {
        if (code < 128) ascii[code] = columns++;
        else other.set(code, columns++);
      }
    }
  const column = (code: number) => columnOf(ascii, other, code);
  let work = 0;
  /** Counts `cells` of work; true when a step's worth is done (the caller yields). */
  const stepDone = (cells: number) => {
    work += cells;
    if (work < CELLS_PER_STEP) return false;
    work = 0;
    return true;
  };
  // The trie (-1: no edge yet), then breadth-first failure links folded into the table.
  const goto: number[] = new Array<number>(columns).fill(-1);
  const out: number[] = [0];
  for (const { s, mask } of strings) {
    let state = 0;
    for (let k = 0; k < s.length; k++) {
      const cell = state * columns + column(s.charCodeAt(k));
      if (goto[cell] === -1) {
        goto[cell] = out.length;
        out.push(0);
        for (let c = 0; c < columns; c++) goto.push(-1);
      }
      state = goto[cell]!;
    }
    out[state]! |= mask;
    if (stepDone(s.length * columns)) yield;
  }
  const table = new Int32Array(goto.length);
  const fail = new Int32Array(out.length);
  const queue: number[] = [];
  for (let c = 0; c < columns; c++) {
    const to = goto[c]!;
    table[c] = to === -1 ? 0 : to;
    if (to !== -1) queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    out[state]! |= out[fail[state]!]!;
    for (let c = 0; c < columns; c++) {
      const to = goto[state * columns + c]!;
      const fallback = table[fail[state]! * columns + c]!;
      if (to === -1) table[state * columns + c] = fallback;
      else {
        table[state * columns + c] = to;
        fail[to] = fallback;
        queue.push(to);
      }
    }
    if (stepDone(columns)) yield;
  }
  // States renumbered breadth-first (the root, then the queue's order): the shallow states, where
  // the scan spends nearly all its time, share the first rows of the table and stay in the
  // CPU's cache; in the trie's insertion order they were spread over the whole table.
  const renumbered = new Int32Array(out.length);
  queue.forEach((state, k) => (renumbered[state] = k + 1));
  // Two bytes a cell where the states allow: half the memory to keep in cache.
  const cells = out.length <= 0xffff ? new Uint16Array(table.length) : new Int32Array(table.length);
  const outs = new Int32Array(out.length);
  for (let state = 0; state < out.length; state++) {
    const to = renumbered[state]!;
    outs[to] = out[state]!;
    for (let c = 0; c < columns; c++) cells[to * columns + c] = renumbered[table[state * columns + c]!]!;
    if (stepDone(columns)) yield;
  }
  const classes = new Int32Array(128);
  for (let code = 0; code < 128; code++) {
    if (isSpace(code)) classes[code] = SPACE | column(32);
    else {
      const folded = code >= 65 && code <= 90 ? code + 32 : code >= 48 && code <= 57 ? 48 : code;
      classes[code] = (isWordChar(folded) ? WORD : 0) | column(folded);
    }
  }
  return new Automaton({ always, ascii, other, columns, table: cells, out: outs, classes });
}
