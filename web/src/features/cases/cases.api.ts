// Complaints and misconduct cases through the API (server/modules/cases/case.routes.ts). Types come from the
// shared zod contracts as types only, so zod is never bundled into the web app.
import type { z } from 'zod';
import type {
  TCase, TCaseList, TComparables, TCreateCase, TRegulation17Notice, TRestrictionReview, TSubjectHistory, TTransitionRequest, ZCaseNote, ZComplainantReview, ZOverdueSummary, ZRestrictionRequest,
} from '../../../../shared/case-contracts.js';
import { apiRequest } from '../../api/client.js';

export type TOverdueSummary = z.infer<typeof ZOverdueSummary>;
export type TRestrictionRequest = z.infer<typeof ZRestrictionRequest>;
export type TCaseNote = z.infer<typeof ZCaseNote>;
export type TComplainantReviewRequest = z.input<typeof ZComplainantReview>;
export type TCaseSubject = TCase['subjects'][number];
export type TCaseEvent = TCase['events'][number];

/** GET /api/classification. Its response schema is declared inline in the route, not in shared/case-contracts.ts. */
export type TClassification = {
  tagDefinitionsVersion: number;
  tags: { tag: string; label: string; definition: string; guidance: string }[];
  referralCriteria: { code: string; label: string; description: string; mandatory: boolean; suggestedByTags: string[] }[];
};

export type CaseListCriteria = {
  forceId?: string | undefined;
  state?: string | undefined;
  tag?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  mine?: 'true' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

const caseUrl = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}`;
const subjectUrl = (caseId: string, subjectId: string): string => `${caseUrl(caseId)}/subjects/${encodeURIComponent(subjectId)}`;

export function listCases(criteria: CaseListCriteria, signal?: AbortSignal): Promise<TCaseList> {
  return apiRequest<TCaseList>('/api/cases', { query: criteria, signal });
}

export function getOverdueSummary(signal?: AbortSignal): Promise<TOverdueSummary> {
  return apiRequest<TOverdueSummary>('/api/cases/overdue', { signal });
}

export type TInvestigator = { id: string; displayName: string; forceId: string };

export function listInvestigators(signal?: AbortSignal): Promise<{ items: TInvestigator[] }> {
  return apiRequest<{ items: TInvestigator[] }>('/api/cases/investigators', { signal });
}

export function getClassification(signal?: AbortSignal): Promise<TClassification> {
  return apiRequest<TClassification>('/api/classification', { signal });
}

export function createCase(input: TCreateCase): Promise<TCase> {
  return apiRequest<TCase>('/api/cases', { method: 'POST', body: input });
}

export function getCase(caseId: string, signal?: AbortSignal): Promise<TCase> {
  return apiRequest<TCase>(caseUrl(caseId), { signal });
}

export function getSubjectHistory(caseId: string, subjectId: string, signal?: AbortSignal): Promise<TSubjectHistory> {
  return apiRequest<TSubjectHistory>(`${subjectUrl(caseId, subjectId)}/history`, { signal });
}

export function getComparables(caseId: string, subjectId: string, signal?: AbortSignal): Promise<TComparables> {
  return apiRequest<TComparables>(`${subjectUrl(caseId, subjectId)}/comparables`, { signal });
}

export function takeTransition(caseId: string, subjectId: string, request: TTransitionRequest): Promise<TCase> {
  return apiRequest<TCase>(`${subjectUrl(caseId, subjectId)}/transitions`, { method: 'POST', body: request });
}

export function serveRegulation17Notice(caseId: string, subjectId: string, notice: TRegulation17Notice): Promise<TCase> {
  return apiRequest<TCase>(`${subjectUrl(caseId, subjectId)}/regulation-17-notice`, { method: 'POST', body: notice });
}

export function recordRestriction(caseId: string, subjectId: string, restriction: TRestrictionRequest): Promise<TCase> {
  return apiRequest<TCase>(`${subjectUrl(caseId, subjectId)}/restrictions`, { method: 'POST', body: restriction });
}

export function reviewRestriction(caseId: string, restrictionId: string, review: TRestrictionReview): Promise<TCase> {
  return apiRequest<TCase>(`/api/cases/${caseId}/restrictions/${restrictionId}/review`, { method: 'POST', body: review });
}

export function recordLocalPolicingBodyReport(caseId: string, note: TCaseNote): Promise<TCase> {
  return apiRequest<TCase>(`${caseUrl(caseId)}/local-policing-body-reports`, { method: 'POST', body: note });
}

export function recordComplainantReview(caseId: string, review: TComplainantReviewRequest): Promise<TCase> {
  return apiRequest<TCase>(`${caseUrl(caseId)}/complainant-review`, { method: 'POST', body: review });
}

export function getPersonCases(personId: string, signal?: AbortSignal): Promise<TSubjectHistory> {
  return apiRequest<TSubjectHistory>(`/api/people/${encodeURIComponent(personId)}/cases`, { signal });
}
