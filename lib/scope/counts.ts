// Counting against the contract: revision rounds ('third round of feedback') and quantities
// ('a fifth label', 'three more screens', 'six articles instead of four').
import type { IndexedItem as ScopeItem, ScopeIndex as ScopeModel } from './scope-index';
import { parseCardinal, parseOrdinal, stem, tokenize, type Token } from './tokens';
import { codeAt } from './chars';

/** The larger of two round numbers; `n` counts only if it is a plausible round (1..19). */
function plausibleMax(best: number | null, n: number | null): number | null {
  return n !== null && n > 0 && n < 20 ? Math.max(best ?? 0, n) : best;
}

// Patterns for revision rounds, compiled once ('g': read by allMatches, which resets lastIndex).
const ROUND_OF =
  /\b(\w+)\s+(?:\w+\s+)?(round|set)s?\s+of\s+(feedback|changes|comments|edits|revisions|notes|amends|tweaks)/gi;
// "third round", "third revision round", "3rd feedback round".
const NTH_ROUND = /\b(\w+)\s+(?:(?:revision|correction|feedback|review|change|amend|edit)s?\s+)?round\b/gi;
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

// The gates of revisionRound, made once (a regex literal in the function is a new object per call).
const ANY_ROUND = /round|time|revision|\bR\d/i;
const ROUND_WORD = /round/i;
const SET_WORD = /set/i;
const REVISION_WORD = /revision/i;

