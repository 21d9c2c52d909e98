// The taxonomy of agency work (agency-work.json): kinds of work, deliverables, channels,
// platforms, devices, languages and markets, each with the words people use for it and its
// broader concepts. The SOW parser and the matcher read text through it, so "a little video for
// insta" and "Instagram Reels" meet on one concept, and "white paper" is known as a kind of
// long-form content that a SOW of blog articles does not contract.
import { agencyWorkFile, phraseIndexFile } from '../tables';
import { lightWords, tokenize, type Token } from '../tokens';
import { stepwise } from '../stepwise';

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

/** agency-work.json. */
interface AgencyWorkFile {
  concepts: RawConcept[];
  ambiguous?: Record<string, string[]>;
  caseSensitive?: string[];
}
const agencyWork = () => agencyWorkFile() as AgencyWorkFile;

interface RawConcept {
  id: string;
  facet: string;
  labels: string[];
  broader: string[];
}

export interface Phrase {
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

/** Concepts read per step of the table's build (~0.5 ms of a service worker's thread). */
const CONCEPTS_PER_STEP = 400;

function* buildConcepts(): Generator<void, Map<string, Concept>, undefined> {
  const raw = agencyWork().concepts;
  const byId = new Map<string, RawConcept>(raw.map((c) => [c.id, c]));
  yield;
  const descendants = new Map<string, number>();
  const ancestorsOf = (id: string, seen = new Set<string>()): string[] => {
    for (const b of byId.get(id)?.broader ?? []) {
      if (seen.has(b) || !byId.has(b)) continue;
      seen.add(b);
      ancestorsOf(b, seen);
    }
    return [...seen];
  };
  const ancestors = new Map<string, string[]>();
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % CONCEPTS_PER_STEP === 0) yield;
    ancestors.set(raw[i]!.id, ancestorsOf(raw[i]!.id));
  }
  for (const list of ancestors.values()) for (const a of list) descendants.set(a, (descendants.get(a) ?? 0) + 1);
  yield;
  const concepts = new Map<string, Concept>();
  const depths = new Map<string, number>();
  const depthOf = (id: string): number => {
    let d = depths.get(id);
    if (d === undefined) {
      const parents = byId.get(id)?.broader.filter((b) => byId.has(b)) ?? [];
      d = parents.length ? 1 + Math.min(...parents.map(depthOf)) : 0;
      depths.set(id, d);
    }
    return d;
  };
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % CONCEPTS_PER_STEP === 0) yield;
    const c = raw[i]!;
    const anc = ancestors.get(c.id) ?? [];
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
  return concepts;
}

/**
 * Every label's words (light forms), indexed by the first word, longest phrase first. Reading
 * 21,000 labels took the service worker a few hundred milliseconds at startup, so the index ships
 * precomputed (phrase-index.json, written by `npm run scope -- taxonomy`, checked current by a test)
 * and each first word's list is decoded when a text first uses it.
 */
export function buildPhraseIndex(): Map<string, Phrase[]> {
  const raw = agencyWork().concepts;
  const byId = new Set(raw.map((c) => c.id));
  const index = new Map<string, Phrase[]>();
  const seen = new Set<string>(); // one phrase per concept and wording ("logo" and "logos" both read "logo")
  for (const c of raw) {
    for (const label of c.labels) {
      const lights = lightWords(label);
      const first = lights[0];
      const key = `${c.id}\u0000${lights.join(' ')}`;
      if (!first || seen.has(key)) continue;
      seen.add(key);
      const list = index.get(first) ?? [];
      list.push({ lights, id: c.id });
      index.set(first, list);
    }
  }
  const ambiguous = agencyWork().ambiguous ?? {};
  for (const [word, ids] of Object.entries(ambiguous)) {
    const lights = lightWords(word);
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
  return index;
}

/** The file phrase-index.json holds: per first word, its phrases as lines of "rest\tid[\ta]". */
export interface PhraseIndexFile {
  note: string;
  phrases: [string, string][];
}

export function encodePhraseIndex(index: Map<string, Phrase[]>): PhraseIndexFile {
  const phrases = [...index]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([first, list]): [string, string] => [
      first,
      list.map((p) => `${p.lights.slice(1).join(' ')}\t${p.id}${p.ambiguous ? '\ta' : ''}`).join('\n'),
    ]);
  return { note: 'Generated from agency-work.json by `npm run scope -- taxonomy`; do not edit.', phrases };
}

