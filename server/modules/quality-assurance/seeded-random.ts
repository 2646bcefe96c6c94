// A seeded pseudo-random generator for dip samples, so a draw can be repeated exactly from its recorded seed.
// xoshiro128** 1.1 (Blackman & Vigna, 2018): 128 bits of state, 32-bit outputs, small and well tested, and the same
// on every platform because it uses only 32-bit integer arithmetic. The seed is any text: its SHA-256 gives the
// state, so "2026-Q1" and "2026-q1" are unrelated streams. Not for secrets (use node:crypto for those).
import { createHash } from 'node:crypto';

export type SeededGenerator = {
  /** The next 32-bit output as an unsigned integer. */
  nextUint32: () => number;
  /** A uniform integer in [0, bound), without modulo bias (outputs in the incomplete last block are drawn again). */
  nextInt: (bound: number) => number;
};

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** xoshiro128** from an explicit state of four 32-bit words (not all zero). */
export function xoshiro128ss(state: readonly [number, number, number, number]): SeededGenerator {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** needs a state that is not all zero');
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  const nextInt = (bound: number): number => {
    if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32) throw new RangeError(`bound must be an integer from 1 to 2^32, got ${bound}`);
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  };
  return { nextUint32, nextInt };
}

/** The generator for a text seed: the first 16 bytes of SHA-256(seed), read as four little-endian 32-bit words. */
export function seededGenerator(seed: string): SeededGenerator {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  const words: [number, number, number, number] = [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
  // SHA-256 giving 128 zero bits is not a practical possibility; guard anyway rather than throw on some seed.
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return xoshiro128ss(words);
}
