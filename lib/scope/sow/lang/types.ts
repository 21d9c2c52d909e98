// The words one language writes a SOW in, as data: what its headings say, how it excludes, counts,
// caps a quantity, names revision rounds, hours, a rate and the months. Each entry is a regex source
// (lower case, matched case-insensitively); lang/index.ts compiles them for the readers that need them.
import type { SectionKind } from '../sections';
import type { Language } from '../../languages';

/** The languages besides English, as the engine knows them (languages/). */
export type LanguageCode = Exclude<Language, 'en'>;

export interface LanguageWords {
  code: LanguageCode;
  /** A heading's words, whole (after numbering is removed), per section it opens. */
  headings: Partial<Record<SectionKind, string[]>>;
  /** Headings that are English words too ("planning", "mission"): read so only in this language's SOWs. */
  localHeadings: Partial<Record<SectionKind, string[]>>;
  /** Words that title the document on its first line ("Leistungsbeschreibung", "offerte"), no section. */
  titles: string[];
  /** Words that number a section with a number after them: "Artikel 4", "Annexe 2". */
  sectionWords: string[];
  /** Words that exclude: "nicht enthalten", "sont exclus", "fuori perimetro". */
  excluding: string[];
  /** Joins of a list's last item: "und", "et", "y", "en", "e". */
  and: string[];
  /** Alternatives in a list: "oder", "ou", "o", "of". */
  or: string[];
  /** Articles a title starts with ("der", "les", "gli"): dropped as "the" is. */
  articles: string[];
  /** Number words, "zwei" to "hundert" (feminine forms too). */
  numbers: Record<string, number>;
  /** A cap before a count: "bis zu", "jusqu'à", "hasta", "maximaal", "fino a", "até". */
  upTo: string[];
  /** What counts revision rounds: "Korrekturschleifen", "tours de corrections", "giri di revisione". */
  rounds: string[];
  /** Units a count may name, in English: hours, days, weeks, months (a word per unit). */
  units: Partial<Record<'hours' | 'days' | 'weeks' | 'months', string[]>>;
  /** "per hour" in the language: "pro Stunde", "de l'heure", "por hora", "per uur", "all'ora". */
  perHour: string[];
  /** The hourly rate named: "Stundensatz", "taux horaire", "tarifa por hora", "uurtarief". */
  rate: string[];
  /** The fee named before its amount: "Vergütung", "honoraires", "compenso" ("Il compenso è di 4.800 euro"). */
  fee: string[];
  /** "for" before the hours a fee buys: "für", "pour", "per" ("4.800 euro per 60 ore"). */
  for: string[];
  /** "at" between hours and their price: "à", "zu je", "tegen", "a". */
  at: string[];
  /** Tax notes beside an amount: "zzgl. MwSt.", "HT", "más IVA", "excl. btw", "più IVA". */
  tax: string[];
  /** The twelve months, each a regex source, January first ("januar|jänner"). */
  months: string[];
  /** Joins of a date range: "bis", "au", "al", "tot en met", "até". */
  until: string[];
  /** What the agency does in prose ("realizzerà", "wird ... erstellen"): a sentence of work. */
  agencyDoes: string;
  /** The client doing its part, at a sentence's start ("Der Auftraggeber stellt ..."): no work of ours. */
  clientDoes: string;
}
