// Measures the matching engine against planted truth (the synthetic dataset's truth.json): precision, recall
// and F1 at each score threshold, the share of true pairs left in the human-review band, and blocking recall.
import { blockingKeys, findMatches, type MatchPair } from './match-engine.js';
import { nameFrequencies, THRESHOLDS } from './match-score.js';
import { toFeatures, type PersonRecord } from './person-features.js';

export type ThresholdRow = { threshold: number; predicted: number; truePositives: number; precision: number; recall: number; f1: number };
export type Evaluation = {
  truePairs: number;
  blockingRecall: number;
  atMatchThreshold: ThresholdRow;
  reviewBandShareOfTruePairs: number;
  missedTruePairs: number;
  rows: ThresholdRow[];
};

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function evaluatePairs(pairs: readonly MatchPair[], truth: readonly [string, string][], blockedTogether: number): Evaluation {
  const truthKeys = new Set(truth.map(([a, b]) => key(a, b)));
  const scoreOf = new Map(pairs.map((p) => [key(p.leftId, p.rightId), p.score]));
  const thresholds = [...new Set([4, 5, 6, 7, 8, 9, THRESHOLDS.review, THRESHOLDS.match, 10.5, 11, 11.5, 12])].sort((a, b) => a - b);
  const row = (threshold: number): ThresholdRow => {
    const predicted = pairs.filter((p) => p.score >= threshold);
    const truePositives = predicted.filter((p) => truthKeys.has(key(p.leftId, p.rightId))).length;
    const precision = predicted.length === 0 ? 1 : truePositives / predicted.length;
    const recall = truthKeys.size === 0 ? 1 : truePositives / truthKeys.size;
    return { threshold, predicted: predicted.length, truePositives, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  const inReview = [...truthKeys].filter((k) => {
    const s = scoreOf.get(k);
    return s !== undefined && s >= THRESHOLDS.review && s < THRESHOLDS.match;
  }).length;
  const found = [...truthKeys].filter((k) => (scoreOf.get(k) ?? -Infinity) >= THRESHOLDS.review).length;
  return {
    truePairs: truthKeys.size,
    blockingRecall: truthKeys.size === 0 ? 1 : blockedTogether / truthKeys.size,
    atMatchThreshold: row(THRESHOLDS.match),
    reviewBandShareOfTruePairs: truthKeys.size === 0 ? 0 : inReview / truthKeys.size,
    missedTruePairs: truthKeys.size - found,
    rows: thresholds.map(row),
  };
}

/** How many truth pairs share at least one blocking key (a pair that shares none can never be found). */
export function countBlockedTogether(records: ReadonlyMap<string, PersonRecord>, truth: readonly [string, string][]): number {
  return truth.filter(([a, b]) => {
    const x = records.get(a);
    const y = records.get(b);
    if (!x || !y) return false;
    const keys = new Set(blockingKeys(toFeatures(x)));
    return blockingKeys(toFeatures(y)).some((k) => keys.has(k));
  }).length;
}

/** Duplicates within one set (movers re-registered in another force) or links between two (register vs list). */
export function evaluateLinkage(left: readonly PersonRecord[], right: readonly PersonRecord[] | null, truth: readonly [string, string][], weighNamesByFrequency = false): Evaluation {
  const frequencies = weighNamesByFrequency ? nameFrequencies([...left, ...(right ?? [])].map(toFeatures)) : undefined;
  const pairs = findMatches(left, right, { frequencies });
  const all = new Map([...left, ...(right ?? [])].map((r) => [r.id, r]));
  return evaluatePairs(pairs, truth, countBlockedTogether(all, truth));
}
