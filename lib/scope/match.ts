// How well an ask matches one SOW item, as features for a learned matcher (weights.json `match`):
// shared words weighed by how specific they are in this SOW and across all mail, shared concepts
// of the taxonomy (the same, a kind of, broader), how much of the ask and of the item's title the
// match covers. Trained on the items the gold labels cite, so "which deliverable is this about"
// and "does this name the excluded thing" are learned, not hand-weighted.
import type { FeatureVector } from './ask-features';
import type { IndexedItem, ScopeIndex } from './scope-index';
import { concept, MEMBER_FACETS } from './taxonomy';
import type { Specificity, Topic } from './topic';

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

// Per scope and concept, its relation to every item: the taxonomy walk is done once per project,
// not once per ask and item (it was the engine's most repeated work).
const relationCache = new WeakMap<ScopeIndex, Map<string, Uint8Array>>();
function relationsOf(scope: ScopeIndex, id: string): Uint8Array {
  let byConcept = relationCache.get(scope);
  if (!byConcept) relationCache.set(scope, (byConcept = new Map()));
  let rel = byConcept.get(id);
  if (!rel) {
    const c = concept(id);
    rel = new Uint8Array(scope.items.length);
    scope.items.forEach((item, i) => {
      if (c?.specificAncestors.some((a) => item.concepts.has(a))) rel![i] = Relation.Narrower;
      else if (item.kinds.has(id)) rel![i] = Relation.Broader;
      else if (memberOfNamedClass(id, item)) rel![i] = Relation.Member;
    });
    byConcept.set(id, rel);
  }
  return rel;
}

/**
 * Per scope and concept, the items the concept reaches at all (named by the item, or related to
 * it): 1 where matchItem would count it.
 */
const reachCache = new WeakMap<ScopeIndex, Map<string, Uint8Array>>();
function reachOf(scope: ScopeIndex, id: string): Uint8Array {
  let byConcept = reachCache.get(scope);
  if (!byConcept) reachCache.set(scope, (byConcept = new Map()));
  let reach = byConcept.get(id);
  if (!reach) {
    const rel = relationsOf(scope, id);
    reach = new Uint8Array(scope.items.length);
    scope.items.forEach((item, i) => {
      if (item.concepts.has(id) || rel[i] !== Relation.None) reach![i] = 1;
    });
    byConcept.set(id, reach);
  }
  return reach;
}

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
  const f: FeatureVector = {
    m_stem: squash(stem, 2),
    m_unitStem: squash(unitStem, 2),
    m_shared: Math.min(stemsShared, 3) / 3,
    m_title: Math.min(title, 2) / 2,
    m_specific: squash(specific, 1.5),
    m_direct: Math.min(direct, 2) / 2,
    m_narrower: Math.min(narrower, 2) / 2,
    m_broader: Math.min(broader, 2) / 2,
    m_member: Math.min(member, 1),
    m_askCoverage: askSpecific ? askCovered / askSpecific : 0,
  };
  if (item.kind === 'exclusion') {
    f.m_x = 1;
    f.mx_stem = f.m_stem!;
    f.mx_direct = f.m_direct!;
    f.mx_narrower = f.m_narrower!;
    f.mx_specific = f.m_specific!;
  }
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
    const reach = reachOf(scope, id);
    const rel = relationsOf(scope, id);
    const marks = marksOf(id);
    for (let i = 0; i < n; i++) {
      if (!reach[i]) continue;
      const at = i * FIELDS;
      const iw = scope.items[i]!.concepts.get(id);
      if (iw !== undefined) {
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
    const f: FeatureVector = {
      m_stem: squash(v[at + STEM]!, 2),
      m_unitStem: squash(v[at + UNIT_STEM]!, 2),
      m_shared: Math.min(v[at + STEMS_SHARED]!, 3) / 3,
      m_title: Math.min(v[at + TITLE]!, 2) / 2,
      m_specific: squash(v[at + SPECIFIC]!, 1.5),
      m_direct: Math.min(v[at + DIRECT]!, 2) / 2,
      m_narrower: Math.min(v[at + NARROWER]!, 2) / 2,
      m_broader: Math.min(v[at + BROADER]!, 2) / 2,
      m_member: Math.min(v[at + MEMBER]!, 1),
      m_askCoverage: askSpecific ? v[at + COVERED]! / askSpecific : 0,
    };
    if (scope.items[i]!.kind === 'exclusion') {
      f.m_x = 1;
      f.mx_stem = f.m_stem!;
      f.mx_direct = f.m_direct!;
      f.mx_narrower = f.m_narrower!;
      f.mx_specific = f.m_specific!;
    }
    out.push({ score: v[at + SCORE]!, shared: list, f });
  }
  return out;
}
