// Figures as the other languages write them ("zwei Korrekturschleifen", "180 heures à 110 € HT",
// "300 uur tegen € 105 per uur", "costo orario di 95 euro", "1er février 2027 au 30 juin 2027"),
// restated in the words the figure readers know ("2 rounds of revisions", "180 hours at 110 €",
// "hourly rate of 95 euro", "1 February 2027 to 30 June 2027"). Only the figure readers and the
// quantity reader see this text: offsets into it mean nothing.
import { END, LANGUAGES, START, wordsOf, type Lang } from './index';

const alt = (list: readonly string[]) => list.join('|');
const all = (pick: (l: (typeof LANGUAGES)[number]) => readonly string[]) => alt(LANGUAGES.flatMap(pick));

const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const MONTH_AT = LANGUAGES.flatMap((l) => l.months.map((m, i) => ({ re: m, month: ENGLISH_MONTHS[i]! })));
const MONTH_WORD = `(?:${alt(MONTH_AT.map((m) => m.re))})`;
const englishMonth = (word: string) =>
  MONTH_AT.find((m) => new RegExp(`^(?:${m.re})$`, 'iu').test(word))?.month ?? word;

// "5. Oktober 2026", "1er février 2027", "15 de marzo de 2027", "3 de novembro de 2026".
const DAY_MONTH = new RegExp(
  `${START}(\\d{1,2})(?:\\.|er|º|°|ª)?[ \\t]*(?:de[ \\t]+)?(${MONTH_WORD})\\.?${END}(?:[ \\t]+(?:de[ \\t]+|del[ \\t]+)?(20\\d\\d)${END})?`,
  'giu',
);
// "mi-mai 2027", "fin juin 2027", "januari 2027".
const MONTH_YEAR = new RegExp(`${START}(${MONTH_WORD})[ \\t]+(?:de[ \\t]+|del[ \\t]+)?(20\\d\\d)${END}`, 'giu');
const DATE = `(?:\\d{1,2} (?:${alt(ENGLISH_MONTHS)})(?: 20\\d\\d)?|\\d{1,2}[./]\\d{1,2}[./]20\\d\\d|20\\d\\d-\\d\\d-\\d\\d)`;
const UNTIL = new RegExp(
  `(${DATE})[ \\t]*(?:${all((l) => l.until)})[ \\t]+(?:(?:le|el|il|den|zum|o)[ \\t]+)?(?=${DATE})`,
  'giu',
);

const ROUNDS = all((l) => l.rounds);
// "2 Korrekturschleifen", "una (1) ronda de revisión", "zwei kostenfreie Korrekturschleifen"; on one line.
const COUNTED_ROUNDS = new RegExp(
  `${START}(?:(\\d{1,2})|\\p{L}+[ \\t]*\\((\\d{1,2})\\))(?:[ \\t]*\\(\\d{1,2}\\))?[ \\t]+(?:\\p{L}+[ \\t]+)?(?:${ROUNDS})${END}`,
  'giu',
);
// "Korrekturschleifen: 2".
const LABELLED_ROUNDS = new RegExp(`${START}(?:${ROUNDS})[ \\t]*[:=][ \\t]*(?=\\d)`, 'giu');

const unit = (name: 'hours' | 'days' | 'weeks' | 'months') =>
  new RegExp(`(\\d)[ \\t]*(?:${all((l) => l.units[name] ?? [])})${END}`, 'giu');
const UNITS = (['hours', 'days', 'weeks', 'months'] as const).map((name) => ({ re: unit(name), name }));

const RATE = new RegExp(
  `${START}(?:${all((l) => l.rate)})${END}[ \\t]*(?:(?:von|de|di|van|da|del|beträgt|bedraagt|ist|è di|é de|es de|est de|is)[ \\t]+|[:=][ \\t]*)?`,
  'giu',
);
const PER_HOUR = new RegExp(`([\\d€$£]|${START}[A-Z]{3})[ \\t]*(?:${all((l) => l.perHour)})${END}`, 'giu');
const AT = new RegExp(`(\\d hours)[ \\t]+(?:${all((l) => l.at)})[ \\t]+(?=[\\d€$£]|[A-Z]{3}\\b|R\\$)`, 'giu');
const AMOUNT = "(\\d[\\d.,']*(?:\\s?(?:€|EUR|CHF|euros?|BRL|USD|\\$))?)";
const TAX = new RegExp(`${AMOUNT}[ \\t]*(?:${all((l) => l.tax)})${END}\\.?`, 'giu');

// "Il compenso è di 4.800 euro", "Vergütung: 9.600 EUR": the total fee, as "fee of".
const FEE = new RegExp(
  `${START}(?:${all((l) => l.fee)})${END}(?:[ \\t]+(?:è|ist|est|es|é|bedraagt|beträgt))?(?:[ \\t]+(?:di|von|de|van|da|del|do))?[ \\t]*:?[ \\t]*(?=[\\d€$£]|[A-Z]{3}\\b|R\\$)`,
  'giu',
);
// "per 60 ore", "für 96 Stunden": the hours the fee buys.
const FOR = new RegExp(`${START}(?:${all((l) => l.for)})[ \\t]+(?=\\d[\\d.,]*[ \\t]*hours)`, 'giu');

const NUMBERS = new Map(
  LANGUAGES.map((l) => [
    l.code,
    {
      re: new RegExp(`${START}(${alt(Object.keys(l.numbers).sort((a, b) => b.length - a.length))})${END}`, 'giu'),
      value: new Map(Object.entries(l.numbers)),
    },
  ]),
);
const UP_TO = new Map(LANGUAGES.map((l) => [l.code, new RegExp(`${START}(?:${alt(l.upTo)})\\s*(?=\\d)`, 'giu')]));

/** The text with the figures of `lang` (and the unmistakable words of every language) in English. */
export function inEnglish(text: string, lang: Lang): string {
  const words = wordsOf(lang);
  let out = text
    // "€ 95,-": no cents.
    .replace(/(\d),[-–—](?![\d])/g, '$1')
    .replace(
      DAY_MONTH,
      (_, day: string, month: string, year?: string) => ` ${day} ${englishMonth(month)}${year ? ` ${year}` : ''}`,
    )
    .replace(MONTH_YEAR, (_, month: string, year: string) => `${englishMonth(month)} ${year}`)
    .replace(UNTIL, '$1 to ');
  if (words) {
    const numbers = NUMBERS.get(words.code)!;
    out = out
      .replace(numbers.re, (w: string) => String(numbers.value.get(w.toLowerCase()) ?? w))
      .replace(UP_TO.get(words.code)!, 'up to ');
  }
  out = out
    .replace(COUNTED_ROUNDS, (_, n?: string, m?: string) => `${n ?? m} rounds of revisions`)
    .replace(LABELLED_ROUNDS, 'revision rounds: ');
  for (const { re, name } of UNITS) out = out.replace(re, `$1 ${name}`);
  return out
    .replace(TAX, '$1')
    .replace(RATE, 'hourly rate of ')
    .replace(FEE, 'fee of ')
    .replace(FOR, 'for ')
    .replace(PER_HOUR, '$1 per hour')
    .replace(AT, '$1 at ');
}
