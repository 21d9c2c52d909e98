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

export function pairFeatures(
  item: IndexedItem,
  unit: Topic,
  bag: { stems: Map<string, number>; concepts: Map<string, number> },
  scope: ScopeIndex,
  spec: Specificity,
): FeatureVector {
  let stem = 0;
  let unitStem = 0;
  let shared = 0;
  let title = 0;
  let specific = 0;
  for (const [s, w] of bag.stems) {
    const iw = item.stems.get(s);
    if (iw === undefined) continue;
    const idf = scope.idf.get(s) ?? 0;
    const weight = w * iw * idf;
    stem += weight;
    if (unit.stems.has(s)) unitStem += weight;
    shared++;
    if (iw >= 1) title++;
    specific = Math.max(specific, idf * (spec.get(s) ?? 1));
  }
  let direct = 0;
  let narrower = 0;
  let broader = 0;
  let member = 0;
  for (const [id, w] of bag.concepts) {
    if (item.concepts.has(id)) direct += w;
    else if (concept(id)?.specificAncestors.some((a) => item.concepts.has(a))) narrower += w;
    else if (item.kinds.has(id)) broader += w;
    else if (memberOfNamedClass(id, item)) member += w;
  }
  let askSpecific = 0;
  let askCovered = 0;
  for (const [s, w] of unit.stems) {
    if (w < 0.6 || s.length < 3) continue;
    askSpecific++;
    if (item.stems.has(s)) askCovered++;
  }
  const x = item.kind === 'exclusion' ? 1 : 0;
  const f: FeatureVector = {
    m_stem: squash(stem, 2),
    m_unitStem: squash(unitStem, 2),
    m_shared: Math.min(shared, 3) / 3,
    m_title: Math.min(title, 2) / 2,
    m_specific: squash(specific, 1.5),
    m_direct: Math.min(direct, 2) / 2,
    m_narrower: Math.min(narrower, 2) / 2,
    m_broader: Math.min(broader, 2) / 2,
    m_member: Math.min(member, 1),
    m_askCoverage: askSpecific ? askCovered / askSpecific : 0,
  };
  if (x) {
    f.m_x = 1;
    f.mx_stem = f.m_stem!;
    f.mx_direct = f.m_direct!;
    f.mx_narrower = f.m_narrower!;
    f.mx_specific = f.m_specific!;
  }
  return f;
}
