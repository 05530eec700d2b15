// Where any string of eight or more characters occurs in one text, found without scanning it:
// every position is filed under a hash of the eight characters starting there. Built lazily, once
// per text, and shared by all the slots anchored in it, so that finding 500 slots again in a
// 600 KB article does not scan the article 500 times.
const GRAM = 8;
/** Below this length a plain scan is as fast as building the index. */
const MIN_INDEXED_TEXT = 16_384;

export class TextIndex {
  private starts?: Int32Array;
  private positions?: Int32Array;
  /** The full hash of the eight characters at each position, to skip bucket collisions cheaply. */
  private hashes?: Int32Array;
  private mask = 0;

  constructor(readonly text: string) {}

  /** Start offsets of `needle`, in text order, at most `limit` of them. */
  find(needle: string, limit: number): number[] {
    const found: number[] = [];
    if (needle.length === 0) return found;
    if (needle.length < GRAM || this.text.length < MIN_INDEXED_TEXT) {
      for (let i = this.text.indexOf(needle); i !== -1 && found.length < limit; i = this.text.indexOf(needle, i + 1)) found.push(i);
      return found;
    }
    const { starts, positions, hashes } = this.build();
    // Look up the needle by its rarest eight characters (sampled on long needles).
    let offset = 0;
    let hash = gramHash(needle, 0);
    const step = Math.max(1, Math.floor((needle.length - GRAM) / 32));
    for (let o = step; o <= needle.length - GRAM; o += step) {
      const h = gramHash(needle, o);
      if (bucketSize(starts, h & this.mask) < bucketSize(starts, hash & this.mask)) [offset, hash] = [o, h];
    }
    const bucket = hash & this.mask;
    for (let i = starts[bucket]; i < starts[bucket + 1] && found.length < limit; i++) {
      const at = positions[i] - offset;
      if (at >= 0 && hashes[positions[i]] === hash && this.text.startsWith(needle, at)) found.push(at);
    }
    return found;
  }

  private build(): { starts: Int32Array; positions: Int32Array; hashes: Int32Array } {
    if (this.starts && this.positions && this.hashes) return { starts: this.starts, positions: this.positions, hashes: this.hashes };
    const count = this.text.length - GRAM + 1;
    const bits = Math.min(20, Math.max(10, Math.ceil(Math.log2(count))));
    this.mask = (1 << bits) - 1;
    const hashes = new Int32Array(count);
    const starts = new Int32Array((1 << bits) + 1);
    for (let i = 0; i < count; i++) {
      hashes[i] = gramHash(this.text, i);
      starts[(hashes[i] & this.mask) + 1]++;
    }
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const cursor = starts.slice(0, -1);
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) positions[cursor[hashes[i] & this.mask]++] = i;
    this.starts = starts;
    this.positions = positions;
    this.hashes = hashes;
    return { starts, positions, hashes };
  }
}

function bucketSize(starts: Int32Array, bucket: number): number {
  return starts[bucket + 1] - starts[bucket];
}

/** FNV-1a over eight UTF-16 code units, folded; a signed 32-bit value, as Int32Array stores it. */
function gramHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let j = 0; j < GRAM; j++) hash = Math.imul(hash ^ text.charCodeAt(at + j), 0x01000193);
  return hash ^ (hash >>> 16);
}
