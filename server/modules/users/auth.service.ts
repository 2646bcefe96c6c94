// Local sign-in with argon2id, server-side sessions with idle and absolute timeouts, and lockout with
// backoff. OIDC sign-in would create the same session from a verified id token (users.oidc_* columns).
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { auditEvent, type RequestContext, type SignedInUser } from '../../context.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { ACTIONS, reachOf } from '../../../shared/policy.js';
import { ROLES, type Role } from '../../../shared/roles.js';
import type { TCurrentUser } from '../../../shared/contracts.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import {
  deleteSession,
  findSessionWithUser,
  findUserByEmail,
  forceName,
  insertSession,
  recordLoginFailure,
  resetLoginFailures,
  touchSession,
  type UserRow,
} from './user.repo.js';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const toRoles = (roles: readonly string[]): Role[] => roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));

export function presentCurrentUser(user: SignedInUser): TCurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: [...user.roles],
    forceId: user.forceId,
    forceName: user.forceName,
    permissions: ACTIONS.filter((a) => reachOf(user, a) !== null),
  };
}

function signedIn(user: UserRow, forceNameValue: string | null, sessionId: string): SignedInUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: toRoles(user.roles),
    forceId: user.forceId,
    forceName: forceNameValue,
    sessionId,
  };
}

export type LoginResult = { token: string; csrfToken: string; user: SignedInUser };

export async function loginWithPassword({ db, config, ctx, email, password }: {
  db: Db; config: Config; ctx: RequestContext; email: string; password: string;
}): Promise<LoginResult> {
  const user = await findUserByEmail(db, email);
  if (!user || !user.passwordHash || user.disabled) {
    await burnPasswordCheck(password);
    await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null, detail: { reason: user ? 'disabled-or-sso' : 'unknown-email' } })]));
    throw new AppError('UNAUTHENTICATED', 'Enter a correct email address and password');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, detail: { reason: 'locked' } })]));
    throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-in attempts. Try again after ${user.lockedUntil.toISOString()} or ask an administrator to unlock the account`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const updated = await db.transaction(async (tx) => {
      const row = await recordLoginFailure(tx, user.id, config.login.maxFailures, config.login.lockMinutes);
      await appendAuditEvents(tx, [auditEvent(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, detail: { reason: 'wrong-password', failures: row?.failedLogins ?? null } })]);
      return row;
    });
    if (updated?.lockedUntil && updated.lockedUntil > new Date()) {
      throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-in attempts. Try again after ${updated.lockedUntil.toISOString()} or ask an administrator to unlock the account`);
    }
    throw new AppError('UNAUTHENTICATED', 'Enter a correct email address and password');
  }
  return startSession({ db, ctx, user, method: 'password' });
}

/** Opens a session for a user who has proved who they are (password or identity provider). */
export async function startSession({ db, ctx, user, method }: { db: Db; ctx: RequestContext; user: UserRow; method: 'password' | 'oidc' }): Promise<LoginResult> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  await db.transaction(async (tx) => {
    await resetLoginFailures(tx, user.id);
    await insertSession(tx, { id: sessionId, userId: user.id, csrfToken });
    await appendAuditEvents(tx, [{ ...auditEvent(ctx, { action: 'auth.login', entityType: 'user', entityId: user.id, detail: { method } }), actorId: user.id }]);
  });
  return { token, csrfToken, user: signedIn(user, await forceName(db, user.forceId), sessionId) };
}

/** The user behind a session cookie, or null when the session is unknown, idle too long or too old. */
export async function resolveSession({ db, config, token }: { db: Db; config: Config; token: string }): Promise<{ user: SignedInUser; csrfToken: string } | null> {
  const sessionId = hashToken(token);
  const row = await findSessionWithUser(db, sessionId);
  if (!row) return null;
  const now = Date.now();
  const idleExpired = row.session.lastSeenAt.getTime() + config.session.idleMinutes * 60_000 < now;
  const absoluteExpired = row.session.createdAt.getTime() + config.session.absoluteHours * 3_600_000 < now;
  if (idleExpired || absoluteExpired || row.user.disabled) {
    await deleteSession(db, sessionId);
    return null;
  }
  // Refresh the idle clock at most once a minute, not on every request.
  if (now - row.session.lastSeenAt.getTime() > 60_000) await touchSession(db, sessionId);
  return { user: signedIn(row.user, row.forceName, sessionId), csrfToken: row.session.csrfToken };
}

export async function logout({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  await db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionId);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'auth.logout', entityType: 'user', entityId: actor.id })]);
  });
}
