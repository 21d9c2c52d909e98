// Tokenising and stemming shared by the matcher, the lexicon and the SOW parser.
import { stemmer } from 'stemmer';
import { codeAt } from './chars';
import { HASH_START, hashStep, WordTable } from './word-table';

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those we our us you your i me my he she they them their his her can could would will shall should may might must ' +
    'do does did done have has had not no so than then there here what which who whom when where why how all any each ' +
    'also just very really only some such into onto about over under up down out off again more most other same too ' +
    'per via etc e g ie eg please thanks thank hi hello dear team one two three four five six seven eight nine ten ' +
    'get got make made need needs want wants like would let lets know think thing things bit quick small little new ' +
    'sure okay ok yes hey well still already now today tomorrow week weeks month months year years day days time'
  ).split(' '),
);

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    // Porter conflates words that name different work ('clinical' ~ 'clinic', 'presenter' ~ 'presentation'):
    // keep adjectives in -ical and agent nouns in -er whole (plural dropped).
    if (/ical$/.test(word) || (/[^e]ers?$/.test(word) && word.length > 5)) cached = word.replace(/s$/, '');
    else cached = stemmer(word);
    if (stemCache.size < 50_000) stemCache.set(word, cached);
  }
  return cached;
}

/** Plural-insensitive surface form: lexicon phrases match on this, so 'filming' never meets 'film'. */
export function light(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export interface Token {
  word: string; // lower-cased surface form
  light: string;
  stem: string;
  /** Not a stopword and not a bare number: carries meaning for matching. */
  content: boolean;
  /** Written with a capital: tells 'Polish' (language) from 'polish' (verb). */
  capitalized: boolean;
  start: number;
  end: number;
  /** The word's forms, one object per word written this way: per-word caches hang on it. */
  forms?: WordForms;
}

/** Everything about a written word that does not depend on where it stands. */
export interface WordForms {
  word: string;
  light: string;
  stem: string;
  content: boolean;
  /** The taxonomy's phrases starting with this word, once looked up (taxonomy/index.ts). */
  phrases: unknown;
  /** The stem's specificity in the table last asked for (topic.ts), and that table. */
  specificity: number;
  specificityIn: unknown;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letter or digit at `i`; the Unicode regex only runs for non-ASCII characters. */
function isWordChar(text: string, i: number): boolean {
  const code = codeAt(text, i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return NON_ASCII_WORD_CHAR.test(text[i] ?? '');
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The hash (word-table.ts) of the word wordEnd last read, made as it read the characters: the
 * word is then looked up without reading them again. Module-level: wordEnd never re-enters itself.
 */
let lastWordHash = 0;

/** Where a word starting at `start` ends: letters/digits, '1,200' or '40.000' groups, and a trailing "'s". */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  let allDigits = true;
  let hash = HASH_START;
  while (i < length) {
    const code = codeAt(text, i);
    // isWordChar spelled out: this loop runs once per character of every message.
    if (isDigit(code)) {
      hash = hashStep(hash, code);
      i++;
      continue;
    }
    const isLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 128 && isWordChar(text, i));
    if (isLetter) {
      allDigits = false;
      hash = hashStep(hash, code);
      i++;
      continue;
    }
    const isGroup =
      allDigits &&
      (code === 44 || code === 46) &&
      isDigit(codeAt(text, i + 1)) &&
      isDigit(codeAt(text, i + 2)) &&
      isDigit(codeAt(text, i + 3)) &&
      !isDigit(codeAt(text, i + 4));
    if (isGroup) {
      for (let k = 0; k < 4; k++) hash = hashStep(hash, codeAt(text, i + k));
      i += 4;
      continue;
    }
    const isApostrophe = (code === 39 || code === 8217) && i + 1 < length && isWordChar(text, i + 1);
    if (isApostrophe && !allDigits) {
      hash = hashStep(hash, code);
      i++;
      continue;
    }
    break;
  }
  lastWordHash = hash | 0;
  return i;
}

/** Everything about a lower-cased word that does not depend on where it stands. */
/** The lower-cased word without a possessive "'s". */
function bareWord(lower: string): string {
  return lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s')) ? lower.slice(0, -2) : lower;
}

function analyse(lower: string): WordForms {
  const word = bareWord(lower);
  const content = !isStopword(word) && !/^[\d,.]+$/.test(word);
  // Every field from the start, the caches unset: objects that gain fields later, in different
  // orders (phrases first for a SOW's words, specificity first for a message's), get different
  // hidden classes, and the hot loops reading them go megamorphic.
  return {
    word,
    light: light(word),
    stem: stem(word),
    content,
    phrases: undefined,
    specificity: 1,
    specificityIn: undefined,
  };
}

// Messages reuse a small vocabulary: one Map lookup per token (keyed as written, so no lower-casing
// either) replaces stopword, plural and stem work.
// Looked up by the span of the text (word-table.ts): no string is cut out for a known word.
const formsCache = new WordTable<WordForms>(50_000);
function formsAt(text: string, start: number, end: number, hash: number): WordForms {
  let forms = formsCache.get(text, start, end, hash);
  if (forms === undefined) {
    const written = text.slice(start, end);
    forms = analyse(written.toLowerCase());
    formsCache.set(written, forms);
  }
  return forms;
}

/** Where the first word at or after `from` starts (text.length: none). */
function wordStart(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i < length && !isWordChar(text, i)) i++;
  return i;
}

/**
 * Calls `visit(start, end)` for each word of `text`, in order: a run of letters and digits, with
 * '1,200' or '40.000' groups and inner apostrophes ("don't", "client's"). One linear scan, no
 * regex backtracking: every tokeniser of the engine reads words this way (tokenize runs the
 * same wordStart/wordEnd loop inline: no callback per word on the engine's hot path).
 */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  for (let start = wordStart(text, 0); start < length;) {
    const end = wordEnd(text, start);
    visit(start, end);
    start = wordStart(text, end);
  }
}