/** The highest revision round the text evidences, or null. */
export function revisionRound(text: string): number | null {
  let best: number | null = null;
  if (!ANY_ROUND.test(text)) return null;
  // Most messages never say 'round': skip the patterns that need the word.
  const round = ROUND_WORD.test(text);
  if (round || SET_WORD.test(text))
    for (const m of allMatches(ROUND_OF, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round) for (const m of allMatches(NTH_ROUND, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round) for (const m of allMatches(ROUND_N, text)) best = plausibleMax(best, Number(m[1]));
  for (const m of allMatches(R_N, text)) best = plausibleMax(best, Number(m[1]));
  for (const m of allMatches(NTH_TIME, text)) best = plausibleMax(best, parseOrdinal(m[1] ?? ''));
  if (round || REVISION_WORD.test(text))
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

/** Whether `stem` names what a deliverable counts (its counted stems). */
function namesCounted(stem: string, counted: ReadonlySet<string>): boolean {
  if (counted.has(stem)) return true;
  // 'spokesperson' / 'spokespeople': irregular plurals share a long prefix.
  if (stem.length >= 6) for (const s of counted) if (s.length >= 6 && s.slice(0, 5) === stem.slice(0, 5)) return true;
  return false;
}

function nounMatches(tokens: Token[], from: number, item: ScopeItem, span = 2): boolean {
  for (let k = from; k < from + span && k < tokens.length; k++)
    if (namesCounted(tokens[k]?.stem ?? '', item.countedStems)) return true;
  return false;
}

const MORE = new Set(['more', 'extra', 'additional', 'further']);

/** Words after a number that make it a time, a share, a size or a span: no count ("3 weeks", "40 px"). */
export const NOT_A_COUNT =
  /^(am|pm|h|hr|hrs|hour|hours|min|mins|minute|minutes|sec|seconds|s|percent|k|m|px|mb|gb|day|days|week|weeks|month|months|year|years|st|nd|rd|th)$/;
/** More sizes and spans, and "x" of a dimension ("3 x 4"): after an item's number they say it numbers no item. */
const SIZE_AFTER = /^(pt|mm|cm|km|kb|secs|second|x)$/;
const isUnitAfter = (word: string): boolean => NOT_A_COUNT.test(word) || SIZE_AFTER.test(word);

/**
 * Where the numbered item starts if the number at `i` numbers one of the deliverable's items
 * ("attendee email #5", "audio stop 13", "headline variations 7 & 8", "screens (11-13)"): a word
 * naming what it counts just before it (other numbers of the same list between), and no count or
 * unit after it. -1 if it numbers nothing the deliverable counts.
 */
function numberedItemStart(tokens: Token[], i: number, item: ScopeItem): number {
  const after = tokens[i + 1];
  if (after && (isUnitAfter(after.word) || namesCounted(after.stem, item.countedStems))) return -1;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (isDigits(tokens[k]!.word)) continue;
    return namesCounted(tokens[k]!.stem, item.countedStems) ? k : -1;
  }
  return -1;
}

const isDigits = (word: string): boolean => /^\d+$/.test(word);

/** The numbered item as written, from its noun through the numbers that follow ("screens 11-13"). */
function numberedEvidence(text: string, tokens: Token[], from: number, i: number): string {
  let to = i;
  while (to + 1 < tokens.length && isDigits(tokens[to + 1]!.word)) to++;
  return text.slice(tokens[from]!.start, tokens[to]!.end).replace(/[()[\]]/g, '');
}

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
      if (cardinal !== null && cardinal > q && cardinal <= q * 10 && q > 1) {
        const from = numberedItemStart(tokens, i, item);
        if (from >= 0) return { item, evidence: numberedEvidence(text, tokens, from, i) };
      }
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

// Counting in the message: totals ("in total 16 sessions", "takes us to 238"), additions ("4 more",
// "another five"), what is used so far ("we're at 15", "all 40 are done", "18 of 30"), positions
// ("guide #11", "a 13th show"). Against the quantity of the deliverable the ask is about, they say
// whether the ask goes beyond it or stays within: arithmetic the word-level features cannot do.
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
/** What makes a number no count: more digits, a share, a time, money, a size, a date, a span. */
const NOT_COUNT = String.raw`(?!\d|[,.]\d|\s*(?:%|percent|am\b|pm\b|px\b|k\b|mb\b|gb\b|x\d|:\d|st\b|nd\b|rd\b|th\b|rounds?\b|times?\b|versions?\b|weeks?\b|months?\b|years?\b|minutes?\b|mins?\b|seconds?\b|secs?\b))`;
const ABOUT = String.raw`(?:about |around |approx\.? |approximately |roughly |~ ?|some |nearly |over )?`;
// The patterns that start with a number are sticky ('y'): countFacts tries them only where a
// number starts, which is what a scan of the whole text with 'g' finds, without that scan.
const TOTAL_AFTER = new RegExp(String.raw`\b${NUM}${NOT_COUNT}\s+(?:[a-z-]+\s+){0,3}(?:in total|total)\b`, 'iy');
const INSTEAD = new RegExp(
  String.raw`\b${NUM}${NOT_COUNT}\s+(?:[a-z-]+\s+){0,5}(?:instead of|rather than|not)\s+(?:the\s+)?(?:usual\s+|planned\s+|agreed\s+|contracted\s+|current\s+)?${NUM}\b`,
  'iy',
);
const MORE_AFTER = new RegExp(String.raw`\b${NUM}\s+(?:more|extra|additional|further|new)\b`, 'iy');
const USED_AFTER = new RegExp(
  String.raw`\b${NUM}${NOT_COUNT}\s+(?:[a-z-]+\s+){0,3}(?:already|so far|to date|are (?:done|delivered|live|published|used|complete|in)|have been|were (?:delivered|done|published)|delivered|published|used|done|running|live|scheduled|mapped)\b`,
  'iy',
);
const OF_N = new RegExp(String.raw`\b${NUM}\s*(?:of|out of|/)\s*(?:the\s+)?${NUM}\b`, 'iy');
// The patterns that end with a number ('g': read by allMatches). Every one needs a number too.
const TOTAL_BEFORE = new RegExp(
  String.raw`\b(?:in total|a total of|total of|totals?:?|totall?ing|brings? (?:\w+ ){0,3}to|bringing (?:\w+ ){0,3}to|takes? (?:\w+ ){0,3}to|taking (?:\w+ ){0,3}to|puts? (?:\w+ ){0,2}(?:at|around|on)|makes?|making|comes? to|end(?:s|ed)? up (?:at|with)|we'?re at|we are at|now at|now have|now has|up to|has|have)\s+${ABOUT}${NUM}${NOT_COUNT}`,
  'gi',
);
const MORE_BEFORE = new RegExp(String.raw`(?:\b(?:another|additional|extra|further)\s+|\+\s?)${NUM}${NOT_COUNT}`, 'gi');
const USED_BEFORE = new RegExp(
  String.raw`\b(?:already(?: \w+){0,2}|all(?: the| of the)?|used(?: all| up)?(?: the| our)?|burned(?: through)?(?: the| our)?|we'?re at|we are at|we have|we've (?:got|had|done|used|delivered)|currently|on top of(?: the)?)\s+${ABOUT}${NUM}${NOT_COUNT}`,
  'gi',
);
const POSITION = /(?:#\s?|\bno\.\s?|\bnumber\s|\bitem\s)(\d{1,4})\b/gi;
/**
 * A numbered item as a line or title starts ("Email 9: re-engagement", "Image 9 – balcony"): the
 * number is the item's position. Words that number time, stages or places are no item.
 */
const POSITION_LEAD =
  /^[ \t]*(?!(?:week|month|day|year|sprint|phase|round|wave|version|release|step|stage|part|section|milestone|gate|level|floor|hall|room|stand|lot|wp|q|v)\b)[a-z\u00c0-\u024f][a-z\u00c0-\u024f-]{2,24}(?:\s+[a-z\u00c0-\u024f][a-z\u00c0-\u024f-]{2,24})?\s+(\d{1,3})(?=\s*(?:[:\-–—(,]|$)|\s+(?:in|of|for|from)\b)/gim;
const ORDINAL =
  /\b(\d{1,4})(?:st|nd|rd|th)\s+(?!of\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|round|time|version|week|month|year|day|draft|pass)[a-z]{3,}|\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?!round|time|version|week|month|year|day|draft|pass|of\b|half|quarter|wave|phase|option|call|meeting)[a-z]{3,}/gi;

/** Every pattern by name, as a whole-text scan ('g') would read it: for the tests' reference. */
export const COUNT_PATTERNS: Readonly<Record<string, RegExp>> = {
  TOTAL_BEFORE,
  TOTAL_AFTER,
  INSTEAD,
  MORE_AFTER,
  MORE_BEFORE,
  USED_BEFORE,
  USED_AFTER,
  OF_N,
  POSITION,
  POSITION_LEAD,
  ORDINAL,
};

/**
 * Runs each pattern of this file over `text` twice, yielding after each run: a regex is compiled on
 * its first run and again to machine code soon after, and these are large (together 15-35 ms; the
 * largest compile takes 4-9 ms alone). For a warm-up that hands the thread back at each yield
 * (warm.ts).
 */
export function* compileCountPatterns(text: string): Generator<void, void, undefined> {
  const rounds = [ROUND_OF, NTH_ROUND, ROUND_N, R_N, NTH_TIME, PAST_N_ROUNDS, ALREADY_N_ROUNDS];
  for (const re of [...rounds, ...Object.values(COUNT_PATTERNS)]) {
    allMatches(re, text);
    yield;
    allMatches(re, text);
    yield;
  }
}

/** A number the message gives, with the words that give it (for the reason). */
export interface Count {
  n: number;
  text: string;
  /** For a numbered item ("Email 9"), the stems of the words that name it: it counts only against a deliverable that counts them. */
  nouns?: string[];
}

export interface CountFacts {
  totals: Count[];
  more: Count[];
  used: Count[];
  positions: Count[];
  /** "N of M" (18 of 30, 40/40): N used of M. */
  ofPairs: { used: number; of: number; text: string }[];
}

/** The number a pattern captured ("1,500" reads 1500), or null. */
function cardinal(s: string | undefined): number | null {
  return s === undefined ? null : parseCardinal(s.indexOf(',') < 0 ? s : s.replace(/,(?=\d{3}\b)/g, ''));
}

/** Adds a count to `list` unless it is none (0, or a year). */
function addCount(list: Count[], m: RegExpExecArray, n: number | null): void {
  if (n !== null && n > 0 && !(n >= 1900 && n <= 2100)) list.push({ n, text: m[0].trim() });
}

/** Every match of the global `re` in `text`, each capturing a count in group 1, added to `list`. */
function addCounts(list: Count[], re: RegExp, text: string): void {
  const found = allMatches(re, text);
  for (let k = 0; k < found.length; k++) addCount(list, found[k]!, cardinal(found[k]![1]));
}

/** addCounts for a sticky `re`, tried where a number starts (stickyMatches). */
function addStickyCounts(list: Count[], re: RegExp, text: string, starts: readonly number[]): void {
  const found = stickyMatches(re, text, starts);
  for (let k = 0; k < found.length; k++) addCount(list, found[k]!, cardinal(found[k]![1]));
}

/**
 * The matches of the sticky `re` that a 'g' scan of the text finds: tried at each place a number
 * starts (`starts`, ascending), never inside the match before.
 */
function stickyMatches(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    found.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return found;
}

/**
 * Where NUM can match at a word start (\b): a digit, or one of the number words, in either case.
 * NUM's other words start with one of these ("fourteen" with "four"), and NUM needs no word end
 * after them ("tender" starts with "ten"), so these find every such place. Each match is one
 * word's start and ends inside that word, so a 'g' scan finds them all, in order.
 */
const NUMBER_START =
  /\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|hundred)/gi;

/**
 * Every place a number starts: a word start where NUM matches. The sticky patterns match nowhere
 * else. One regex scan: a loop over the characters, comparing number words at each word start,
 * cost about five times as much.
 */
function numberStarts(text: string): number[] {
  const starts: number[] = [];
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(text); m; m = NUMBER_START.exec(text)) starts.push(m.index);
  return starts;
}

/** The counts in a message's own text (and subject). */
export function countFacts(text: string): CountFacts {
  const facts: CountFacts = { totals: [], more: [], used: [], positions: [], ofPairs: [] };
  const starts = numberStarts(text);
  if (starts.length) {
    addCounts(facts.totals, TOTAL_BEFORE, text);
    addStickyCounts(facts.totals, TOTAL_AFTER, text, starts);
    for (const m of stickyMatches(INSTEAD, text, starts)) {
      const asked = cardinal(m[1]);
      const instead = cardinal(m[2]);
      if (asked !== null && instead !== null && asked > instead) addCount(facts.totals, m, asked);
    }
    addStickyCounts(facts.more, MORE_AFTER, text, starts);
    addCounts(facts.more, MORE_BEFORE, text);
    addCounts(facts.used, USED_BEFORE, text);
    addStickyCounts(facts.used, USED_AFTER, text, starts);
    for (const m of stickyMatches(OF_N, text, starts)) {
      const n = cardinal(m[1]);
      const of = cardinal(m[2]);
      if (n !== null && of !== null && n <= of && of > 1) facts.ofPairs.push({ used: n, of, text: m[0] });
    }
    // "#11", "no. 4": the digits start a number, so a text with none has no position either.
    for (const m of allMatches(POSITION, text)) addCount(facts.positions, m, Number(m[1]));
    for (const m of allMatches(POSITION_LEAD, text)) {
      const n = Number(m[1]);
      const nouns =
        m[0]
          .toLowerCase()
          .match(/[a-z\u00c0-\u024f]{3,}/g)
          ?.map(stem) ?? [];
      if (n > 0 && nouns.length) facts.positions.push({ n, text: m[0].trim(), nouns });
    }
  }
  // Ordinal words ("a fifth label") are no numbers to NUMBER_START: read whatever it found.
  for (const m of allMatches(ORDINAL, text)) {
    const n = parseOrdinal(m[1] !== undefined ? `${m[1]}th` : (m[2] ?? ''));
    if (n !== null && n >= 2) addCount(facts.positions, m, n);
  }
  return facts;
}

/** A message's text and its counts, read the first time an ask about a counted deliverable needs them. */
export interface MessageCounts {
  text: string;
  facts: CountFacts | null;
}

export function factsOf(counts: MessageCounts): CountFacts {
  return (counts.facts ??= countFacts(counts.text));
}

/** Whether the message gave no count at all (most messages): nothing to hold against a quantity. */
export function noCounts(facts: CountFacts): boolean {
  return (
    facts.totals.length === 0 &&
    facts.more.length === 0 &&
    facts.used.length === 0 &&
    facts.positions.length === 0 &&
    facts.ofPairs.length === 0
  );
}

/** The first count above `q` and at most 20 times it (a far-off number counts something else). */
function firstOver(list: readonly Count[], q: number, counted?: ReadonlySet<string>): Count | null {
  for (const c of list) if (c.n > q && c.n <= q * 20 && names(c, counted)) return c;
  return null;
}

/** A numbered item counts against a deliverable only if its words name what the deliverable counts. */
function names(c: Count, counted: ReadonlySet<string> | undefined): boolean {
  if (!c.nouns) return true;
  return counted !== undefined && c.nouns.some((s) => namesCounted(s, counted));
}

/** The largest count at most 20 times `q` (the first on a tie). */
function largest(list: readonly Count[], q: number): Count | null {
  let best: Count | null = null;
  for (const c of list) if (c.n <= q * 20 && (!best || c.n > best.n)) best = c;
  return best;
}

/**
 * The message's counts against a contracted quantity `q`: beyond it (with the words that say so),
 * within it, or nothing said. Quantities of one ("one brand film") are left to the other evidence.
 */
export function countAgainst(
  facts: CountFacts,
  q: number,
  counted?: ReadonlySet<string>,
): { over: string } | 'within' | null {
  if (q < 2 || noCounts(facts)) return null;
  const total = firstOver(facts.totals, q);
  if (total) return { over: total.text };
  const position = firstOver(facts.positions, q, counted);
  if (position) return { over: position.text };
  const used = largest(facts.used, q);
  const more = largest(facts.more, q);
  if (used && more && used.n + more.n > q) return { over: `${used.text} ... ${more.text}` };
  if (used && used.n >= q && (more || facts.positions.some((c) => names(c, counted)))) return { over: used.text };
  if (more) for (const p of facts.ofPairs) if (p.of === q && p.used >= q) return { over: `${p.text} ... ${more.text}` };
  if (used && more) return 'within';
  for (const c of facts.totals) if (c.n <= q && c.n * 3 >= q) return 'within';
  for (const p of facts.ofPairs) if (p.of === q && p.used < q) return 'within';
  for (const c of facts.positions) if (c.n <= q && names(c, counted)) return 'within';
  return null;
}
