// The taxonomy of agency work (agency-work.json): kinds of work, deliverables, channels,
// platforms, devices, languages and markets, each with the words people use for it and its
// broader concepts. The SOW parser and the matcher read text through it, so "a little video for
// insta" and "Instagram Reels" meet on one concept, and "white paper" is known as a kind of
// long-form content that a SOW of blog articles does not contract.
import data from './agency-work.json';
import { tokenize, type Token } from '../tokens';

export type Facet =
  'service' | 'deliverable' | 'channel' | 'platform' | 'device' | 'language' | 'market' | 'activity' | 'asset';

export interface Concept {
  id: string;
  facet: Facet;
  labels: string[];
  broader: string[];
  /** Every broader concept, transitively. */
  ancestors: string[];
  /** Ancestors specific enough to stand for the work (not roots, not very general nodes). */
  specificAncestors: string[];
  /** 0 for a root. */
  depth: number;
}

interface RawConcept {
  id: string;
  facet: string;
  labels: string[];
  broader: string[];
}

interface Phrase {
  lights: string[];
  id: string;
  ambiguous?: true;
}

export interface ConceptHit {
  id: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** A short word that may mean several concepts ("app", "audit"): weaker evidence, never novel work. */
  ambiguous?: true;
}

/** Facets whose members say where or in what form the work runs: naming another one is new work. */
export const MEMBER_FACETS: ReadonlySet<Facet> = new Set(['language', 'market', 'platform', 'channel', 'device']);

function build() {
  const raw = (data as { concepts: RawConcept[] }).concepts;
  const byId = new Map<string, RawConcept>(raw.map((c) => [c.id, c]));
  const descendants = new Map<string, number>();
  const ancestorsOf = (id: string, seen = new Set<string>()): string[] => {
    for (const b of byId.get(id)?.broader ?? []) {
      if (seen.has(b) || !byId.has(b)) continue;
      seen.add(b);
      ancestorsOf(b, seen);
    }
    return [...seen];
  };
  const ancestors = new Map(raw.map((c) => [c.id, ancestorsOf(c.id)]));
  for (const list of ancestors.values()) for (const a of list) descendants.set(a, (descendants.get(a) ?? 0) + 1);
  const concepts = new Map<string, Concept>();
  for (const c of raw) {
    const anc = ancestors.get(c.id) ?? [];
    const depthOf = (id: string): number => {
      const parents = byId.get(id)?.broader.filter((b) => byId.has(b)) ?? [];
      return parents.length ? 1 + Math.min(...parents.map(depthOf)) : 0;
    };
    concepts.set(c.id, {
      id: c.id,
      facet: c.facet as Facet,
      labels: c.labels,
      broader: c.broader,
      ancestors: anc,
      // A root, or a node with dozens of kinds below it ("content", "design"), covers too much to
      // say that a SOW contracting one kind contracts another.
      specificAncestors: anc.filter((a) => (byId.get(a)?.broader.length ?? 0) > 0 && (descendants.get(a) ?? 0) <= 25),
      depth: depthOf(c.id),
    });
  }
  const index = new Map<string, Phrase[]>();
  for (const c of raw) {
    for (const label of c.labels) {
      const lights = tokenize(label).map((t) => t.light);
      const first = lights[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      if (!list.some((p) => p.id === c.id && p.lights.join(' ') === lights.join(' '))) list.push({ lights, id: c.id });
      index.set(first, list);
    }
  }
  const ambiguous = (data as { ambiguous?: Record<string, string[]> }).ambiguous ?? {};
  for (const [word, ids] of Object.entries(ambiguous)) {
    const lights = tokenize(word).map((t) => t.light);
    const first = lights[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    for (const id of ids) if (byId.has(id)) list.push({ lights, id, ambiguous: true });
    index.set(first, list);
  }
  // Longest phrase first, so "landing page template" wins over "landing page"; a label before an
  // ambiguous word of the same length.
  for (const list of index.values())
    list.sort((a, b) => b.lights.length - a.lights.length || (a.ambiguous ? 1 : 0) - (b.ambiguous ? 1 : 0));
  return { concepts, index };
}

const { concepts: CONCEPTS, index: INDEX } = build();
const CASE_SENSITIVE: ReadonlySet<string> = new Set((data as { caseSensitive?: string[] }).caseSensitive ?? []);

function sameWords(a: Phrase, b: Phrase): boolean {
  for (let k = 0; k < a.lights.length; k++) if (a.lights[k] !== b.lights[k]) return false;
  return true;
}

export function concept(id: string): Concept | undefined {
  return CONCEPTS.get(id);
}

export function conceptCount(): number {
  return CONCEPTS.size;
}

/** Concepts named in a token list: longest match at each position, no overlaps. Linear in tokens. */
export function conceptsIn(tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const candidates = INDEX.get(tokens[i]!.light);
    let matched: Phrase | null = null;
    if (candidates) {
      for (const p of candidates) {
        let ok = true;
        for (let k = 1; k < p.lights.length; k++) {
          if (tokens[i + k]?.light !== p.lights[k]) {
            ok = false;
            break;
          }
        }
        // "polish the copy" is not Polish: everyday words that also name a language or market
        // count only when capitalised.
        if (ok && p.lights.length === 1 && CASE_SENSITIVE.has(tokens[i]!.word) && !tokens[i]!.capitalized) ok = false;
        if (ok) {
          matched = p;
          break;
        }
      }
    }
    if (matched) {
      // Several concepts may share the winning phrase ("wordpress" the platform and the CMS).
      for (const p of candidates!) {
        if (p.lights.length !== matched.lights.length || !!p.ambiguous !== !!matched.ambiguous) continue;
        if (!sameWords(p, matched)) continue;
        const to = i + p.lights.length;
        hits.push(p.ambiguous ? { id: p.id, from: i, to, ambiguous: true } : { id: p.id, from: i, to });
      }
      i += matched.lights.length;
    } else i++;
  }
  return hits;
}

export function conceptIdsIn(text: string): string[] {
  return [...new Set(conceptsIn(tokenize(text)).map((h) => h.id))];
}