/** Lower-cased word tokens with offsets: eachWord's words, with their forms. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let start = wordStart(text, 0); start < length;) {
    const end = wordEnd(text, start);
    const forms = formsAt(text, start, end, lastWordHash);
    const first = codeAt(text, start);
    const capitalized = first >= 65 && first <= 90;
    const { word, light, stem, content } = forms;
    tokens.push({ word, light, stem, content, capitalized, start, end, forms });
    start = wordStart(text, end);
  }
  return tokens;
}

/**
 * The light forms of `text`'s words, as `tokenize(text).map((t) => t.light)` gives them, without
 * stemming: the taxonomy's 21,000 labels are read this way when the engine loads (stemming them
 * all cost the service worker a few hundred milliseconds at startup).
 */
export function lightWords(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (start, end) => out.push(light(bareWord(text.slice(start, end).toLowerCase()))));
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || word.length < 2;
}

/** Content stems of a text (stopwords and pure numbers dropped). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t.word) && !/^\d+$/.test(t.word))
    .map((t) => t.stem);
}

// Maps, not objects: words are looked up by value ('in' and [] on an object made each word a
// property key, internalised first, through a megamorphic lookup). "a" and "an" are not counted.
const NUMBER_WORDS = new Map<string, number>([
  ['one', 1],
  ['single', 1],
  ['two', 2],
  ['both', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['hundred', 100],
]);
const ORDINAL_WORDS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
]);
const ORDINAL_NUMBER = /^(\d+)(st|nd|rd|th)$/;

/** '1,200' -> 1200, 'four' -> 4; null when the word is not a cardinal number. */
export function parseCardinal(word: string): number | null {
  return cardinalOf(word.toLowerCase());
}

/** parseCardinal of a word already in lower case (a token's word), without lower-casing it again. */
export function cardinalOf(w: string): number | null {
  // Both number patterns start with a digit: most words skip them.
  const first = codeAt(w, 0);
  if (first >= 48 && first <= 57) {
    if (/^\d{1,3}([,.]\d{3})+$/.test(w)) return Number(w.replace(/[,.]/g, ''));
    if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  }
  return NUMBER_WORDS.get(w) ?? null;
}

/** 'third' / '3rd' / '15th' -> number; null otherwise. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  // '3rd' starts with a digit: most words skip the pattern.
  const first = codeAt(w, 0);
  if (first >= 48 && first <= 57) {
    const m = ORDINAL_NUMBER.exec(w);
    if (m?.[1]) return Number(m[1]);
  }
  return ORDINAL_WORDS.get(w) ?? null;
}
