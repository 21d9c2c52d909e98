// The evidence about one ask against the SOW, as named features for the learned verdict model:
// how strongly it matches the best deliverable and the best exclusion (words weighted by how
// specific they are in this SOW, plus shared concepts of the taxonomy), whether it names kinds of
// work or members (a language, a market, a platform) the SOW never contracts, its words the SOW
// never uses, and its cues (another, extra, fix, tweak, quote).
import {
  countAgainst,
  durationExceeded,
  factsOf,
  NOT_A_COUNT,
  quantityExceeded,
  type MessageCounts,
  type QuantityHit,
} from './counts';
import type { CueName } from './cues';
import type { FeatureVector } from './ask-features';
import { FeatureSlots, slotOf, slotsOf } from './feature-slots';
import type { IndexedItem, ScopeIndex } from './scope-index';
import { concept, MEMBER_FACETS } from './taxonomy';
import { mergeTopic, type Specificity, type Topic } from './topic';
import { cardinalOf, type Token } from './tokens';
import { matchAll, matchLogit, NO_MATCH } from './match';
import { probability, sigmoid, weightsOf, type Logistic } from './learn/logistic';

export interface Scored {
  item: IndexedItem;
  score: number;
  /** Shared stems, and concepts as "#id" plus how they relate (see sharedConcept). */
  shared: string[];
}

/**
 * The concept id of a shared-evidence mark, or null for a stem. Marks: "#id" the same concept,
 * "#id<" a kind of what the item names, "#id>" broader than it, "#id^" a member of its class.
 */
export function sharedConcept(mark: string): string | null {
  if (!mark.startsWith('#')) return null;
  // The relation mark, if any, is the last character (no pattern replace per call).
  const last = mark.charCodeAt(mark.length - 1);
  const marked = last === 60 || last === 62 || last === 94; // < > ^
  return mark.slice(1, marked && mark.length > 1 ? mark.length - 1 : mark.length);
}

export interface Pair {
  scored: Scored;
  /** Match features for the learned matcher (match.ts). */
  f: FeatureVector;
  /** The matcher's probability that the ask is about this item (set by applyMatcher). */
  p: number;
}

export interface Evidence {
  /** The verdict model's features, in the order they were found. */
  features: FeatureSlots;
  /** The items the ask is most likely about, by the matcher (else by the hand score). */
  deliverable: Scored | null;
  exclusion: Scored | null;
  pairs: Pair[];
  /** Concepts the ask names that the SOW neither contracts nor excludes. */
  novel: string[];
  /** Members (languages, markets, platforms...) the ask names that the deliverables do not. */
  newMembers: string[];
  quantity: QuantityHit | null;
  /**
   * The message's counts (null where the SOW has no quantity they could go beyond), and whether
   * they go beyond the quantity of the deliverable the ask is about (set by applyMatcher).
   */
  counts: MessageCounts | null;
  countOver: QuantityHit | null;
  round: number | null;
}

export interface AskText {
  /** The ask's own words, as read for matching (topicOf with the `spec` gatherEvidence is given). */
  unit: Topic;
  unitText: string;
  /** Its cue families (cues.ts), computed once per unit. */
  cues: Record<CueName, number>;
  /** Units around it that say what it is about (subject or ticket title, list items it introduces). */
  context: Topic[];
  ticket: boolean;
  /** A ticket known only by its title (a board card). */
  titleOnly: boolean;
  /** Per message, computed once: the revision round it evidences and a quantity its subject exceeds. */
  round: number | null;
  subjectQuantity: QuantityHit | null;
  /** Per message: the counts in its own text and subject, read when first needed. */
  counts: MessageCounts | null;
}

/**
 * The evidence features by slot (feature-slots.ts): set and read by number, where a Map by name
 * hashed each name on every set and every model's read.
 */
export const EV = slotsOf([
  's_additive',
  's_additiveOnContracted',
  's_anotherRound',
  's_askStrength',
  's_complaint',
  's_countOver',
  's_countWithin',
  's_covered',
  's_d',
  's_dConcept',
  's_defect',
  's_defectOnContracted',
  's_expansion',
  's_future',
  's_holdOff',
  's_included',
  's_moreOfContracted',
  's_newMember',
  's_newWord',
  's_noMatch',
  's_novel',
  's_numberOverQuantity',
  's_pD',
  's_pX',
  's_pXOverD',
  's_pricing',
  's_quantity',
  's_question',
  's_revision',
  's_revisionWithoutRounds',
  's_roundOver',
  's_roundWithin',
  's_ticket',
  's_titleOnly',
  's_unknownMany',
  's_unknownRatio',
  's_x',
  's_xConcept',
  's_xDistinct',
  's_xOverD',
] as const);

