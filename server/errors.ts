// One application error with a closed code set, mapped once to RFC 9457 problem+json.
import { ERROR_CODES, type ErrorCode, type FieldError, type Problem } from '../shared/error-codes.js';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has invalid fields',
  MALFORMED_REQUEST: 'The request could not be read',
  UNAUTHENTICATED: 'Sign in required',
  CSRF_FAILED: 'The request is missing a valid CSRF token',
  FORBIDDEN: 'You do not have permission to do this',
  NOT_FOUND: 'Not found',
  CONFLICT: 'The request conflicts with the current state',
  STALE_VERSION: 'The record was changed by someone else',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  ACCOUNT_LOCKED: 'The account is locked',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Sorry, there is a problem with the service',
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message?: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(message ?? TITLES[code]);
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what = 'record'): AppError => new AppError('NOT_FOUND', `No ${what} with that id, or you do not have access to it`);
export const fieldError = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', `${path}: ${message}`, { errors: [{ path, message }] });

export function toProblem(error: AppError, correlationId: string | undefined): Problem {
  return {
    type: `https://warrant.invalid/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(correlationId ? { correlationId } : {}),
  };
}

/** PostgreSQL SQLSTATE of an error from either driver (Drizzle may wrap the driver error as `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
