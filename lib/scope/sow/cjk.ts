// Figures as Japanese and Chinese SOWs write them ("想定工数：180時間", "単価：8,500円／時間",
// "修正は2回まで"), restated in the words the figure readers know ("180 hours", "JPY 8,500 per
// hour", "2 rounds of revisions"). Only the figures read this text: offsets into it mean nothing.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const RESTATED: [RegExp, string | ((...groups: string[]) => string)][] = [
  // "8,500円／時間", "8500元/小时": a rate per hour.
  [/([\d,.]+)\s*円\s*[/／]\s*(?:時間|h)/gu, ' JPY $1 per hour '],
  [/([\d,.]+)\s*(?:元|人民币)\s*[/／]\s*(?:小时|小時|h)/gu, ' CNY $1 per hour '],
  [/([\d,.]+)\s*円/gu, ' JPY $1 '],
  [/([\d,.]+)\s*(?:元|人民币)/gu, ' CNY $1 '],
  [/([\d,.]+)\s*(?:時間|小时|小時)/gu, ' $1 hours '],
  // "修正は2回まで", "修改2次": revision rounds; not "3回目以降" (the third and later).
  [/(?:修正|修改)[^\n。]{0,8}?(\d{1,2})\s*(?:回|次|轮|輪)(?!目)/gu, ' $1 rounds of revisions '],
  // "2026年3月16日" -> "2026-03-16".
  [
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    (_, y, m, d) => ` ${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')} `,
  ],
];

/** The text with its CJK figures restated; any other text as it is. */
export function figuresInEnglish(text: string): string {
  if (!CJK.test(text)) return text;
  let out = text.normalize('NFKC');
  for (const [re, to] of RESTATED) out = typeof to === 'string' ? out.replace(re, to) : out.replace(re, to);
  return out;
}
