// Which language a client writes in, and the text glossed into English for the engine to read
// (gloss.ts). English text is returned as it is: the engine was trained on English and a gloss
// of English by another language's lexicon would only garble it ("will", "die", "war").
import { compileLexicon, glossWith, type CompiledLexicon, type GlossLexicon } from './gloss';
import de from './de.json';
import es from './es.json';
import fr from './fr.json';
import it from './it.json';
import nl from './nl.json';
import pt from './pt.json';

export type Language = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt';

const RAW: Record<Exclude<Language, 'en'>, GlossLexicon> = { de, fr, es, nl, it, pt } as Record<
  Exclude<Language, 'en'>,
  GlossLexicon
>;
export const GLOSSED_LANGUAGES = Object.keys(RAW) as Exclude<Language, 'en'>[];

// English function words: a text with more of these than of any other language's is English.
const ENGLISH = new Set(
  (
    'the and you your we our is are was were to of for with this that it can could would will have has ' +
    'please be not on at from by an as if or but so do does did there their they what when which who how ' +
    'thanks thank hi hello regards just also need want like should'
  ).split(' '),
);

// Compiled on first use: a service worker that only ever reads English never pays for it.
const compiled = new Map<Language, CompiledLexicon>();
function lexiconOf(language: Exclude<Language, 'en'>): CompiledLexicon {
  let lex = compiled.get(language);
  if (!lex) compiled.set(language, (lex = compileLexicon(RAW[language])));
  return lex;
}

const WORDS = /[\p{L}\p{M}]+/gu;
/** Texts read for detection are capped: the first few thousand characters say which language it is. */
const DETECT_CHARS = 4000;

export interface LanguageScores {
  language: Language;
  /** Function words of the winning language, and of English. */
  hits: number;
  english: number;
}

// Every detection word with the languages it counts for (bit 0: English, bit k: GLOSSED_LANGUAGES[k - 1]):
// one map lookup per word of the text, made once.
let detectionTable: Map<string, number> | null = null;
function detectionWords(): Map<string, number> {
  if (detectionTable) return detectionTable;
  const table = new Map<string, number>();
  for (const w of ENGLISH) table.set(w, 1);
  GLOSSED_LANGUAGES.forEach((l, k) => {
    for (const w of RAW[l].detect ?? []) {
      const word = w.toLowerCase();
      table.set(word, (table.get(word) ?? 0) | (1 << (k + 1)));
    }
  });
  return (detectionTable = table);
}

/** Counts each language's function words in the text; the most wins, English on a tie. */
export function scoreLanguages(text: string): LanguageScores {
  const table = detectionWords();
  const counts = new Array<number>(GLOSSED_LANGUAGES.length + 1).fill(0);
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  for (const m of sample.toLowerCase().matchAll(WORDS)) {
    const bits = table.get(m[0]);
    if (bits === undefined) continue;
    for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k]!++;
  }
  let best = 0;
  let hits = 0;
  for (let k = 1; k < counts.length; k++)
    if (counts[k]! > hits) {
      best = k;
      hits = counts[k]!;
    }
  const english = counts[0]!;
  return { language: best && hits > english ? GLOSSED_LANGUAGES[best - 1]! : 'en', hits, english };
}

/**
 * The language of a message's own words: another language's only when at least two of its
 * function words are read and more of them than of English ("Danke!" alone decides nothing).
 */
export function detectLanguage(text: string): Language {
  const s = scoreLanguages(text);
  return s.language !== 'en' && s.hits >= 2 ? s.language : 'en';
}

/**
 * One unit (a sentence, a title, a SOW item) of a text written in `language`, as the engine reads
 * it: glossed, unless this unit reads as English (an English quote or sign-off inside a German mail).
 */
export function glossUnit(text: string, language: Language): string {
  if (language === 'en' || !text) return text;
  const s = scoreLanguages(text);
  if (s.english > s.hits) return text;
  return glossWith(text, lexiconOf(language));
}

/** A whole text in `language`, glossed as one (for the checks that read a message at once). */
export function glossText(text: string, language: Language): string {
  return language === 'en' || !text ? text : glossWith(text, lexiconOf(language));
}
