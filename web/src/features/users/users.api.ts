import type { TCreateUser, TUserSummary } from '../../../../shared/contracts.js';
import { apiRequest } from '../../api/client.js';

export function listUsers(signal?: AbortSignal): Promise<TUserSummary[]> {
  return apiRequest<TUserSummary[]>('/api/users', { signal });
}

export function createUser(user: TCreateUser): Promise<TUserSummary> {
  return apiRequest<TUserSummary>('/api/users', { method: 'POST', body: user });
}
