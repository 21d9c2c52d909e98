// Clients write in their own language; the engine reads English. A message (or a SOW item) in
// another language the engine has a lexicon for is glossed word by word into rough English
// before it is read: the words that carry function ("könnten Sie", "bitte", "noch eine",
// "troisième", "hors périmètre") come out as the English words the cue families, the verbs, the
// learned lexicon and the taxonomy know; words the lexicon does not list (names, compounds, the
// project's own terms) stay as written, on both the message's side and the SOW's, so they still
// match. Word order stays the writer's: the features read words and short pairs, not syntax.
//
// The lexicons are data (one JSON file per language, languages/<code>.json), written from the
// languages as clients write them, never from one test set.

export interface GlossLexicon {
  language: string;
  /** Frequent function words distinctive for the language: how a text is recognised. */
  detect: string[];
  /** Lower-case word sequences (space-separated) -> English ('' drops the word). */
  phrases: Record<string, string>;
  /** Word starts -> English, for inflected forms the phrases do not list. */
  prefixes: Record<string, string>;
}

export interface CompiledLexicon {
  language: string;
  detect: ReadonlySet<string>;
  phrases: ReadonlyMap<string, string>;
  /** The most words any phrase has. */
  longest: number;
  prefixes: ReadonlyMap<string, string>;
  prefixLengths: readonly number[];
}

/** A word: letters, marks and digits; a French / Italian elision ("l'", "dell'") is a word of its own. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’](?=\p{L}))?/gu;
const MIN_PREFIX = 5;
const LETTER = /\p{L}/u;

/** Phrase keys are read as words, whatever separates them in the file ("pourriez-vous" = "pourriez vous"). */
function keyOf(phrase: string): string {
  return (phrase.match(WORD) ?? []).map(normal).join(' ');
}

/** Lower case, the elision apostrophe dropped ("L’" and "l'" are both "l"). */
function normal(word: string): string {
  const lower = word.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  return last === 39 || last === 8217 ? lower.slice(0, -1) : lower;
}

export function compileLexicon(raw: GlossLexicon): CompiledLexicon {
  const phrases = new Map<string, string>();
  let longest = 1;
  for (const [k, v] of Object.entries(raw.phrases ?? {})) {
    const key = keyOf(k);
    if (!key || typeof v !== 'string') continue;
    phrases.set(key, v.trim().toLowerCase());
    longest = Math.max(longest, key.split(' ').length);
  }
  // A function word the phrases leave out ("le", "del", "het") carries no topic: read as nothing,
  // not as a content word that would match the SOW's own function words.
  for (const w of raw.detect ?? []) {
    const key = keyOf(w);
    if (key && !phrases.has(key)) phrases.set(key, '');
  }
  const prefixes = new Map<string, string>();
  for (const [k, v] of Object.entries(raw.prefixes ?? {})) {
    const key = normal(k.trim());
    if (key.length >= MIN_PREFIX && typeof v === 'string') prefixes.set(key, v.trim().toLowerCase());
  }
  const prefixLengths = [...new Set([...prefixes.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return {
    language: raw.language,
    detect: new Set((raw.detect ?? []).map((w) => w.toLowerCase())),
    phrases,
    longest,
    prefixes,
    prefixLengths,
  };
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, lower: normal(m[0]) });
  return out;
}

function prefixGloss(word: string, lex: CompiledLexicon): string | undefined {
  for (const n of lex.prefixLengths) {
    if (n > word.length) continue;
    const hit = lex.prefixes.get(word.slice(0, n));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * Abbreviations and codes are not words of the language: "EN" (English), "A/B", "24/7", "PDF".
 * A word in capitals (two letters or more) or joined to another by a slash stays as written.
 */
function keptAsWritten(text: string, w: Word): boolean {
  if (text[w.start - 1] === '/' || text[w.end] === '/') return true;
  if (w.end - w.start < 2) return false;
  const written = text.slice(w.start, w.end);
  return written === written.toUpperCase() && written !== written.toLowerCase();
}

/** Keeps a capital where the writer put one ("Englisch" -> "English"), for the features that read case. */
function cased(original: string, english: string): string {
  if (!english) return english;
  const first = original[0] ?? '';
  return first !== first.toLowerCase() ? english[0]!.toUpperCase() + english.slice(1) : english;
}

/**
 * The text glossed into English: each run of words the lexicon lists (longest first) replaced by
 * its English, other words by their prefix's English or kept; punctuation and line breaks kept
 * where they were (a question still ends in '?', a list item still starts a line).
 */
export function glossWith(text: string, lex: CompiledLexicon): string {
  const words = wordsOf(text);
  if (words.length === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    if (keptAsWritten(text, w)) {
      out += text.slice(at, w.end);
      at = w.end;
      i++;
      continue;
    }
    let taken = 0;
    let english: string | undefined;
    // Longest phrase first: "wäre es möglich" before "es".
    for (let n = Math.min(lex.longest, words.length - i); n >= 1 && english === undefined; n--) {
      let key = words[i]!.lower;
      for (let k = 1; k < n; k++) key += ' ' + words[i + k]!.lower;
      const hit = lex.phrases.get(key);
      if (hit !== undefined) {
        english = hit;
        taken = n;
      }
    }
    if (english === undefined) {
      english = w.lower.length >= MIN_PREFIX ? prefixGloss(w.lower, lex) : undefined;
      taken = 1;
    }
    const last = words[i + taken - 1]!;
    out += text.slice(at, w.start);
    if (english === undefined) out += text.slice(w.start, last.end);
    else {
      out += cased(text.slice(w.start, w.end), english);
      // An elision ("l'affiche") glossed: a space before the word it was bound to.
      if (english && LETTER.test(text[last.end] ?? '')) out += ' ';
    }
    at = last.end;
    i += taken;
  }
  return out + text.slice(at);
}
