// Which language a client writes in, and the text glossed into English for the engine to read
// (gloss.ts). English text is returned as it is: the engine was trained on English and a gloss
// of English by another language's lexicon would only garble it ("will", "die", "war").
import { compileLexicon, glossWith, type CompiledLexicon, type GlossLexicon } from './gloss';
import { lexiconFile } from '../tables';
import { stepwise } from '../stepwise';

/** The languages read besides English, each with its lexicon (<code>.json). */
export const GLOSSED_LANGUAGES = ['de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv', 'da', 'fi'] as const;
export type Language = 'en' | (typeof GLOSSED_LANGUAGES)[number];

/** A language's lexicon file (<code>.json), parsed on its first read in the extension (lib/scope/tables). */
const lexicon = (language: Exclude<Language, 'en'>) => lexiconFile(language) as GlossLexicon;

// English function words: a text with more of these than of any other language's is English.
const ENGLISH = new Set(
  (
    'the and you your we our is are was were to of for with this that it can could would will have has ' +
    'please be not on at from by an as if or but so do does did there their they what when which who how ' +
    'thanks thank hi hello regards just also need want like should in up out after before about into over all ' +
    'my me i its been get then than now here some any'
  ).split(' '),
);

// Compiled on first use: a service worker that only ever reads English never pays for it.
const compiled = new Map<Language, CompiledLexicon>();
function lexiconOf(language: Exclude<Language, 'en'>): CompiledLexicon {
  let lex = compiled.get(language);
  if (!lex) compiled.set(language, (lex = compileLexicon(lexicon(language))));
  return lex;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
/** A letter (or a combining mark) at `i`: ASCII by its code, the rest by the Unicode regex. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return NON_ASCII_LETTER.test(text[i]!);
}
/** Letters that only some of these languages write: each counts for every language that writes it. */
const LETTERS: Record<Exclude<Language, 'en'>, readonly string[]> = {
  de: ['ß', 'ä', 'ö'],
  fr: ['œ', 'ê', 'è', 'ç'],
  es: ['ñ', '¿', '¡'],
  nl: ['ĳ', 'ë'],
  it: ['ì', 'ò'],
  pt: ['ã', 'õ'],
  pl: ['ł', 'ś', 'ż', 'ź', 'ę', 'ą', 'ć'],
  sv: ['å', 'ä', 'ö'],
  da: ['æ', 'ø', 'å'],
  fi: ['ä', 'ö'],
};
/** Each letter of LETTERS: its own index (to count it once) and the languages (score slots) writing it. */
const LETTER_INDEX = new Map<string, { index: number; languages: number[] }>();
GLOSSED_LANGUAGES.forEach((l, k) => {
  for (const c of LETTERS[l]) {
    let entry = LETTER_INDEX.get(c);
    if (!entry) LETTER_INDEX.set(c, (entry = { index: LETTER_INDEX.size, languages: [] }));
    entry.languages.push(k + 1);
  }
});
/** Texts read for detection are capped: the first few thousand characters say which language it is. */
const DETECT_CHARS = 4000;

export interface LanguageScores {
  /** The best of the other languages ('en' when none has any evidence), whether or not it beats English. */
  candidate: Language;
  /** Function words of the winning language, and of English. */
  hits: number;
  english: number;
  /** Words of the winning language's lexicon (any it glosses), for texts with no function word. */
  vocabulary: number;
  /** Letters only some languages write, of the winning language's, found in the text. */
  letters: number;
}

// Function words with the languages they count for: bit 0 English, bit k GLOSSED_LANGUAGES[k - 1].
// Small, made on first use; one map lookup per word of the text.
let functionTable: Map<string, number> | null = null;
function functionWords(): Map<string, number> {
  if (functionTable) return functionTable;
  const table = new Map<string, number>();
  for (const w of ENGLISH) table.set(w, 1);
  GLOSSED_LANGUAGES.forEach((l, k) => {
    for (const w of lexicon(l).detect ?? []) {
      const word = w.toLowerCase();
      table.set(word, (table.get(word) ?? 0) | (1 << (k + 1)));
    }
  });
  return (functionTable = table);
}

/** Lexicon entries read per step of the vocabulary's build (~0.5 ms of a service worker's thread). */
const ENTRIES_PER_STEP = 1500;

/**
 * The vocabulary table, yielding after each language and every ENTRIES_PER_STEP entries (a
 * warm-up hands the thread back there: made at once it is one task of tens of ms).
 */
function* buildVocabulary(): Generator<void, Map<string, number>, undefined> {
  const table = new Map<string, number>();
  // Lexicons list words English writes too (Danish "side", "speaker"): a word that is any
  // lexicon's English is no evidence of another language.
  const english = new Set<string>(ENGLISH);
  let read = 0;
  for (const l of GLOSSED_LANGUAGES) {
    yield;
    for (const v of [...Object.values(lexicon(l).phrases ?? {}), ...Object.values(lexicon(l).prefixes ?? {})]) {
      if (++read % ENTRIES_PER_STEP === 0) yield;
      for (const w of v.split(' ')) english.add(w);
    }
  }
  for (const [k, l] of GLOSSED_LANGUAGES.entries()) {
    yield;
    for (const w of Object.keys(lexicon(l).phrases ?? {})) {
      if (++read % ENTRIES_PER_STEP === 0) yield;
      if (!w.includes(' ') && !english.has(w)) table.set(w, (table.get(w) ?? 0) | (1 << (k + 1)));
    }
  }
  return table;
}

// Every one-word phrase of each lexicon, with the languages whose lexicon lists it (bit k as above).
// Some 25,000 words: made only when a text's function words leave its language open (a card title,
// a tie), which most mail never does, so a service worker that reads English seldom pays for it.
// Built once: at once by the first such text, or in steps by the warm-up (lib/scope/stepwise).
const vocabularyBuild = stepwise(buildVocabulary);
const vocabularyWords = (): Map<string, number> => vocabularyBuild.get();

/**
 * Language detection's tables, for a warm-up that hands the thread back at each yield
 * (lib/scope/warm, which has parsed the lexicons' files by then: parseTables). `vocabulary`: also
 * the table read for short texts.
 */
export function* buildLanguageTables(vocabulary: boolean): Generator<void, void, undefined> {
  functionWords();
  yield;
  if (vocabulary) yield* vocabularyBuild.steps();
}

/**
 * Counts each language's function words (and lexicon words) in the text. Among the other
 * languages, the one with the most function words is the candidate, then the one with more lexicon
 * words and letters, then `prefer` (the project's); detectLanguage weighs it against English.
 */
export function scoreLanguages(text: string, prefer: Language = 'en'): LanguageScores {
  const table = functionWords();
  const n = GLOSSED_LANGUAGES.length + 1;
  const counts = new Array<number>(n).fill(0);
  const vocabulary = new Array<number>(n).fill(0);
  const letters = new Array<number>(n).fill(0);
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  // Letters only some of the languages write ("ã", "ñ", "ß") count as one lexicon word each, each
  // letter once: one pass over the text, and only its non-ASCII characters are looked up.
  let seen = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) < 128) continue;
    const letter = LETTER_INDEX.get(sample[i]!.toLowerCase());
    if (letter === undefined || seen & (1 << letter.index)) continue;
    seen |= 1 << letter.index;
    for (const k of letter.languages) letters[k]!++;
  }
  const read: string[] = [];
  let most = 0; // the most function words any other language has so far
  // The words (runs of letters), read by a loop over the characters: a Unicode regex over the
  // whole text cost more than the rest of the detection.
  const length = sample.length;
  for (let i = 0; i < length;) {
    while (i < length && !isLetter(sample, i)) i++;
    const start = i;
    while (i < length && isLetter(sample, i)) i++;
    if (i === start) break;
    // Plainly English by now (most mail): the rest of the text cannot change the verdict.
    if (read.length >= 40 && counts[0]! >= 12 && counts[0]! >= 4 * most) break;
    const word = sample.slice(start, i).toLowerCase();
    read.push(word);
    const bits = table.get(word);
    if (bits === undefined) continue;
    for (let k = 0; k < n; k++) if (bits & (1 << k) && ++counts[k]! > most && k > 0) most = counts[k]!;
  }
  // Lexicon words decide only where function words leave it open: none of another language's with
  // little English (a card title), or a tie at the top (a word several languages share).
  let top = 0;
  let atTop = 0;
  for (let k = 1; k < n; k++)
    if (counts[k]! > top) {
      top = counts[k]!;
      atTop = 1;
    } else if (counts[k]! === top && top > 0) atTop++;
  const open = top === 0 ? counts[0]! <= 3 : top >= counts[0]! && atTop > 1;
  if (open) {
    const vocab = vocabularyWords();
    for (const word of read) {
      const bits = vocab.get(word);
      if (bits !== undefined) for (let k = 1; k < n; k++) if (bits & (1 << k)) vocabulary[k]!++;
    }
  }
  let best = 0;
  let bestKey = 0;
  for (let k = 1; k < n; k++) {
    const key = counts[k]! * 3 + (vocabulary[k]! + letters[k]!) * 2 + (GLOSSED_LANGUAGES[k - 1] === prefer ? 1 : 0);
    if (key > bestKey) {
      best = k;
      bestKey = key;
    }
  }
  return {
    candidate: best ? GLOSSED_LANGUAGES[best - 1]! : 'en',
    hits: best ? counts[best]! : 0,
    english: counts[0]!,
    vocabulary: best ? vocabulary[best]! : 0,
    letters: best ? letters[best]! : 0,
  };
}

