// How well an ask matches one SOW item, as features for a learned matcher (weights.json `match`):
// shared words weighed by how specific they are in this SOW and across all mail, shared concepts
// of the taxonomy (the same, a kind of, broader), how much of the ask and of the item's title the
// match covers. Trained on the items the gold labels cite, so "which deliverable is this about"
// and "does this name the excluded thing" are learned, not hand-weighted.
import type { FeatureVector } from './ask-features';
import type { IndexedItem, ScopeIndex } from './scope-index';
import { concept, MEMBER_FACETS } from './taxonomy';
import type { Specificity, Topic } from './topic';
import { weightsOf, type Logistic } from './learn/logistic';

const squash = (x: number, k: number) => 1 - Math.exp(-x / k);

/** A language, market, platform... whose class (any ancestor but a root) the item names. */
export function memberOfNamedClass(id: string, item: IndexedItem): boolean {
  const c = concept(id);
  if (!c || !MEMBER_FACETS.has(c.facet)) return false;
  return c.ancestors.some((a) => item.concepts.has(a) && (concept(a)?.depth ?? 0) > 0);
}

/** How a concept of the ask relates to an item, besides naming the same one. */
const enum Relation {
  None = 0,
  /** The ask names a kind of what the item contracts ("reel" under "short-form video"). */
  Narrower = 1,
  /** The item names a kind of what the ask says ("Instagram posts" for "social posts"). */
  Broader = 2,
  /** A member of the class the item names ("German" against "languages other than English"). */
  Member = 3,
}

/** A per-scope, per-concept memo: each (scope, concept) computed once, dropped with its scope. */
function perScopeAndConcept<V>(compute: (scope: ScopeIndex, id: string) => V): (scope: ScopeIndex, id: string) => V {
  const cache = new WeakMap<ScopeIndex, Map<string, V>>();
  return (scope, id) => {
    let byConcept = cache.get(scope);
    if (!byConcept) cache.set(scope, (byConcept = new Map()));
    let value = byConcept.get(id);
    if (value === undefined) byConcept.set(id, (value = compute(scope, id)));
    return value;
  };
}

// Per scope and concept, its relation to every item: the taxonomy walk is done once per project,
// not once per ask and item (it was the engine's most repeated work).
const relationsOf = perScopeAndConcept((scope, id): Uint8Array => {
  const c = concept(id);
  const rel = new Uint8Array(scope.items.length);
  scope.items.forEach((item, i) => {
    if (c?.specificAncestors.some((a) => item.concepts.has(a))) rel[i] = Relation.Narrower;
    else if (item.kinds.has(id)) rel[i] = Relation.Broader;
    else if (memberOfNamedClass(id, item)) rel[i] = Relation.Member;
  });
  return rel;
});

/**
 * Per scope and concept, what matchAll reads for it, found with one lookup per concept of an ask:
 * the items it reaches at all (named by the item, or related to it: 1 where matchItem would count
 * it), its relation to each item, its weight in each item that names it (NaN: not named), and its
 * evidence marks.
 */
interface ConceptLinks {
  reach: Uint8Array;
  rel: Uint8Array;
  weight: Float64Array;
  marks: readonly [string, string, string, string];
}
const linksOf = perScopeAndConcept((scope, id): ConceptLinks => {
  const rel = relationsOf(scope, id);
  const reach = new Uint8Array(scope.items.length);
  const weight = new Float64Array(scope.items.length).fill(NaN);
  scope.items.forEach((item, i) => {
    const iw = item.concepts.get(id);
    if (iw !== undefined) weight[i] = iw;
    if (iw !== undefined || rel[i] !== Relation.None) reach[i] = 1;
  });
  return { reach, rel, weight, marks: marksOf(id) };
});

/** A stem of the scope: its inverse document frequency, and the items that have it with its weight there. */
interface Posting {
  idf: number;
  items: { item: number; weight: number }[];
}

