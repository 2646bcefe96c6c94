// Who is acting and from where: passed to every service operation, and recorded on every audit event.
import type { Action, Actor, Resource } from '../shared/policy.js';
import { decide } from '../shared/policy.js';
import { AppError, notFound } from './errors.js';
import type { NewAuditEvent } from './modules/audit/audit.repo.js';

export type SignedInUser = Actor & { email: string; displayName: string; forceName: string | null; sessionId: string };

export type RequestContext = {
  actor: SignedInUser | null;
  requestId: string | null;
  clientAddress: string | null;
};

/** The context of a command run from the CLI by force IT: no signed-in user, no client address. */
export const cliContext = (): RequestContext => ({ actor: null, requestId: `cli-${process.pid}-${Date.now()}`, clientAddress: null });

/**
 * The first line of every service operation. Throws 401 without a user, 403 when no role grants the action,
 * and 404 (by default) when the record lies outside the user's reach, so its existence does not leak.
 */
export function authorize(
  ctx: RequestContext,
  action: Action,
  resource?: Resource,
  options: { outOfReach?: 'not-found' | 'forbidden'; what?: string } = {},
): SignedInUser {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const decision = decide(actor, action, resource);
  if (decision === 'forbidden') throw new AppError('FORBIDDEN', `Your role does not allow ${action}`);
  if (decision === 'not-found') {
    if (options.outOfReach === 'forbidden') throw new AppError('FORBIDDEN', `You may only ${action} within your own force`);
    throw notFound(options.what);
  }
  return actor;
}

export function auditEvent(
  ctx: RequestContext,
  event: { action: string; entityType: string; entityId?: string | null; forceId?: string | null; detail?: Record<string, unknown> | null },
): NewAuditEvent {
  return {
    actorId: ctx.actor?.id ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    forceId: event.forceId ?? null,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    detail: event.detail ?? null,
  };
}
