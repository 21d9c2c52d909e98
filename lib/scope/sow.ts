// SOW prose -> structured scope. The AM reviews the result in the options page, so this favours
// recall (every numbered deliverable and every exclusion bullet) over polish.
import { emptyScope } from './empty';
import { parseCardinal } from './text';
import type { Deliverable, Exclusion, ProjectScope } from './types';

type Section = 'intro' | 'deliverables' | 'assumptions' | 'exclusions' | 'timeline' | 'fees' | 'other';

const HEADINGS: [Section, RegExp][] = [
  ['deliverables', /^(\d+(\.\d+)*\.?\s+)?(deliverables|scope of work|what we will deliver)\b/i],
  ['assumptions', /^(\d+(\.\d+)*\.?\s+)?(assumptions|dependencies)\b/i],
  ['exclusions', /^(\d+(\.\d+)*\.?\s+)?(out of scope|exclusions|not included|excluded)\b/i],
  ['timeline', /^(\d+(\.\d+)*\.?\s+)?(timeline|term|schedule|dates)\b/i],
  ['fees', /^(\d+(\.\d+)*\.?\s+)?(fees|budget|pricing|commercials|payment)\b/i],
  ['other', /^(\d+(\.\d+)*\.?\s+)?(scope of services|overview|background|acceptance)\b/i],
];
const ITEM = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[-•*–])\s+(.+)$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const CURRENCIES: Record<string, string> = {
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  cad: 'CAD',
  aud: 'AUD',
  chf: 'CHF',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
};
const UNCOUNTED =
  /^(hours?|days?|weeks?|months?|years?|minutes?|seconds?|versions?|rounds?|working|half|per|words?|ml|gb|mb|px|am|pm|percent|x)$/i;

function headingOf(line: string): Section | null {
  const trimmed = line.trim();
  if (trimmed.length > 60) return null;
  for (const [section, re] of HEADINGS) if (re.test(trimmed)) return section;
  return null;
}

function titleOf(text: string): { title: string; description: string } {
  const colon = text.search(/[:;]/);
  if (colon > 0 && colon <= 70)
    return { title: text.slice(0, colon).trim(), description: text.slice(colon + 1).trim() };
  const words = text.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(of|for|with|including|on|from|to|and|or|\(|—)$/i.test(w));
  const title = words
    .slice(0, cut > 0 && cut <= 6 ? cut : Math.min(words.length, 6))
    .join(' ')
    .replace(/[,.;]$/, '');
  return { title, description: text.trim() };
}

function quantityOf(text: string): number | null {
  const upTo = /\bup to ([\d,]+|\w+)\s+([a-z]+)/i.exec(text);
  if (upTo?.[1] && !UNCOUNTED.test(upTo[2] ?? '')) {
    const n = parseCardinal(upTo[1]);
    if (n !== null) return n;
  }
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const raw = (words[i] ?? '').replace(/[(),]$/g, '');
    if (/-/.test(raw)) continue; // '2-hour', '30-day': durations, not counts
    const n = parseCardinal(raw);
    const next = (words[i + 1] ?? '').replace(/[^a-z]/gi, '');
    const isYear = n !== null && n >= 1900 && n <= 2100;
    if (n !== null && n > 0 && !isYear && next && !UNCOUNTED.test(next)) return n;
  }
  return null;
}

function parseDate(text: string): string | null {
  const iso = /\b(20\d\d)-(\d\d)-(\d\d)\b/.exec(text);
  if (iso) return iso[0];
  const dmy = /\b(\d{1,2})\s+([A-Za-z]+)\s+(20\d\d)\b/.exec(text);
  const mdy = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(20\d\d)\b/.exec(text);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const m = MONTHS.indexOf((month ?? '').toLowerCase());
  if (m < 0 || !day || !year) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function allDates(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /\b(\d{1,2}\s+[A-Za-z]+\s+20\d\d|[A-Za-z]+\s+\d{1,2},?\s+20\d\d|20\d\d-\d\d-\d\d)\b/g,
  )) {
    const d = parseDate(m[0]);
    if (d) found.push(d);
  }
  return found;
}

