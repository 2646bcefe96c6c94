import type { TForce } from '../../../shared/contracts.js';
import { apiRequest } from './client.js';

let forces: Promise<TForce[]> | null = null;

/** The forces of England and Wales sorted by name; they change rarely, so they are fetched once per page load. */
export function listForces(signal?: AbortSignal): Promise<TForce[]> {
  if (!forces) {
    forces = apiRequest<TForce[]>('/api/forces', { signal }).then(
      (list) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
      (error: unknown) => {
        forces = null;
        throw error;
      },
    );
  }
  return forces;
}