function decodePhrases(first: string, encoded: string): Phrase[] {
  return encoded.split('\n').map((line) => {
    const [rest = '', id = '', flag] = line.split('\t');
    const lights = rest ? [first, ...rest.split(' ')] : [first];
    return flag === 'a' ? { lights, id, ambiguous: true } : { lights, id };
  });
}

/**
 * A first word's phrases, split by length: the longer ones by their second word (a text's next
 * word rules out all the others at once), then the one-word ones; each list in index order.
 */
interface Candidates {
  bySecond: Map<string, Phrase[]>;
  single: Phrase[];
}

let encodedPhrases: Map<string, string> | null = null;
const encodedIndex = () => (encodedPhrases ??= new Map((phraseIndexFile() as PhraseIndexFile).phrases));
const DECODED = new Map<string, Candidates | null>();
function phrasesStartingWith(first: string): Candidates | null {
  let found = DECODED.get(first);
  if (found === undefined) {
    const encoded = encodedIndex().get(first);
    found = null;
    if (encoded !== undefined) {
      found = { bySecond: new Map(), single: [] };
      for (const p of decodePhrases(first, encoded)) {
        if (p.lights.length === 1) found.single.push(p);
        else {
          const list = found.bySecond.get(p.lights[1]!);
          if (list) list.push(p);
          else found.bySecond.set(p.lights[1]!, [p]);
        }
      }
    }
    // Words that start no phrase are remembered too (a text's words are few and repeat).
    if (DECODED.size < 50_000) DECODED.set(first, found);
  }
  return found;
}

// Made on first use: the closure over broader concepts takes ~10 ms, and a page or a service worker
// that starts (again, after 30 s idle) should not spend it before it has a text to read. The
// warm-up builds it in steps (buildConceptTable).
const conceptBuild = stepwise(buildConcepts);
const conceptTable = () => conceptBuild.get();
let caseSensitiveWords: ReadonlySet<string> | null = null;
const caseSensitive = () => (caseSensitiveWords ??= new Set(agencyWork().caseSensitive ?? []));

function sameWords(a: Phrase, b: Phrase): boolean {
  for (let k = 0; k < a.lights.length; k++) if (a.lights[k] !== b.lights[k]) return false;
  return true;
}

export function concept(id: string): Concept | undefined {
  return conceptTable().get(id);
}

export function conceptCount(): number {
  return conceptTable().size;
}

/** Builds the concept table (each concept's ancestors, depth and specific kinds) in steps. */
export function* buildConceptTable(): Generator<void, void, undefined> {
  yield* conceptBuild.steps();
}

/** Builds the phrase index's lookup by first word (a warm-up reads the files first: parseTables). */
export function* buildPhraseLookup(): Generator<void, void, undefined> {
  encodedIndex();
  yield;
}

/** A token's phrases: kept on the word's forms (one lookup per word, not per token). */
function candidatesAt(token: Token): Candidates | null {
  const forms = token.forms;
  if (!forms) return phrasesStartingWith(token.light);
  if (forms.phrases === undefined) forms.phrases = phrasesStartingWith(forms.light);
  return forms.phrases as Candidates | null;
}

/** The first of `candidates` (longest first) that the tokens from `i` spell. */
function firstMatch(candidates: readonly Phrase[], tokens: readonly Token[], i: number): Phrase | null {
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
    if (ok && p.lights.length === 1 && caseSensitive().has(tokens[i]!.word) && !tokens[i]!.capitalized) ok = false;
    if (ok) return p;
  }
  return null;
}

/**
 * Concepts named in a token list: longest match at each position, no overlaps. Linear in tokens.
 * A first word's phrases are sorted longest first and every longer phrase comes before every
 * one-word phrase, so the first match among those whose second word fits, else among the one-word
 * ones, is the first match of the whole sorted list.
 */
export function conceptsIn(tokens: readonly Token[]): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const candidates = candidatesAt(tokens[i]!);
    let matched: Phrase | null = null;
    let from: readonly Phrase[] = [];
    if (candidates) {
      const next = tokens[i + 1];
      const longer = next ? candidates.bySecond.get(next.light) : undefined;
      if (longer) matched = firstMatch((from = longer), tokens, i);
      if (!matched) matched = firstMatch((from = candidates.single), tokens, i);
    }
    if (matched) {
      // Several concepts may share the winning phrase ("wordpress" the platform and the CMS):
      // all of them are in the list it was found in.
      for (const p of from) {
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
