// A project's scope compiled once for matching: features per deliverable and exclusion, weighted
// by how specific they are within this SOW (a word in every item tells nothing).
import {
  addFeatures,
  enumeratedCategories,
  exclusionCategoryFeatures,
  mentionedMembers,
  type Features,
} from './features';
import { isStopword, parseCardinal, tokenize } from './tokens';

const COUNT_FILLER = new Set([
  'unique',
  'core',
  'active',
  'existing',
  'short',
  'additional',
  'separate',
  'monthly',
  'static',
  'ml',
  'minute',
  'hour',
]);
import type { ProjectScope } from './types';

export interface ScopeItem {
  id: string;
  kind: 'deliverable' | 'exclusion';
  title: string;
  text: string; // title + description, quoted as evidence
  features: Features;
  quantity: number | null;
  /** Stems of the counted noun ('templates', 'labels'), for matching 'a fifth label'. */
  countedStems: Set<string>;
}

export interface ScopeModel {
  items: ScopeItem[];
  idf: Map<string, number>;
  allowedMembers: Set<string>;
  /** Categories whose members the deliverables enumerate ('Meta and TikTok'): naming another member is new work. */
  enumerated: Set<string>;
  revisionRounds: number | null;
  empty: boolean;
  /** feature -> items holding it, with the item's weight times idf: scoring walks only shared features. */
  postings: Map<string, { index: number; weight: number }[]>;
  /** Deliverables with a contracted quantity of a named thing: the only items a count can exceed. */
  counted: ScopeItem[];
}

// Generic agency words that appear in most asks and most SOW items alike.
const WEAK = new Set(
  'design develop work file version final deliveri deliv client agenc project updat chang add creat build content us includ page provid set manag support review send'.split(
    ' ',
  ),
);

/** Clauses that hand work to the client describe what the agency does not do. */
function dropClientClauses(text: string): string {
  return text
    .replace(/\b(from|using|with|of)\s+(the\s+)?client[- ](supplied\s+|provided\s+|owned\s+)?\w+(\s+and\s+\w+)?/gi, ' ')
    .split(/[;]/)
    .filter(
      (clause) =>
        !/\b(by the client|client'?s? (developer|team|lead)|paid by|supplied by the client|client supplies)\b/i.test(
          clause,
        ),
    )
    .join(';');
}

function countedNoun(text: string, quantity: number | null): Set<string> {
  const stems = new Set<string>();
  if (quantity === null) return stems;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (parseCardinal(tokens[i]?.word ?? '') === null) continue;
    // The counted noun is among the next few words ('10 page templates', '4 Power BI dashboards').
    let taken = 0;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && taken < 3; k++) {
      const t = tokens[k];
      if (!t || /^(on|of|in|for|with|to|per|and|or|at|from|by|each|up)$/.test(t.word)) break;
      if (isStopword(t.word) || /^\d/.test(t.word) || COUNT_FILLER.has(t.word)) continue;
      stems.add(t.stem);
      taken++;
    }
  }
  return stems;
}

export function compileScope(scope: ProjectScope | null | undefined): ScopeModel {
  const deliverables = Array.isArray(scope?.deliverables) ? scope.deliverables : [];
  const exclusions = Array.isArray(scope?.exclusions) ? scope.exclusions : [];
  const deliverableTexts = deliverables.map((d) => `${d.title ?? ''} ${d.description ?? ''}`);
  const allowedMembers = mentionedMembers(deliverableTexts);
  const enumerated = enumeratedCategories(deliverableTexts);
  const items: ScopeItem[] = [];
  for (const d of deliverables) {
    const text = `${d.title ?? ''}: ${d.description ?? ''}`;
    const features = addFeatures(new Map(), d.title ?? '', 1);
    addFeatures(features, dropClientClauses(d.description ?? ''), 0.8);
    const quantity = typeof d.quantity === 'number' ? d.quantity : null;
    items.push({
      id: String(d.id),
      kind: 'deliverable',
      title: d.title ?? '',
      text,
      features,
      quantity,
      countedStems: countedNoun(text, quantity),
    });
  }
  for (const x of exclusions) {
    const text = `${x.title ?? ''}: ${x.description ?? ''}`;
    const features = addFeatures(new Map(), x.title ?? '', 1);
    addFeatures(features, (x.description ?? '').replace(/\bother than\b[^.;:()]{0,80}/gi, ' '), 0.8);
    for (const f of exclusionCategoryFeatures(text)) features.set(f, 1);
    items.push({
      id: String(x.id),
      kind: 'exclusion',
      title: x.title ?? '',
      text,
      features,
      quantity: null,
      countedStems: new Set(),
    });
  }
  const df = new Map<string, number>();
  for (const item of items) for (const f of item.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = Math.max(items.length, 1);
  for (const [f, count] of df) {
    const base = Math.log(1 + n / count);
    const kind = f.startsWith('#new-') ? 2.5 : f.startsWith('#') ? 2 : WEAK.has(f) ? 0.4 : 1;
    idf.set(f, base * kind);
  }
  const postings = new Map<string, { index: number; weight: number }[]>();
  items.forEach((item, index) => {
    for (const [f, w] of item.features) {
      const list = postings.get(f) ?? [];
      list.push({ index, weight: w * (idf.get(f) ?? 0) });
      postings.set(f, list);
    }
  });
  const rounds = typeof scope?.revisionRounds === 'number' ? scope.revisionRounds : null;
  const counted = items.filter((i) => i.kind === 'deliverable' && i.quantity !== null && i.countedStems.size > 0);
  return {
    items,
    idf,
    allowedMembers,
    enumerated,
    revisionRounds: rounds,
    empty: items.length === 0,
    postings,
    counted,
  };
}

export interface ItemScore {
  item: ScopeItem;
  score: number;
  shared: string[];
}

/** Scores in item order; `base` (scores of a wider context, in item order) is added to, not recomputed. */
export function scoreInItemOrder(model: ScopeModel, ask: Features, base?: ItemScore[]): ItemScore[] {
  const scores: ItemScore[] = model.items.map((item, i) => {
    const from = base?.[i];
    return { item, score: from?.score ?? 0, shared: from ? from.shared.slice() : [] };
  });
  for (const [f, w] of ask) {
    const list = model.postings.get(f);
    if (!list) continue;
    for (const { index, weight } of list) {
      const entry = scores[index];
      if (!entry) continue;
      entry.score += w * weight;
      // The ask's features are distinct Map keys: only the base's list can already hold `f`.
      if (!base?.[index]?.shared.includes(f)) entry.shared.push(f);
    }
  }
  return scores;
}

const byScore = (a: ItemScore, b: ItemScore) => b.score - a.score;

/** Scores every item, best first; the sort is stable, so ties keep item order. */
export function scoreItems(model: ScopeModel, ask: Features, base?: ItemScore[]): ItemScore[] {
  return scoreInItemOrder(model, ask, base).sort(byScore);
}
