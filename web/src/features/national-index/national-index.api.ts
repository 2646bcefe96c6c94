import type {
  TListCheckQuery, TListCheckResult, TListEntry, TMatchReview, TMatchReviewDecision, TMatchReviewQuery, TStartWashRun, TWashRun,
} from '../../../../shared/national-index-contracts.js';
import { apiRequest } from '../../api/client.js';

const path = (template: string, id: string) => template.replace(':id', encodeURIComponent(id));

/** Checks a person against the Barred and Advisory Lists; the server records every check in the audit log. */
export function checkLists(query: TListCheckQuery, signal?: AbortSignal): Promise<TListCheckResult> {
  return apiRequest<TListCheckResult>('/api/national-index/checks', { query, signal });
}

export function getListEntry(id: string, signal?: AbortSignal): Promise<TListEntry> {
  return apiRequest<TListEntry>(path('/api/national-index/entries/:id', id), { signal });
}

export function listWashRuns(signal?: AbortSignal): Promise<TWashRun[]> {
  return apiRequest<TWashRun[]>('/api/wash-runs', { signal });
}

export function getWashRun(id: string, signal?: AbortSignal): Promise<TWashRun> {
  return apiRequest<TWashRun>(path('/api/wash-runs/:id', id), { signal });
}

export function startWashRun(body: TStartWashRun): Promise<TWashRun> {
  return apiRequest<TWashRun>('/api/wash-runs', { method: 'POST', body });
}

export function listMatchReviews(query: TMatchReviewQuery, signal?: AbortSignal): Promise<TMatchReview[]> {
  return apiRequest<TMatchReview[]>('/api/match-reviews', { query, signal });
}

export function getMatchReview(id: string, signal?: AbortSignal): Promise<TMatchReview> {
  return apiRequest<TMatchReview>(path('/api/match-reviews/:id', id), { signal });
}

export function decideMatchReview(id: string, body: TMatchReviewDecision): Promise<TMatchReview> {
  return apiRequest<TMatchReview>(path('/api/match-reviews/:id/decision', id), { method: 'POST', body });
}
