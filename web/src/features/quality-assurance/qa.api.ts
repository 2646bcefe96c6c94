// Dip sampling through the API (server/modules/quality-assurance/qa.routes.ts). Types only from the shared contracts.
import type {
  TChecklist, TChecklists, TChecklistVersions, TDecisionReview, TDecisionReviews, TDrawSampleInput, TQaReport, TRecordReviewInput, TReplaceChecklist, TReproduction, TSample, TSampleItem, TSampleList,
} from '../../../../shared/qa-contracts.js';
import { apiRequest } from '../../api/client.js';

export function listChecklists(signal?: AbortSignal): Promise<TChecklists> {
  return apiRequest<TChecklists>('/api/qa/checklists', { signal });
}

export function listChecklistVersions(signal?: AbortSignal): Promise<TChecklistVersions> {
  return apiRequest<TChecklistVersions>('/api/qa/checklists/versions', { signal });
}

export function replaceChecklist(input: TReplaceChecklist): Promise<TChecklist> {
  return apiRequest<TChecklist>('/api/qa/checklists', { method: 'POST', body: input });
}

export function listSamples(signal?: AbortSignal): Promise<TSampleList> {
  return apiRequest<TSampleList>('/api/qa/samples', { signal });
}

export function drawSample(input: TDrawSampleInput): Promise<TSample> {
  return apiRequest<TSample>('/api/qa/samples', { method: 'POST', body: input });
}

const sampleUrl = (id: string): string => `/api/qa/samples/${encodeURIComponent(id)}`;
const itemUrl = (id: string): string => `/api/qa/items/${encodeURIComponent(id)}`;

export function getSample(id: string, signal?: AbortSignal): Promise<TSample> {
  return apiRequest<TSample>(sampleUrl(id), { signal });
}

export function getReport(id: string, view: 'full' | 'publication', signal?: AbortSignal): Promise<TQaReport> {
  return apiRequest<TQaReport>(`${sampleUrl(id)}/report`, { query: { view }, signal });
}

export function checkReproduction(id: string, signal?: AbortSignal): Promise<TReproduction> {
  return apiRequest<TReproduction>(`${sampleUrl(id)}/reproduction`, { signal });
}

export function getSampleItem(id: string, signal?: AbortSignal): Promise<TSampleItem> {
  return apiRequest<TSampleItem>(itemUrl(id), { signal });
}

export function recordReview(id: string, input: TRecordReviewInput): Promise<TSampleItem> {
  return apiRequest<TSampleItem>(`${itemUrl(id)}/review`, { method: 'POST', body: input });
}

export function listDecisionReviews(signal?: AbortSignal): Promise<TDecisionReviews> {
  return apiRequest<TDecisionReviews>('/api/qa/decision-reviews', { signal });
}

export function respondToReview(itemId: string, response: string): Promise<TDecisionReview> {
  return apiRequest<TDecisionReview>(`${itemUrl(itemId)}/response`, { method: 'POST', body: { response } });
}