const ANOTHER_ROUND =
  /\b(another|one more|an extra|extra|additional|further|a new|a fresh|fourth|third|fifth) (round|pass|set of (changes|edits|revisions|amends|comments)|revision|iteration)\b/i;
const MORE = new Set([
  'more',
  'extra',
  'additional',
  'another',
  'further',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);

/** Cardinal numbers of the ask, leaving out years, times, money, percentages and version numbers. */
function numbersIn(tokens: readonly Token[]): number[] {
  // A loop, not forEach: no closure per ask.
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = cardinalOf(tokens[i]!.word); // token words are lower-cased
    if (n === null || n <= 0 || (n >= 1900 && n <= 2100)) continue;
    if (NOT_A_COUNT.test(tokens[i + 1]?.word ?? '')) continue;
    out.push(n);
  }
  return out;
}

function moreOf(tokens: readonly Token[], item: IndexedItem): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!MORE.has(tokens[i]!.word)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++)
      if (item.stems.has(tokens[k]!.stem) && tokens[k]!.content) return true;
  }
  return false;
}

const OBJECT_FACETS = new Set([
  'deliverable',
  'service',
  'channel',
  'platform',
  'device',
  'asset',
  'activity',
  'language',
  'market',
]);

const squash = (x: number, k: number) => 1 - Math.exp(-x / k);

/**
 * The cue families the verdict model reads, as features, in this order. Spelled out: each is a
 * named property of the unit's cue object, where a loop over the names read them by key, a
 * megamorphic lookup per family and ask.
 */
function setCueFeatures(f: FeatureSlots, cues: Record<CueName, number>): void {
  if (cues.additive) f.setAt(EV.s_additive, 1);
  if (cues.newWord) f.setAt(EV.s_newWord, 1);
  if (cues.expansion) f.setAt(EV.s_expansion, 1);
  if (cues.defect) f.setAt(EV.s_defect, 1);
  if (cues.revision) f.setAt(EV.s_revision, 1);
  if (cues.pricing) f.setAt(EV.s_pricing, 1);
  if (cues.included) f.setAt(EV.s_included, 1);
  if (cues.holdOff) f.setAt(EV.s_holdOff, 1);
  if (cues.complaint) f.setAt(EV.s_complaint, 1);
  if (cues.future) f.setAt(EV.s_future, 1);
  if (cues.question) f.setAt(EV.s_question, 1);
}

/** A copy of a Map (forEach: the copy constructor's iterator makes an array per entry). */
function copy(map: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  map.forEach((v, k) => out.set(k, v));
  return out;
}

// Per scope, each item's evidence when the ask shares nothing with it (most items, for most
// asks): made once and shared, as nothing writes to a Scored.
const EMPTY: string[] = [];
const unmatchedCache = new WeakMap<ScopeIndex, Scored[]>();
function unmatchedOf(scope: ScopeIndex): Scored[] {
  let list = unmatchedCache.get(scope);
  if (!list) unmatchedCache.set(scope, (list = scope.items.map((item) => ({ item, score: 0, shared: EMPTY }))));
  return list;
}

