// The one way the web app talks to the API: JSON in and out, the session cookie sent same-origin, the CSRF token
// on every state-changing request, and RFC 9457 problem+json turned into a typed ApiError.
import { ERROR_CODES, type ErrorCode, type FieldError, type Problem } from '../../../shared/error-codes.js';

export const CSRF_HEADER = 'x-csrf-token';

let csrfToken: string | null = null;

/** Set from the session response on sign-in and on app load; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly correlationId: string | undefined;

  constructor(problem: { status: number; code: ErrorCode; title?: string; detail?: string; errors?: FieldError[]; correlationId?: string }) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.correlationId = problem.correlationId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
};

const SAFE_METHODS: ReadonlySet<Method> = new Set(['GET']);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

function codeForStatus(status: number): ErrorCode {
  const match = Object.entries(ERROR_CODES).find(([, codeStatus]) => codeStatus === status);
  return match && isErrorCode(match[0]) ? match[0] : 'INTERNAL';
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { path?: unknown }).path === 'string' && typeof (value as { message?: unknown }).message === 'string';
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads a problem+json body defensively: a proxy or a crash may answer with HTML or nothing at all. */
async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<Record<keyof Problem, unknown>> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed;
  } catch {
    // not JSON: fall back to the status alone
  }
  const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
  return new ApiError({
    status: response.status,
    code: isErrorCode(body.code) ? body.code : codeForStatus(response.status),
    title: optionalString(body.title),
    detail: optionalString(body.detail),
    errors,
    correlationId: optionalString(body.correlationId),
  });
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Calls the API and returns the parsed JSON body typed as T. The server validates every response against the
 * shared zod contract before sending it, so the client trusts the shape rather than shipping zod to the browser.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  if (!SAFE_METHODS.has(method) && csrfToken) headers.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // Network failure or the server is down: status 0 reads as "there is a problem with the service".
    throw new ApiError({ status: 0, code: 'INTERNAL', detail: 'The service could not be reached' });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
