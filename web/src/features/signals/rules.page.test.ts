import { describe, expect, it } from 'vitest';
import { describeEvaluation } from './rules.page.js';

describe('the result of running the rules now', () => {
  it('leads with what reaches the queue, then the rest of the counts', () => {
    expect(describeEvaluation({ asOf: '2026-11-24', rules: 7, hits: 12, opened: 3, reopened: 1, updated: 2, millis: 1234 })).toEqual({
      heading: 'Evaluation finished: 3 new alerts, 1 re-opened',
      detail: '7 rules over everyone as of 24 November 2026, in 1.2 seconds. 12 matches in all; 2 open alerts grew.',
    });
  });
});
