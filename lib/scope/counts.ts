// Counting against the contract: revision rounds ('third round of feedback') and quantities
// ('a fifth label', 'three more screens', 'six articles instead of four').
import type { IndexedItem as ScopeItem, ScopeIndex as ScopeModel } from './scope-index';
import { parseCardinal, parseOrdinal, tokenize, type Token } from './tokens';
import { codeAt } from './chars';

/** The larger of two round numbers; `n` counts only if it is a plausible round (1..19). */
function plausibleMax(best: number | null, n: number | null): number | null {
  return n !== null && n > 0 && n < 20 ? Math.max(best ?? 0, n) : best;
}

// Patterns for revision rounds, compiled once ('g': read by allMatches, which resets lastIndex).
const ROUND_OF =
  /\b(\w+)\s+(?:\w+\s+)?(round|set)s?\s+of\s+(feedback|changes|comments|edits|revisions|notes|amends|tweaks)/gi;
const NTH_ROUND = /\b(\w+)\s+round\b/gi;
const ROUND_N = /\bround\s*(\d{1,2})\b/gi;
const R_N = /\bR(\d)\b/g;
const NTH_TIME = /\bfor the (\w+) time\b/gi;
const PAST_N_ROUNDS =
  /\b(?:past|beyond|exceeded|used up|after)\s+(?:the\s+|our\s+)?(\w+)\s+(?:included\s+)?(rounds|revisions|revision rounds)\b/gi;
const ALREADY_N_ROUNDS = /\balready (?:did|had|done|used)\s+(\w+)\s+rounds?\b/gi;

