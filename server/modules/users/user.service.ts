import type { Db } from '../../db/client.js';
import { AppError, fieldError, notFound, sqlState } from '../../errors.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { forceScope, NATIONAL_OVERSIGHT_ROLES, reachOf } from '../../../shared/policy.js';
import type { TCreateUser, TUserSummary } from '../../../shared/contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { hashPassword } from './password.js';
import { toRoles } from './auth.service.js';
import { deleteSessionsOfUser, findUserById, forceName, insertUser, listUsers as listUserRows, updateUserStatus, type UserRow } from './user.repo.js';

export function presentUser(row: UserRow, forceNameValue: string | null): TUserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles: toRoles(row.roles),
    forceId: row.forceId,
    forceName: forceNameValue,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
  };
}

/** Creates a local account. From the CLI (no actor) force IT may create any account, including the first. */
export async function createUser({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TCreateUser }): Promise<TUserSummary> {
  if (ctx.actor) {
    const actor = authorize(ctx, 'user:create', { forceIds: input.forceId ? [input.forceId] : [] }, { outOfReach: 'forbidden' });
    const oversight = input.roles.filter((r) => NATIONAL_OVERSIGHT_ROLES.includes(r));
    if (oversight.length > 0 && reachOf(actor, 'user:create') !== 'national') {
      throw new AppError('FORBIDDEN', `Only a national administrator may give the ${oversight.join(', ')} role`, { errors: [{ path: 'roles', message: 'needs a national administrator' }] });
    }
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    const row = await db.transaction(async (tx) => {
      const inserted = await insertUser(tx, { email: input.email, displayName: input.displayName, passwordHash, roles: input.roles, forceId: input.forceId });
      await appendAuditEvents(tx, [auditEvent(ctx, { action: 'user.create', entityType: 'user', entityId: inserted.id, forceId: inserted.forceId, detail: { roles: input.roles } })]);
      return inserted;
    });
    return presentUser(row, await forceName(db, row.forceId));
  } catch (error) {
    if (sqlState(error) === '23505') throw new AppError('CONFLICT', `A user with email ${input.email} already exists`, { errors: [{ path: 'email', message: 'already in use' }] });
    if (sqlState(error) === '23503') throw fieldError('forceId', `no force with code ${input.forceId}`);
    throw error;
  }
}

export async function listUsers({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<TUserSummary[]> {
  const actor = authorize(ctx, 'user:list');
  const rows = await listUserRows(db, forceScope(actor, 'user:list'));
  return rows.map((r) => presentUser(r.user, r.forceName));
}

/** Disables/enables or unlocks an account; disabling also ends its sessions. */
export async function updateUser({ db, ctx, userId, patch }: { db: Db; ctx: RequestContext; userId: string; patch: { disabled?: boolean; unlock?: boolean } }): Promise<TUserSummary> {
  authorize(ctx, 'user:update');
  const existing = await findUserById(db, userId);
  if (!existing) throw notFound('user');
  authorize(ctx, 'user:update', { forceIds: existing.forceId ? [existing.forceId] : [] }, { what: 'user' });
  const row = await db.transaction(async (tx) => {
    const updated = await updateUserStatus(tx, userId, patch);
    if (patch.disabled) await deleteSessionsOfUser(tx, userId);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'user.update', entityType: 'user', entityId: userId, forceId: existing.forceId, detail: patch })]);
    return updated;
  });
  if (!row) throw notFound('user');
  return presentUser(row, await forceName(db, row.forceId));
}
