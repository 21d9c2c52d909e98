// Logistic regression over named features: small, interpretable (one weight per feature), and
// trained in the repo (`npm run scope -- train`). Prediction is a dot product, so it runs in the
// background script thousands of times a second.
import type { Features, FeatureVector } from '../ask-features';
import { FeatureSlots, slotWeights } from '../feature-slots';

export interface Logistic {
  bias: number;
  w: Record<string, number>;
}

export interface Example {
  f: FeatureVector;
  y: 0 | 1;
  weight?: number;
}

// A model's weights as a Map: thousands of lexical keys make a plain object slow to look up.
const maps = new WeakMap<Logistic, Map<string, number>>();
export function weightsOf(model: Logistic): Map<string, number> {
  const made = maps.get(model);
  if (made) return made;
  for (const _ of buildWeights(model));
  return maps.get(model)!;
}

/** Keys put in the map between two yields of buildWeights: a few ms of work. */
const KEYS_PER_STEP = 4000;

/**
 * weightsOf's map, yielding every few thousand keys (for a warm-up that hands the thread back);
 * kept when done. A map already made is left as it is.
 */
export function* buildWeights(model: Logistic): Generator<void, void, undefined> {
  if (maps.has(model)) return;
  const m = new Map<string, number>();
  const keys = Object.keys(model.w); // own keys, as Object.entries gave them
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && i % KEYS_PER_STEP === 0) yield;
    m.set(keys[i]!, model.w[keys[i]!]!);
  }
  if (!maps.has(model)) maps.set(model, m);
}

export function logit(model: Logistic, f: Features): number {
  const w = weightsOf(model);
  let z = model.bias;
  if (f instanceof FeatureSlots) return f.weightedSum(z, slotWeights(model, w));
  if (f instanceof Map) return mapSum(z, w, f);
  const vector = f as FeatureVector;
  for (const k in vector) {
    const x = w.get(k);
    if (x !== undefined) z += x * (vector[k] ?? 0);
  }
  return z;
}

/** logit() of features that are all 1, given by name in order (the same terms, in the same order). */
export function logitOfNames(model: Logistic, names: readonly string[], w = weightsOf(model)): number {
  let z = model.bias;
  for (const k of names) {
    const x = w.get(k);
    if (x !== undefined) z += x;
  }
  return z;
}

/** The logit with lexical keys added: each key present counts `value` (1 unless given). */
export function logitWithWords(
  model: Logistic,
  f: Features,
  words: readonly string[] | ReadonlyMap<string, number>,
): number {
  let z = logit(model, f);
  const w = weightsOf(model);
  if (Array.isArray(words)) {
    for (const k of words as readonly string[]) z += w.get(k) ?? 0;
  } else z = mapSum(z, w, words as ReadonlyMap<string, number>);
  return z;
}

