// eachWord is the one word scan behind tokenize and lightWords: it must find exactly the words the
// loop each of them ran before (kept here as the reference), on every kind of text.
import { describe, expect, it } from 'vitest';
import { eachWord, lightWords, tokenize } from '@/lib/scope/tokens';

// The scan tokenize and lightWords each ran before eachWord (lib/scope/tokens.ts at 28074c1).
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return NON_ASCII_WORD_CHAR.test(text[i] ?? '');
}
const isDigit = (code: number) => code >= 48 && code <= 57;
function wordEnd(text: string, start: number): number {
  let i = start;
  let allDigits = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      i++;
      continue;
    }
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 128 && isWordChar(text, i))) {
      allDigits = false;
      i++;
      continue;
    }
    const isGroup =
      allDigits &&
      (code === 44 || code === 46) &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      isDigit(text.charCodeAt(i + 3)) &&
      !isDigit(text.charCodeAt(i + 4));
    if (isGroup) {
      i += 4;
      continue;
    }
    const isApostrophe = (code === 39 || code === 8217) && i + 1 < text.length && isWordChar(text, i + 1);
    if (isApostrophe && !allDigits) {
      i++;
      continue;
    }
    break;
  }
  return i;
}
function referenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    spans.push([i, end]);
    i = end;
  }
  return spans;
}

function spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  eachWord(text, (start, end) => out.push([start, end]));
  return out;
}

const TEXTS = [
  '',
  ' ',
  '...',
  'a',
  "Could you also add the client's logos? We don't need the old ones.",
  "Smart quotes: the team’s notes, ’tis odd, rock ’n’ roll, trailing’ and leading 'quote",
  'e-mail, sign-off, re-do -- and a well-known - dash — em dash – en dash',
  '1,200 visitors; 40.000 euros; 1,2345 and 12,34 and 1.5 hours; 3rd round; v2.0.1; 2026-12-03',
  "1,200's and 99's, 12a,345, 1,200px, 007, 0.5",
  'Café crème, naïve résumé, Straße, İstanbul, ÉCOLE, Ωmega, 東京 の デザイン, مرحبا بكم',
  'Emoji 👍 between words🎉ok, tab\tand\nnewline\r\nand\u00a0nbsp',
  'digits in other scripts: ٣ ٤٥ and १२३, superscript x² and ½',
  "Apostrophe at end' and 's alone and O'Neil's and ''double''",
  'ALL CAPS TITLE: NEW LANDING PAGE (V2) + FRENCH/GERMAN VERSIONS',
  'under_score and dots.in.words and slashes/here and #hash @at $5 £10 €20 100%',
];

describe('eachWord', () => {
  it('finds the words the old scan found, on varied text', () => {
    for (const text of TEXTS) expect(spans(text), JSON.stringify(text)).toEqual(referenceSpans(text));
  });

  it('finds the words the old scan found, on random text', () => {
    const alphabet = "aZ09 ,.'’-é東👍\n_ß1";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = next() % 30;
      for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
      expect(spans(text), JSON.stringify(text)).toEqual(referenceSpans(text));
    }
  });

  it('reads numbers, apostrophes and hyphens as words are read', () => {
    const words = (text: string) => spans(text).map(([s, e]) => text.slice(s, e));
    expect(words('')).toEqual([]);
    expect(words("the client's don't")).toEqual(['the', "client's", "don't"]);
    expect(words('1,200 and 40.000 but 1,2345')).toEqual(['1,200', 'and', '40.000', 'but', '1', '2345']);
    expect(words("99's e-mail")).toEqual(['99', 's', 'e', 'mail']);
    expect(words('Café ÉCOLE 東京')).toEqual(['Café', 'ÉCOLE', '東京']);
  });
});

describe('tokenize and lightWords', () => {
  it('read the words eachWord finds', () => {
    for (const text of TEXTS) {
      const tokens = tokenize(text);
      expect(tokens.map((t) => [t.start, t.end])).toEqual(referenceSpans(text));
      expect(lightWords(text)).toEqual(tokens.map((t) => t.light));
    }
  });

  it('lower-cases, drops a possessive and marks capitals', () => {
    const tokens = tokenize("The Client's LOGOS, e-mails");
    expect(tokens.map((t) => t.word)).toEqual(['the', 'client', 'logos', 'e', 'mails']);
    expect(tokens.map((t) => t.capitalized)).toEqual([true, true, true, false, false]);
    expect(lightWords('Landing Pages')).toEqual(['landing', 'page']);
  });
});
