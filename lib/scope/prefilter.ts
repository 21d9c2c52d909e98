// A cheap test that tells when a regex cannot match a text, so the engine skips running it. Most
// cue patterns are alternations of words ("please|pls|plz|kindly"): every match contains one of a
// few literal strings. requiredLiterals() reads those strings out of the pattern's source, and a
// LiteralFilter finds which patterns' strings occur in a text in one pass (Aho-Corasick). A
// pattern whose strings are all absent cannot match; one whose strings are present still runs,
// so results never change. Anything the reader does not understand means "no requirement".

/** The filter looks for at most this many leading characters of each string. */
const MAX_LITERAL = 6;
/** Past this many alternatives a set of exact strings is not worth tracking. */
const LIMIT = 256;

interface Info {
  /** Every string the node can match, when finite and small; null otherwise. */
  exact: string[] | null;
  /** Every match contains one of these; null: no requirement known. */
  req: string[] | null;
}

class Unsupported extends Error {}

const ANYTHING: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

/** A usable requirement: no empty string in it (the empty string is in every text). */
function usable(set: string[] | null): string[] | null {
  return set && set.length > 0 && !set.includes('') ? set : null;
}

/** The more selective requirement: the longer shortest string, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

const best = (i: Info) => better(i.req, usable(i.exact));

/** Escapes that stand for one literal character. */
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Reader {
  i = 0;
  constructor(private readonly src: string) {}

  disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exacts = alternatives.map((a) => a.exact);
    const union = exacts.every((e) => e !== null) ? [...new Set(exacts.flat() as string[])] : null;
    const reqs = alternatives.map(best);
    return {
      exact: union && union.length <= LIMIT ? union : null,
      req: reqs.every((r) => r !== null) ? [...new Set(reqs.flat() as string[])] : null,
    };
  }

  alternative(): Info {
    const terms: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') terms.push(this.term());
    // Runs of terms with exact strings combine into longer strings ("can" + "'t"); the most
    // selective of the runs and the terms' own requirements stands for the sequence.
    let req: string[] | null = null;
    let run: string[] | null = null;
    for (const t of terms) {
      req = better(req, t.req);
      if (t.exact === null) {
        req = better(req, usable(run));
        run = null;
        continue;
      }
      const next: string[] | null = run ? product(run, t.exact) : t.exact;
      if (next === null) {
        req = better(req, usable(run));
        run = t.exact;
      } else run = next;
    }
    req = better(req, usable(run));
    let exact: string[] | null = [''];
    for (const t of terms) exact = exact && t.exact ? product(exact, t.exact) : null;
    return { exact, req };
  }

  term(): Info {
    const c = this.src[this.i]!;
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    const atom = this.atom();
    return this.quantified(atom);
  }

  quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    if (min === 0 && max === 1) return { exact: atom.exact ? [...new Set([...atom.exact, ''])] : null, req: null };
    if (min === 0) return ANYTHING;
    return { exact: min === 1 && max === 1 ? atom.exact : null, req: best(atom) };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (src[this.i] === '?') {
        const kind = /^\?(:|=|!|<=|<!)/.exec(src.slice(this.i));
        if (!kind) throw new Unsupported('group'); // named groups: not used by the engine's patterns
        this.i += kind[0].length;
        lookaround = kind[1] !== ':';
      }
      const inner = this.disjunction();
      if (src[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return ANYTHING;
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Unsupported('escape');
      this.i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if ('dDsSwW'.includes(e)) return ANYTHING;
      if (e in CONTROL) return literal(CONTROL[e]!);
      if (/[1-9a-zA-Z]/.test(e)) throw new Unsupported(`\\${e}`); // back-references, \x, \u, \p, \c...
      return literal(e);
    }
    if ('*+?{}|)'.includes(c)) throw new Unsupported(`stray ${c}`);
    this.i++;
    return literal(c);
  }

  /** A class of a few plain characters ("[- ]") matches exactly those; any other class, anything. */
  charClass(): Info {
    const src = this.src;
    this.i++;
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let plain = !negated;
    while (this.i < src.length && src[this.i] !== ']') {
      const ch = src[this.i]!;
      if (ch === '\\') {
        const e = src[this.i + 1] ?? '';
        this.i += 2;
        if (/[a-zA-Z0-9]/.test(e)) plain = false; // \d, \s, \w, \b (backspace), \u...
        chars.push(e);
        continue;
      }
      if (ch === '-' && chars.length > 0 && src[this.i + 1] !== ']') plain = false; // a range
      this.i++;
      chars.push(ch);
    }
    if (src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    const infos = chars.map(literal);
    if (!plain || chars.length === 0 || chars.length > 8 || infos.some((x) => x.exact === null)) return ANYTHING;
    const set = [...new Set(infos.flatMap((x) => x.exact!))];
    return { exact: set, req: set };
  }
}