// Per scope, each stem's items with the stem's weight there (an ask's words reach only a few of a
// SOW's items), and its idf: one lookup per stem of the ask.
const postingsCache = new WeakMap<ScopeIndex, Map<string, Posting>>();
function postingsOf(scope: ScopeIndex): Map<string, Posting> {
  let byStem = postingsCache.get(scope);
  if (!byStem) {
    byStem = new Map();
    scope.items.forEach((item, i) => {
      item.stems.forEach((weight, s) => {
        const posting = byStem!.get(s);
        if (posting) posting.items.push({ item: i, weight });
        else byStem!.set(s, { idf: scope.idf.get(s) ?? 0, items: [{ item: i, weight }] });
      });
    });
    postingsCache.set(scope, byStem);
  }
  return byStem;
}

/**
 * The match features of an item the ask shares nothing with, per kind: what matchItem gives
 * there (every measure 0, and the exclusion marker). Shared, read-only.
 */
export const NO_MATCH: Readonly<Record<'deliverable' | 'exclusion', Readonly<FeatureVector>>> = {
  deliverable: Object.freeze(noMatchFeatures(false)),
  exclusion: Object.freeze(noMatchFeatures(true)),
};

function noMatchFeatures(exclusion: boolean): FeatureVector {
  const f: FeatureVector = {
    m_stem: 0,
    m_unitStem: 0,
    m_shared: 0,
    m_title: 0,
    m_specific: 0,
    m_direct: 0,
    m_narrower: 0,
    m_broader: 0,
    m_member: 0,
    m_askCoverage: 0,
  };
  if (exclusion) {
    f.m_x = 1;
    f.mx_stem = 0;
    f.mx_direct = 0;
    f.mx_narrower = 0;
    f.mx_specific = 0;
  }
  return f;
}

/**
 * The matcher's features from one item's sums (matchItem and matchAll). An exclusion's also carry
 * copies of four of them (mx_*), which the matcher weighs apart; each kind is made as one literal,
 * keys in this order (the order the model adds them in), where adding the exclusion's keys one by
 * one moved each such object through five hidden classes to a sixth.
 */
function matchFeatures(
  stem: number,
  unitStem: number,
  stemsShared: number,
  title: number,
  specific: number,
  direct: number,
  narrower: number,
  broader: number,
  member: number,
  askCoverage: number,
  exclusion: boolean,
): FeatureVector {
  const m_stem = squash(stem, 2);
  const m_unitStem = squash(unitStem, 2);
  const m_shared = Math.min(stemsShared, 3) / 3;
  const m_title = Math.min(title, 2) / 2;
  const m_specific = squash(specific, 1.5);
  const m_direct = Math.min(direct, 2) / 2;
  const m_narrower = Math.min(narrower, 2) / 2;
  const m_broader = Math.min(broader, 2) / 2;
  const m_member = Math.min(member, 1);
  const m_askCoverage = askCoverage;
  if (!exclusion)
    return {
      m_stem,
      m_unitStem,
      m_shared,
      m_title,
      m_specific,
      m_direct,
      m_narrower,
      m_broader,
      m_member,
      m_askCoverage,
    };
  return {
    m_stem,
    m_unitStem,
    m_shared,
    m_title,
    m_specific,
    m_direct,
    m_narrower,
    m_broader,
    m_member,
    m_askCoverage,
    m_x: 1,
    mx_stem: m_stem,
    mx_direct: m_direct,
    mx_narrower: m_narrower,
    mx_specific: m_specific,
  };
}

/** The matcher's weights of matchFeatures' keys (undefined: the model has no weight for the key). */
interface MatchWeights {
  m_stem?: number;
  m_unitStem?: number;
  m_shared?: number;
  m_title?: number;
  m_specific?: number;
  m_direct?: number;
  m_narrower?: number;
  m_broader?: number;
  m_member?: number;
  m_askCoverage?: number;
  m_x?: number;
  mx_stem?: number;
  mx_direct?: number;
  mx_narrower?: number;
  mx_specific?: number;
}