export function gatherEvidence(ask: AskText, scope: ScopeIndex, spec: Specificity): Evidence {
  const bag = { stems: copy(ask.unit.stems), concepts: copy(ask.unit.concepts) };
  for (const t of ask.context) mergeTopic(bag, t, ask.ticket ? 0.8 : 0.5);
  const { concepts } = bag;
  const unitConcepts = ask.unit.concepts;

  let deliverable: Scored | null = null;
  let exclusion: Scored | null = null;
  const pairs: Pair[] = [];
  const matches = matchAll(ask.unit, bag, scope, spec);
  const unmatched = unmatchedOf(scope);
  for (let i = 0; i < scope.items.length; i++) {
    const item = scope.items[i]!;
    const m = matches[i];
    if (!m) {
      // Nothing shared: no score, the all-zero features.
      pairs.push({
        scored: unmatched[i]!,
        f: item.kind === 'deliverable' ? NO_MATCH.deliverable : NO_MATCH.exclusion,
        p: 0,
      });
      continue;
    }
    const s: Scored = { item, score: m.score, shared: m.shared };
    pairs.push({ scored: s, f: m.f, p: 0 });
    if (s.score <= 0) continue;
    if (item.kind === 'deliverable' && (!deliverable || s.score > deliverable.score)) deliverable = s;
    if (item.kind === 'exclusion' && (!exclusion || s.score > exclusion.score)) exclusion = s;
  }
  const d = deliverable?.score ?? 0;
  const x = exclusion?.score ?? 0;

  // Kinds of work named in the ask itself (and a ticket's title) that the SOW never mentions.
  const own = ask.ticket ? concepts : unitConcepts;
  const novel: string[] = [];
  const newMembers: string[] = [];
  let covered = 0;
  for (const id of own.keys()) {
    const c = concept(id);
    if (!c || !OBJECT_FACETS.has(c.facet) || (concepts.get(id) ?? 0) < 0.6) continue;
    // Contracted: named by a deliverable, a kind of something a deliverable names, or broader than
    // it. A sibling ("white paper" beside contracted "blog articles") is not.
    const contracted = scope.contracted.has(id) || anyIn(c.specificAncestors, scope.contractedDirect);
    const excluded = scope.excluded.has(id) || anyIn(c.specificAncestors, scope.excludedDirect);
    if (contracted) covered++;
    else if (!excluded) novel.push(id);
    if (MEMBER_FACETS.has(c.facet) && !(scope.members.get(c.facet)?.has(id) ?? false) && !contracted)
      newMembers.push(id);
  }
  // Distinctive exclusion evidence: words or concepts the ask shares with the exclusion that no
  // deliverable has ("SMS" in "add an SMS step to the cart flow" when only email is contracted).
  let distinct = 0;
  const xShared = exclusion?.shared ?? EMPTY;
  for (let k = 0; k < xShared.length; k++) {
    const id = sharedConcept(xShared[k]!);
    if (id === null ? !deliverableHasStem(scope, xShared[k]!) : !scope.contracted.has(id)) distinct++;
  }
  // Words of the ask the SOW never uses, leaving out words common to every project's mail.
  // A unit's stems are kept with their specificity (topicOf): no lookup in `spec` per stem. A loop
  // over entries, as forEach would take a closure per ask.
  let specific = 0;
  let unknown = 0;
  for (const [s, specificity] of ask.unit.stems) {
    if (!(specificity >= 0.6 && s.length > 2)) continue;
    specific++;
    if (!scope.words.has(s)) unknown++;
  }

  const cues = ask.cues;
  const quantity =
    ask.subjectQuantity ??
    quantityExceeded(ask.unitText, scope, 'numeric', ask.unit.tokens) ??
    durationExceeded(ask.unitText, scope);
  const round = ask.round;
  const rounds = scope.revisionRounds;
  const f = new FeatureSlots();
  f.setAt(EV.s_d, squash(d, 3));
  f.setAt(EV.s_x, squash(x, 3));
  f.setAt(EV.s_xOverD, Math.max(-1, Math.min(1, (x - d) / 4)));
  if (deliverable?.shared.some((s) => s.startsWith('#'))) f.setAt(EV.s_dConcept, 1);
  if (exclusion?.shared.some((s) => s.startsWith('#'))) f.setAt(EV.s_xConcept, 1);
  if (distinct) f.setAt(EV.s_xDistinct, Math.min(distinct, 2) / 2);
  if (novel.length) f.setAt(EV.s_novel, Math.min(novel.length, 2) / 2);
  if (covered) f.setAt(EV.s_covered, Math.min(covered, 2) / 2);
  if (newMembers.length) f.setAt(EV.s_newMember, 1);
  if (specific) f.setAt(EV.s_unknownRatio, unknown / specific);
  if (unknown >= 2) f.setAt(EV.s_unknownMany, 1);
  if (d === 0 && x === 0) f.setAt(EV.s_noMatch, 1);
  setCueFeatures(f, cues);
  if (cues.additive && d > 0) f.setAt(EV.s_additiveOnContracted, squash(d, 3));
  if (cues.defect && d > 0) f.setAt(EV.s_defectOnContracted, squash(d, 3));
  if (quantity) f.setAt(EV.s_quantity, 1);
  if (round !== null && rounds !== null) f.setAt(round > rounds ? EV.s_roundOver : EV.s_roundWithin, 1);
  // "one more round", "another pass": more revisions, with or without a count.
  if (ANOTHER_ROUND.test(ask.unitText)) f.setAt(EV.s_anotherRound, 1);
  if (rounds === 0 && cues.revision) f.setAt(EV.s_revisionWithoutRounds, 1);
  // A number above what the matched deliverable contracts ("9 images per ASIN", "5 contacts each").
  const q = deliverable?.item.quantity ?? null;
  if (q !== null && anyAbove(numbersIn(ask.unit.tokens), q)) f.setAt(EV.s_numberOverQuantity, 1);
  // "more / extra / another <the contracted thing>": more of a counted deliverable.
  if (deliverable && moreOf(ask.unit.tokens, deliverable.item)) f.setAt(EV.s_moreOfContracted, 1);
  if (ask.ticket) f.setAt(EV.s_ticket, 1);
  if (ask.titleOnly) f.setAt(EV.s_titleOnly, 1);
  // The counts are weighed against the deliverable applyMatcher settles on (setCounts).
  return {
    features: f,
    deliverable,
    exclusion,
    pairs,
    novel,
    newMembers,
    quantity,
    counts: ask.counts,
    countOver: null,
    round,
  };
}

