// Fees as SOWs state them: "240 hours × USD 160/h", "EUR 95 per hour", "95 days (760 hours) at
// GBP 720 per day", "CAD 4,500/month (30 h × CAD 150/h); 180 hours over the term", "£110ph".
import { NUMBER_WORD, parseAmount, parseCount } from './numbers';

const CODES =
  'USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|SGD|HKD|INR|ZAR|BRL|MXN|AED|ILS|CNY|KRW|TRY|RON|KES|NGN|GHS|EGP|MAD|THB|MYR|IDR|VND|CLP|COP|ARS|PEN|SAR|QAR|LKR|PKR|BDT|NPR|TWD|UGX|TZS|RWF|ETB|ZMW|MUR|BWP|NAD|JOD|KWD|BHD|OMR|TND|ISK|BGN|RSD|UAH|KZT|GEL|UYU|BOB|PYG|DOP|CRC|GTQ|JMD|TTD|FJD';
const SYMBOLS: [RegExp, string][] = [
  [/\b(?:US\$|USD)/, 'USD'],
  [/\b(?:CA\$|C\$|CAD)/, 'CAD'],
  [/\b(?:AU\$|A\$|AUD)/, 'AUD'],
  [/\b(?:NZ\$|NZD)/, 'NZD'],
  [/\b(?:S\$|SG\$|SGD)/, 'SGD'],
  [/\b(?:HK\$|HKD)/, 'HKD'],
  [/\bMX\$/, 'MXN'],
  [/\bNT\$/, 'TWD'],
  [/GH₵|GH¢|₵|\bcedis?\b/i, 'GHS'],
  [/₱|\bPHP\s?\d|\bphilippine pesos?\b/i, 'PHP'],
  [/\bRM\s?\d|\bringgit\b/i, 'MYR'],
  [/\bCOL?\$/, 'COP'],
  [/\bR\$|\breais\b|\bbrazilian reals?\b/i, 'BRL'],
  [/₹|\bRs\.?\s?\d|\brupees?\b/i, 'INR'],
  [/₪|\bNIS\b|\bshekels?\b/i, 'ILS'],
  [/₩|\bwon\b(?= ?\d)/, 'KRW'],
  [/₺|\bTL\s?\d|\bturkish lira\b/i, 'TRY'],
  [/₦|\bnaira\b/i, 'NGN'],
  // "R418,000", "R 1 450", "R950 per hour"; not "R1-R10" (numbered requirements).
  [/\bsouth african rands?\b|\bR\s?(?:\d{1,3}(?:[ ,\u00a0]\d{3})+|\d{3,})(?![\d-])/i, 'ZAR'],
  [/€|\beuros?\b/i, 'EUR'],
  [/£|\bpounds? sterling\b|\bsterling\b/i, 'GBP'],
  [/¥|\byen\b/i, 'JPY'],
  [/\bswiss francs?\b|\bCHF\b|\bFr\.\s?\d/i, 'CHF'],
  // Not \b after "zł": JavaScript's \b knows no "ł" ("180,00 zł netto").
  [/\bz[łl]oty\b|\d\s?zł(?!\p{L})/iu, 'PLN'],
  [/\b(swedish )?kronor\b|\bkroner\b|\d\s?kr\b|\bkr\.?\s?\d/i, 'KR'],
  [/\bcanadian dollars?\b/i, 'CAD'],
  [/\baustralian dollars?\b/i, 'AUD'],
  [/\bnew zealand dollars?\b/i, 'NZD'],
  [/\bsingapore dollars?\b/i, 'SGD'],
  // Not "$42,000 MXN": the code after the amount says whose dollar sign (or peso sign) it is.
  [new RegExp(`\\$(?!\\s?\\d[\\d.,\\s]*(?:${CODES})\\b)`), 'USD'],
];

/**
 * The first currency the text names: a code, a prefixed dollar (C$, A$), a symbol or a word. One
 * beside an amount or in brackets ("EUR 960", "Total (EUR)", "€ 1.200") beats one in a sentence
 * ("CAD or 3D model generation" is computer-aided design).
 */
