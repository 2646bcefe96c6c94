import { describe, expect, it } from 'vitest';
import { evaluatePairs } from './match-evaluation.js';
import type { MatchPair } from './match-engine.js';

const pair = (leftId: string, rightId: string, score: number): MatchPair => ({ leftId, rightId, score, band: score >= 10 ? 'match' : score >= 6 ? 'review' : 'no_match', reasons: [] });

describe('evaluatePairs', () => {
  it('computes precision, recall and F1 at the match threshold, and the share of true pairs left for review', () => {
    const pairs = [pair('a', 'b', 12), pair('c', 'd', 11), pair('x', 'y', 10.5), pair('e', 'f', 7)];
    const truth: [string, string][] = [['b', 'a'], ['c', 'd'], ['e', 'f'], ['g', 'h']];
    const result = evaluatePairs(pairs, truth, 3);
    expect(result.atMatchThreshold).toEqual({ threshold: 10, predicted: 3, truePositives: 2, precision: 2 / 3, recall: 0.5, f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5) });
    expect(result.reviewBandShareOfTruePairs).toBe(0.25);
    expect(result.missedTruePairs).toBe(1);
    expect(result.blockingRecall).toBe(0.75);
  });
});
