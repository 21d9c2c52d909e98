// The SOW languages besides English, compiled for the readers: which language a SOW is in, its
// headings per section, the words that number sections, exclude, join a list, and count. Words that
// read as English too (Dutch "of", Italian "due", "planning") count only in that language's SOWs.
import type { SectionKind } from '../sections';
import { da } from './da';
import { de } from './de';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import type { LanguageWords } from './types';
import { detectLanguage, type Language } from '../../languages';

export type { LanguageCode, LanguageWords } from './types';
export type Lang = Language;

export const LANGUAGES: readonly LanguageWords[] = [de, fr, es, nl, it, pt, pl, sv, da, fi];
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** A language's words; null for English (the readers' own words). */
export const wordsOf = (lang: Lang): LanguageWords | null => (lang === 'en' ? null : (BY_CODE.get(lang) ?? null));

const alt = (list: readonly string[]) => list.join('|');
/** Not inside a word: JavaScript's \b knows no accented letters. */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

/**
 * The language the SOW is written in (languages/ detectLanguage: the engine reads messages' language
 * the same way); English for a text too short to tell (under a dozen words).
 */
export function languageOf(text: string): Lang {
  const sample = text.slice(0, 40_000);
  return (sample.match(/\p{L}+/gu)?.length ?? 0) >= 12 ? detectLanguage(sample) : 'en';
}

const compileHeadings = (pick: (l: LanguageWords) => string[] | undefined, from: readonly LanguageWords[]) => {
  const list = from.flatMap((l) => pick(l) ?? []);
  return list.length ? new RegExp(`^(?:${alt(list)})${END}`, 'iu') : null;
};
const KINDS: SectionKind[] = [
  'exclusions',
  'assumptions',
  'client',
  'revisions',
  'deliverables',
  'timeline',
  'fees',
  'other',
];
const HEADINGS = new Map(KINDS.map((k) => [k, compileHeadings((l) => l.headings[k], LANGUAGES)]));
const LOCAL_HEADINGS = new Map(
  LANGUAGES.map((l) => [l.code, new Map(KINDS.map((k) => [k, compileHeadings((x) => x.localHeadings[k], [l])]))]),
);

/** How much of a heading's words (lower case) another language's heading for `kind` accounts for; 0 for none. */
export function foreignHeadingLength(words: string, kind: SectionKind, lang: Lang = 'en'): number {
  const local = lang === 'en' ? null : LOCAL_HEADINGS.get(lang)?.get(kind);
  return Math.max(HEADINGS.get(kind)?.exec(words)?.[0].length ?? 0, local?.exec(words)?.[0].length ?? 0);
}

/** "Artikel", "annexe", "cláusula": words that number a section ("Artikel 4 – Niet inbegrepen"). */
export const SECTION_WORDS = alt(LANGUAGES.flatMap((l) => l.sectionWords));

/** A first line that titles the document ("OPDRACHTOMSCHRIJVING", "Proposta e accordo di lavoro"). */
export const FOREIGN_TITLE = new RegExp(`^(?:${alt(LANGUAGES.flatMap((l) => l.titles))})${END}`, 'iu');

/** Words that exclude, in any of the languages ("nicht enthalten", "hors périmètre", "esclusi"). */
export const EXCLUDING = `${START}(?:${alt(LANGUAGES.flatMap((l) => l.excluding))})${END}`;
export const EXCLUDING_RE = new RegExp(EXCLUDING, 'iu');

// "sind", "sont", "zijn", "sono", "são": the verb between an exclusion's words and its list.
const COPULA = '(?:sind|ist|sont|est|son|es|zijn|is|sono|è|são|é|ficam|restano|quedan?|valt|vallen|werden)';

/** "Nicht enthalten sind: a, b und c", "Quedan excluidos a, b y c": the words that open an excluded list. */
export const FOREIGN_EXCLUSION_LEAD = new RegExp(
  `^(?:[^:]{0,80}${EXCLUDING}[^:]{0,60}:|(?:${COPULA}\\s+)?(?:${alt(LANGUAGES.flatMap((l) => l.excluding))})(?:\\s+${COPULA})?${END}\\s*:?)\\s*`,
  'iu',
);

/** "Druck und Produktion sind nicht enthalten" -> what the verdict after it excludes. */
export const FOREIGN_VERDICT = new RegExp(`,?\\s+(?:${COPULA}\\s+)?${EXCLUDING}.*$`, 'iu');

/** "Nicht enthalten: a, b und c" as one line of a list: the label that says its parts are excluded. */
export const FOREIGN_LEAD_LABEL = new RegExp(`^(?:\\p{L}+\\s+)?${EXCLUDING}(?:\\s+\\p{L}+){0,2}\\s*:\\s*\\S`, 'iu');

const CONNECTORS = new Map(LANGUAGES.map((l) => [l.code, alt([...l.and, ...l.or])]));
/** The language's "and" and "or" ("und|oder|sowie"), or null for English. */
export const connectorsOf = (lang: Lang): string | null => (lang === 'en' ? null : (CONNECTORS.get(lang) ?? null));

const ARTICLES = new Map(
  LANGUAGES.map((l) => [l.code, new RegExp(`^(?:(?:${alt(l.articles)})\\s+|l['’](?=\\p{L}))`, 'iu')]),
);
/** A title's leading article in the language ("die", "les", "gli", "l'"). */
export const articleOf = (lang: Lang): RegExp | null => (lang === 'en' ? null : (ARTICLES.get(lang) ?? null));

const AGENCY = new Map(LANGUAGES.map((l) => [l.code, new RegExp(l.agencyDoes, 'iu')]));
const CLIENT = new Map(LANGUAGES.map((l) => [l.code, new RegExp(l.clientDoes, 'iu')]));
/** Where the agency's verb ends in a prose sentence ("lo Studio realizzerà|, ..."), or null. */
export function agencyVerbEnd(sentence: string, lang: Lang): number | null {
  const m = lang === 'en' ? null : AGENCY.get(lang)?.exec(sentence);
  return m ? (m.index ?? 0) + m[0].length : null;
}

/** A prose sentence in which the agency does work ("lo Studio realizzerà ..."), in the SOW's language. */
export function agencyDoesIn(sentence: string, lang: Lang): boolean {
  if (lang === 'en') return false;
  return (AGENCY.get(lang)?.test(sentence) ?? false) && !(CLIENT.get(lang)?.test(sentence.trim()) ?? false);
}