const matchWeightsCache = new WeakMap<Logistic, MatchWeights>();
function matchWeightsOf(model: Logistic): MatchWeights {
  let c = matchWeightsCache.get(model);
  if (!c) {
    const w = weightsOf(model);
    c = {
      m_stem: w.get('m_stem'),
      m_unitStem: w.get('m_unitStem'),
      m_shared: w.get('m_shared'),
      m_title: w.get('m_title'),
      m_specific: w.get('m_specific'),
      m_direct: w.get('m_direct'),
      m_narrower: w.get('m_narrower'),
      m_broader: w.get('m_broader'),
      m_member: w.get('m_member'),
      m_askCoverage: w.get('m_askCoverage'),
      m_x: w.get('m_x'),
      mx_stem: w.get('mx_stem'),
      mx_direct: w.get('mx_direct'),
      mx_narrower: w.get('mx_narrower'),
      mx_specific: w.get('mx_specific'),
    };
    matchWeightsCache.set(model, c);
  }
  return c;
}

/** logit()'s term for one key: weight times value where the model has a weight. */
const term = (z: number, weight: number | undefined, value: number | undefined): number =>
  weight === undefined ? z : z + weight * (value ?? 0);

/**
 * The matcher's logit for features made by matchFeatures (or NO_MATCH): what logit(model, f)
 * gives, the same terms added in the same order (the features' key order), with each feature read
 * by name. logit() walks the object's keys and reads each by a computed key, a megamorphic lookup
 * per feature, for every item an ask shares anything with.
 */
export function matchLogit(model: Logistic, f: FeatureVector): number {
  const w = matchWeightsOf(model);
  let z = model.bias;
  z = term(z, w.m_stem, f.m_stem);
  z = term(z, w.m_unitStem, f.m_unitStem);
  z = term(z, w.m_shared, f.m_shared);
  z = term(z, w.m_title, f.m_title);
  z = term(z, w.m_specific, f.m_specific);
  z = term(z, w.m_direct, f.m_direct);
  z = term(z, w.m_narrower, f.m_narrower);
  z = term(z, w.m_broader, f.m_broader);
  z = term(z, w.m_member, f.m_member);
  z = term(z, w.m_askCoverage, f.m_askCoverage);
  if (f.m_x === undefined) return z;
  z = term(z, w.m_x, f.m_x);
  z = term(z, w.mx_stem, f.mx_stem);
  z = term(z, w.mx_direct, f.mx_direct);
  z = term(z, w.mx_narrower, f.mx_narrower);
  return term(z, w.mx_specific, f.mx_specific);
}

export interface ItemMatch {
  /** The hand score: shared stems weighted by specificity, shared and related concepts. */
  score: number;
  /** Shared stems, and concepts as "#id" plus how they relate (evidence.ts sharedConcept). */
  shared: string[];
  /** Match features for the learned matcher. */
  f: FeatureVector;
}

/** An ask's bag of stems and concepts as lists, made once per ask and read once per item. */
export interface BagLists {
  stems: string[];
  stemWeights: number[];
  concepts: string[];
  conceptWeights: number[];
  /** The ask's own stems specific enough to count for coverage (weight >= 0.6, 3+ letters). */
  askStems: string[];
}

export function bagLists(unit: Topic, bag: { stems: Map<string, number>; concepts: Map<string, number> }): BagLists {
  const lists: BagLists = { stems: [], stemWeights: [], concepts: [], conceptWeights: [], askStems: [] };
  bag.stems.forEach((w, s) => {
    lists.stems.push(s);
    lists.stemWeights.push(w);
  });
  bag.concepts.forEach((w, id) => {
    lists.concepts.push(id);
    lists.conceptWeights.push(w);
  });
  unit.stems.forEach((w, s) => {
    if (w >= 0.6 && s.length >= 3) lists.askStems.push(s);
  });
  return lists;
}

