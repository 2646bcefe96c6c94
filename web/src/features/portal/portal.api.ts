// The public complaint portal and staff intake through the API (server/modules/portal/portal.routes.ts), and the
// mail outbox (server/modules/mail). Types only from the shared contracts, so zod is not bundled.
import type { TOutbox } from '../../../../shared/mail-contracts.js';
import type {
  TCloseComplaint, TComplaintForm, TComplaintProgress, TComplaintReceipt, TIntakeComplaint, TIntakeList, TRecordComplaintAsCase, TRouteComplaint,
  TStatusCodeSent, TSubmitComplaintInput,
} from '../../../../shared/portal-contracts.js';
import type { ComplaintStatus } from '../../../../shared/portal-vocabulary.js';
import { apiRequest } from '../../api/client.js';

export function getComplaintForm(signal?: AbortSignal): Promise<TComplaintForm> {
  return apiRequest<TComplaintForm>('/api/public/complaints/form', { signal });
}

export function submitComplaint(input: TSubmitComplaintInput): Promise<TComplaintReceipt> {
  return apiRequest<TComplaintReceipt>('/api/public/complaints', { method: 'POST', body: input });
}

export function requestStatusCode(input: { reference: string; email: string }): Promise<TStatusCodeSent> {
  return apiRequest<TStatusCodeSent>('/api/public/complaints/status-code', { method: 'POST', body: input });
}

export function checkProgress(input: { reference: string; code: string }): Promise<TComplaintProgress> {
  return apiRequest<TComplaintProgress>('/api/public/complaints/status', { method: 'POST', body: input });
}

export type IntakeCriteria = { queue: 'force' | 'triage'; status?: ComplaintStatus | undefined; page?: number | undefined };

export function listIntake(criteria: IntakeCriteria, signal?: AbortSignal): Promise<TIntakeList> {
  return apiRequest<TIntakeList>('/api/intake/complaints', { query: criteria, signal });
}

const complaintUrl = (id: string): string => `/api/intake/complaints/${encodeURIComponent(id)}`;

export function getIntakeComplaint(id: string, signal?: AbortSignal): Promise<TIntakeComplaint> {
  return apiRequest<TIntakeComplaint>(complaintUrl(id), { signal });
}

export function routeComplaint(id: string, input: TRouteComplaint): Promise<TIntakeComplaint> {
  return apiRequest<TIntakeComplaint>(`${complaintUrl(id)}/route`, { method: 'POST', body: input });
}

export function recordComplaintAsCase(id: string, input: TRecordComplaintAsCase): Promise<TIntakeComplaint> {
  return apiRequest<TIntakeComplaint>(`${complaintUrl(id)}/case`, { method: 'POST', body: input });
}

export function closeComplaint(id: string, input: TCloseComplaint): Promise<TIntakeComplaint> {
  return apiRequest<TIntakeComplaint>(`${complaintUrl(id)}/close`, { method: 'POST', body: input });
}

export function getOutbox(signal?: AbortSignal): Promise<TOutbox> {
  return apiRequest<TOutbox>('/api/mail/outbox', { signal });
}
