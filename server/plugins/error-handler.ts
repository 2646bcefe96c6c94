// Maps every error to RFC 9457 problem+json, once. Validation errors name the field; nothing from the
// stack or the SQL leaves the server outside development.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, toProblem } from '../errors.js';
import type { FieldError } from '../../shared/error-codes.js';

function fromFastifyError(error: FastifyError): AppError | null {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((v) => {
      const part = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const keys = (v.params as { keys?: unknown }).keys;
      const unknownKeys = v.keyword === 'unrecognized_keys' && Array.isArray(keys) ? keys.join(', ') : null;
      const path = unknownKeys ? [part, unknownKeys].filter(Boolean).join('.') : part || (error.validationContext ?? 'body');
      return { path, message: unknownKeys ? 'unknown field' : v.message ?? 'is invalid' };
    });
    const where = error.validationContext ?? 'body';
    return new AppError('VALIDATION_FAILED', `Invalid ${where}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_REQUEST', error.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', error.message);
  }
  if (error instanceof SyntaxError) return new AppError('MALFORMED_REQUEST', 'The request body is not valid JSON');
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', 'Too many attempts. Wait a minute and try again');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('MALFORMED_REQUEST', error.message);
  return null;
}

// Drizzle's "Failed query" errors carry the query's parameters (names, dates of birth…): log the SQL only.
function redactQueryParams(error: Error): { type: string; message: string; code?: string; stack?: string } {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return {
    type: error.name,
    message: error.message.split('\nparams:')[0] ?? '',
    ...(typeof cause?.code === 'string' ? { code: cause.code } : {}),
    ...(error.stack ? { stack: error.stack.split('\n').filter((l) => l.trimStart().startsWith('at ')).join('\n') } : {}),
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  if (error.headers) void reply.headers(error.headers);
  return reply.status(error.status).type('application/problem+json').send(toProblem(error, request.id));
}

export function registerErrorHandler(app: FastifyInstance, { isProduction }: { isProduction: boolean }): void {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    const appError = rawError instanceof AppError ? rawError : fromFastifyError(rawError);
    if (appError) {
      if (appError.status >= 500) request.log.error({ err: rawError }, 'request failed');
      return sendProblem(reply, request, appError);
    }
    if (isResponseSerializationError(rawError)) request.log.error({ err: rawError }, 'response did not match its schema');
    else request.log.error({ err: redactQueryParams(rawError) }, 'unhandled error');
    const internal = new AppError('INTERNAL', isProduction ? undefined : `${rawError.message}`);
    return sendProblem(reply, request, internal);
  });
}
