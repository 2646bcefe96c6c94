import { describe, expect, it } from 'vitest';
import { allocationFor, drawFrom, drawStratifiedSample, parseStratumKey, passesFilters, stratumKey, stratumValueOf, type PopulationUnit } from './stratified-sample.js';

const unit = (id: string, values: PopulationUnit['values']): PopulationUnit => ({ id, values });

/** n decisions in each of the given strata of `by`, ids like "MPS-003". */
function population(sizes: Record<string, number>, by: 'force' | 'outcome' = 'force'): PopulationUnit[] {
  return Object.entries(sizes).flatMap(([value, n]) => Array.from({ length: n }, (_, i) => unit(`${value}-${String(i).padStart(3, '0')}`, { [by]: [value] })));
}

describe('the stratum a decision falls in', () => {
  it('takes the first of several values in the vocabulary’s order, whatever order they were recorded in', () => {
    expect(stratumValueOf(unit('a', { tag: ['use_of_force', 'misogyny', 'racism'] }), 'tag')).toBe('misogyny');
    expect(stratumValueOf(unit('a', { adverseCategory: ['financial', 'sexual_offence'] }), 'adverseCategory')).toBe('sexual_offence');
  });

  it('chooses among the values the filter allows, and is "none" when there is none', () => {
    expect(stratumValueOf(unit('a', { tag: ['misogyny', 'racism'] }), 'tag', ['racism'])).toBe('racism');
    expect(stratumValueOf(unit('a', { tag: [] }), 'tag')).toBe('none');
    expect(stratumValueOf(unit('a', {}), 'adverseCategory')).toBe('none');
  });

  it('writes and reads stratum keys', () => {
    const values = [{ by: 'force' as const, value: 'MPS' }, { by: 'outcome' as const, value: 'refused' }];
    expect(stratumKey(values)).toBe('force=MPS;outcome=refused');
    expect(parseStratumKey('force=MPS;outcome=refused')).toEqual(values);
    expect(stratumKey([])).toBe('all');
    expect(parseStratumKey('all')).toEqual([]);
  });

  it('keeps a decision when any of its values is in each filter', () => {
    const u = unit('a', { tag: ['misogyny', 'racism'], iopcCategory: ['sexual_conduct'] });
    expect(passesFilters(u, { tag: ['racism'] })).toBe(true);
    expect(passesFilters(u, { tag: ['racism'], iopcCategory: ['information'] })).toBe(false);
    expect(passesFilters(u, { tag: [] })).toBe(true);
  });
});

describe('how many are drawn from a stratum', () => {
  it('takes the size, or the whole stratum when it is smaller', () => {
    expect(allocationFor(40, { sizePerStratum: 10 })).toBe(10);
    expect(allocationFor(4, { sizePerStratum: 10 })).toBe(4);
    expect(allocationFor(0, { sizePerStratum: 10 })).toBe(0);
  });

  it('rounds a proportion up, so every stratum is represented, without floating-point surprises', () => {
    expect(allocationFor(30, { proportion: 0.1 })).toBe(3);
    expect(allocationFor(10, { proportion: 0.25 })).toBe(3);
    expect(allocationFor(1, { proportion: 0.05 })).toBe(1);
    expect(allocationFor(7, { proportion: 1 })).toBe(7);
    expect(allocationFor(0, { proportion: 0.5 })).toBe(0);
  });
});

describe('the stratified draw', () => {
  it('gives each stratum its size, and a stratum smaller than the size all of its decisions', () => {
    const strata = drawStratifiedSample({ units: population({ MPS: 40, WMP: 12, BTP: 3 }), stratifyBy: ['force'], filters: {}, allocation: { sizePerStratum: 5 }, seed: 's' });
    expect(strata.map((s) => [s.key, s.population, s.drawn.length])).toEqual([['force=BTP', 3, 3], ['force=MPS', 40, 5], ['force=WMP', 12, 5]]);
    for (const s of strata) {
      expect(new Set(s.drawn).size).toBe(s.drawn.length);
      for (const id of s.drawn) expect(id.startsWith(s.values[0]?.value ?? '?')).toBe(true);
    }
    expect(strata.find((s) => s.key === 'force=BTP')?.drawn.sort()).toEqual(['BTP-000', 'BTP-001', 'BTP-002']);
  });

  it('gives each stratum its proportion, rounded up', () => {
    const strata = drawStratifiedSample({ units: population({ MPS: 40, WMP: 12, BTP: 3 }), stratifyBy: ['force'], filters: {}, allocation: { proportion: 0.1 }, seed: 's' });
    expect(strata.map((s) => s.drawn.length)).toEqual([1, 4, 2]);
  });

  it('crosses stratifiers, and applies filters before cutting the population', () => {
    const units = [
      unit('1', { force: ['MPS'], outcome: ['refused'] }), unit('2', { force: ['MPS'], outcome: ['granted'] }),
      unit('3', { force: ['WMP'], outcome: ['refused'] }), unit('4', { force: ['WMP'], outcome: ['refused'] }),
    ];
    const strata = drawStratifiedSample({ units, stratifyBy: ['force', 'outcome'], filters: { outcome: ['refused'] }, allocation: { sizePerStratum: 9 }, seed: 's' });
    expect(strata.map((s) => [s.key, s.drawn.sort()])).toEqual([['force=MPS;outcome=refused', ['1']], ['force=WMP;outcome=refused', ['3', '4']]]);
  });

  it('is reproduced exactly from its seed, whatever order the population arrives in', () => {
    const units = population({ MPS: 50, WMP: 30 });
    const draw = (seed: string, from = units) => drawStratifiedSample({ units: from, stratifyBy: ['force'], filters: {}, allocation: { sizePerStratum: 6 }, seed });
    expect(draw('2026-Q1')).toEqual(draw('2026-Q1', [...units].reverse()));
    expect(draw('2026-Q1').map((s) => s.drawn)).not.toEqual(draw('2026-Q2').map((s) => s.drawn));
  });

  it('keeps a stratum’s draw when another stratum changes', () => {
    const before = drawStratifiedSample({ units: population({ MPS: 50, WMP: 30 }), stratifyBy: ['force'], filters: {}, allocation: { sizePerStratum: 6 }, seed: 'k' });
    const after = drawStratifiedSample({ units: population({ MPS: 50, WMP: 31 }), stratifyBy: ['force'], filters: {}, allocation: { sizePerStratum: 6 }, seed: 'k' });
    expect(after[0]?.drawn).toEqual(before[0]?.drawn);
  });

  it('draws exactly these decisions from this seed (a recorded sample must stay reproducible across versions)', () => {
    const units = Array.from({ length: 20 }, (_, i) => unit(`u${String(i).padStart(2, '0')}`, { force: [i % 2 === 0 ? 'MPS' : 'WMP'] }));
    const strata = drawStratifiedSample({ units, stratifyBy: ['force'], filters: {}, allocation: { sizePerStratum: 3 }, seed: 'golden' });
    expect(strata.map((s) => s.drawn)).toEqual([['u12', 'u08', 'u02'], ['u01', 'u03', 'u11']]);
  });

  it('picks every element equally often over many seeds (no position is favoured)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const counts = new Map(ids.map((id) => [id, 0]));
    for (let i = 0; i < 5_000; i++) for (const id of drawFrom(ids, 2, `seed-${i}`)) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const count of counts.values()) expect(Math.abs(count - 2_000)).toBeLessThan(150);
  });
});
