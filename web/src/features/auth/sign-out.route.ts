import { redirect } from 'react-router';
import { isApiError } from '../../api/client.js';
import { signOut } from './auth.api.js';
import { clearSession } from './session.js';

/** POST /sign-out from the navigation: end the session on the server, forget it here, go to sign in. */
export async function signOutAction(): Promise<Response> {
  try {
    await signOut();
  } catch (error) {
    // Already signed out (401) or the token went stale (403): the user wanted out, and is out.
    if (!isApiError(error) || (error.status !== 401 && error.status !== 403)) throw error;
  }
  clearSession();
  return redirect('/sign-in');
}

/** GET /sign-out (typed or bookmarked) does nothing: signing out needs the CSRF-protected POST. */
export function signOutLoader(): Response {
  return redirect('/');
}