export function currencyOf(text: string, whole = text): string | null {
  const beside = (at: number, length: number) =>
    /^\s?[$€£¥]?\s?\d|^\)/.test(text.slice(at + length, at + length + 4)) ||
    /(\d\s?|\()$/.test(text.slice(Math.max(0, at - 2), at));
  const found: { index: number; currency: string; beside: boolean }[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(${CODES})\\b`, 'g')))
    found.push({ index: m.index ?? 0, currency: m[1]!, beside: beside(m.index ?? 0, m[0].length) });
  for (const [re, currency] of SYMBOLS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')))
      found.push({ index: m.index ?? 0, currency, beside: beside(m.index ?? 0, m[0].length) });
  }
  const first = (list: typeof found) =>
    list.reduce<(typeof found)[number] | null>((a, b) => (!a || b.index < a.index ? b : a), null);
  const best = first(found.filter((f) => f.beside)) ?? first(found);
  if (best?.currency === 'KR') return kroneOf(text);
  // A bare "$" is the sign of whichever dollar or peso the SOW names ("all amounts in Canadian
  // dollars", "Total (AUD)", "Moneda: COP"); the US dollar only when it names none.
  if (best && best.currency === 'USD' && text[best.index] === '$') {
    const named = first(found.filter((f) => DOLLAR_SIGNED.has(f.currency) && text[f.index] !== '$'));
    if (named) return named.currency;
    // A New Zealand studio's "$" ("Kia ora", "Ngā mihi", ".co.nz"): its own dollar.
    if (NEW_ZEALAND.test(whole)) return 'NZD';
    // The fees section's "$145.00" under "Pricing (all amounts in Canadian dollars)": the heading or
    // another part of the SOW names it.
    if (whole !== text) {
      const elsewhere = currencyOf(whole);
      if (elsewhere && DOLLAR_SIGNED.has(elsewhere)) return elsewhere;
    }
  }
  // "Rs. 540,000" in Lahore or Colombo: the rupee of the country the SOW is in.
  if (best?.currency === 'INR' && !/₹|\bINR\b/.test(text)) return rupeeOf(whole) ?? 'INR';
  return best?.currency ?? null;
}

const RUPEES: [RegExp, string][] = [
  [/\bpakistan\b|\.pk\b|\b(?:lahore|karachi|islamabad|rawalpindi|faisalabad)\b/i, 'PKR'],
  [/\bsri lanka\b|\.lk\b|\b(?:colombo|kandy|galle)\b/i, 'LKR'],
  [/\bnepal\b|\.np\b|\bkathmandu\b/i, 'NPR'],
];
const rupeeOf = (text: string): string | null => RUPEES.find(([re]) => re.test(text))?.[1] ?? null;

const NEW_ZEALAND = /\bkia ora\b|\bng[āa] mihi\b|\baotearoa\b|\.co\.nz\b|\bt[āa]maki makaurau\b/i;
const DOLLAR_SIGNED = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'COP', 'CLP', 'ARS', 'TWD']);

/** "kr" is Swedish, Norwegian or Danish: the company forms and domains in the SOW say which. */
function kroneOf(text: string): string {
  if (/\b(AS|ASA)\b|\.no\b|\bnorw|\bnorsk|\bkroner\b.*\bnorw/i.test(text) && !/\bAB\b|\.se\b/.test(text)) return 'NOK';
  if (/\b(ApS|A\/S)\b|\.dk\b|\bdanish\b|\bdenmark\b/i.test(text)) return 'DKK';
  return 'SEK';
}

const CUR = `(?:${CODES}|US\\$|CA\\$|C\\$|MX\\$|COL?\\$|AU\\$|A\\$|NZ\\$|S\\$|SG\\$|HK\\$|R\\$|Rs\\.?|R(?=\\s?(?:\\d{1,3}[ ,\\u00a0]\\d{3}|\\d{3,}))|[$€£¥₹₪₩₺]|Fr\\.|kr\\.?|zł)`;
// "1,200", "1.200,50", "42 000" (a space groups thousands in Scandinavia and France).
const AMT = `((?<!\\d[.,])\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,.])|\\d[\\d.,']*\\d|\\d)`;
const MONEY = `(?:${CUR}\\s?${AMT}|${AMT}\\s?(?:${CUR}|euros?|pounds|dollars|francs|kronor|kroner|złoty))`;
// "USD 135) per hour": a closing parenthesis may stand between the amount and its unit.
// "CHF 160.–/h": a Swiss price's ".–" stands for no cents.
// "AUD 140 + GST per hour", "EUR 95 excl. VAT per hour": a tax note may stand there too.
const PER_HOUR = `(?:\\.[–—-])?\\)?(?:\\s*(?:\\+|plus|excl\\.?|excluding|exkl\\.?|zzgl\\.?|HT|hors taxes)\\s*(?:GST|VAT|HST|MwSt\\.?|IVA|TVA|tax|taxes)?)?\\s*(?:per hour|an hour|a hour|/\\s?(?:hour|hr|h|std|stunde|heure|tim|hora)\\b|p/?h\\b|hourly|pro stunde|de l'heure|por hora)`;
// Hours in the SOW's language: "96 heures", "118 Stunden", "310 timmar", "120 horas", "80 godzin".
const HOUR_WORD = '(?:hours|hrs|hr|h|heures|stunden|std|timmar|timer|horas|godzin|uren|ore)';
const PER_DAY = `\\s*(?:per (?:person-|working |consultant )?day|a day|/\\s?(?:day|d)\\b|daily)`;

function amountIn(m: RegExpExecArray, from = 1): number | null {
  for (let i = from; i < m.length; i++) {
    const raw = m[i];
    if (raw && /\d/.test(raw)) return parseAmount(raw);
  }
  return null;
}

/** Hours in a working day, when the SOW says ("8-hour day", "7.5 hours per day"); else 8. */
export function hoursPerDay(text: string): number {
  return statedHoursPerDay(text) ?? 8;
}

/**
 * Hours in a working day only where the SOW says: a day rate with no day length stated is no
 * hourly rate, and days are no hours ("9 days at our day rate of £560" states neither).
 */
export function statedHoursPerDay(text: string): number | null {
  const m =
    /\b(\d+(?:[.,]\d+)?|eight|seven)[- ](?:hour|hr)s?(?:[- ](?:working )?)?(?:day|days)\b/i.exec(text) ??
    /\b(\d+(?:[.,]\d+)?)\s*(?:hours|hrs|h)\s*(?:per|a|\/)\s*(?:working )?day\b/i.exec(text) ??
    // "one day is eight (8) working hours", "(1 PD = 8 hours)", "1 person-day = 7.5 hours".
    /\b(?:day|pd|person[- ]day|man[- ]day)\s*(?:being|is|equals|=|of)\s*(\d+(?:[.,]\d+)?|eight|seven)(?:\s*\(\d+(?:[.,]\d+)?\))?\s*(?:working )?(?:hours|hrs|h)\b/i.exec(
      text,
    );
  // "52 days (416 hours)": the hours beside the days say the day's length.
  const both = m
    ? null
    : /\b(\d{1,4})\s*(?:person[- ]|consultant |working )?days\s*\((\d{1,5})\s*(?:hours|hrs|h)\)/i.exec(text);
  if (both) {
    const perDay = Number(both[2]) / Number(both[1]);
    return perDay > 3 && perDay < 13 ? perDay : null;
  }
  const n = m ? (parseCount(m[1] ?? '') ?? null) : null;
  return n && n > 3 && n < 13 ? n : null;
}

export function hourlyRateOf(text: string): number | null {
  const perHour = new RegExp(`${MONEY}${PER_HOUR}`, 'i').exec(text);
  if (perHour) return amountIn(perHour);
  // "Blended hourly rate ........ $145.00": a price list's dot leaders stand for "of".
  const named = new RegExp(`\\b(?:hourly|blended|time|labou?r) rate(?: of| is|:|\\s*[.…]{2,})?\\s*${MONEY}`, 'i').exec(
    text,
  );
  if (named) return amountIn(named);
  // "rate_per_hour: 145" in an export: a field of its own, the currency stated by another field.
  const field = /^[ \t]*(?:hourly rate|rate per hour|rate\/hour|blended rate)[ \t]*[:=][ \t]*(\d[\d,.]*)[ \t]*$/im.exec(
    text,
  );
  if (field) return parseAmount(field[1]!);
  // "320 h × EUR 95 =", "240 hours at USD 160": the money after hours is the hourly rate.
  const times = new RegExp(`\\b\\d[\\d.,]*\\s*${HOUR_WORD}\\b\\s*(?:[×x*@à]|at)\\s*${MONEY}(?!${PER_DAY})`, 'i').exec(
    text,
  );
  if (times) return amountIn(times);
  const perDay = new RegExp(`${MONEY}${PER_DAY}|\\bday rate(?: of|:)?\\s*${MONEY}`, 'i').exec(text);
  const day = perDay ? amountIn(perDay) : null;
  const dayLength = statedHoursPerDay(text);
  if (day !== null && dayLength !== null) return Math.round((day / dayLength) * 100) / 100;
  // A fee table with hours and totals but no single rate: the blended rate.
  const table = feeTable(text);
  if (table?.fee) return Math.round((table.fee / table.hours) * 100) / 100;
  // "Fixed fee of EUR 22,400, based on an estimated 160 hours": the fee over the hours.
  const fee = totalFeeOf(text);
  const hours = budgetHoursOf(text);
  if (fee !== null && hours) return Math.round((fee / hours) * 100) / 100;
  // "a fixed monthly fee of kr 42 000, which covers 35 hours ... each month".
  const monthly = monthlyFeeOf(text);
  const monthlyHours = monthlyHoursOf(text);
  if (monthly !== null && monthlyHours) return Math.round((monthly / monthlyHours) * 100) / 100;
  return null;
}

function monthlyFeeOf(text: string): number | null {
  for (const m of text.matchAll(new RegExp(MONEY, 'gi'))) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    if (
      /\bmonthly (?:fee|retainer|charge)(?: of|:)?\s*$/i.test(before) ||
      /^\s*(?:\/\s?month|per month|a month|monthly)\b/i.test(after)
    )
      return amountIn(m as RegExpExecArray);
  }
  return null;
}

function monthlyHoursOf(text: string): number | null {
  for (const m of text.matchAll(HOURS_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (PERIODIC.test(text.slice(end, end + 40)) || MONTHLY_LATER.test(text.slice(end, end + 70)))
      return m[2] ? parseAmount(m[2]) : parseCount(m[1] ?? '');
  }
  return null;
}

const FEE_BEFORE =
  /\b(?:fee(?: of| is|:)?|fees(?: of| are|:)?|total(?: of|:)?|price(?: of|:)?|cost(?: of|:)?|for a total(?: not to exceed)?|not to exceed|amounting to|sum of)\s*$/i;
const FEE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:in total|total|for the (?:term|engagement|project|season|year|programme|program)|fixed|overall)\b/i;

/** The total fee, when the SOW names it ("fixed fee of EUR 22,400", "AUD 39,600 for the term"). */
export function totalFeeOf(text: string): number | null {
  for (const m of text.matchAll(new RegExp(MONEY, 'gi'))) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 30);
    if (PERIODIC.test(after) || new RegExp(`^${PER_HOUR}|^${PER_DAY}`, 'i').test(after)) continue;
    if (FEE_BEFORE.test(before) || FEE_AFTER.test(after)) return amountIn(m as RegExpExecArray);
  }
  return null;
}