/**
 * The language of a message's own words: another language's when at least two of its function
 * words are read and more of them than of English, or some and no English at all (a short card
 * title: "Bitte Logo tauschen"). A text with no function word of any language (a verbless card
 * title, "Paccheri: fondo troppo scuro") is read in the language two of its words or letters are
 * of, else in `fallback`: the language the project's SOW is in.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  const s = scoreLanguages(text, fallback);
  // As many of the project's language's function words as of English's: the project's language.
  if (s.hits > 0 && s.candidate === fallback && s.hits >= s.english) return fallback;
  if (s.hits > 0) return s.hits > s.english && (s.hits >= 2 || s.english === 0) ? s.candidate : 'en';
  // No function word of another language: its words and letters must outweigh English's twice over
  // ("Trzeci landing page: zaprojektować i wdrożyć": the "i" reads as English too).
  if (s.english > 0) return s.vocabulary + s.letters > 2 * s.english ? s.candidate : 'en';
  // No function word of any language: two words or letters of one say so, else the project's.
  return s.vocabulary + s.letters >= 2 ? s.candidate : fallback;
}

/**
 * One unit (a sentence, a title, a SOW item) of a text written in `language`, as the engine reads
 * it: glossed, unless this unit reads as English (an English quote or sign-off inside a German mail).
 */
export function glossUnit(text: string, language: Language): string {
  if (language === 'en' || !text) return text;
  if (detectLanguage(text, language) === 'en') return text;
  return glossWith(text, lexiconOf(language));
}

/** A whole text in `language`, glossed as one (for the checks that read a message at once). */
export function glossText(text: string, language: Language): string {
  return language === 'en' || !text ? text : glossWith(text, lexiconOf(language));
}