/** Every match of a global regex, like matchAll but without cloning the regex on each call. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++; // never stall on an empty match
  }
  return found;
}

/** The highest revision round the text evidences, or null. */
export function revisionRound(text: string): number | null {
  let best: number | null = null;
  if (!/round|time|revision|\bR\d/i.test(text)) return null;
  // Most messages never say 'round': skip the patterns that need the word.
  const round = /round/i.test(text);
  if (round || /set/i.test(text))
    for (const m of allMatches(ROUND_OF, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round) for (const m of allMatches(NTH_ROUND, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round) for (const m of allMatches(ROUND_N, text)) best = plausibleMax(best, Number(m[1]));
  for (const m of allMatches(R_N, text)) best = plausibleMax(best, Number(m[1]));
  for (const m of allMatches(NTH_TIME, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round || /revision/i.test(text))
    for (const m of allMatches(PAST_N_ROUNDS, text)) {
      const n = parseCardinal(m[1] ?? '');
      if (n !== null) best = plausibleMax(best, n + 1);
    }
  if (round)
    for (const m of allMatches(ALREADY_N_ROUNDS, text)) {
      const n = parseCardinal(m[1] ?? '') ?? (m[1]?.toLowerCase() === 'a' ? 1 : null);
      if (
        n !== null &&
        /\b(more|further|another|again|new)\b.{0,30}\b(changes|comments|edits|round|feedback)\b|\bsecond round\b/i.test(
          text,
        )
      )
        best = plausibleMax(best, n + 1);
    }
  return best;
}

export interface QuantityHit {
  item: ScopeItem;
  evidence: string;
}

function nounMatches(tokens: Token[], from: number, item: ScopeItem, span = 2): boolean {
  for (let k = from; k < from + span && k < tokens.length; k++) {
    const stem = tokens[k]?.stem ?? '';
    if (item.countedStems.has(stem)) return true;
    // 'spokesperson' / 'spokespeople': irregular plurals share a long prefix.
    if (stem.length >= 6)
      for (const s of item.countedStems) if (s.length >= 6 && s.slice(0, 5) === stem.slice(0, 5)) return true;
  }
  return false;
}

const MORE = new Set(['more', 'extra', 'additional', 'further']);

/** A contracted quantity the ask goes beyond, judged on the ask's own words. */
const NOT_COUNTED = /^(round|time|pass|batch|version|week|month|year|day|draft|attempt|call|meeting|option|concept)s?$/;

const QUANTITY_WORDS = new Set(
  (
    'new another few extra additional further more one two three four five six seven eight nine ten eleven twelve ' +
    'fifteen twenty thirty forty fifty hundred first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'
  ).split(' '),
);

export function quantityExceeded(
  text: string,
  model: ScopeModel,
  mode: 'numeric' | 'new' = 'numeric',
  tokenList?: Token[],
): QuantityHit | null {
  if (mode === 'new' && !/\bnew\b/i.test(text)) return null;
  const counted = model.counted;
  if (counted.length === 0) return null;
  const tokens = tokenList ?? tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.word ?? '';
    // Only numbers and a few quantity words can start a hit: skip the rest cheaply.
    const c = codeAt(word, 0);
    if (!(c >= 48 && c <= 57) && !QUANTITY_WORDS.has(word)) continue;
    const next = tokens[i + 1]?.word ?? '';
    const ordinal = parseOrdinal(word);
    const cardinal = parseCardinal(word);
    // 'One more thing - ...' introduces an ask; it counts nothing.
    if (word === 'one' && next === 'more' && tokens[i + 2]?.word === 'thing') continue;
    const evidence = text.slice(tokens[i]?.start ?? 0, tokens[Math.min(i + 3, tokens.length - 1)]?.end ?? 0);
    for (const item of counted) {
      const q = item.quantity ?? 0;
      if (mode === 'new') {
        if (word === 'new' && nounMatches(tokens, i + 1, item, 1) && q > 1) return { item, evidence };
        continue;
      }
      if (
        ordinal !== null &&
        ordinal > q &&
        ordinal >= 2 &&
        !NOT_COUNTED.test(next) &&
        (nounMatches(tokens, i + 1, item) || (ordinal === q + 1 && q >= 3))
      )
        return { item, evidence };
      if (cardinal !== null && MORE.has(next) && nounMatches(tokens, i + 2, item)) return { item, evidence };
      if (
        (word === 'another' || word === 'few') &&
        (MORE.has(next) || parseCardinal(next) !== null) &&
        nounMatches(tokens, i + 2, item)
      )
        return { item, evidence };
      if (MORE.has(word) && word !== 'more' && nounMatches(tokens, i + 1, item)) return { item, evidence };
      if (
        cardinal !== null &&
        cardinal > q &&
        cardinal <= q * 10 &&
        q > 1 &&
        nounMatches(tokens, i + 1, item) &&
        tokens[i - 1]?.word !== 'of'
      )
        return { item, evidence };
    }
  }
  if (mode === 'new' || !/instead of/i.test(text)) return null;
  const insteadOf = /\b(\w+)\s+(?:\w+\s+){0,4}instead of\s+(?:the\s+)?(?:usual\s+)?(\w+)/i.exec(text);
  if (insteadOf) {
    const asked = parseCardinal(insteadOf[1] ?? '');
    const contracted = parseCardinal(insteadOf[2] ?? '');
    const item = counted.find((i) => i.quantity === contracted);
    if (asked !== null && contracted !== null && asked > contracted && item) return { item, evidence: insteadOf[0] };
  }
  return null;
}

const DURATION =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)(\s+and\s+a\s+half)?[\s-]*(seconds?|secs?|s|minutes?|mins?|hours?|hrs?)\b/gi;

function durationsInSeconds(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(DURATION)) {
    const n =
      parseCardinal(m[1] ?? '') ??
      (m[1]?.toLowerCase() === 'ninety' ? 90 : m[1]?.toLowerCase() === 'sixty' ? 60 : null);
    if (n === null) continue;
    const unit = (m[3] ?? '').toLowerCase();
    const scale = unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1;
    found.push((n + (m[2] ? 0.5 : 0)) * scale);
  }
  return found;
}

/** 'extend the film to two and a half minutes' against a contracted 90-second film. */
export function durationExceeded(text: string, model: ScopeModel): QuantityHit | null {
  const ask = /\b(extend\w*|longer|lengthen\w*|expand\w*|stretch\w*)\b[^.?!\n]{0,80}/i.exec(text);
  if (!ask) return null;
  const asked = Math.max(0, ...durationsInSeconds(ask[0]));
  if (asked === 0) return null;
  // Among deliverables with a contracted length, the one the message talks about most.
  const askStems = new Set(tokenize(text).map((t) => t.stem));
  let best: { item: ScopeItem; overlap: number } | null = null;
  for (const item of model.items) {
    if (item.kind !== 'deliverable') continue;
    const contracted = durationsInSeconds(item.text);
    if (contracted.length === 0) continue;
    const longest = Math.max(...contracted);
    if (asked <= longest * 1.15 || asked >= longest * 20) continue;
    let overlap = 0;
    for (const f of item.stems.keys()) if (askStems.has(f)) overlap++;
    if (!best || overlap > best.overlap) best = { item, overlap };
  }
  return best ? { item: best.item, evidence: ask[0] } : null;
}
