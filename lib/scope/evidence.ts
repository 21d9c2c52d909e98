// The evidence about one ask against the SOW, as named features for the learned verdict model:
// how strongly it matches the best deliverable and the best exclusion (words weighted by how
// specific they are in this SOW, plus shared concepts of the taxonomy), whether it names kinds of
// work or members (a language, a market, a platform) the SOW never contracts, its words the SOW
// never uses, and its cues (another, extra, fix, tweak, quote).
import { durationExceeded, quantityExceeded, type QuantityHit } from './counts';
import type { CueName } from './cues';
import type { FeatureVector } from './ask-features';
import type { IndexedItem, ScopeIndex } from './scope-index';
import { concept, MEMBER_FACETS } from './taxonomy';
import { mergeTopic, type Specificity, type Topic } from './topic';

export interface Scored {
  item: IndexedItem;
  score: number;
  shared: string[];
}

export interface Evidence {
  features: FeatureVector;
  deliverable: Scored | null;
  exclusion: Scored | null;
  /** Concepts the ask names that the SOW neither contracts nor excludes. */
  novel: string[];
  /** Members (languages, markets, platforms...) the ask names that the deliverables do not. */
  newMembers: string[];
  quantity: QuantityHit | null;
  round: number | null;
}

export interface AskText {
  /** The ask's own words, as read for matching. */
  unit: Topic;
  unitText: string;
  /** Its cue families (cues.ts), computed once per unit. */
  cues: Record<CueName, number>;
  /** Units around it that say what it is about (subject or ticket title, list items it introduces). */
  context: Topic[];
  ticket: boolean;
  /** Per message, computed once: the revision round it evidences and a quantity its subject exceeds. */
  round: number | null;
  subjectQuantity: QuantityHit | null;
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

function score(item: IndexedItem, stems: Map<string, number>, concepts: Map<string, number>, idf: Map<string, number>): Scored {
  let s = 0;
  const shared: string[] = [];
  for (const [stem, w] of stems) {
    const iw = item.stems.get(stem);
    if (iw === undefined) continue;
    s += w * iw * (idf.get(stem) ?? 0);
    shared.push(stem);
  }
  for (const [id, w] of concepts) {
    const iw = item.concepts.get(id);
    if (iw !== undefined) {
      s += 2 * w * iw;
      shared.push(`#${id}`);
      continue;
    }
    // The ask names a kind of what the item contracts ("reel" under "short-form video"), or the
    // item names a kind of what the ask says ("Instagram posts" for "social posts").
    if (concept(id)?.specificAncestors.some((a) => item.concepts.has(a))) {
      s += 1.2 * w;
      shared.push(`#${id}<`);
    } else if (item.kinds.has(id)) {
      s += 0.8 * w;
      shared.push(`#${id}>`);
    }
  }
  return { item, score: s, shared };
}

const squash = (x: number, k: number) => 1 - Math.exp(-x / k);

export function gatherEvidence(ask: AskText, scope: ScopeIndex, spec: Specificity): Evidence {
  const bag = { stems: new Map(ask.unit.stems), concepts: new Map(ask.unit.concepts) };
  for (const t of ask.context) mergeTopic(bag, t, ask.ticket ? 0.8 : 0.5);
  const { stems, concepts } = bag;
  const unitConcepts = ask.unit.concepts;

  let deliverable: Scored | null = null;
  let exclusion: Scored | null = null;
  for (const item of scope.items) {
    const s = score(item, stems, concepts, scope.idf);
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
    const contracted = scope.contracted.has(id) || c.specificAncestors.some((a) => scope.contractedDirect.has(a));
    const excluded = scope.excluded.has(id) || c.specificAncestors.some((a) => scope.excludedDirect.has(a));
    if (contracted) covered++;
    else if (!excluded) novel.push(id);
    if (MEMBER_FACETS.has(c.facet) && !(scope.members.get(c.facet)?.has(id) ?? false) && !contracted)
      newMembers.push(id);
  }
  // Distinctive exclusion evidence: words or concepts the ask shares with the exclusion that no
  // deliverable has ("SMS" in "add an SMS step to the cart flow" when only email is contracted).
  const distinct = (exclusion?.shared ?? []).filter((f) =>
    !f.startsWith('#') ? !deliverableHasStem(scope, f) : !scope.contracted.has(f.slice(1).replace(/[<>]$/, '')),
  );
  // Words of the ask the SOW never uses, leaving out words common to every project's mail.
  const specific = [...ask.unit.stems.keys()].filter((s) => (spec.get(s) ?? 1) >= 0.6 && s.length > 2);
  const unknown = specific.filter((s) => !scope.words.has(s));

  const cues = ask.cues;
  const quantity =
    ask.subjectQuantity ??
    quantityExceeded(ask.unitText, scope, 'numeric', ask.unit.tokens) ??
    durationExceeded(ask.unitText, scope);
  const round = ask.round;
  const rounds = scope.revisionRounds;
  const f: FeatureVector = {
    s_d: squash(d, 3),
    s_x: squash(x, 3),
    s_xOverD: Math.max(-1, Math.min(1, (x - d) / 4)),
  };
  if (deliverable?.shared.some((s) => s.startsWith('#'))) f.s_dConcept = 1;
  if (exclusion?.shared.some((s) => s.startsWith('#'))) f.s_xConcept = 1;
  if (distinct.length) f.s_xDistinct = Math.min(distinct.length, 2) / 2;
  if (novel.length) f.s_novel = Math.min(novel.length, 2) / 2;
  if (covered) f.s_covered = Math.min(covered, 2) / 2;
  if (newMembers.length) f.s_newMember = 1;
  if (specific.length) f.s_unknownRatio = unknown.length / specific.length;
  if (unknown.length >= 2) f.s_unknownMany = 1;
  if (d === 0 && x === 0) f.s_noMatch = 1;
  for (const name of [
    'additive',
    'newWord',
    'expansion',
    'defect',
    'revision',
    'pricing',
    'included',
    'holdOff',
    'complaint',
    'future',
    'question',
  ] as const)
    if (cues[name]) f[`s_${name}`] = 1;
  if (cues.additive && d > 0) f.s_additiveOnContracted = squash(d, 3);
  if (cues.defect && d > 0) f.s_defectOnContracted = squash(d, 3);
  if (quantity) f.s_quantity = 1;
  if (round !== null && rounds !== null) f[round > rounds ? 's_roundOver' : 's_roundWithin'] = 1;
  if (ask.ticket) f.s_ticket = 1;
  return { features: f, deliverable, exclusion, novel, newMembers, quantity, round };
}

function deliverableHasStem(scope: ScopeIndex, stem: string): boolean {
  return scope.deliverableStems.has(stem);
}