/** `z` plus each value of `f` times its weight, in `f`'s order (forEach: no array per entry). */
function mapSum(z: number, w: ReadonlyMap<string, number>, f: ReadonlyMap<string, number>): number {
  let sum = z;
  f.forEach((v, k) => {
    const x = w.get(k);
    if (x !== undefined) sum += x * v;
  });
  return sum;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function probability(model: Logistic, f: Features): number {
  return sigmoid(logit(model, f));
}

/** The features that moved this prediction most, strongest first: for the reason text. */
export function contributions(model: Logistic, f: Features): { feature: string; value: number }[] {
  const entries = f instanceof Map || f instanceof FeatureSlots ? [...f] : Object.entries(f as FeatureVector);
  return entries
    .filter(([k, v]) => model.w[k] !== undefined && v)
    .map(([k, v]) => ({ feature: k, value: (model.w[k] ?? 0) * v }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
}

export interface FitOptions {
  l2?: number;
  epochs?: number;
  rate?: number;
  /**
   * Features whose direction is known (+1: only ever toward y = 1, -1: only ever away): after each
   * step the weight is clipped at 0 on the wrong side (projected gradient). Keeps a signal that a
   * quirk of the training sets has turned around from pointing the wrong way on new projects.
   */
  signs?: Record<string, 1 | -1>;
}

/** Full-batch Adam with L2 (bias not penalised). Deterministic: same data, same weights. */
export function fit(examples: Example[], opts: FitOptions = {}): Logistic {
  const l2 = opts.l2 ?? 0.01;
  const epochs = opts.epochs ?? 400;
  const rate = opts.rate ?? 0.05;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.f)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({
    keys: Object.keys(e.f).map((k) => index.get(k)!),
    vals: Object.values(e.f),
    y: e.y,
    weight: e.weight ?? 1,
  }));
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const w = new Float64Array(names.length + 1); // last = bias
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const g = new Float64Array(w.length);
  const bias = names.length;
  const sign = new Int8Array(w.length);
  for (const [name, s] of Object.entries(opts.signs ?? {})) {
    const i = index.get(name);
    if (i !== undefined) sign[i] = s;
  }
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (const r of rows) {
      let z = w[bias]!;
      for (let k = 0; k < r.keys.length; k++) z += w[r.keys[k]!]! * r.vals[k]!;
      const err = (sigmoid(z) - r.y) * r.weight;
      for (let k = 0; k < r.keys.length; k++) g[r.keys[k]!]! += err * r.vals[k]!;
      g[bias]! += err;
    }
    for (let i = 0; i < w.length; i++) {
      const grad = g[i]! / total + (i === bias ? 0 : l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * grad;
      v[i] = 0.999 * v[i]! + 0.001 * grad * grad;
      const mh = m[i]! / (1 - 0.9 ** t);
      const vh = v[i]! / (1 - 0.999 ** t);
      w[i]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
      if (sign[i]! * w[i]! < 0) w[i] = 0;
    }
  }
  const out: Record<string, number> = {};
  names.forEach((n, i) => {
    if (Math.abs(w[i]!) > 1e-4) out[n] = Math.round(w[i]! * 1e4) / 1e4;
  });
  return { bias: Math.round(w[bias]! * 1e4) / 1e4, w: out };
}

export interface Bag {
  /** The instances (units of a message); the label says whether any of them is positive. */
  items: FeatureVector[];
  y: 0 | 1;
  weight?: number;
}

/**
 * Multiple-instance logistic regression with a noisy-OR: P(bag) = 1 - prod(1 - p_i). Messages are
 * labelled, their units are not; this learns which units carry the label without guessing them.
 */
export function fitNoisyOr(bags: Bag[], opts: FitOptions = {}): Logistic {
  const l2 = opts.l2 ?? 0.01;
  const epochs = opts.epochs ?? 400;
  const rate = opts.rate ?? 0.05;
  const names = [...new Set(bags.flatMap((b) => b.items.flatMap((f) => Object.keys(f))))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = bags.map((b) => ({
    items: b.items.map((f) => ({ keys: Object.keys(f).map((k) => index.get(k)!), vals: Object.values(f) })),
    y: b.y,
    weight: b.weight ?? 1,
  }));
  const total = rows.reduce((s, r) => s + r.weight, 0) || 1;
  const w = new Float64Array(names.length + 1);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const g = new Float64Array(w.length);
  const bias = names.length;
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (const r of rows) {
      const p = r.items.map((it) => {
        let z = w[bias]!;
        for (let k = 0; k < it.keys.length; k++) z += w[it.keys[k]!]! * it.vals[k]!;
        return sigmoid(z);
      });
      let q = 1;
      for (const pi of p) q *= 1 - pi;
      q = Math.min(Math.max(q, 1e-9), 1 - 1e-9);
      // dL/dz_i: y = 1 -> -q p_i / (1 - q); y = 0 -> p_i.
      r.items.forEach((it, i) => {
        const d = (r.y === 1 ? (-q * p[i]!) / (1 - q) : p[i]!) * r.weight;
        for (let k = 0; k < it.keys.length; k++) g[it.keys[k]!]! += d * it.vals[k]!;
        g[bias]! += d;
      });
    }
    for (let i = 0; i < w.length; i++) {
      const grad = g[i]! / total + (i === bias ? 0 : l2 * w[i]!);
      m[i] = 0.9 * m[i]! + 0.1 * grad;
      v[i] = 0.999 * v[i]! + 0.001 * grad * grad;
      const mh = m[i]! / (1 - 0.9 ** t);
      const vh = v[i]! / (1 - 0.999 ** t);
      w[i]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  names.forEach((n, i) => {
    if (Math.abs(w[i]!) > 1e-4) out[n] = Math.round(w[i]! * 1e4) / 1e4;
  });
  return { bias: Math.round(w[bias]! * 1e4) / 1e4, w: out };
}
