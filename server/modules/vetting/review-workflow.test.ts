import { describe, expect, it } from 'vitest';
import { REVIEW_STATES } from '../../../shared/vetting-vocabulary.js';
import { allowedReviewActions, isReviewOpen, nextReviewState, REVIEW_TRANSITIONS } from './review-workflow.js';

describe('vetting review workflow', () => {
  it('only leaves a review open while a decision is pending', () => {
    expect(REVIEW_STATES.filter(isReviewOpen)).toEqual(['open', 'notice_served', 'panel_appeal', 'tribunal_appeal']);
  });

  it('withdraws only after notice has been served (the 2025 Regulations)', () => {
    expect(allowedReviewActions('open')).toEqual(['maintain', 'serve_withdrawal_notice']);
    expect(allowedReviewActions('notice_served')).toEqual(['maintain', 'record_representations', 'withdraw']);
  });

  it('sends an allowed appeal to reinstatement and a dismissed one back to withdrawn', () => {
    expect(nextReviewState('decide_panel_appeal', 'allowed')).toBe('reinstated');
    expect(nextReviewState('decide_tribunal_appeal', 'dismissed')).toBe('withdrawn');
    expect(nextReviewState('record_representations')).toBe('unchanged');
  });

  it('leaves nothing to do once maintained or reinstated', () => {
    expect(allowedReviewActions('maintained')).toEqual([]);
    expect(allowedReviewActions('reinstated')).toEqual([]);
    expect(REVIEW_TRANSITIONS.filter((t) => t.action.startsWith('decide_')).every((t) => t.permission === 'vetting:approve')).toBe(true);
  });
});
