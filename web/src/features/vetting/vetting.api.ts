// Vetting through the API (server/modules/vetting/vetting.routes.ts). Types come from the shared zod contracts as
// types only, so zod is never bundled into the web app.
import type { z } from 'zod';
import type {
  TAddAdverseItem, TConsistency, TDecideAppeal, TLodgeAppeal, TNationalSecurityClearance, TOpenApplication, TOpenReview, TPersonVetting, TRandomRevettingDraw,
  TRandomRevettingDrawList, TRandomRevettingRequest, TRecordCheck, TRecordIntegrityReview, TRecordNationalSecurityClearance, TReviewStep, TTransfereeChecklistUpdate, TVettingApplication, TVettingApproval, TVettingDecision, TVettingLevel, TVettingReview,
  ZApplicationList, ZClearanceList, ZIntegrityReviewOverdue, ZReviewList,
} from '../../../../shared/vetting-contracts.js';
import type { ApplicationState, ReviewTrigger } from '../../../../shared/vetting-vocabulary.js';
import { apiRequest } from '../../api/client.js';

export type TApplicationList = z.infer<typeof ZApplicationList>;
export type TClearanceList = z.infer<typeof ZClearanceList>;
export type TReviewList = z.infer<typeof ZReviewList>;
export type TIntegrityReviewOverdue = z.infer<typeof ZIntegrityReviewOverdue>;
export type TAdverseItem = TVettingApplication['adverseItems'][number];
export type TVettingCheck = TVettingApplication['checks'][number];
export type TVettingEvent = TVettingApplication['events'][number];
export type ClearanceListStatus = 'expiring' | 'lapsed' | 'under_review' | 'withdrawn' | 'conditions_due';

/** GET /api/vetting/hr-actions. Its response schema is declared inline in the route. */
export type THrActions = { items: { id: string; personId: string; personName: string; forceId: string; level: string; withdrawnOn: string }[] };
export type THrActionRequest = { actionOn: string; note: string };
export type TIntegrityReviewRecorded = { personId: string; completedOn: string; reviewId: string | null };

const applicationUrl = (id: string): string => `/api/vetting/applications/${encodeURIComponent(id)}`;
const reviewUrl = (id: string): string => `/api/vetting/reviews/${encodeURIComponent(id)}`;

export function listLevels(signal?: AbortSignal): Promise<TVettingLevel[]> {
  return apiRequest<TVettingLevel[]>('/api/vetting/levels', { signal });
}

export function listApplications(criteria: { state?: ApplicationState | undefined; page?: number | undefined }, signal?: AbortSignal): Promise<TApplicationList> {
  return apiRequest<TApplicationList>('/api/vetting/applications', { query: criteria, signal });
}

export function openApplication(input: TOpenApplication): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>('/api/vetting/applications', { method: 'POST', body: input });
}

export function getApplication(id: string, signal?: AbortSignal): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(applicationUrl(id), { signal });
}

export function recordCheck(id: string, input: TRecordCheck): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/checks`, { method: 'POST', body: input });
}

export function addAdverseItem(id: string, input: TAddAdverseItem): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/adverse-items`, { method: 'POST', body: input });
}

export function updateTransfereeChecklist(id: string, input: TTransfereeChecklistUpdate): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/transferee-checklist`, { method: 'PUT', body: input });
}

export function decideApplication(id: string, input: TVettingDecision): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/decision`, { method: 'POST', body: input });
}

export function approveDecision(id: string, input: TVettingApproval): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/approval`, { method: 'POST', body: input });
}

export function lodgeAppeal(id: string, input: TLodgeAppeal): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/appeal`, { method: 'POST', body: input });
}

export function decideAppeal(id: string, input: TDecideAppeal): Promise<TVettingApplication> {
  return apiRequest<TVettingApplication>(`${applicationUrl(id)}/appeal/decision`, { method: 'POST', body: input });
}

export function listClearances(status: ClearanceListStatus, signal?: AbortSignal): Promise<TClearanceList> {
  return apiRequest<TClearanceList>('/api/vetting/clearances', { query: { status }, signal });
}

export function listReviews(criteria: { open?: 'true' | 'false' | undefined; trigger?: ReviewTrigger | undefined }, signal?: AbortSignal): Promise<TReviewList> {
  return apiRequest<TReviewList>('/api/vetting/reviews', { query: criteria, signal });
}

export function openReview(input: TOpenReview): Promise<TVettingReview> {
  return apiRequest<TVettingReview>('/api/vetting/reviews', { method: 'POST', body: input });
}

export function getReview(id: string, signal?: AbortSignal): Promise<TVettingReview> {
  return apiRequest<TVettingReview>(reviewUrl(id), { signal });
}

export function stepReview(id: string, step: TReviewStep): Promise<TVettingReview> {
  return apiRequest<TVettingReview>(`${reviewUrl(id)}/steps`, { method: 'POST', body: step });
}

export function listHrActions(signal?: AbortSignal): Promise<THrActions> {
  return apiRequest<THrActions>('/api/vetting/hr-actions', { signal });
}

export function recordHrAction(reviewId: string, input: THrActionRequest): Promise<{ id: string; hrActionRecordedOn: string }> {
  return apiRequest<{ id: string; hrActionRecordedOn: string }>(`${reviewUrl(reviewId)}/hr-action`, { method: 'POST', body: input });
}

export function listOverdueIntegrityReviews(signal?: AbortSignal): Promise<TIntegrityReviewOverdue> {
  return apiRequest<TIntegrityReviewOverdue>('/api/vetting/integrity-reviews/overdue', { signal });
}

export function recordIntegrityReview(input: TRecordIntegrityReview): Promise<TIntegrityReviewRecorded> {
  return apiRequest<TIntegrityReviewRecorded>('/api/vetting/integrity-reviews', { method: 'POST', body: input });
}

export function getConsistency(criteria: { from?: string | undefined; to?: string | undefined }, signal?: AbortSignal): Promise<TConsistency> {
  return apiRequest<TConsistency>('/api/vetting/consistency', { query: criteria, signal });
}

export function getPersonVetting(personId: string, signal?: AbortSignal): Promise<TPersonVetting> {
  return apiRequest<TPersonVetting>(`/api/people/${encodeURIComponent(personId)}/vetting`, { signal });
}

export function listRandomRevettingDraws(signal?: AbortSignal): Promise<TRandomRevettingDrawList> {
  return apiRequest<TRandomRevettingDrawList>('/api/vetting/random-revetting', { signal });
}

export function drawRandomRevetting(input: TRandomRevettingRequest): Promise<TRandomRevettingDraw> {
  return apiRequest<TRandomRevettingDraw>('/api/vetting/random-revetting', { method: 'POST', body: input });
}

export function recordNationalSecurityClearance(input: TRecordNationalSecurityClearance): Promise<TNationalSecurityClearance> {
  return apiRequest<TNationalSecurityClearance>('/api/vetting/national-security-clearances', { method: 'POST', body: input });
}
