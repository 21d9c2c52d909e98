// A project's scope compiled once for matching: per deliverable and exclusion, its stems and its
// concepts from the taxonomy; per SOW, which concepts the deliverables contract (and the broader
// kinds they stand for), which members (languages, markets, platforms, channels, devices) they
// name, and which words appear anywhere in it.
import { runToEnd } from './stepwise';
import { concept, conceptsIn, MEMBER_FACETS } from './taxonomy';
import { isStopword, parseCardinal, tokenize } from './tokens';
import type { ProjectScope } from './types';
import { detectLanguage, glossUnit, type Language } from './languages';

export interface IndexedItem {
  id: string;
  kind: 'deliverable' | 'exclusion';
  title: string;
  /** "Title: description", quoted as evidence. */
  text: string;
  stems: Map<string, number>;
  concepts: Map<string, number>;
  /** The specific broader kinds of its concepts ("social post" for "Instagram posts"). */
  kinds: Set<string>;
  quantity: number | null;
  /** Stems of the counted noun ('templates', 'labels'), for matching 'a fifth label'. */
  countedStems: Set<string>;
}

export interface ScopeIndex {
  items: IndexedItem[];
  /** Inverse document frequency of a stem across the items (a word in every item tells nothing). */
  idf: Map<string, number>;
  /** Every stem any item uses. */
  words: Set<string>;
  deliverableStems: Set<string>;
  /** Concepts the deliverables name, and the specific broader kinds they stand for. */
  contracted: Set<string>;
  contractedDirect: Set<string>;
  /** Concepts the exclusions name (with their specific broader kinds). */
  excluded: Set<string>;
  excludedDirect: Set<string>;
  /** Member concepts (languages, markets, platforms...) the deliverables name, by facet. */
  members: Map<string, Set<string>>;
  revisionRounds: number | null;
  counted: IndexedItem[];
  empty: boolean;
  /** The language the SOW's items are written in (glossed for matching: languages/). */
  language: Language;
}

// Client clauses in a deliverable ("from client-supplied photos") name what the agency does not do.
function dropClientClauses(text: string): string {
  return text.replace(
    /\b(from|using|with|of)\s+(the\s+)?client[- ](supplied|provided|owned)\s+\w+(\s+and\s+\w+)?/gi,
    ' ',
  );
}

const COUNT_FILLER =
  /^(unique|core|active|existing|short|additional|separate|monthly|static|new|custom|individual|different|bespoke|standard|full)$/;

function countedNoun(text: string, quantity: number | null): Set<string> {
  const stems = new Set<string>();
  if (quantity === null) return stems;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (parseCardinal(tokens[i]?.word ?? '') !== quantity) continue;
    let taken = 0;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && taken < 3; k++) {
      const t = tokens[k]!;
      if (/^(on|of|in|for|with|to|per|and|or|at|from|by|each|up)$/.test(t.word)) break;
      if (isStopword(t.word) || /^\d/.test(t.word) || COUNT_FILLER.test(t.word)) continue;
      stems.add(t.stem);
      taken++;
    }
  }
  // No number next to a noun ("Cut-downs" with Qty 6): the title's own words are what is counted.
  if (stems.size === 0) for (const t of tokenize(text.split(':')[0] ?? '')) if (t.content) stems.add(t.stem);
  return stems;
}

function addText(item: IndexedItem, text: string, weight: number): void {
  const tokens = tokenize(text);
  for (const t of tokens) if (t.content) item.stems.set(t.stem, Math.max(item.stems.get(t.stem) ?? 0, weight));
  for (const hit of conceptsIn(tokens)) item.concepts.set(hit.id, Math.max(item.concepts.get(hit.id) ?? 0, weight));
}

/** The concepts and their specific broader kinds. */
export function withKinds(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const a of concept(id)?.specificAncestors ?? []) out.add(a);
  }
  return out;
}

/**
 * The language the SOW's items are written in: a German SOW's items are glossed as a German
 * client's message is (languages/), so both sides meet in the same words.
 */