// The evidence marks of a concept ("#id", "#id<", "#id>", "#id^"), made once per concept.
const marksCache = new Map<string, readonly [string, string, string, string]>();
function marksOf(id: string): readonly [string, string, string, string] {
  let marks = marksCache.get(id);
  if (!marks) marksCache.set(id, (marks = [`#${id}`, `#${id}<`, `#${id}>`, `#${id}^`]));
  return marks;
}

/**
 * The ask against the i-th item of the scope: its hand score and its matcher features, in one
 * pass. The engine uses matchAll (every item at once); this is the same for one item.
 */
export function matchItem(
  i: number,
  unit: Topic,
  bag: { stems: Map<string, number>; concepts: Map<string, number> },
  scope: ScopeIndex,
  spec: Specificity,
  lists: BagLists = bagLists(unit, bag),
): ItemMatch {
  const item = scope.items[i]!;
  const shared: string[] = [];
  let score = 0;
  let stem = 0;
  let unitStem = 0;
  let title = 0;
  let specific = 0;
  for (let k = 0; k < lists.stems.length; k++) {
    const s = lists.stems[k]!;
    const iw = item.stems.get(s);
    if (iw === undefined) continue;
    const idf = scope.idf.get(s) ?? 0;
    const weight = lists.stemWeights[k]! * iw * idf;
    score += weight;
    shared.push(s);
    stem += weight;
    if (unit.stems.has(s)) unitStem += weight;
    if (iw >= 1) title++;
    specific = Math.max(specific, idf * (spec.get(s) ?? 1));
  }
  const stemsShared = shared.length;
  let direct = 0;
  let narrower = 0;
  let broader = 0;
  let member = 0;
  for (let k = 0; k < lists.concepts.length; k++) {
    const id = lists.concepts[k]!;
    const w = lists.conceptWeights[k]!;
    const iw = item.concepts.get(id);
    if (iw !== undefined) {
      score += 2 * w * iw;
      shared.push(marksOf(id)[0]);
      direct += w;
      continue;
    }
    const rel = relationsOf(scope, id)[i];
    if (rel === Relation.Narrower) {
      score += 1.2 * w;
      shared.push(marksOf(id)[1]);
      narrower += w;
    } else if (rel === Relation.Broader) {
      score += 0.8 * w;
      shared.push(marksOf(id)[2]);
      broader += w;
    } else if (rel === Relation.Member) {
      score += 0.8 * w;
      shared.push(marksOf(id)[3]);
      member += w;
    }
  }
  let askCovered = 0;
  for (const s of lists.askStems) if (item.stems.has(s)) askCovered++;
  const askSpecific = lists.askStems.length;
  const askCoverage = askSpecific ? askCovered / askSpecific : 0;
  const f = matchFeatures(
    stem,
    unitStem,
    stemsShared,
    title,
    specific,
    direct,
    narrower,
    broader,
    member,
    askCoverage,
    item.kind === 'exclusion',
  );
  return { score, shared, f };
}

// matchAll's per-item sums, in one reused buffer (FIELDS numbers per item): an ask is matched in
// microseconds, and a dozen fresh typed arrays per ask cost more than the sums.
const SCORE = 0;
const STEM = 1;
const UNIT_STEM = 2;
const SPECIFIC = 3;
const TITLE = 4;
const STEMS_SHARED = 5;
const DIRECT = 6;
const NARROWER = 7;
const BROADER = 8;
const MEMBER = 9;
const COVERED = 10;
const FIELDS = 11;
let sums = new Float64Array(64 * FIELDS);

/**
 * The ask against every item of the scope at once: per item what matchItem gives, or null for an
 * item the ask shares no stem or concept with (matchItem finds nothing there: no score, every
 * feature 0). Each of the ask's stems and concepts is looked up once, with the items that have
 * it, not once per item; per item the sums add the same terms in the same order as matchItem.
 */
