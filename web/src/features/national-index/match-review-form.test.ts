import { describe, expect, it } from 'vitest';
import type { TMatchReview } from '../../../../shared/national-index-contracts.js';
import { pageOfQueue, parseDecisionForm, queueFiltersFrom, queuePathFor, queueQueryFor, safeQueuePath } from './match-review-form.js';

const RUN = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

const review = (n: number): TMatchReview => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kind: 'list_hit', forceId: 'MPS', personId: RUN, person: { givenNames: 'A', familyName: `Person${n}`, dateOfBirth: null },
  otherPersonId: null, listEntryId: RUN, caseSubjectId: null, washRunId: RUN, score: 8, band: 'review', reasons: [],
  status: 'open', decisionReason: null, decidedAt: null, createdAt: '2026-11-24T10:00:00.000Z',
});

describe('the review queue’s filters in the address', () => {
  it('open on what is still to review, and drop values the API would refuse', () => {
    expect(queueFiltersFrom(new URLSearchParams(''))).toEqual({ status: 'open', washRunId: undefined, page: 1 });
    expect(queueFiltersFrom(new URLSearchParams('status=pending&washRunId=42&page=-3'))).toEqual({ status: 'open', washRunId: undefined, page: 1 });
    expect(queueFiltersFrom(new URLSearchParams(`status=rejected&washRunId=${RUN}&page=2`))).toEqual({ status: 'rejected', washRunId: RUN, page: 2 });
  });

  it('ask the API for every status when "any status" is chosen', () => {
    expect(queueQueryFor({ status: 'all', washRunId: RUN, page: 1 })).toEqual({ washRunId: RUN });
    expect(queueQueryFor({ status: 'confirmed', washRunId: undefined, page: 3 })).toEqual({ status: 'confirmed' });
  });

  it('write only what differs from the default into the address', () => {
    expect(queuePathFor({ status: 'open', washRunId: undefined })).toBe('/match-reviews');
    expect(queuePathFor({ status: 'open', washRunId: RUN })).toBe(`/match-reviews?washRunId=${RUN}`);
    expect(queuePathFor({ status: 'all', washRunId: undefined }, 2)).toBe('/match-reviews?status=all&page=2');
  });
});

describe('a page of the queue', () => {
  const reviews = Array.from({ length: 45 }, (_, index) => review(index + 1));

  it('shows 20 at a time and says which', () => {
    const second = pageOfQueue(reviews, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 3, first: 21, last: 40 });
    expect(second.items.map((r) => r.person.familyName)).toEqual(reviews.slice(20, 40).map((r) => r.person.familyName));
    expect(pageOfQueue(reviews, 3)).toMatchObject({ first: 41, last: 45 });
  });

  it('shows the last page for a page beyond it, and nothing for an empty queue', () => {
    expect(pageOfQueue(reviews, 9)).toMatchObject({ page: 3, first: 41, last: 45 });
    expect(pageOfQueue([], 1)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0 });
  });
});

describe('the decision form', () => {
  it('needs a choice and a reason, with a message that fits the choice', () => {
    expect(parseDecisionForm(formOf({})).errors.map((e) => e.message)).toEqual(['Select whether they are the same person', 'Enter the reason for your decision']);
    expect(parseDecisionForm(formOf({ decision: 'reject', reason: '  ' })).errors).toEqual([{ field: 'reason', href: '#reason', message: 'Enter why they are not the same person' }]);
    expect(parseDecisionForm(formOf({ decision: 'confirm', reason: '' })).errors).toEqual([{ field: 'reason', href: '#reason', message: 'Enter why you are sure they are the same person' }]);
  });

  it('refuses a reason longer than the API keeps', () => {
    expect(parseDecisionForm(formOf({ decision: 'reject', reason: 'x'.repeat(5001) })).errors.map((e) => e.message)).toEqual(['Reason must be 5,000 characters or fewer']);
  });

  it('sends the decision with the reason trimmed', () => {
    expect(parseDecisionForm(formOf({ decision: 'reject', reason: ' Different date of birth on the passport ' }))).toEqual({
      request: { decision: 'reject', reason: 'Different date of birth on the passport' },
      errors: [],
    });
  });

  it('refuses a choice that is neither confirm nor reject', () => {
    expect(parseDecisionForm(formOf({ decision: 'merge', reason: 'x' })).errors).toEqual([{ field: 'decision', href: '#decision', message: 'Select whether they are the same person' }]);
  });
});

describe('the way back after a decision', () => {
  it('goes only to the queue, keeping its filters', () => {
    expect(safeQueuePath(`/match-reviews?washRunId=${RUN}`)).toBe(`/match-reviews?washRunId=${RUN}`);
    expect(safeQueuePath('//evil.example/match-reviews')).toBe('/match-reviews');
    expect(safeQueuePath('/match-reviewsX')).toBe('/match-reviews');
    expect(safeQueuePath('')).toBe('/match-reviews');
  });
});