/**
 * The message's counts against the quantity of the deliverable the ask is about ("in total 16
 * sessions", "we're at 15 ... 5 more", "guide #11"): s_countOver or s_countWithin, and countOver.
 */
function setCounts(ev: Evidence): void {
  // No quantity in the SOW: never set, nothing to clear.
  if (!ev.counts) return;
  const f = ev.features;
  if (ev.countOver !== null || f.hasAt(EV.s_countWithin)) {
    f.deleteAt(EV.s_countOver);
    f.deleteAt(EV.s_countWithin);
    ev.countOver = null;
  }
  const item = ev.deliverable?.item;
  // Quantities of one are left to the other evidence (countAgainst): the counts need not be read.
  if (!item || item.quantity === null || item.quantity < 2) return;
  const counted = countAgainst(factsOf(ev.counts), item.quantity, item.countedStems);
  if (counted === 'within') ev.features.setAt(EV.s_countWithin, 1);
  else if (counted) {
    ev.features.setAt(EV.s_countOver, 1);
    ev.countOver = { item, evidence: counted.over };
  }
}

/** Whether any of `ids` is in `set` (a loop: some() made a closure per concept and ask). */
function anyIn(ids: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < ids.length; k++) if (set.has(ids[k]!)) return true;
  return false;
}

function anyAbove(values: readonly number[], q: number): boolean {
  for (let k = 0; k < values.length; k++) if (values[k]! > q) return true;
  return false;
}

function deliverableHasStem(scope: ScopeIndex, stem: string): boolean {
  return scope.deliverableStems.has(stem);
}

/** Per matcher, its probability for an item the ask shares nothing with (most items of a SOW). */
const noMatchCache = new WeakMap<Logistic, { deliverable: number; exclusion: number }>();
function noMatchProbability(match: Logistic): { deliverable: number; exclusion: number } {
  let p = noMatchCache.get(match);
  if (!p) {
    p = { deliverable: probability(match, NO_MATCH.deliverable), exclusion: probability(match, NO_MATCH.exclusion) };
    noMatchCache.set(match, p);
  }
  return p;
}

/**
 * The learned matcher's view: the deliverable and the exclusion the ask is most likely about, and
 * how likely, as features for the verdict model. Without a trained matcher the hand scores stand.
 */
export function applyMatcher(ev: Evidence, match: Logistic | undefined): void {
  if (!match || weightsOf(match).size === 0) {
    setCounts(ev);
    return;
  }
  let d: Pair | null = null;
  let x: Pair | null = null;
  const none = noMatchProbability(match);
  for (const pair of ev.pairs) {
    const f = pair.f;
    pair.p =
      f === NO_MATCH.deliverable
        ? none.deliverable
        : f === NO_MATCH.exclusion
          ? none.exclusion
          : sigmoid(matchLogit(match, f));
    if (pair.scored.item.kind === 'deliverable') {
      if (!d || pair.p > d.p) d = pair;
    } else if (!x || pair.p > x.p) x = pair;
  }
  ev.deliverable = d && d.p > 0.05 ? d.scored : null;
  ev.exclusion = x && x.p > 0.05 ? x.scored : null;
  setCounts(ev);
  const pD = d?.p ?? 0;
  const pX = x?.p ?? 0;
  const f = ev.features;
  f.setAt(EV.s_pD, pD);
  f.setAt(EV.s_pX, pX);
  f.setAt(EV.s_pXOverD, pX - pD);
  // The same cue means opposite things beside a strong and a weak match: "can you also migrate
  // the 40 blog posts" (contracted) vs "can you also add a compare tool" (not). A linear model
  // needs the pairs spelled out to learn that.
  for (let k = 0; k < INTERACTIONS.length; k += 4) {
    const v = f.getAt(INTERACTIONS[k]!);
    if (!v) continue;
    f.setAt(INTERACTIONS[k + 1]!, v * pD);
    f.setAt(INTERACTIONS[k + 2]!, v * (1 - pD));
    f.setAt(INTERACTIONS[k + 3]!, v * pX);
  }
}

const INTERACTING = [
  's_additive',
  's_newWord',
  's_question',
  's_defect',
  's_revision',
  's_pricing',
  's_expansion',
  's_moreOfContracted',
  's_numberOverQuantity',
  's_novel',
  's_newMember',
  's_unknownMany',
];
/** Each interacting feature's slot, then the slots of its three products: four numbers per feature. */
const INTERACTIONS = INTERACTING.flatMap((cue) => [cue, `${cue}*d`, `${cue}*notD`, `${cue}*x`].map(slotOf));