function scopeLanguage(deliverables: unknown[], exclusions: unknown[]): Language {
  const parts: string[] = [];
  for (const i of [...deliverables, ...exclusions] as { title?: unknown; description?: unknown }[])
    parts.push(String(i?.title ?? ''), String(i?.description ?? ''));
  return detectLanguage(parts.join('\n'));
}

export function indexScope(scope: ProjectScope | null | undefined): ScopeIndex {
  return runToEnd(indexScopeSteps(scope));
}

/** indexScope, yielding after each SOW item is read (a long SOW is many ms of a worker's thread). */
export function* indexScopeSteps(scope: ProjectScope | null | undefined): Generator<void, ScopeIndex, undefined> {
  const deliverables = Array.isArray(scope?.deliverables) ? scope.deliverables : [];
  const exclusions = Array.isArray(scope?.exclusions) ? scope.exclusions : [];
  const language = scopeLanguage(deliverables, exclusions);
  // What the matcher reads; the titles and texts quoted to the user stay as the SOW words them.
  const read = (text: string) => glossUnit(text, language);
  const items: IndexedItem[] = [];
  for (const d of deliverables) {
    const title = String(d?.title ?? '');
    const description = String(d?.description ?? '');
    const quantity = typeof d?.quantity === 'number' && d.quantity > 0 ? d.quantity : null;
    const text = description ? `${title}: ${description}` : title;
    const item: IndexedItem = {
      id: String(d?.id ?? ''),
      kind: 'deliverable',
      title,
      text,
      stems: new Map(),
      concepts: new Map(),
      kinds: new Set(),
      quantity,
      countedStems: countedNoun(read(text), quantity),
    };
    addText(item, read(title), 1);
    addText(item, dropClientClauses(read(description)), 0.7);
    items.push(item);
    yield;
  }
  for (const x of exclusions) {
    const title = String(x?.title ?? '');
    const description = String(x?.description ?? '');
    const item: IndexedItem = {
      id: String(x?.id ?? ''),
      kind: 'exclusion',
      title,
      text: description ? `${title}: ${description}` : title,
      stems: new Map(),
      concepts: new Map(),
      kinds: new Set(),
      quantity: null,
      countedStems: new Set(),
    };
    addText(item, read(title), 1);
    // "Languages other than English": the named exception is contracted, not excluded.
    addText(item, read(description).replace(/\b(other than|except|apart from|beyond)\b[^.;:()]{0,80}/gi, ' '), 0.7);
    items.push(item);
    yield;
  }
  for (const item of items)
    for (const id of item.concepts.keys()) for (const a of concept(id)?.specificAncestors ?? []) item.kinds.add(a);
  const df = new Map<string, number>();
  for (const item of items) for (const s of item.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = Math.max(items.length, 1);
  const idf = new Map<string, number>();
  for (const [s, count] of df) idf.set(s, Math.log(1 + n / count));
  const contractedIds = items.filter((i) => i.kind === 'deliverable').flatMap((i) => [...i.concepts.keys()]);
  const excludedIds = items.filter((i) => i.kind === 'exclusion').flatMap((i) => [...i.concepts.keys()]);
  const members = new Map<string, Set<string>>();
  for (const id of contractedIds) {
    const c = concept(id);
    if (!c || !MEMBER_FACETS.has(c.facet)) continue;
    const set = members.get(c.facet) ?? new Set<string>();
    set.add(id);
    members.set(c.facet, set);
  }
  return {
    items,
    idf,
    words: new Set(df.keys()),
    deliverableStems: new Set(items.filter((i) => i.kind === 'deliverable').flatMap((i) => [...i.stems.keys()])),
    contracted: withKinds(contractedIds),
    contractedDirect: new Set(contractedIds),
    excluded: withKinds(excludedIds),
    excludedDirect: new Set(excludedIds),
    members,
    revisionRounds: typeof scope?.revisionRounds === 'number' ? scope.revisionRounds : null,
    counted: items.filter((i) => i.kind === 'deliverable' && i.quantity !== null && i.countedStems.size > 0),
    empty: items.length === 0,
    language,
  };
}
