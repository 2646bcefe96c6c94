import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { forces, sessions, users } from '../../db/schema.js';
import type { Role } from '../../../shared/roles.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(
  db: Queryable,
  values: { email: string; displayName: string; passwordHash: string | null; roles: Role[]; forceId: string | null },
): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listUsers(db: Queryable, forceId: string | null): Promise<{ user: UserRow; forceName: string | null }[]> {
  return db.select({ user: users, forceName: forces.name }).from(users)
    .leftJoin(forces, eq(forces.id, users.forceId))
    .where(forceId === null ? undefined : eq(users.forceId, forceId))
    .orderBy(asc(users.email));
}

export async function recordLoginFailure(db: Queryable, id: string, maxFailures: number, lockMinutes: number): Promise<UserRow | undefined> {
  // Each lock doubles (15, 30, 60 … minutes, capped at a day) while failures keep coming.
  const [row] = await db.update(users).set({
    failedLogins: sql`${users.failedLogins} + 1`,
    lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures}
      then now() + make_interval(mins => least(${lockMinutes} * power(2, ${users.failedLogins} + 1 - ${maxFailures})::int, 1440))
      else ${users.lockedUntil} end`,
  }).where(eq(users.id, id)).returning();
  return row;
}

export async function resetLoginFailures(db: Queryable, id: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
}

export async function updateUserStatus(db: Queryable, id: string, patch: { disabled?: boolean; unlock?: boolean }): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set({
    ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
    ...(patch.unlock ? { failedLogins: 0, lockedUntil: null } : {}),
  }).where(eq(users.id, id)).returning();
  return row;
}

export async function forceName(db: Queryable, forceId: string | null): Promise<string | null> {
  if (forceId === null) return null;
  const [row] = await db.select({ name: forces.name }).from(forces).where(eq(forces.id, forceId));
  return row?.name ?? null;
}

export async function insertSession(db: Queryable, values: { id: string; userId: string; csrfToken: string }): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSessionWithUser(db: Queryable, id: string) {
  const [row] = await db
    .select({ session: sessions, user: users, forceName: forces.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(forces, eq(forces.id, users.forceId))
    .where(eq(sessions.id, id));
  return row;
}

export async function touchSession(db: Queryable, id: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(users).where(isNull(users.oidcSubject));
  return row?.n ?? 0;
}

