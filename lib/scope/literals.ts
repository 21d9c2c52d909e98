// The literal strings a regex needs: every match of a pattern like "\b(please|pls|kindly)\b"
// contains one of a few strings, read here out of the pattern's source (prefilter.ts looks for
// them in a text). Anything the reader does not understand means "no requirement".
//
// The strings are in the normal form the text is read in: ASCII letters in lower case, every digit
// as "0", every run of whitespace as one space, and a mark (WORD_START) before each word that
// starts after a non-word character (TEXT_START at the text's start). \d, \s and \s+ then
// match single characters, and a word the pattern puts after \b ("\b(am|pm)") is not found
// inside another ("team").

/** Stands before a word character that follows a non-word character (or the start). */
export const WORD_START = '\u0001';

/** Stands before the first character of the text (where ^ matches). */
export const TEXT_START = '\u0002';

/** Whitespace as the regex \s reads it. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** A word character of the normal form (\w once lower-cased, digits as "0"). */
export const isWordChar = (code: number) => (code >= 97 && code <= 122) || code === 48 || code === 95;

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

export const isMark = (c: string | undefined) => c === WORD_START || c === TEXT_START;

/** Characters of a string besides marks. */
function weightOf(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (!isMark(s[k])) n++;
  return n;
}

/** A usable requirement: every string has a character (marks alone are in nearly every text). */
function usable(set: string[] | null): string[] | null {
  return set && set.length > 0 && set.every((s) => weightOf(s) > 0) ? set : null;
}

/** The more selective requirement: the longer shortest string, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map(weightOf));
  const minB = Math.min(...b.map(weightOf));
  if (minA !== minB) return minA > minB ? a : b;
  // As selective by characters: the one with word-start marks (found in fewer places).
  const marksA = Math.min(...a.map((s) => s.length));
  const marksB = Math.min(...b.map((s) => s.length));
  if (marksA !== marksB) return marksA > marksB ? a : b;
  return a.length <= b.length ? a : b;
}

/** `atom` repeated from `min` to `max` times, when that is a few strings. */
function repeated(atom: string[], min: number, max: number): string[] | null {
  if (max > 3) return null;
  const out = new Set<string>();
  let power: string[] | null = [''];
  for (let k = 0; k <= max && power; k++) {
    if (k >= min) for (const x of power) out.add(x);
    power = product(power, atom);
  }
  return out.size <= LIMIT ? [...out] : null;
}

const best = (i: Info) => better(i.req, usable(i.exact));

/** Escapes that stand for one literal character. */
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Reader {
  i = 0;
  constructor(
    private readonly src: string,
    private readonly multiline: boolean,
  ) {}

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
      return c === '^' && !this.multiline ? { exact: [TEXT_START], req: null } : EMPTY;
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
    // Whitespace runs read as one space: \s+ is exactly " ", \s* and \s? are "" or " ".
    if (atom.exact?.length === 1 && atom.exact[0] === ' ') return min > 0 ? atom : { exact: ['', ' '], req: null };
    const exact = atom.exact && max !== Infinity ? repeated(atom.exact, min, max) : null;
    if (min === 0) return { exact, req: null };
    return { exact, req: best(atom) };
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
      if (e === 'b') return { exact: [WORD_START], req: null };
      if (e === 'B') return EMPTY;
      if (e === 'd') return literal('0');
      if (e === 's') return literal(' ');
      if ('DSwW'.includes(e)) return ANYTHING;
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
        if (e === 'd') chars.push('0');
        else if (e === 's') chars.push(' ');
        else if (/[a-zA-Z0-9]/.test(e))
          plain = false; // \w, \b (backspace), \u...
        else chars.push(e);
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
  const normal = isSpace(code)
    ? ' '
    : code >= 48 && code <= 57
      ? '0'
      : code >= 65 && code <= 90
        ? ch.toLowerCase()
        : ch;
  return { exact: [normal], req: [normal] };
}

/**
 * A string in the normal form the text is read in: one space for a run of spaces, and a mark
 * before each word that follows a non-word character (a mark from \b stays only where a word
 * starts; at the very start, where the text before is unknown, only \b puts one).
 */
function normalForm(s: string): string {
  let out = '';
  let marked = false; // a mark from \b since the last character
  for (const c of s) {
    if (c === WORD_START) {
      marked = true;
      continue;
    }
    if (c === TEXT_START) {
      // Only the string's first character can follow the text's start.
      if (out === '') out = TEXT_START;
      continue;
    }
    if (c === ' ' && out.endsWith(' ')) continue;
    const code = c.charCodeAt(0);
    if (isWordChar(code)) {
      const last = out.length ? out.charCodeAt(out.length - 1) : -1;
      // After the text's start a word always starts.
      if (last >= 0 ? !isWordChar(last) : marked) out += WORD_START;
    }
    out += c;
    marked = false;
  }
  return out;
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
    const reader = new Reader(re.source, re.flags.includes('m'));
    info = reader.disjunction();
    if (reader.i !== re.source.length) return null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
  const found = best(info);
  if (!found) return null;
  const req = [...new Set(found.map(normalForm))];
  return req.filter((s) => !req.some((t) => t !== s && s.includes(t)));
}
