// Early warning through the API (server/modules/signals/signals.routes.ts). Types come from the shared zod contracts
// as types only, so zod is never bundled into the web app.
import type { z } from 'zod';
import type {
  TAlert, TCreateRule, TFairness, TRule, TRuleInput, ZAlertAgeing, ZAlertList, ZAlertOwners, ZEvaluationResult,
} from '../../../../shared/signal-contracts.js';
import type { Disposition } from '../../../../shared/signal-vocabulary.js';
import { apiRequest } from '../../api/client.js';

export type TAlertList = z.infer<typeof ZAlertList>;
export type TAlertSummary = TAlertList['items'][number];
export type TAlertAgeing = z.infer<typeof ZAlertAgeing>;
export type TEvaluationResult = z.infer<typeof ZEvaluationResult>;
export type TAlertOwners = z.infer<typeof ZAlertOwners>;
export type TAlertEvidence = TAlert['evidence'][number];
export type TAlertListEvidence = TAlert['listEvidence'][number];
export type TAlertEvent = TAlert['events'][number];
export type TAlertOwner = TAlertOwners['items'][number];

export type AlertListCriteria = {
  status?: 'closed' | undefined;
  forceId?: string | undefined;
  rule?: string | undefined;
  mine?: 'true' | undefined;
  page?: number | undefined;
};

const alertUrl = (alertId: string): string => `/api/signals/alerts/${encodeURIComponent(alertId)}`;

export function listAlerts(criteria: AlertListCriteria, signal?: AbortSignal): Promise<TAlertList> {
  // `mine` is sent only when wanted ('true'): leaving it out is the API's "everyone's alerts".
  return apiRequest<TAlertList>('/api/signals/alerts', { query: { ...criteria, status: criteria.status ?? 'open' }, signal });
}

export function getAlertAgeing(signal?: AbortSignal): Promise<TAlertAgeing> {
  return apiRequest<TAlertAgeing>('/api/signals/alerts/ageing', { signal });
}

export function getAlert(alertId: string, signal?: AbortSignal): Promise<TAlert> {
  return apiRequest<TAlert>(alertUrl(alertId), { signal });
}

/** The users who may own alerts of the reader's force (signal:dispose), by name. */
export function listOwners(signal?: AbortSignal): Promise<TAlertOwners> {
  return apiRequest<TAlertOwners>('/api/signals/owners', { signal });
}

export function assignAlert(alertId: string, body: { version: number; ownerId: string | null }): Promise<TAlert> {
  return apiRequest<TAlert>(`${alertUrl(alertId)}/assignment`, { method: 'POST', body });
}

export function disposeAlert(alertId: string, body: { version: number; disposition: Disposition; reason: string }): Promise<TAlert> {
  return apiRequest<TAlert>(`${alertUrl(alertId)}/disposition`, { method: 'POST', body });
}

export function listRules(signal?: AbortSignal): Promise<TRule[]> {
  return apiRequest<TRule[]>('/api/signals/rules', { signal });
}

export function createRule(input: TCreateRule): Promise<TRule> {
  return apiRequest<TRule>('/api/signals/rules', { method: 'POST', body: input });
}

export function changeRule(code: string, input: TRuleInput): Promise<TRule> {
  return apiRequest<TRule>(`/api/signals/rules/${encodeURIComponent(code)}`, { method: 'PUT', body: input });
}

export function runEvaluation(): Promise<TEvaluationResult> {
  return apiRequest<TEvaluationResult>('/api/signals/evaluations', { method: 'POST' });
}

export function getFairness(signal?: AbortSignal): Promise<TFairness> {
  return apiRequest<TFairness>('/api/signals/fairness', { signal });
}
