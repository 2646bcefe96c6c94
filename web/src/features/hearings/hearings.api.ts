// Hearing notices through the API (server/modules/hearings/hearing.routes.ts): the public pages and the appropriate
// authority's notices. Types only from the shared contracts, so zod is not bundled.
import type {
  TDraftNoticeInput, TEditNoticeInput, THearingCandidates, THearingNotice, THearingNoticeList, TNoticeOutcomeInput, TPublicForceHearings, TPublicHearingForces,
  TPublishNoticeInput, TWithdrawNotice,
} from '../../../../shared/hearing-contracts.js';
import { apiRequest } from '../../api/client.js';

export function listPublicHearingForces(signal?: AbortSignal): Promise<TPublicHearingForces> {
  return apiRequest<TPublicHearingForces>('/api/public/hearings', { signal });
}

export function listPublicHearings(forceId: string, signal?: AbortSignal): Promise<TPublicForceHearings> {
  return apiRequest<TPublicForceHearings>(`/api/public/forces/${encodeURIComponent(forceId)}/hearings`, { signal });
}

export function listHearingCandidates(signal?: AbortSignal): Promise<THearingCandidates> {
  return apiRequest<THearingCandidates>('/api/hearings/candidates', { signal });
}

export function listHearingNotices(signal?: AbortSignal): Promise<THearingNoticeList> {
  return apiRequest<THearingNoticeList>('/api/hearings/notices', { signal });
}

const noticeUrl = (id: string): string => `/api/hearings/notices/${encodeURIComponent(id)}`;

export function getHearingNotice(id: string, signal?: AbortSignal): Promise<THearingNotice> {
  return apiRequest<THearingNotice>(noticeUrl(id), { signal });
}

export function draftHearingNotice(input: TDraftNoticeInput): Promise<THearingNotice> {
  return apiRequest<THearingNotice>('/api/hearings/notices', { method: 'POST', body: input });
}

export function editHearingNotice(id: string, input: TEditNoticeInput): Promise<THearingNotice> {
  return apiRequest<THearingNotice>(noticeUrl(id), { method: 'PUT', body: input });
}

export function publishHearingNotice(id: string, input: TPublishNoticeInput): Promise<THearingNotice> {
  return apiRequest<THearingNotice>(`${noticeUrl(id)}/publication`, { method: 'POST', body: input });
}

export function addHearingOutcome(id: string, input: TNoticeOutcomeInput): Promise<THearingNotice> {
  return apiRequest<THearingNotice>(`${noticeUrl(id)}/outcome`, { method: 'POST', body: input });
}

export function withdrawHearingNotice(id: string, input: TWithdrawNotice): Promise<THearingNotice> {
  return apiRequest<THearingNotice>(`${noticeUrl(id)}/withdrawal`, { method: 'POST', body: input });
}
