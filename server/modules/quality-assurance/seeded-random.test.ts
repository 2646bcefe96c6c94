import { describe, expect, it } from 'vitest';
import { seededGenerator, xoshiro128ss } from './seeded-random.js';

describe('xoshiro128**', () => {
  it('gives the reference outputs for the state 1, 2, 3, 4 (as rand_xoshiro and the C reference do)', () => {
    const g = xoshiro128ss([1, 2, 3, 4]);
    const outputs = Array.from({ length: 10 }, () => g.nextUint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('refuses a state of all zeros, which would only ever give zeros', () => {
    expect(() => xoshiro128ss([0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('a generator from a text seed', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const stream = (seed: string) => { const g = seededGenerator(seed); return Array.from({ length: 8 }, () => g.nextUint32()); };
    expect(stream('2026-Q1 vetting')).toEqual(stream('2026-Q1 vetting'));
    expect(stream('2026-Q1 vetting')).not.toEqual(stream('2026-Q1 Vetting'));
  });

  it('draws integers inside the bound, each about equally often', () => {
    const g = seededGenerator('uniformity');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const x = g.nextInt(6);
      counts[x] = (counts[x] ?? 0) + 1;
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(60_000);
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('refuses a bound that is not a positive whole number', () => {
    const g = seededGenerator('x');
    expect(() => g.nextInt(0)).toThrow(RangeError);
    expect(() => g.nextInt(2.5)).toThrow(RangeError);
    expect(g.nextInt(1)).toBe(0);
  });
});