/**
 * One character of a pattern. Outside ASCII a letter with case would match its other case in the
 * text, which the filter does not fold: it counts as any character.
 */
function literal(ch: string): Info {
  const code = ch.charCodeAt(0);
  if (code >= 128 && ch.toLowerCase() !== ch.toUpperCase()) return ANYTHING;
  const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  return { exact: [lower], req: [lower] };
}

/**
 * Lower-case strings, one of which every match of `re` contains (its letters in either case), or
 * null when no such list is known (the pattern must always run). Strings that contain another of
 * the list are dropped: finding the shorter one is enough.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('u') || re.flags.includes('v')) return null; // other escape rules
  let info: Info;
  try {
    const reader = new Reader(re.source);
    info = reader.disjunction();
    if (reader.i !== re.source.length) return null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
  const req = best(info);
  if (!req) return null;
  return req.filter((s) => !req.some((t) => t !== s && s.includes(t)));
}

/**
 * Which of up to 31 patterns may match a text: one pass over the text whatever the number of
 * patterns (an Aho-Corasick automaton over their literal strings, as a table: one lookup per
 * character). ASCII letters are folded to lower case as the text is read, which is exactly how a
 * pattern's letters match (with the i flag; a case-sensitive pattern matches less often): a
 * pattern left out of the mask has no match in the text.
 */
export class LiteralFilter {
  /** Patterns with no known requirement: always in the mask. */
  private readonly always: number;
  /** Character code -> column of the table; 0 for characters in no literal. */
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Map<number, number>();
  private readonly columns: number;
  /** Next state for (state, column), failure links already followed. */
  private readonly table: Uint16Array | Int32Array;
  /** Per state, the patterns one of whose strings ends there. */
  private readonly out: Int32Array;

  constructor(patterns: readonly RegExp[]) {
    if (patterns.length > 31) throw new Error('LiteralFilter: at most 31 patterns');
    const strings: { s: string; mask: number }[] = [];
    let always = 0;
    patterns.forEach((re, bit) => {
      const literals = requiredLiterals(re);
      if (literals === null) always |= 1 << bit;
      // A prefix of a required string is required too: short prefixes keep the automaton (and the
      // table read once per character of every text) small enough to stay in the CPU's cache.
      else for (const s of literals) strings.push({ s: s.slice(0, MAX_LITERAL), mask: 1 << bit });
    });
    this.always = always;
    // The alphabet: every character some literal uses; all others share column 0.
    let columns = 1;
    for (const { s } of strings)
      for (let k = 0; k < s.length; k++) {
        const code = s.charCodeAt(k);
        if (code < 128 ? this.ascii[code] === 0 : !this.other.has(code)) {
          if (code < 128) this.ascii[code] = columns++;
          else this.other.set(code, columns++);
        }
      }
    this.columns = columns;
    // The trie (-1: no edge yet), then breadth-first failure links folded into the table.
    const goto: number[] = new Array<number>(columns).fill(-1);
    const out: number[] = [0];
    for (const { s, mask } of strings) {
      let state = 0;
      for (let k = 0; k < s.length; k++) {
        const cell = state * columns + this.column(s.charCodeAt(k));
        if (goto[cell] === -1) {
          goto[cell] = out.length;
          out.push(0);
          for (let c = 0; c < columns; c++) goto.push(-1);
        }
        state = goto[cell]!;
      }
      out[state]! |= mask;
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
    }
    // Two bytes a cell where the states allow: half the memory to keep in cache.
    this.table = out.length <= 0xffff ? Uint16Array.from(table) : table;
    this.out = Int32Array.from(out);
  }

  private column(code: number): number {
    return code < 128 ? this.ascii[code]! : (this.other.get(code) ?? 0);
  }

  /** Bit i set: pattern i may match `text` (its strings occur, or it has none known). */
  mask(text: string): number {
    let mask = this.always;
    let state = 0;
    const { table, out, columns, ascii } = this;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32;
      const column = code < 128 ? ascii[code]! : (this.other.get(code) ?? 0);
      state = table[state * columns + column]!;
      mask |= out[state]!;
    }
    return mask;
  }
}
