// The SOW languages besides English, compiled for the readers: which language a SOW is in, its
// headings per section, the words that number sections, exclude, join a list, and count. Words that
// read as English too (Dutch "of", Italian "due", "planning") count only in that language's SOWs.
import type { SectionKind } from '../sections';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LanguageCode, LanguageWords } from './types';

export type { LanguageCode, LanguageWords } from './types';
export type Lang = LanguageCode | 'en';

export const LANGUAGES: readonly LanguageWords[] = [de, fr, es, nl, it, pt];
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** A language's words; null for English (the readers' own words). */
export const wordsOf = (lang: Lang): LanguageWords | null => (lang === 'en' ? null : (BY_CODE.get(lang) ?? null));

const alt = (list: readonly string[]) => list.join('|');
/** Not inside a word: JavaScript's \b knows no accented letters. */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

const EN_MARKS = new Set('the and of to for with is are will be on by this all from we our any'.split(' '));
// A word several languages use ("de", "la", "e") counts for each of them in part.
const MARK_SHARE = new Map<string, Map<string, number>>();
for (const l of LANGUAGES) {
  const holders = (w: string) => LANGUAGES.filter((x) => x.marks.includes(w)).length;
  for (const w of new Set(l.marks)) {
    const shares = MARK_SHARE.get(w) ?? new Map<string, number>();
    shares.set(l.code, 1 / holders(w));
    MARK_SHARE.set(w, shares);
  }
}

/** The language most of the SOW's function words are in: English unless another clearly leads. */
export function languageOf(text: string): Lang {
  const scores = new Map<string, number>();
  let en = 0;
  let words = 0;
  for (const [w] of text
    .slice(0, 40_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    if (EN_MARKS.has(w)) en++;
    for (const [code, share] of MARK_SHARE.get(w) ?? []) scores.set(code, (scores.get(code) ?? 0) + share);
  }
  let best: Lang = 'en';
  let top = Math.max(en * 1.5, 2);
  for (const [code, n] of scores) {
    if (n > top) {
      best = code as LanguageCode;
      top = n;
    }
  }
  return words >= 12 ? best : 'en';
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
