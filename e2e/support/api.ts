// Setting the scene through the API for a journey that needs a case further along than the one it drives through
// the browser: signs in like the web app (session cookie + CSRF token) in a request context of its own.
import { request, type APIRequestContext } from 'playwright-core';
import type { TCase, TCreateCase, TTransitionRequest } from '../../shared/case-contracts.js';
import type { DemoLogin } from './server.js';

export type ApiSession = {
  get: <T>(path: string) => Promise<T>;
  post: <T>(path: string, body: unknown) => Promise<T>;
  close: () => Promise<void>;
};

export async function signInToApi(baseURL: string, login: DemoLogin): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL });
  const signIn = await context.post('/api/auth/login', { data: { email: login.email, password: login.password } });
  if (!signIn.ok()) throw new Error(`API sign-in as ${login.email} failed: ${signIn.status()} ${await signIn.text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return {
    get: async <T>(path: string): Promise<T> => {
      const response = await context.get(path);
      if (!response.ok()) throw new Error(`GET ${path} failed: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    post: async <T>(path: string, body: unknown): Promise<T> => {
      const response = await context.post(path, { data: body, headers: { 'x-csrf-token': csrfToken } });
      if (!response.ok()) throw new Error(`POST ${path} failed: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    close: () => context.dispose(),
  };
}

export function createCaseThroughApi(api: ApiSession, input: TCreateCase): Promise<TCase> {
  return api.post<TCase>('/api/cases', input);
}

type StepRequest = TTransitionRequest extends infer T ? (T extends unknown ? Omit<T, 'version' | 'rationale'> & { rationale?: string } : never) : never;

/** Takes one workflow step for the case's first subject, with the version the case is at. */
export function stepThroughApi(api: ApiSession, current: TCase, step: StepRequest): Promise<TCase> {
  const subject = current.subjects[0];
  if (!subject) throw new Error(`case ${current.reference} has no subject`);
  return api.post<TCase>(`/api/cases/${current.id}/subjects/${subject.id}/transitions`, { rationale: 'Recorded for the test', ...step, version: current.version });
}

export const FULL_REGULATION_17_NOTICE = {
  conductDescribed: true,
  severityStated: true,
  proceedingsLikely: true,
  rightToPoliceFriend: true,
  rightToLegalAdvice: true,
  rightToRespond: true,
  harmfulInformationWithheld: false,
} as const;
