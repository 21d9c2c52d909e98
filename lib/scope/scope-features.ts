// From the evidence about each ask to one feature vector for the message: each signal at its
// strongest among the asks, weighed by how surely that unit is an ask. The message is out of scope
// if any ask is, so out-of-scope signals take the maximum; so do the in-scope ones, which the
// model learns to weigh against them.
import { EV, type Evidence } from './evidence';
import { FeatureSlots, slotsOf, slotWeights } from './feature-slots';
import { logit, weightsOf, type Logistic } from './learn/logistic';
import { distinctLexicalSum, keysOf, knownEntries, lexiconOf, type LexicalWords } from './lexicon';

/** An ask's evidence, how surely it is an ask, and its words: as lexical keys, or as words. */
export type WeighedEvidence = {
  ev: Evidence;
  /** Probability that the unit is an ask (1 for a unit judged on its own). */
  weight: number;
} & (
  | {
      /** The ask's lexical keys (its own words: "w:additional", "w:quote", "b:a typo"). */
      words: readonly string[];
    }
  | {
      /** The ask's words (lexicon.ts lexicalWords): prediction looks its keys up without building them. */
      lexWords: LexicalWords;
    }
);

export interface ScopeInput {
  f: FeatureSlots;
  /** Lexical keys, as "s" + key, with the weight of the surest ask that uses each. */
  words: Map<string, number>;
}

/** Every lexical key of the ask, as the scope model names them ("s" + key). */
function scopeKeys(a: WeighedEvidence): string[] {
  return ('words' in a ? a.words : keysOf(a.lexWords.words)).map((k) => `s${k}`);
}

/**
 * The keys `model` weighs (most words are not among them), in order, so the prediction adds the
 * same terms in the same order as with every key.
 */
function keysKnownTo(a: WeighedEvidence, model: Logistic): string[] {
  if ('lexWords' in a) return knownEntries(a.lexWords, lexiconOf(model, 's')).map((e) => e.key);
  const weights = weightsOf(model);
  return scopeKeys(a).filter((k) => weights.has(k));
}

/**
 * `words`: true for every lexical key (training), the model that will weigh them for only its keys
 * (prediction), false for none (only the features are wanted, for the reason text).
 */
export function scopeFeatures(asks: WeighedEvidence[], words: boolean | Logistic = true): ScopeInput {
  const f = new FeatureSlots();
  const lexical = new Map<string, number>();
  let lead: WeighedEvidence | undefined;
  for (const a of asks) {
    if (!lead || a.weight > lead.weight) lead = a;
    if (words) {
      const keys = words === true ? scopeKeys(a) : keysKnownTo(a, words);
      for (const key of keys) if ((lexical.get(key) ?? 0) < a.weight) lexical.set(key, a.weight);
    }
    const weight = a.weight;
    const features = a.ev.features;
    for (let k = 0; k < features.size; k++) {
      const slot = features.slotAt(k);
      if (slot === EV.s_askStrength) continue;
      const x = features.valueAt(k) * weight;
      const had = f.getAt(slot);
      if (had === undefined || x > had) f.setAt(slot, x);
    }
  }
  if (lead) {
    f.setAt(LEAD.lead_d, lead.ev.features.getAt(EV.s_d) ?? 0);
    f.setAt(LEAD.lead_x, lead.ev.features.getAt(EV.s_x) ?? 0);
    f.setAt(LEAD.lead_weight, lead.weight);
  }
  f.setAt(LEAD.m_asks, Math.min(asks.length, 4) / 4);
  return { f, words: lexical };
}

/** The message-level features scopeFeatures adds after the asks' own, in this order. */
const LEAD = slotsOf(['lead_d', 'lead_x', 'lead_weight', 'm_asks'] as const);
const LEAD_SLOTS = [LEAD.lead_d, LEAD.lead_x, LEAD.lead_weight, LEAD.m_asks];

/**
 * The scope model's logit for one ask given by its words (lexWords), as
 * `logitWithWords(model, f, words)` of `scopeFeatures([a], model)` gives it (the same terms, added
 * in the same order) without building either Map: most messages have one ask, and each ask of an
 * out-of-scope message is also judged alone. Null where that order cannot be kept (an ask whose
 * features already hold one of the message-level keys): build the Maps then.
 */
export function oneAskLogit(a: WeighedEvidence, model: Logistic): number | null {
  if (!('lexWords' in a)) return null;
  const features = a.ev.features;
  for (const slot of LEAD_SLOTS) if (features.hasAt(slot)) return null;
  const weights = slotWeights(model, weightsOf(model));
  const weight = a.weight;
  let z = model.bias;
  // scopeFeatures' features are each feature times the weight, in the ask's order; logit() adds
  // weight * value for each one the model weighs (NaN: it does not).
  for (let k = 0; k < features.size; k++) {
    const slot = features.slotAt(k);
    if (slot === EV.s_askStrength) continue;
    const x = weights[slot]!;
    if (!Number.isNaN(x)) z += x * (features.valueAt(k) * weight);
  }
  const lead = [features.getAt(EV.s_d) ?? 0, features.getAt(EV.s_x) ?? 0, weight, Math.min(1, 4) / 4];
  for (let k = 0; k < LEAD_SLOTS.length; k++) {
    const x = weights[LEAD_SLOTS[k]!]!;
    if (!Number.isNaN(x)) z += x * lead[k]!;
  }
  // The lexical keys: each once, at its first place, worth the ask's weight (none at weight 0).
  if (!(weight > 0)) return z;
  const entries = knownEntries(a.lexWords, lexiconOf(model, 's'));
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    let repeat = false;
    for (let j = 0; j < k && !repeat; j++) repeat = entries[j]!.key === e.key;
    if (repeat) continue;
    // The entry holds the model's weight of its key (lexicon.ts): no lookup by the key.
    z += e.weight * weight;
  }
  return z;
}

/**
 * Prefixes of the message-level lexical keys: the request model's, over the whole message
 * ("rw:invoice"), and the scope model's, over the units around the asks ("smw:sorry").
 */
export const REQUEST_WORDS = 'r';
export const SCOPE_MESSAGE_WORDS = 'sm';

/** The scope model's share of the verdict's logit; the ask model (askOutLogit) gives the rest. */
export const POOLED_SHARE = 0.5;

/**
 * The ask model's logit that this one ask is outside the SOW: its evidence as it is (its ask
 * strength among it) and its lexical keys ("s" + key), each key once.
 */
export function askOutLogit(a: WeighedEvidence, model: Logistic): number {
  const z = logit(model, a.ev.features);
  if ('lexWords' in a) return distinctLexicalSum(z, a.lexWords, lexiconOf(model, 's'));
  const weights = weightsOf(model);
  let sum = z;
  for (const k of new Set(scopeKeys(a))) {
    const x = weights.get(k);
    if (x !== undefined) sum += x;
  }
  return sum;
}
