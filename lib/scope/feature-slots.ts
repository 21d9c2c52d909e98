// The verdict models' evidence features by number. Each feature name gets a slot (a small integer)
// once, when the module naming it loads; an ask's features are then set and read by slot, and a
// model's weights are read from an array by slot, not from a Map of thousands of keys by name.
// The features keep the order they were first set in, as a Map does: a model adds its terms in
// that order, so every sum is the same as over the Map it replaces.

const slotByName = new Map<string, number>();
const slotNames: string[] = [];
/** Per slot, -1: what a new FeatureSlots starts from (a copy of a packed array is one memcpy). */
const NO_POSITIONS: number[] = [];

/** The slot of a feature name, given on first use. */
export function slotOf(name: string): number {
  let slot = slotByName.get(name);
  if (slot === undefined) {
    slot = slotNames.length;
    slotNames.push(name);
    slotByName.set(name, slot);
    NO_POSITIONS.push(-1);
  }
  return slot;
}

/** The slots of some names, as an object by name (for modules that set features by name in code). */
export function slotsOf<N extends string>(names: readonly N[]): Readonly<Record<N, number>> {
  const out = {} as Record<N, number>;
  for (const n of names) out[n] = slotOf(n);
  return out;
}

export function slotName(slot: number): string {
  return slotNames[slot]!;
}

/**
 * Features set by slot, in the order first set (a Map's order: deleting one and setting it again
 * puts it last). Reads by name too (training, tests, the debug CLI), through the same slots.
 */
export class FeatureSlots implements ReadonlyMap<string, number> {
  /** Slots in order, and their values. */
  private readonly order: number[] = [];
  private readonly vals: number[] = [];
  /** Per slot, its index in `order`, or -1. */
  private positions: number[] = NO_POSITIONS.slice();

  get size(): number {
    return this.order.length;
  }

  getAt(slot: number): number | undefined {
    const at = slot < this.positions.length ? this.positions[slot]! : -1;
    return at < 0 ? undefined : this.vals[at];
  }

  hasAt(slot: number): boolean {
    return slot < this.positions.length && this.positions[slot]! >= 0;
  }

  setAt(slot: number, value: number): this {
    // A slot named after this object was made (a feature only training sets).
    while (slot >= this.positions.length) this.positions.push(-1);
    const at = this.positions[slot]!;
    if (at >= 0) this.vals[at] = value;
    else {
      this.positions[slot] = this.order.length;
      this.order.push(slot);
      this.vals.push(value);
    }
    return this;
  }

  deleteAt(slot: number): boolean {
    const at = slot < this.positions.length ? this.positions[slot]! : -1;
    if (at < 0) return false;
    this.order.splice(at, 1);
    this.vals.splice(at, 1);
    this.positions[slot] = -1;
    for (let k = at; k < this.order.length; k++) this.positions[this.order[k]!] = k;
    return true;
  }

  /** `z` plus weight times value of each feature a weight is given for (NaN: none), in order. */
  weightedSum(z: number, weights: readonly number[]): number {
    const order = this.order;
    const values = this.vals;
    for (let k = 0; k < order.length; k++) {
      const slot = order[k]!;
      const x = slot < weights.length ? weights[slot]! : NaN;
      if (!Number.isNaN(x)) z += x * values[k]!;
    }
    return z;
  }

  /** Calls `visit(slot, value)` for each feature, in order (no closure over names). */
  eachSlot(visit: (slot: number, value: number) => void): void {
    for (let k = 0; k < this.order.length; k++) visit(this.order[k]!, this.vals[k]!);
  }

  /** The k-th feature's slot and value, for loops that keep their state in locals. */
  slotAt(k: number): number {
    return this.order[k]!;
  }
  valueAt(k: number): number {
    return this.vals[k]!;
  }

  get(name: string): number | undefined {
    const slot = slotByName.get(name);
    return slot === undefined ? undefined : this.getAt(slot);
  }
  has(name: string): boolean {
    const slot = slotByName.get(name);
    return slot !== undefined && this.hasAt(slot);
  }
  set(name: string, value: number): this {
    return this.setAt(slotOf(name), value);
  }
  delete(name: string): boolean {
    const slot = slotByName.get(name);
    return slot !== undefined && this.deleteAt(slot);
  }
  forEach(visit: (value: number, name: string, map: ReadonlyMap<string, number>) => void): void {
    for (let k = 0; k < this.order.length; k++) visit(this.vals[k]!, slotNames[this.order[k]!]!, this);
  }
  *entries(): MapIterator<[string, number]> {
    for (let k = 0; k < this.order.length; k++) yield [slotNames[this.order[k]!]!, this.vals[k]!];
  }
  *keys(): MapIterator<string> {
    for (let k = 0; k < this.order.length; k++) yield slotNames[this.order[k]!]!;
  }
  *values(): MapIterator<number> {
    for (let k = 0; k < this.order.length; k++) yield this.vals[k]!;
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

// Per model, its weight of each slot (NaN: none), rebuilt when slots were added since.
const slotWeightsCache = new WeakMap<object, number[]>();
/** A model's weights by slot. `w`: its weights by name. */
export function slotWeights(model: object, w: ReadonlyMap<string, number>): number[] {
  let weights = slotWeightsCache.get(model);
  if (!weights || weights.length !== slotNames.length) {
    weights = slotNames.map((n) => w.get(n) ?? NaN);
    slotWeightsCache.set(model, weights);
  }
  return weights;
}
