// The integrity line through the API (server/modules/integrity-line/integrity-line.routes.ts). The reporter's
// reference and passphrase go only in request bodies, never in a URL. Types only from the shared contracts, so zod
// is not bundled.
import type {
  TChangeReportStatusInput, THandlerReport, TMakeCaseFromReportInput, TMakeReportInput, TOpenReport, TReportForm, TReportList, TReportReceipt,
  TReporterView,
} from '../../../../shared/integrity-line-contracts.js';
import type { ReportStatus } from '../../../../shared/integrity-line-vocabulary.js';
import { apiRequest } from '../../api/client.js';

export function getReportForm(signal?: AbortSignal): Promise<TReportForm> {
  return apiRequest<TReportForm>('/api/public/integrity/form', { signal });
}

export function makeReport(input: TMakeReportInput): Promise<TReportReceipt> {
  return apiRequest<TReportReceipt>('/api/public/integrity/reports', { method: 'POST', body: input });
}

export function openReport(credentials: TOpenReport): Promise<TReporterView> {
  return apiRequest<TReporterView>('/api/public/integrity/reports/open', { method: 'POST', body: credentials });
}

export function replyAsReporter(credentials: TOpenReport, body: string): Promise<TReporterView> {
  return apiRequest<TReporterView>('/api/public/integrity/reports/messages', { method: 'POST', body: { ...credentials, body } });
}

export type ReportCriteria = { status?: ReportStatus | undefined; page?: number | undefined };

export function listReports(criteria: ReportCriteria, signal?: AbortSignal): Promise<TReportList> {
  return apiRequest<TReportList>('/api/integrity/reports', { query: criteria, signal });
}

const reportUrl = (id: string): string => `/api/integrity/reports/${encodeURIComponent(id)}`;

export function getReport(id: string, signal?: AbortSignal): Promise<THandlerReport> {
  return apiRequest<THandlerReport>(reportUrl(id), { signal });
}

export function replyAsHandler(id: string, body: string): Promise<THandlerReport> {
  return apiRequest<THandlerReport>(`${reportUrl(id)}/messages`, { method: 'POST', body: { body } });
}

export function changeReportStatus(id: string, input: TChangeReportStatusInput): Promise<THandlerReport> {
  return apiRequest<THandlerReport>(`${reportUrl(id)}/status`, { method: 'POST', body: input });
}

export function makeCaseFromReport(id: string, input: TMakeCaseFromReportInput): Promise<THandlerReport> {
  return apiRequest<THandlerReport>(`${reportUrl(id)}/case`, { method: 'POST', body: input });
}
