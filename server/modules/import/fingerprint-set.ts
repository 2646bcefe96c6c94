// A set of strings kept as 64-bit fingerprints in typed arrays: the ids of a 2-million-row file cost 32 MiB
// instead of a few hundred. Two different ids share a fingerprint with probability ~n²/2⁶⁵ (≈1e-7 at 2M).
export class FingerprintSet {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private used = new Uint8Array(1 << 16);
  private size = 0;

  /** Adds the string; false when it (or its fingerprint) was already present. */
  add(text: string): boolean {
    if ((this.size + 1) * 2 > this.used.length) this.grow();
    const [h, l] = fingerprint(text);
    return this.insert(h, l);
  }

  private insert(h: number, l: number): boolean {
    const mask = this.used.length - 1;
    let i = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
    for (;;) {
      if (this.used[i] === 0) {
        this.used[i] = 1;
        this.hi[i] = h;
        this.lo[i] = l;
        this.size += 1;
        return true;
      }
      if (this.hi[i] === h && this.lo[i] === l) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { hi, lo, used } = this;
    const capacity = used.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i] === 1) this.insert(hi[i] ?? 0, lo[i] ?? 0);
  }
}

// Two independent 32-bit FNV-1a-style hashes with different seeds and final mixing.
function fingerprint(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= b >>> 16;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}
