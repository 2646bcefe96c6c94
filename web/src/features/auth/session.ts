// Who is signed in, loaded once per page load and kept in memory. Route loaders ask for it before they fetch,
// so a signed-out user is sent to the sign-in page with a way back, and a user without the action sees 403.
import { data, redirect } from 'react-router';
import type { TCurrentUser, TSession } from '../../../../shared/contracts.js';
import type { Action } from '../../../../shared/policy.js';
import { isApiError, setCsrfToken } from '../../api/client.js';
import { fetchSession } from './auth.api.js';

let current: Promise<TSession | null> | null = null;

export function setSession(session: TSession | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  current = Promise.resolve(session);
}

/** Forget the session so the next loader asks the server again (after a 401 or sign-out). */
export function clearSession(): void {
  setSession(null);
}

export function loadSession(): Promise<TSession | null> {
  if (!current) {
    current = fetchSession().then(
      (session) => {
        setCsrfToken(session?.csrfToken ?? null);
        return session;
      },
      (error: unknown) => {
        current = null;
        throw error;
      },
    );
  }
  return current;
}

export function hasPermission(user: TCurrentUser | null | undefined, action: Action): boolean {
  return user?.permissions.includes(action) ?? false;
}

/** Only same-site paths: a returnTo of "//evil.example" or "https://…" would be an open redirect. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

export function signInPath(request: Request): string {
  const url = new URL(request.url);
  const returnTo = `${url.pathname}${url.search}`;
  return returnTo === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

export async function requireUser(request: Request): Promise<TCurrentUser> {
  const session = await loadSession();
  if (!session) throw redirect(signInPath(request));
  return session.user;
}

export async function requirePermission(request: Request, action: Action): Promise<TCurrentUser> {
  const user = await requireUser(request);
  if (!hasPermission(user, action)) throw data(null, { status: 403 });
  return user;
}

/** A 401 from the API means the session has ended: forget it and send the user to sign in, then back here. */
export function rethrowUnlessSignedIn(error: unknown, request: Request): never {
  if (isApiError(error) && error.status === 401) {
    clearSession();
    throw redirect(signInPath(request));
  }
  throw error;
}
