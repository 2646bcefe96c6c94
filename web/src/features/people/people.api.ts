import type { TCreatePerson, TPerson, TPersonSearchResult, TRecordAddress } from '../../../../shared/contracts.js';
import { apiRequest } from '../../api/client.js';

export type PersonSearchCriteria = {
  name?: string | undefined;
  dateOfBirth?: string | undefined;
  collarNumber?: string | undefined;
  forceId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export function searchPeople(criteria: PersonSearchCriteria, signal?: AbortSignal): Promise<TPersonSearchResult> {
  return apiRequest<TPersonSearchResult>('/api/people', { query: criteria, signal });
}

export function getPerson(id: string, signal?: AbortSignal): Promise<TPerson> {
  return apiRequest<TPerson>(`/api/people/${encodeURIComponent(id)}`, { signal });
}

export function createPerson(person: TCreatePerson): Promise<TPerson> {
  return apiRequest<TPerson>('/api/people', { method: 'POST', body: person });
}

/** Adds an address to the person's history; the answer is the person with their updated addresses. */
export function recordAddress(personId: string, address: TRecordAddress): Promise<TPerson> {
  return apiRequest<TPerson>(`/api/people/${encodeURIComponent(personId)}/addresses`, { method: 'POST', body: address });
}
