import type { TSession } from '../../../../shared/contracts.js';
import { apiRequest, isApiError } from '../../api/client.js';

/** The signed-in session, or null when nobody is signed in (the API answers 401). */
export async function fetchSession(): Promise<TSession | null> {
  try {
    return await apiRequest<TSession>('/api/session');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function signIn({ email, password }: { email: string; password: string }): Promise<TSession> {
  return apiRequest<TSession>('/api/auth/login', { method: 'POST', body: { email, password } });
}

export function signOut(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

export type SignInProviders = { password: boolean; oidc: { label: string; startUrl: string } | null };

export function fetchSignInProviders(signal?: AbortSignal): Promise<SignInProviders> {
  return apiRequest<SignInProviders>('/api/auth/providers', { signal });
}
