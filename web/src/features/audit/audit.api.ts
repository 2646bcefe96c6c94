import type { TAuditEvent, TAuditVerifyResult } from '../../../../shared/contracts.js';
import { apiRequest } from '../../api/client.js';

export function listAuditEvents({ limit }: { limit: number }, signal?: AbortSignal): Promise<TAuditEvent[]> {
  return apiRequest<TAuditEvent[]>('/api/audit/events', { query: { limit }, signal });
}

export function verifyAuditChain(): Promise<TAuditVerifyResult> {
  return apiRequest<TAuditVerifyResult>('/api/audit/verify', { method: 'POST' });
}
