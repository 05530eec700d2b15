// Learned weights by hashed feature, in a table built for speed: the span-edge and cue models
// look up thousands of features per paragraph on every keystroke.

/** A model's weights as shipped: each hashed feature and its weight, index by index (the bundles read them as typed arrays). */
export interface HashedWeights {
  features: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** The table already built from them (WeightTable.slots), as the bundles ship it: used as it is. */
  table?: Int32Array;
}

/**
 * The weights in an open-addressing table: scoring looks up some thousand features per
 * attribution, several times faster here than in a Map. Each slot holds its key and its weight's
 * bits side by side, so a lookup touches one cache line.
 */
export class WeightTable {
  /** Key and weight bits, slot by slot: a table built once can be written out and read back. */
  readonly slots: Int32Array;
  private readonly bits: Float32Array;
  private readonly mask: number;

  /**
   * `features[i]` weighs `weights[i]`; a feature given twice weighs its last weight. With `built`
   * (the slots of a table built from them), nothing is built: at start-up the span-edge model's
   * 73,676 features took some 15 ms to place, the cue model's 12,532 strings 20 ms to hash.
   */
  constructor(features: ArrayLike<number>, weights: ArrayLike<number>, built?: Int32Array) {
    if (built) {
      // A lookup stops at its key or an empty slot: a table of another size (a file read while it
      // was written) would loop for ever.
      if (built.length < 32 || (built.length & (built.length - 1)) !== 0) throw new Error(`a weight table of ${built.length} numbers is damaged`);
      this.slots = built;
      this.bits = new Float32Array(built.buffer, built.byteOffset, built.length);
      this.mask = built.length / 2 - 1;
      return;
    }
    let size = 16;
    while (size < features.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.bits = new Float32Array(this.slots.buffer);
    this.mask = size - 1;
    // Keys are stored plus one: zero marks an empty slot.
    for (let i = 0; i < features.length; i++) {
      const key = features[i] + 1;
      let slot = features[i] & this.mask;
      while (this.slots[slot * 2] !== 0 && this.slots[slot * 2] !== key) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.bits[slot * 2 + 1] = weights[i];
    }
  }

  get(feature: number): number {
    const key = feature + 1;
    for (let slot = feature & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = this.slots[slot * 2];
      if (found === key) return this.bits[slot * 2 + 1];
      if (found === 0) return 0;
    }
  }
}

const TABLES = new WeakMap<HashedWeights, WeightTable>();

/** The table of a model's weights, built once per model. */
export function weightTable(model: HashedWeights): WeightTable {
  let table = TABLES.get(model);
  if (!table) {
    table = new WeightTable(model.features, model.weights, model.table);
    TABLES.set(model, table);
  }
  return table;
}

export function scoreOf(features: number[], weights: WeightTable): number {
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += weights.get(features[i]);
  return sum;
}
