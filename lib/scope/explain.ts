// Reasons in words an AM (and a client) accepts: the SOW item the ask hit, and the strongest
// evidence the model weighed.
import { sharedConcept, type Evidence, type Scored } from './evidence';
import type { Logistic } from './learn/logistic';
import type { Features, FeatureVector } from './ask-features';
import { FeatureSlots } from './feature-slots';
import { concept } from './taxonomy';
import { tokenize } from './tokens';

const PHRASES: Record<string, [string, string]> = {
  // feature: [when it pushed towards out of scope, when it pushed towards in scope]
  s_x: ['it matches an exclusion', 'it does not match an exclusion'],
  s_d: ['it barely matches a deliverable', 'it matches a contracted deliverable'],
  s_xOverD: ['the exclusion fits better than any deliverable', 'a deliverable fits better than any exclusion'],
  s_xDistinct: ['it names what the exclusion is about', ''],
  s_novel: ['it names work the SOW never mentions', ''],
  s_newMember: ['it names a language, market or platform the SOW does not list', ''],
  s_unknownRatio: ['most of its words appear nowhere in the SOW', "its words are the SOW's own"],
  s_unknownMany: ['several of its words appear nowhere in the SOW', ''],
  s_noMatch: ['nothing in the SOW matches it', ''],
  s_covered: ['', 'the kind of work it names is contracted'],
  s_additive: ['it asks for more ("another", "extra", "also")', ''],
  s_additiveOnContracted: ['it asks for more of a contracted item', ''],
  s_expansion: ['it widens the work', ''],
  s_defect: ['', 'it reports a defect in delivered work'],
  s_defectOnContracted: ['', 'it asks to fix contracted work'],
  s_revision: ['', 'it asks for changes to contracted work'],
  s_pricing: ['it asks for a quote or calls it extra', ''],
  s_included: ['', 'it says the work is included'],
  s_quantity: ['it goes beyond a contracted quantity', ''],
  s_countOver: ['the counts it gives go beyond a contracted quantity', ''],
  s_countWithin: ['', 'the counts it gives stay within a contracted quantity'],
  s_roundOver: ['it goes past the contracted revision rounds', ''],
  s_roundWithin: ['', 'it is within the contracted revision rounds'],
};

/** The phrases, for tests that check strongestEvidence against sorting every contribution. */
export const EVIDENCE_PHRASES: Readonly<Record<string, readonly [string, string]>> = PHRASES;
const PHRASE_OF = new Map(Object.entries(PHRASES));

interface Phrased {
  phrases: readonly [string, string];
  weight: number;
}

// Per model, its weight of each feature that has phrases: one lookup per feature of an ask, where
// reading model.w (thousands of keys, a dictionary) by name was a slow lookup for every feature.
const phrasedCache = new WeakMap<Logistic, Map<string, Phrased>>();
function phrasedOf(model: Logistic): Map<string, Phrased> {
  let phrased = phrasedCache.get(model);
  if (!phrased) {
    phrased = new Map();
    for (const [k, phrases] of PHRASE_OF) {
      const weight = model.w[k];
      if (weight !== undefined) phrased.set(k, { phrases, weight });
    }
    phrasedCache.set(model, phrased);
  }
  return phrased;
}

/**
 * The phrases of the features that pushed most towards the verdict, strongest first. Only features
 * with a phrase for that side can be named, so only they are weighed and sorted (the same order,
 * as the sort is stable, as sorting every contribution and then dropping the others).
 */
export function strongestEvidence(model: Logistic, f: Features, out: boolean, max = 2): string[] {
  const side = out ? 0 : 1;
  const named: { phrase: string; value: number }[] = [];
  const phrased = phrasedOf(model);
  if (f instanceof Map || f instanceof FeatureSlots) f.forEach((v, k) => weigh(named, phrased.get(k), side, v));
  else for (const k of Object.keys(f)) weigh(named, phrased.get(k), side, (f as FeatureVector)[k]!);
  sortByStrength(named);
  // A loop, not slice and map: the result is empty as often as not, and an empty array from map
  // has another shape than a list of strings (each new shape deoptimises the code reading it).
  const phrases: string[] = [];
  for (let k = 0; k < named.length && k < max; k++) phrases.push(named[k]!.phrase);
  return phrases;
}

/**
 * Strongest (largest |value|) first, ties in their order: what the stable Array.prototype.sort
 * gives, by insertion, for the handful of phrased features an ask has (sort allocates a work
 * array on every call).
 */
function sortByStrength(named: { phrase: string; value: number }[]): void {
  for (let i = 1; i < named.length; i++) {
    const x = named[i]!;
    let j = i - 1;
    while (j >= 0 && Math.abs(x.value) - Math.abs(named[j]!.value) > 0) {
      named[j + 1] = named[j]!;
      j--;
    }
    named[j + 1] = x;
  }
}

/** Adds a feature to `named` when it has a phrase for the side and pushed towards it. */
function weigh(named: { phrase: string; value: number }[], p: Phrased | undefined, side: 0 | 1, v: number): void {
  const phrase = p?.phrases[side];
  if (!p || !phrase || !v) return;
  const value = p.weight * v;
  if (side === 0 ? value > 0 : value < 0) named.push({ phrase, value });
}

export function conceptLabel(id: string): string {
  return concept(id)?.labels[0] ?? id;
}

/** Shared evidence in the SOW's own words: a stem shown as the item's word, a concept by its label. */
// An item's words by stem, kept per item text: reasons are written for every ask, items are few.
const itemWords = new Map<string, Map<string, string>>();
function wordsOf(itemText: string): Map<string, string> {
  let words = itemWords.get(itemText);
  if (!words) {
    words = new Map();
    for (const t of tokenize(itemText)) if (!words.has(t.stem)) words.set(t.stem, t.word);
    if (itemWords.size > 2_000) itemWords.clear();
    itemWords.set(itemText, words);
  }
  return words;
}

function shared(list: string[], itemText: string): string {
  const words = wordsOf(itemText);
  return [
    ...new Set(
      list.slice(0, 4).map((s) => {
        const id = sharedConcept(s);
        return id === null ? (words.get(s) ?? s) : conceptLabel(id);
      }),
    ),
  ].join(', ');
}

export function describeMatch(ev: Evidence, kind: 'deliverable' | 'exclusion'): string {
  const m = kind === 'deliverable' ? ev.deliverable : ev.exclusion;
  return m ? describeScored(m) : '';
}

/** An item and the evidence shared with it: "d2 (Blog articles), on: blog, article". */
export function describeScored(m: Scored): string {
  return `${m.item.id} (${m.item.title}), on: ${shared(m.shared, m.item.text)}`;
}
