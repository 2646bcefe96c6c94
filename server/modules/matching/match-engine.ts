// The person matching engine: blocking (only records sharing a key are compared, never all pairs), then
// scoring (match-score.ts). Used by every caller that links people: vetting, hiring, imports, the data wash.
import { toFeatures, type PersonFeatures, type PersonRecord } from './person-features.js';
import { scorePair, type Band, type MarriedReading, type NameFrequencies, type PairScore } from './match-score.js';
import { marriedChance, marriedReadingFor } from './married-chance.js';

export type MatchPair = PairScore & { leftId: string; rightId: string };

/**
 * Raise this whenever `blockingKeys` (or the normalisation and phonetics under it) gives any record other keys:
 * list entries store their keys (list_entry_key), and at start every entry made with another version is re-keyed
 * (rekeyStaleListEntries). A test pins the keys of sample records to this number.
 */
export const BLOCKING_KEYS_VERSION = 1;

/**
 * Blocking keys. Together they keep every planted variant kind in at least one shared block:
 * surname sound + birth year (nicknames, day/month swaps, year-only dates); the birth date with day and
 * month in either order (married names, swapped names with a typo: a day's births are a small block);
 * both name sounds in either order (swapped names, date-of-birth typos).
 */
export function blockingKeys(f: PersonFeatures): string[] {
  const keys: string[] = [];
  const year = f.dob?.year;
  if (year !== undefined) for (const p of f.familyPhonetics) keys.push(`fy:${p}:${year}`);
  if (f.dob && f.dob.day !== null && f.dob.month !== null) {
    const [lo, hi] = [f.dob.day, f.dob.month].sort((x, y) => x - y);
    keys.push(`d:${f.dob.year}-${lo}-${hi}`);
  }
  if (f.givenPhonetic) {
    for (const p of f.familyPhonetics) {
      const [lo, hi] = [f.givenPhonetic, p].sort();
      keys.push(`nn:${lo}:${hi}`);
    }
  }
  return keys;
}

export type MatchOptions = {
  minBand?: Exclude<Band, 'no_match'>;
  /** Exact names weigh by how common they are among these counts (`nameFrequencies`); fixed weights without. */
  frequencies?: NameFrequencies;
  /** What an undeclared surname change at a move weighs; `findMatches` measures it on its records (married-chance.ts). */
  married?: MarriedReading;
};

/**
 * Indexes `right` once and returns a function that links any batch against it: for a long job (the data
 * wash) that checks the workforce in batches against the same lists.
 */
export function createMatcher(right: readonly PersonRecord[], options: MatchOptions = {}): (left: readonly PersonRecord[]) => MatchPair[] {
  const rightFeatures = right.map(toFeatures);
  const index = indexByKey(rightFeatures);
  return (left) => matchIndexed(left.map(toFeatures), rightFeatures, index, false, options);
}

function indexByKey(features: readonly PersonFeatures[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of blockingKeys(f)) {
      const bucket = index.get(key);
      if (bucket) bucket.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

function matchIndexed(leftFeatures: readonly PersonFeatures[], rightFeatures: readonly PersonFeatures[], index: Map<string, number[]>, withinOneSet: boolean, options: MatchOptions): MatchPair[] {
  const keep = options.minBand === 'match' ? new Set<Band>(['match']) : new Set<Band>(['match', 'review']);
  const pairs: MatchPair[] = [];
  leftFeatures.forEach((a, i) => {
    const seen = new Set<number>();
    for (const key of blockingKeys(a)) {
      for (const j of index.get(key) ?? []) {
        if (seen.has(j) || (withinOneSet && j <= i)) continue;
        seen.add(j);
        const b = rightFeatures[j];
        if (!b || (withinOneSet && a.id === b.id)) continue;
        const result = scorePair(a, b, options.frequencies, options.married);
        if (keep.has(result.band)) pairs.push({ leftId: a.id, rightId: b.id, ...result });
      }
    }
  });
  return pairs.sort((x, y) => y.score - x.score || x.leftId.localeCompare(y.leftId) || x.rightId.localeCompare(y.rightId));
}

/**
 * Links `left` against `right`, or, without `right`, finds duplicates within `left`.
 * Returns scored pairs at or above `minBand` (default: review), best first.
 */
export function findMatches(left: readonly PersonRecord[], right: readonly PersonRecord[] | null, options: MatchOptions = {}): MatchPair[] {
  const leftFeatures = left.map(toFeatures);
  const rightFeatures = right ? right.map(toFeatures) : leftFeatures;
  const married = options.married ?? marriedReadingFor(marriedChance(leftFeatures, right ? rightFeatures : null));
  return matchIndexed(leftFeatures, rightFeatures, indexByKey(rightFeatures), right === null, { ...options, married });
}

/** Candidate pairs blocking lets through (for measuring blocking recall and reduction). */
export function candidatePairCount(left: readonly PersonRecord[], right: readonly PersonRecord[]): number {
  const index = indexByKey(right.map(toFeatures));
  let total = 0;
  for (const f of left.map(toFeatures)) {
    const seen = new Set<number>();
    for (const key of blockingKeys(f)) for (const j of index.get(key) ?? []) seen.add(j);
    total += seen.size;
  }
  return total;
}

/** Cluster ids from "match" pairs (union–find): records in one cluster are taken to be one person. */
export function clusterIds(ids: readonly string[], pairs: readonly MatchPair[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const p of pairs) if (p.band === 'match') {
    const [a, b] = [find(p.leftId), find(p.rightId)].sort();
    if (a && b && a !== b) parent.set(b, a);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}
