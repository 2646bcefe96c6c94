// The stratified random draw of a dip sample, as a pure function of the population, the parameters and the seed, so
// the same inputs always give the same sample (stratified-sample.test.ts pins exact draws). How it works:
//   1. Filters keep the decisions whose values match (any of them, for a decision with several).
//   2. Each decision falls in exactly one stratum: the combination of its values for the chosen stratifiers. A
//      stratifier with several values per decision (adverse categories, tags, IOPC categories) takes the first of
//      them in the vocabulary's order (shared/*-vocabulary.ts), among those the filter allows, or "none".
//   3. Each stratum gets min(size, N) decisions, or ⌈proportion × N⌉ (rounded up so every stratum is represented;
//      never more than N). A stratum smaller than the size is taken whole.
//   4. Within a stratum the decisions are ordered by id (as text, code unit by code unit, never by a database
//      collation), and a partial Fisher–Yates shuffle driven by xoshiro128** seeded with SHA-256(seed, NUL, stratum
//      key) picks them. Each stratum has its own stream, so adding or losing a decision in one stratum does not
//      change the draw in another.
import { ADVERSE_CATEGORIES } from '../../../shared/vetting-vocabulary.js';
import { IOPC_CATEGORIES, THEMATIC_TAGS } from '../../../shared/case-vocabulary.js';
import { NO_VALUE, STRATIFIERS, type Stratifier } from '../../../shared/qa-vocabulary.js';
import { seededGenerator } from './seeded-random.js';

export type PopulationUnit = { id: string; values: Partial<Record<Stratifier, readonly string[]>> };
export type Filters = Partial<Record<Stratifier, readonly string[] | undefined>>;
export type Allocation = { sizePerStratum: number } | { proportion: number };
export type StratumValue = { by: Stratifier; value: string };
export type DrawnStratum = { key: string; values: StratumValue[]; population: number; drawn: string[] };

/** The vocabularies whose order decides which of several values a decision is stratified under. */
const VALUE_ORDER: Partial<Record<Stratifier, readonly string[]>> = {
  adverseCategory: ADVERSE_CATEGORIES,
  tag: THEMATIC_TAGS,
  iopcCategory: IOPC_CATEGORIES,
};

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rankIn(order: readonly string[] | undefined, value: string): number {
  const index = order ? order.indexOf(value) : -1;
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/** The one value a decision is stratified under for `by`: see step 2 above. */
export function stratumValueOf(unit: PopulationUnit, by: Stratifier, filter?: readonly string[]): string {
  const own = unit.values[by] ?? [];
  const allowed = filter && filter.length > 0 ? own.filter((v) => filter.includes(v)) : [...own];
  if (allowed.length === 0) return NO_VALUE;
  const order = VALUE_ORDER[by];
  return [...allowed].sort((a, b) => rankIn(order, a) - rankIn(order, b) || byCodeUnits(a, b))[0] ?? NO_VALUE;
}

/** "force=MPS;outcome=refused", or "all" with no stratifiers. Values are vocabulary codes and force codes. */
export function stratumKey(values: readonly StratumValue[]): string {
  return values.length === 0 ? 'all' : values.map((v) => `${v.by}=${v.value}`).join(';');
}

const isStratifier = (value: string): value is Stratifier => (STRATIFIERS as readonly string[]).includes(value);

export function parseStratumKey(key: string): StratumValue[] {
  if (key === 'all' || key === '') return [];
  return key.split(';').flatMap((part) => {
    const at = part.indexOf('=');
    const by = part.slice(0, at);
    return at > 0 && isStratifier(by) ? [{ by, value: part.slice(at + 1) }] : [];
  });
}

export function passesFilters(unit: PopulationUnit, filters: Filters): boolean {
  return Object.entries(filters).every(([by, wanted]) => {
    if (!wanted || wanted.length === 0 || !isStratifier(by)) return true;
    return (unit.values[by] ?? []).some((v) => wanted.includes(v));
  });
}

/** How many of a stratum of `size` decisions are drawn: see step 3 above. */
export function allocationFor(size: number, allocation: Allocation): number {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`a stratum size must be a whole number, got ${size}`);
  if ('sizePerStratum' in allocation) return Math.min(size, allocation.sizePerStratum);
  // 0.1 × 30 is 3.0000000000000004 in binary floating point: round to 9 places before rounding up.
  const exact = Math.round(allocation.proportion * size * 1e9) / 1e9;
  return Math.min(size, Math.ceil(exact));
}

/** k of the ids (already in a fixed order), by a partial Fisher–Yates shuffle from the stream of `seed`. */
export function drawFrom(ids: readonly string[], k: number, seed: string): string[] {
  const pool = [...ids];
  const random = seededGenerator(seed);
  const take = Math.min(k, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + random.nextInt(pool.length - i);
    const chosen = pool[j];
    const current = pool[i];
    if (chosen === undefined || current === undefined) throw new Error('index out of range');
    pool[i] = chosen;
    pool[j] = current;
  }
  return pool.slice(0, take);
}

export function drawStratifiedSample({ units, stratifyBy, filters, allocation, seed }: {
  units: readonly PopulationUnit[]; stratifyBy: readonly Stratifier[]; filters: Filters; allocation: Allocation; seed: string;
}): DrawnStratum[] {
  const strata = new Map<string, { values: StratumValue[]; ids: string[] }>();
  for (const unit of units) {
    if (!passesFilters(unit, filters)) continue;
    const values = stratifyBy.map((by) => ({ by, value: stratumValueOf(unit, by, filters[by]) }));
    const key = stratumKey(values);
    const stratum = strata.get(key) ?? { values, ids: [] };
    stratum.ids.push(unit.id);
    strata.set(key, stratum);
  }
  return [...strata.entries()].sort(([a], [b]) => byCodeUnits(a, b)).map(([key, { values, ids }]) => {
    const ordered = [...new Set(ids)].sort(byCodeUnits);
    return { key, values, population: ordered.length, drawn: drawFrom(ordered, allocationFor(ordered.length, allocation), `${seed}\u0000${key}`) };
  });
}