export function matchAll(
  unit: Topic,
  bag: { stems: Map<string, number>; concepts: Map<string, number> },
  scope: ScopeIndex,
  spec: Specificity,
): (ItemMatch | null)[] {
  const n = scope.items.length;
  const lists = bagLists(unit, bag);
  const postings = postingsOf(scope);
  if (sums.length < n * FIELDS) sums = new Float64Array(2 * n * FIELDS);
  const v = sums;
  v.fill(0, 0, n * FIELDS);
  const shared: (string[] | undefined)[] = new Array<string[] | undefined>(n);
  for (let k = 0; k < lists.stems.length; k++) {
    const s = lists.stems[k]!;
    const posting = postings.get(s);
    if (!posting) continue;
    const w = lists.stemWeights[k]!;
    const idf = posting.idf;
    const unitWeight = unit.stems.get(s);
    const inUnit = unitWeight !== undefined;
    // The ask's own specific stems (bagLists' askStems) count for coverage: counted here, where the
    // stem's items are at hand, not looked up again.
    const covers = inUnit && unitWeight >= 0.6 && s.length >= 3;
    const specificity = idf * (spec.get(s) ?? 1);
    for (const { item: i, weight: iw } of posting.items) {
      const at = i * FIELDS;
      const weight = w * iw * idf;
      v[at + SCORE]! += weight;
      (shared[i] ??= []).push(s);
      v[at + STEMS_SHARED]!++;
      v[at + STEM]! += weight;
      if (inUnit) v[at + UNIT_STEM]! += weight;
      if (iw >= 1) v[at + TITLE]!++;
      v[at + SPECIFIC] = Math.max(v[at + SPECIFIC]!, specificity);
      if (covers) v[at + COVERED]!++;
    }
  }
  for (let k = 0; k < lists.concepts.length; k++) {
    const id = lists.concepts[k]!;
    const w = lists.conceptWeights[k]!;
    const { reach, rel, weight, marks } = linksOf(scope, id);
    for (let i = 0; i < n; i++) {
      if (!reach[i]) continue;
      const at = i * FIELDS;
      const iw = weight[i]!;
      if (!Number.isNaN(iw)) {
        v[at + SCORE]! += 2 * w * iw;
        (shared[i] ??= []).push(marks[0]);
        v[at + DIRECT]! += w;
      } else if (rel[i] === Relation.Narrower) {
        v[at + SCORE]! += 1.2 * w;
        (shared[i] ??= []).push(marks[1]);
        v[at + NARROWER]! += w;
      } else if (rel[i] === Relation.Broader) {
        v[at + SCORE]! += 0.8 * w;
        (shared[i] ??= []).push(marks[2]);
        v[at + BROADER]! += w;
      } else if (rel[i] === Relation.Member) {
        v[at + SCORE]! += 0.8 * w;
        (shared[i] ??= []).push(marks[3]);
        v[at + MEMBER]! += w;
      }
    }
  }
  const askSpecific = lists.askStems.length;
  const out: (ItemMatch | null)[] = [];
  for (let i = 0; i < n; i++) {
    const list = shared[i];
    if (!list) {
      out.push(null);
      continue;
    }
    const at = i * FIELDS;
    const f = matchFeatures(
      v[at + STEM]!,
      v[at + UNIT_STEM]!,
      v[at + STEMS_SHARED]!,
      v[at + TITLE]!,
      v[at + SPECIFIC]!,
      v[at + DIRECT]!,
      v[at + NARROWER]!,
      v[at + BROADER]!,
      v[at + MEMBER]!,
      askSpecific ? v[at + COVERED]! / askSpecific : 0,
      scope.items[i]!.kind === 'exclusion',
    );
    out.push({ score: v[at + SCORE]!, shared: list, f });
  }
  return out;
}