const OVER_THE_TERM =
  /^\s*over the (?:\d{1,2}[- ]month |full |whole |entire )?(?:term|engagement|project|season|contract|retainer|year)\b/i;
const PERIODIC = /^\s*(?:\/\s?|per |a |each |every )(?:month|mo\b|week|wk\b|day|quarter|year|sprint|person)/i;
const HOURS_RE = new RegExp(
  `\\b(${AMT.slice(1, -1)}|${NUMBER_WORD})\\s*(?:\\(([\\d,.]+)\\)\\s*)?(?:(?:person|consultant|billable|staff)[- ])?(${HOUR_WORD.slice(3, -1)})\\b`,
  'gi',
);

const HOURS_NAMED = new RegExp(
  `^[ \\t]*(?:total |estimated |budget(?:ed)? |billable )?hours[ \\t]*[:=][ \\t]*${AMT}(?![\\d.,]|\\s*(?:per|a|/|each)\\s)|\\b${AMT}-hour (?:block|bank|budget|package|allowance|pool|cap)\\b`,
  'gim',
);

// "... of writing, editing and planning each month"; not "invoiced monthly" or "billed each month".
const MONTHLY_LATER = /^(?:(?!invoic|bill|paid|payable|charged|[.;:(]).){0,55}\b(?:each|per|a|every) month\b/i;

const MONTHS_IN_TERM = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD})[- ]months?\\b`, 'i');

/** Months the engagement runs, when it says so ("twelve months", "a 6-month retainer"). */
function termMonths(text: string): number | null {
  const m = MONTHS_IN_TERM.exec(text);
  const n = m ? parseCount(m[1] ?? '') : null;
  return n !== null && n > 0 && n <= 36 ? n : null;
}

/** Hours and total fee from a fee table ("Role | Hours | Rate | Total"): the Total row, else the sum. */
export function feeTable(text: string): { hours: number; fee: number | null } | null {
  const rows = text
    .split('\n')
    .map((l) => (l.includes('|') ? l.replace(/^\s*\||\|\s*$/g, '').split('|') : l.split(/\t+/)).map((c) => c.trim()))
    .filter((cells) => cells.length >= 2);
  // An hours column, else a days column ("Role | Days | Day rate | Total") at the SOW's day length.
  const EFFORT = /^(?:est(?:imated|\.)?\s*)?hours?\b|^hrs\b|^effort\b|^(?:person[- ]|working )?days\b/i;
  const headerAt = rows.findIndex((r) => r.some((c) => EFFORT.test(c)));
  if (headerAt < 0) return null;
  const header = rows[headerAt]!;
  const hoursCol = header.findIndex((c) => EFFORT.test(c));
  const perUnit =
    /days\b/i.test(header[hoursCol] ?? '') && !/hours/i.test(header[hoursCol] ?? '') ? hoursPerDay(text) : 1;
  const feeCol = header.findIndex(
    (c, i) => i !== hoursCol && /total|fee|amount|cost|price/i.test(c) && !/rate/i.test(c),
  );
  let hours = 0;
  let fee = 0;
  for (const r of rows.slice(headerAt + 1)) {
    const cell = parseAmount(r[hoursCol] ?? '');
    const h = cell === null ? null : cell * perUnit;
    const f = feeCol >= 0 ? parseAmount((r[feeCol] ?? '').replace(/[^\d.,]/g, '')) : null;
    // A Total row whose cells collapsed ("Total\t\t320" splits to two cells) still ends the table.
    // "| | Total | 1,340 |": a phase table's Total sits under its label column, the number cell empty.
    if (r.slice(0, 2).some((c) => /^total\b/i.test(c)) && (/^total\b/i.test(r[0] ?? '') || !r[0]?.trim()))
      return h ? { hours: h, fee: f } : hours > 0 ? { hours, fee: fee || null } : null;
    hours += h ?? 0;
    fee += f ?? 0;
  }
  return hours > 0 ? { hours, fee: fee || null } : null;
}

/**
 * The hours the fee buys. An explicit total ("180 hours over the term", "a total of 240 hours")
 * beats the largest non-periodic figure; monthly hours count for the months of the term; days
 * are converted at the SOW's day length; a fee table's Hours column is summed.
 */
export function budgetHoursOf(text: string): number | null {
  return hoursIn(text).budget;
}

/** Hours the text states as the whole budget ("72 hours over the term", "a total of 400 hours"), if any. */
export function statedTotalHoursOf(text: string): number | null {
  return hoursIn(text).total;
}

function hoursIn(text: string): { budget: number | null; total: number | null } {
  let total: number | null = null;
  let stated: number | null = null;
  let largest: number | null = null;
  let monthly: number | null = null;
  let yearly: number | null = null;
  // "Hours: 90" (a label), "a 60-hour block" (a bank of hours): the budget, stated as such.
  for (const m of text.matchAll(HOURS_NAMED)) {
    const n = parseAmount(m[1] ?? m[2] ?? '');
    if (n !== null && n > 0) stated = total = Math.max(total ?? 0, n);
  }
  for (const m of text.matchAll(HOURS_RE)) {
    // "Two hundred twenty (220) hours": the digits in brackets say it exactly.
    const n = m[2] ? parseAmount(m[2]) : parseCount(m[1] ?? '');
    if (n === null || n <= 0) continue;
    const end = (m.index ?? 0) + m[0].length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    // A range ("10-20 hours") is not a budget; a bullet's dash ("- 240 hours at ...") is no range.
    if (/\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d/.test(after)) continue;
    if (/\bday (being|is|equals|=|of)\s*$/i.test(before)) continue;
    // "35 hours of writing, editing and planning each month" is a monthly figure too.
    const longAfter = text.slice(end, end + 70);
    // "180 hours over the 12-month term, at USD 45 per hour = USD 675 per month": the term's total.
    if (!OVER_THE_TERM.test(after) && (PERIODIC.test(after) || MONTHLY_LATER.test(longAfter))) {
      if (/^\s*(?:\/\s?|per |a |each |every )(?:month|mo\b)/i.test(after) || MONTHLY_LATER.test(longAfter))
        monthly = Math.max(monthly ?? 0, n);
      else if (/^\s*(?:\/\s?|per |a |each |every )(?:year|yr\b)/i.test(after)) yearly = Math.max(yearly ?? 0, n);
      continue;
    }
    if (/\b(within|after|every|per|each|of|in)\s*$/i.test(before) && n <= 72) continue;
    if (
      /\b(total of|total:|in total|overall|budget of|capped at|estimated at|estimate of|estimates?|cap of)\s*(?:approximately |about |up to )?$/i.test(
        before,
      ) ||
      /^\s*(?:in total|total|overall)\b/i.test(after) ||
      OVER_THE_TERM.test(after)
    ) {
      total = Math.max(total ?? 0, n);
      // "estimated at 8 hours" sizes one task; "a total of", "budget of", "over the term" size the budget.
      if (!/\b(estimated at|estimate of|estimates?)\s*(?:approximately |about |up to )?$/i.test(before))
        stated = Math.max(stated ?? 0, n);
    }
    largest = Math.max(largest ?? 0, n);
  }
  if (total !== null) return { budget: total, total: stated };
  // "30 hours at EUR 115 per hour; 360 hours per year": a year's retainer states its budget by the year.
  if (yearly !== null && yearly > (largest ?? 0) && (termMonths(text) ?? 12) === 12)
    return { budget: yearly, total: null };
  if (largest !== null && largest >= 10) return { budget: largest, total: null };
  const table = feeTable(text);
  if (table) return { budget: table.hours, total: null };
  if (monthly !== null) {
    const months = termMonths(text);
    if (months !== null) return { budget: monthly * months, total: null };
  }
  const days = new RegExp(
    `\\b(${AMT.slice(1, -1)}|${NUMBER_WORD})\\s*(?:person[- ]|working |consultant |billable )?days?\\b(?!\\s*(?:per|a|/)\\s*(?:week|month))`,
    'gi',
  );
  let dayTotal: number | null = null;
  for (const m of text.matchAll(days)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    // "20 days at DKK 9.300", "Effort is estimated at 20 consultant days": days the fee buys.
    if (
      !/^\s*(?:\(|at|@|×|x|of work|of effort|in total)/i.test(after) &&
      !/\b(?:estimated at|estimate of|effort(?: is| of|:)|total of)\s*$/i.test(before)
    )
      continue;
    const n = parseCount(m[1] ?? '');
    if (n !== null && n > 0) dayTotal = Math.max(dayTotal ?? 0, n);
  }
  const dayLength = statedHoursPerDay(text);
  return {
    budget: dayTotal === null || dayLength === null ? largest : Math.round(dayTotal * dayLength),
    total: null,
  };
}
