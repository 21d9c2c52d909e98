// Upsell and sentiment: cue phrases with evidence spans. Independent of the scope verdict.
import { EarliestMatch } from './patterns';
import { LiteralFilter } from './prefilter';
import type { Sentiment, Span } from './types';
import type { Unit } from './sentences';

const UPSELL = [
  /\b(budget|funding|funds)\b.{0,60}\b(approved|signed off|set aside|validated|pencilled|allocated|for (it|this|that)|next (year|fiscal|quarter))\b/i,
  /\b(approved|validated|set aside|pencilled in|allocated|got|have|has)\b.{0,40}\b(budget|spend)\b/i,
  /[$€£]\s?\d[\d,.]*\s?(k|m)?\b.{0,50}\b(budget|for|media|marketing|to spend|spend)\b|\b\d+\s?k\s?[€$£]/i,
  /\b(series [abc]|seed round|raised|closed our|funding round)\b/i,
  /\b(plan|plans|planning|thinking about|looking at|preparing|roll out|expand|expansion|acquire|acquisitions?|opening|launching|entering)\b.{0,80}\b(20\d\d|fy\d\d|next (year|spring|summer|autumn|fall|winter|season)|h[12]|q[1-4])\b/i,
  /\b(20\d\d|fy\d\d|next (year|spring|summer|autumn|fall))\b.{0,80}\b(plan|launch|open|roll out|line|market|phase|need|budget)\b/i,
  /\b(nobody|no one|no-one)\b.{0,30}\b(owns|really owns|has time|is responsible)\b|\bdon'?t (really )?have (someone|anyone)\b|\bhaven'?t backfilled\b|\bin between everything else\b/i,
  /\b(keep (it|this) in mind|first on our list|seat at the table|in the mix|what'?s next|talk (v2|phase|about what)|keep it in the family)\b/i,
  /\b(new|second|another)\s+(market|markets|taproom|store|location|clinic|line|product line|country)\b|\b(new markets?|roadshow|menswear line|phase 2|v2)\b/i,
  /\b(monthly block of hours|retainer|stay on|ongoing)\b/i,
  /\bin the pipeline\b|\bif it works\b.{0,40}\b(we'?d|we would|next)\b/i,
  /\bproper (acquisition|growth) plan\b|\bwe'?ll (probably )?need\b.{0,40}\b(content|help|support)\b/i,
];
const NOT_UPSELL = /\b(in-house|ourselves|another agency|appointed|someone else|my cousin|no need for you)\b/i;

const NEGATIVE = [
  /\b(not happy|(not|isn'?t|aren'?t) (pleased|satisfied)|late again|disappoint\w*|frustrat\w*|let-down|let down|worried|nervous|not thrilled|unhappy|annoy\w*|embarrass\w*|unacceptable|not great|not good|not right|still not|going in circles|don'?t trust|surprised these|can'?t have a repeat|paying for a retainer)\b/i,
  /\b(feel(s)? (a bit )?(empty|thin|slow|flat)|hard to follow|doesn'?t feel like|not there yet|not what we|should have been done|how that landed|expected (the|better)|before a patient did|second \w+ (bug|problem|issue)|secondhand|this much work|took this long|taken this long)\b/i,
];
const POSITIVE = [
  /\b(great|brilliant|fantastic|amazing|gorgeous|beautiful|lovely|love|loves|loving|loved|spot on|pleased with|really pleased|very pleased|so pleased|perfect|excellent|superb|impressed|incredible|stunning|thrilled|bravo|well done|nailed|chef'?s kiss|smooth|so happy|very happy|all very happy|delighted|went down a storm|lifesaver|punchy|big win|so much better|above what we expected)\b/i,
  /\bthank you\b.{0,20}(seriously|so much|all)|\bgrand merci\b|\bthanks? (for|to) (the|this|you|everything)\b.{0,40}\b(great|work|help)\b/i,
  /\bhappy with\b|\blooks? (great|fantastic|good|amazing)\b|\bgood job\b|\bgreat (work|job)\b|\bnice work\b|\bexactly what we needed\b|\bbig part\b|\bearned\b/i,
];

// Each list finds its earliest match over the whole text at once, not once per unit.
const ANY_UPSELL = new EarliestMatch(UPSELL);
const ANY_NEGATIVE = new EarliestMatch(NEGATIVE);
const ANY_POSITIVE = new EarliestMatch(POSITIVE);
// One pre-filter pass over the message for all three lists (bits: upsell, negative, positive).
const ALL = new LiteralFilter([...UPSELL, ...NEGATIVE, ...POSITIVE]);
const bitsOf = (mask: number, from: number, count: number) => (mask >>> from) & ((1 << count) - 1);

/** The unit holding the earliest match of the list. */
function firstHit(units: Unit[], list: EarliestMatch, text: string, possible?: number): Span | null {
  const earliest = list.index(text, possible);
  if (earliest < 0) return null;
  const unit = units.find((u) => u.end > earliest) ?? units[units.length - 1];
  return unit ? { start: unit.start, end: unit.end, text: unit.text } : null;
}

const BUDGET = /budget/i;

/**
 * The upsell rule: a hit is an upsell unless its unit (as read) says someone else does the work, or
 * the message says so anywhere without naming a budget. `anywhere` tests a pattern on the whole message.
 */
function upsellOf(
  evidence: Span | null,
  evidenceRead: string,
  anywhere: (re: RegExp) => boolean,
): { value: boolean; evidence: Span | null } {
  if (!evidence || NOT_UPSELL.test(evidenceRead) || (anywhere(NOT_UPSELL) && !anywhere(BUDGET)))
    return { value: false, evidence: null };
  return { value: true, evidence };
}

/** Negative wins over positive; neither is neutral. */
function sentimentOf(negative: Span | null, positive: () => Span | null): { value: Sentiment; evidence: Span | null } {
  if (negative) return { value: 'negative', evidence: negative };
  const hit = positive();
  return hit ? { value: 'positive', evidence: hit } : { value: 'neutral', evidence: null };
}

export function detectUpsell(
  units: Unit[],
  fullText: string,
  possible?: number,
): { value: boolean; evidence: Span | null } {
  const evidence = firstHit(units, ANY_UPSELL, fullText, possible);
  return upsellOf(evidence, evidence?.text ?? '', (re) => re.test(fullText));
}

export function detectSentiment(
  units: Unit[],
  text: string,
  possible?: { negative: number; positive: number },
): { value: Sentiment; evidence: Span | null } {
  return sentimentOf(firstHit(units, ANY_NEGATIVE, text, possible?.negative), () =>
    firstHit(units, ANY_POSITIVE, text, possible?.positive),
  );
}

/**
 * Upsell over the whole text and sentiment over the sender's own words (the text's first
 * `ownEnd` characters), with one pre-filter pass: what a list's strings miss in the whole text
 * they miss in its start too.
 */
export function detectSignals(
  allUnits: Unit[],
  ownUnits: Unit[],
  text: string,
  ownEnd: number,
): { upsell: ReturnType<typeof detectUpsell>; sentiment: ReturnType<typeof detectSentiment> } {
  const mask = ALL.mask(text);
  const u = UPSELL.length;
  const n = NEGATIVE.length;
  return {
    upsell: detectUpsell(allUnits, text, bitsOf(mask, 0, u)),
    sentiment: detectSentiment(ownUnits, text.slice(0, ownEnd), {
      negative: bitsOf(mask, u, n),
      positive: bitsOf(mask, u + n, POSITIVE.length),
    }),
  };
}

const matchesAny = (list: readonly RegExp[], text: string) => list.some((re) => re.test(text));

/**
 * Upsell and sentiment for a message in another language: each unit read as glossed (languages/),
 * the evidence quoted as the writer wrote it. Unit by unit, as a gloss has no offsets into the text;
 * the rules are detectSignals' (upsellOf, sentimentOf).
 */
export function detectSignalsGlossed(
  allUnits: Unit[],
  ownEnd: number,
  read: (u: Unit) => string,
): { upsell: ReturnType<typeof detectUpsell>; sentiment: ReturnType<typeof detectSentiment> } {
  const span = (u: Unit | undefined): Span | null => (u ? { start: u.start, end: u.end, text: u.text } : null);
  const glossed = allUnits.map(read);
  const firstOwn = (list: readonly RegExp[]) =>
    span(allUnits.find((u, i) => u.start < ownEnd && matchesAny(list, glossed[i]!)));
  const upsellAt = glossed.findIndex((g) => matchesAny(UPSELL, g));
  return {
    upsell: upsellOf(span(allUnits[upsellAt]), glossed[upsellAt] ?? '', (re) => glossed.some((g) => re.test(g))),
    sentiment: sentimentOf(firstOwn(NEGATIVE), () => firstOwn(POSITIVE)),
  };
}
