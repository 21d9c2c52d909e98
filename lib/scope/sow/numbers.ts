// Reading numbers as SOWs write them: "1,200", "two (2)", "twelve", "1.5", "EUR 1.040" (European
// grouping), with the words that say what is counted.

const WORDS: Record<string, number> = {
  zero: 0,
  no: 0,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
};

export const NUMBER_WORD = Object.keys(WORDS)
  .filter((w) => w !== 'no')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A number written in digits: "1,200" / "1.200" / "1 200" (grouping) or "1.5" / "7,5" (decimal). */
export function parseAmount(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  if (/^\d{1,3}([.,]\d{3})+$/.test(s) && !/^\d{1,3}[.,]\d{3}$/.test(s.replace(/,(?=\d{3}$)/, ','))) {
    return Number(s.replace(/[.,]/g, ''));
  }
  // One separator followed by exactly three digits: grouping ("1,040", "EUR 1.040") unless it is
  // clearly a decimal ("0.125").
  if (/^\d{1,3}[.,]\d{3}$/.test(s) && !s.startsWith('0')) return Number(s.replace(/[.,]/, ''));
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    return Number(s.split(grouping).join('').replace(decimal, '.'));
  }
  return Number(s.replace(',', '.'));
}

/** "12", "twelve", "two (2)", "1,200" -> the number; null for anything else. */
export function parseCount(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const paren = /^([a-z-]+)\s*\((\d+)\)$/.exec(s);
  if (paren) return Number(paren[2]);
  if (s in WORDS) return WORDS[s] ?? null;
  const n = parseAmount(s);
  return n === null || !Number.isFinite(n) ? null : n;
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([
  ...SMALL.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, 20 + 10 * i] as [string, number]),
]);
const NUMBER_TOKEN = `(?:${[...SMALL, ...TENS].join('|')}|hundred|thousand)`;
const NUMBER_RUN = new RegExp(`\\b${NUMBER_TOKEN}(?:(?:-|\\s+(?:and\\s+)?)${NUMBER_TOKEN})*\\b`, 'gi');

/**
 * "Four hundred and twenty hours at ninety-five euro" -> "420 hours at 95 euro": numbers spelled
 * out in more than one word, as digits (for the figure readers; one-word counts stay words).
 */
export function spelledOutAsDigits(text: string): string {
  return text.replace(NUMBER_RUN, (run) => {
    const words = run
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w !== 'and');
    if (words.length < 2) return run;
    let total = 0;
    let current = 0;
    for (const w of words) {
      if (w === 'hundred') current = (current || 1) * 100;
      else if (w === 'thousand') {
        total += (current || 1) * 1000;
        current = 0;
      } else current += WORD_VALUE.get(w) ?? 0;
    }
    return String(total + current);
  });
}