function money(text: string): { rate: number | null; currency: string | null } {
  const re =
    /(USD|EUR|GBP|CAD|AUD|CHF|\$|€|£)\s?([\d,.]+)\s*(?:per hour|\/\s?h(?:ou)?r|an hour|hourly)|([\d,.]+)\s?(USD|EUR|GBP|CAD|AUD|CHF|€|£)?\s*(?:per hour|\/\s?h(?:ou)?r)/i;
  const m = re.exec(text);
  const rawCurrency = (m?.[1] ?? m?.[4] ?? /\b(USD|EUR|GBP|CAD|AUD|CHF)\b|[$€£]/.exec(text)?.[0] ?? '').toLowerCase();
  const amount = m ? Number((m[2] ?? m[3] ?? '').replace(/,/g, '')) : NaN;
  return { rate: Number.isFinite(amount) && amount > 0 ? amount : null, currency: CURRENCIES[rawCurrency] ?? null };
}

export function parseSow(text: string): ProjectScope {
  const scope = emptyScope();
  if (typeof text !== 'string' || !text.trim()) return scope;
  const sections: Record<Section, string[]> = {
    intro: [],
    deliverables: [],
    assumptions: [],
    exclusions: [],
    timeline: [],
    fees: [],
    other: [],
  };
  let current: Section = 'intro';
  for (const line of text.slice(0, 200_000).split(/\r?\n/)) {
    const heading = headingOf(line);
    if (heading) {
      current = heading;
      continue;
    }
    if (line.trim()) sections[current].push(line.trim());
  }
  for (const line of sections.deliverables) {
    const item = ITEM.exec(line)?.[1] ?? (sections.deliverables.some((l) => ITEM.test(l)) ? null : line);
    if (!item) continue;
    const { title, description } = titleOf(item);
    const d: Deliverable = { id: `d${scope.deliverables.length + 1}`, title, description, quantity: quantityOf(item) };
    scope.deliverables.push(d);
  }
  for (const line of sections.exclusions) {
    const item = ITEM.exec(line)?.[1] ?? line;
    const { title, description } = titleOf(item);
    const x: Exclusion = { id: `x${scope.exclusions.length + 1}`, title, description };
    scope.exclusions.push(x);
  }
  const rounds = /\b(\w+)\s+(?:\w+\s+)?rounds?\s+of\s+(?:\w+\s+)?revisions?\b/i.exec(text);
  scope.revisionRounds = rounds?.[1] ? parseCardinal(rounds[1]) : null;
  const feesText = sections.fees.join('\n') || text;
  const hours = /\b([\d,]+)\s+hours\b/i.exec(feesText) ?? /\b([\d,]+)\s+hours\b/i.exec(text);
  scope.budgetHours = hours?.[1] ? parseCardinal(hours[1]) : null;
  const { rate, currency } = money(feesText);
  scope.hourlyRate = rate;
  scope.currency = currency ?? money(text).currency;
  const timeline = sections.timeline.join('\n');
  const range =
    /(\d{1,2}\s+[A-Za-z]+\s+20\d\d|[A-Za-z]+\s+\d{1,2},?\s+20\d\d)\s+(?:to|until|through|–|-)\s+(\d{1,2}\s+[A-Za-z]+\s+20\d\d|[A-Za-z]+\s+\d{1,2},?\s+20\d\d)/.exec(
      timeline || text,
    );
  const dates = allDates(timeline || text);
  scope.startDate = range ? parseDate(range[1] ?? '') : (dates[0] ?? null);
  scope.endDate = range ? parseDate(range[2] ?? '') : (dates[dates.length - 1] ?? null);
  return scope;
}
