// Vetting rows in and out of the database. Scope (which forces) is applied here, in SQL.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';
import {
  employments, forces, integrityReviews, people, randomRevettingDraws, users, vettingAdverseItems, vettingApplications, vettingChecks,
  vettingClearances, vettingEvents, vettingLevels, vettingReviews,
} from '../../db/schema.js';
import { VETTING_LEVELS } from '../../../shared/vetting-vocabulary.js';

export type LevelRow = typeof vettingLevels.$inferSelect;
export type ApplicationRow = typeof vettingApplications.$inferSelect;
export type CheckRow = typeof vettingChecks.$inferSelect;
export type AdverseItemRow = typeof vettingAdverseItems.$inferSelect;
export type ClearanceRow = typeof vettingClearances.$inferSelect;
export type ReviewRow = typeof vettingReviews.$inferSelect;

// National security clearances (CTC, SC, DV) share the table but are only recorded: every list and trigger that
// manages clearances (reviews, re-vetting, integrity reviews, reminders) looks at the managed levels alone.
const isManaged = inArray(vettingClearances.level, [...VETTING_LEVELS]);
const managedLevelList = sql.join(VETTING_LEVELS.map((level) => sql`${level}`), sql`, `);

export const listLevels = (db: Queryable): Promise<LevelRow[]> => db.select().from(vettingLevels).orderBy(asc(vettingLevels.code));

export async function findLevel(db: Queryable, code: string): Promise<LevelRow | undefined> {
  const [row] = await db.select().from(vettingLevels).where(eq(vettingLevels.code, code));
  return row;
}

/** MPS-V-2026-000042, under a per-force lock so two applications never collide. */
export async function nextApplicationReference(tx: Queryable, forceId: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`vetting-reference:${forceId}`}))`);
  const prefix = `${forceId}-V-${year}-`;
  const [row] = await tx.select({ n: sql<number>`count(*)` }).from(vettingApplications).where(and(eq(vettingApplications.forceId, forceId), sql`${vettingApplications.reference} like ${`${prefix}%`}`));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(6, '0')}`;
}

export async function insertApplication(tx: Queryable, values: typeof vettingApplications.$inferInsert): Promise<ApplicationRow> {
  const [row] = await tx.insert(vettingApplications).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findApplication(db: Queryable, id: string) {
  const [row] = await db.select({ application: vettingApplications, forceName: forces.name, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth })
    .from(vettingApplications)
    .innerJoin(forces, eq(forces.id, vettingApplications.forceId))
    .innerJoin(people, eq(people.id, vettingApplications.personId))
    .where(eq(vettingApplications.id, id));
  return row;
}

/** Claims the next version of an application: false when someone else saved first (optimistic locking). */
export async function claimApplicationVersion(tx: Queryable, id: string, expected: number): Promise<boolean> {
  const updated = await tx.update(vettingApplications).set({ version: sql`${vettingApplications.version} + 1` })
    .where(and(eq(vettingApplications.id, id), eq(vettingApplications.version, expected))).returning({ version: vettingApplications.version });
  return updated.length === 1;
}

export const updateApplication = (tx: Queryable, id: string, values: Partial<typeof vettingApplications.$inferInsert>) =>
  tx.update(vettingApplications).set(values).where(eq(vettingApplications.id, id));

export const listChecks = (db: Queryable, applicationId: string): Promise<CheckRow[]> =>
  db.select().from(vettingChecks).where(eq(vettingChecks.applicationId, applicationId));

export async function upsertCheck(tx: Queryable, values: typeof vettingChecks.$inferInsert): Promise<void> {
  await tx.insert(vettingChecks).values(values).onConflictDoUpdate({
    target: [vettingChecks.applicationId, vettingChecks.checkType],
    set: { result: values.result, reason: values.reason ?? null, notes: values.notes ?? null, recordedBy: values.recordedBy ?? null, recordedAt: sql`now()`, prefilled: values.prefilled ?? false, detail: values.detail ?? null },
  });
}

export const listAdverseItems = (db: Queryable, applicationId: string): Promise<AdverseItemRow[]> =>
  db.select().from(vettingAdverseItems).where(eq(vettingAdverseItems.applicationId, applicationId)).orderBy(asc(vettingAdverseItems.createdAt), asc(vettingAdverseItems.id));

export async function insertAdverseItem(tx: Queryable, values: typeof vettingAdverseItems.$inferInsert): Promise<AdverseItemRow> {
  const [row] = await tx.insert(vettingAdverseItems).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const setWeighing = (tx: Queryable, itemId: string, weighing: string) =>
  tx.update(vettingAdverseItems).set({ weighing }).where(eq(vettingAdverseItems.id, itemId));

export const insertVettingEvent = (tx: Queryable, values: typeof vettingEvents.$inferInsert) => tx.insert(vettingEvents).values(values);

export async function listVettingEvents(db: Queryable, where: { applicationId?: string; reviewId?: string }) {
  const condition = where.applicationId ? eq(vettingEvents.applicationId, where.applicationId) : eq(vettingEvents.reviewId, where.reviewId ?? '');
  return db.select({ event: vettingEvents, actorName: users.displayName }).from(vettingEvents)
    .leftJoin(users, eq(users.id, vettingEvents.actorId))
    .where(condition).orderBy(asc(vettingEvents.createdAt), asc(vettingEvents.id));
}

export async function userNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listApplicationRows(db: Queryable, filter: { forceId: string | null; state?: string; page: number; pageSize: number }) {
  const conditions: SQL[] = [];
  if (filter.forceId !== null) conditions.push(eq(vettingApplications.forceId, filter.forceId));
  if (filter.state) conditions.push(sql`${vettingApplications.state} = ${filter.state}`);
  const where = and(...conditions);
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(vettingApplications).where(where);
  const rows = await db.select({
    application: vettingApplications,
    givenNames: people.givenNames,
    familyName: people.familyName,
    requiredChecks: vettingLevels.requiredChecks,
    checksDone: sql<number>`(select count(*) from vetting_check c where c.application_id = "vetting_application"."id")`,
    requiredDone: sql<number>`(select count(*) from vetting_check c where c.application_id = "vetting_application"."id" and c.check_type = any("vetting_level"."required_checks"))`,
    adverseItems: sql<number>`(select count(*) from vetting_adverse_item i where i.application_id = "vetting_application"."id")`,
  }).from(vettingApplications)
    .innerJoin(people, eq(people.id, vettingApplications.personId))
    .innerJoin(vettingLevels, eq(vettingLevels.code, vettingApplications.level))
    .where(where)
    .orderBy(desc(vettingApplications.openedOn), desc(vettingApplications.reference))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  return { rows, total: count?.n ?? 0 };
}

export async function insertClearance(tx: Queryable, values: typeof vettingClearances.$inferInsert): Promise<ClearanceRow> {
  const [row] = await tx.insert(vettingClearances).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const setClearanceStatus = (tx: Queryable, id: string, status: ClearanceRow['status'], endedOn: string | null) =>
  tx.update(vettingClearances).set({ status, endedOn }).where(eq(vettingClearances.id, id));

/** Active clearances of a person at a level Warrant manages (a renewal supersedes the one it renews). */
export const activeClearancesOf = (db: Queryable, personId: string): Promise<ClearanceRow[]> =>
  db.select().from(vettingClearances).where(and(eq(vettingClearances.personId, personId), eq(vettingClearances.status, 'active'), isManaged)).orderBy(desc(vettingClearances.grantedOn));

/** Active recorded national security clearances of a person at one level (a new record supersedes them). */
export const activeRecordedClearancesOf = (db: Queryable, personId: string, level: string): Promise<ClearanceRow[]> =>
  db.select().from(vettingClearances).where(and(eq(vettingClearances.personId, personId), eq(vettingClearances.status, 'active'), eq(vettingClearances.level, level), isNull(vettingClearances.applicationId)));

/** What the sponsoring body and reference of each recorded national security clearance were, by clearance id. */
export async function nationalSecuritySponsors(db: Queryable, clearanceIds: string[]): Promise<Map<string, string>> {
  if (clearanceIds.length === 0) return new Map();
  const rows = await db.select({ clearanceId: sql<string>`${vettingEvents.data}->>'clearanceId'`, sponsor: vettingEvents.rationale }).from(vettingEvents)
    .where(and(eq(vettingEvents.action, 'record_national_security_clearance'), inArray(sql`${vettingEvents.data}->>'clearanceId'`, clearanceIds)));
  return new Map(rows.map((r) => [r.clearanceId, r.sponsor ?? '']));
}

export const clearancesOf = (db: Queryable, personId: string): Promise<ClearanceRow[]> =>
  db.select().from(vettingClearances).where(eq(vettingClearances.personId, personId)).orderBy(desc(vettingClearances.grantedOn));

export async function findClearanceByApplication(db: Queryable, applicationId: string): Promise<ClearanceRow | undefined> {
  const [row] = await db.select().from(vettingClearances).where(eq(vettingClearances.applicationId, applicationId));
  return row;
}

const openReviewExists = sql<boolean>`exists (select 1 from vetting_review r where r.clearance_id = "vetting_clearance"."id" and r.state in ('open','notice_served','panel_appeal','tribunal_appeal'))`;

export async function listClearanceRows(db: Queryable, filter: { forceId: string | null; status: 'expiring' | 'lapsed' | 'under_review' | 'withdrawn' | 'conditions_due'; today: string; horizon: string }) {
  // Warrant neither renews nor reviews national security clearances, so they are on none of these work lists.
  const conditions: SQL[] = [isManaged];
  if (filter.forceId !== null) conditions.push(eq(vettingClearances.forceId, filter.forceId));
  switch (filter.status) {
    case 'expiring': conditions.push(eq(vettingClearances.status, 'active'), sql`${vettingClearances.expiresOn} >= ${filter.today} and ${vettingClearances.expiresOn} <= ${filter.horizon}`); break;
    case 'lapsed': conditions.push(eq(vettingClearances.status, 'active'), sql`${vettingClearances.expiresOn} < ${filter.today}`); break;
    case 'under_review': conditions.push(eq(vettingClearances.status, 'active'), openReviewExists); break;
    case 'withdrawn': conditions.push(eq(vettingClearances.status, 'withdrawn')); break;
    case 'conditions_due': conditions.push(eq(vettingClearances.status, 'active'), sql`${vettingClearances.conditionsReviewOn} <= ${filter.today}`); break;
  }
  return db.select({ clearance: vettingClearances, givenNames: people.givenNames, familyName: people.familyName, underReview: openReviewExists })
    .from(vettingClearances).innerJoin(people, eq(people.id, vettingClearances.personId))
    .where(and(...conditions)).orderBy(asc(vettingClearances.expiresOn), asc(people.familyName)).limit(1000);
}

export async function clearanceReviewFlags(db: Queryable, clearanceIds: string[]): Promise<Set<string>> {
  if (clearanceIds.length === 0) return new Set();
  const rows = await db.select({ id: vettingReviews.clearanceId }).from(vettingReviews)
    .where(and(inArray(vettingReviews.clearanceId, clearanceIds), sql`${vettingReviews.state} in ('open','notice_served','panel_appeal','tribunal_appeal')`));
  return new Set(rows.map((r) => r.id));
}

export async function insertReview(tx: Queryable, values: typeof vettingReviews.$inferInsert): Promise<ReviewRow> {
  const [row] = await tx.insert(vettingReviews).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** An open review of the clearance for the same trigger: a second allegation joins it rather than opening another. */
export async function findOpenReview(db: Queryable, clearanceId: string): Promise<ReviewRow | undefined> {
  const [row] = await db.select().from(vettingReviews)
    .where(and(eq(vettingReviews.clearanceId, clearanceId), sql`${vettingReviews.state} in ('open','notice_served','panel_appeal','tribunal_appeal')`)).limit(1);
  return row;
}

export async function findReview(db: Queryable, id: string) {
  const [row] = await db.select({ review: vettingReviews, level: vettingClearances.level, givenNames: people.givenNames, familyName: people.familyName })
    .from(vettingReviews)
    .innerJoin(vettingClearances, eq(vettingClearances.id, vettingReviews.clearanceId))
    .innerJoin(people, eq(people.id, vettingReviews.personId))
    .where(eq(vettingReviews.id, id));
  return row;
}

export async function claimReviewVersion(tx: Queryable, id: string, expected: number): Promise<boolean> {
  const updated = await tx.update(vettingReviews).set({ version: sql`${vettingReviews.version} + 1` })
    .where(and(eq(vettingReviews.id, id), eq(vettingReviews.version, expected))).returning({ version: vettingReviews.version });
  return updated.length === 1;
}

export const updateReview = (tx: Queryable, id: string, values: Partial<typeof vettingReviews.$inferInsert>) =>
  tx.update(vettingReviews).set(values).where(eq(vettingReviews.id, id));

export async function listReviewRows(db: Queryable, filter: { forceId: string | null; open?: boolean; hrAction?: boolean; trigger?: string }) {
  const conditions: SQL[] = [];
  if (filter.forceId !== null) conditions.push(eq(vettingReviews.forceId, filter.forceId));
  if (filter.trigger !== undefined) conditions.push(eq(vettingReviews.trigger, filter.trigger));
  if (filter.open !== undefined) {
    const open = sql`${vettingReviews.state} in ('open','notice_served','panel_appeal','tribunal_appeal')`;
    conditions.push(filter.open ? open : sql`not ${open}`);
  }
  if (filter.hrAction) conditions.push(eq(vettingReviews.hrActionRequired, true), isNull(vettingReviews.hrActionRecordedOn));
  return db.select({ review: vettingReviews, level: vettingClearances.level, givenNames: people.givenNames, familyName: people.familyName })
    .from(vettingReviews)
    .innerJoin(vettingClearances, eq(vettingClearances.id, vettingReviews.clearanceId))
    .innerJoin(people, eq(people.id, vettingReviews.personId))
    .where(and(...conditions)).orderBy(asc(vettingReviews.openedOn), asc(vettingReviews.id)).limit(1000);
}

export const reviewsOf = (db: Queryable, personId: string): Promise<ReviewRow[]> =>
  db.select().from(vettingReviews).where(eq(vettingReviews.personId, personId)).orderBy(desc(vettingReviews.openedOn));

export const applicationsOf = (db: Queryable, personId: string): Promise<ApplicationRow[]> =>
  db.select().from(vettingApplications).where(eq(vettingApplications.personId, personId)).orderBy(desc(vettingApplications.openedOn));

export const insertIntegrityReview = (tx: Queryable, values: typeof integrityReviews.$inferInsert) => tx.insert(integrityReviews).values(values);

/**
 * Everyone holding an active clearance whose annual integrity review is overdue: twelve months after the last
 * one, or after the grant when there has been none.
 */
export async function listOverdueIntegrityReviews(db: Queryable, filter: { forceId: string | null; today: string }) {
  const forceFilter = filter.forceId === null ? sql`true` : sql`c.force_id = ${filter.forceId}`;
  return queryRows<{ person_id: string; force_id: string; level: string; last_on: string | null; due_on: string; given_names: string; family_name: string }>(db, sql`
    with holder as (
      select distinct on (c.person_id) c.person_id, c.force_id, c.level, c.granted_on
      from vetting_clearance c
      where c.status = 'active' and c.level in (${managedLevelList}) and (c.expires_on is null or c.expires_on >= ${filter.today}) and ${forceFilter}
      order by c.person_id, c.granted_on desc
    ), last_review as (
      select person_id, max(completed_on) as last_on from integrity_review group by person_id
    )
    select h.person_id, h.force_id, h.level, r.last_on::text as last_on,
           ((coalesce(greatest(r.last_on, h.granted_on), h.granted_on) + interval '12 months')::date)::text as due_on,
           p.given_names, p.family_name
    from holder h
    join person p on p.id = h.person_id
    left join last_review r on r.person_id = h.person_id
    where (coalesce(greatest(r.last_on, h.granted_on), h.granted_on) + interval '12 months')::date < ${filter.today}::date
    order by due_on, p.family_name
    limit 1000`);
}

export async function findRevettingDraw(db: Queryable, forceId: string, year: number) {
  const [row] = await db.select().from(randomRevettingDraws).where(and(eq(randomRevettingDraws.forceId, forceId), eq(randomRevettingDraws.year, year)));
  return row;
}

export const insertRevettingDraw = (tx: Queryable, values: typeof randomRevettingDraws.$inferInsert) => tx.insert(randomRevettingDraws).values(values);

/** The draws made, newest year first, in scope. */
export async function listRevettingDraws(db: Queryable, filter: { forceId: string | null }) {
  return db.select({ draw: randomRevettingDraws, forceName: forces.name, drawnByName: users.displayName }).from(randomRevettingDraws)
    .innerJoin(forces, eq(forces.id, randomRevettingDraws.forceId))
    .innerJoin(users, eq(users.id, randomRevettingDraws.drawnBy))
    .where(filter.forceId === null ? undefined : eq(randomRevettingDraws.forceId, filter.forceId))
    .orderBy(desc(randomRevettingDraws.year), asc(forces.name)).limit(1000);
}

/** Active, unexpired clearances at a managed level in a force with no open review: those a random draw may pick. */
export async function eligibleForRevetting(db: Queryable, forceId: string, today: string): Promise<ClearanceRow[]> {
  return db.select().from(vettingClearances)
    .where(and(eq(vettingClearances.forceId, forceId), eq(vettingClearances.status, 'active'), isManaged, sql`(${vettingClearances.expiresOn} is null or ${vettingClearances.expiresOn} >= ${today})`, sql`not ${openReviewExists}`))
    .orderBy(asc(vettingClearances.id));
}

export async function employmentsWithForce(db: Queryable, personId: string) {
  return db.select({ employment: employments, forceName: forces.name }).from(employments).innerJoin(forces, eq(forces.id, employments.forceId))
    .where(eq(employments.personId, personId)).orderBy(asc(employments.startDate));
}

/** Decided applications in scope and period, for the consistency page. */
export async function decidedApplications(db: Queryable, filter: { forceId: string | null; from: string; to: string }) {
  const conditions: SQL[] = [sql`${vettingApplications.outcome} is not null`, sql`${vettingApplications.decidedOn} between ${filter.from} and ${filter.to}`];
  if (filter.forceId !== null) conditions.push(eq(vettingApplications.forceId, filter.forceId));
  return db.select({ application: vettingApplications, givenNames: people.givenNames, familyName: people.familyName }).from(vettingApplications)
    .innerJoin(people, eq(people.id, vettingApplications.personId))
    .where(and(...conditions)).orderBy(asc(vettingApplications.decidedOn), asc(vettingApplications.reference));
}

export async function adverseCategoriesOf(db: Queryable, applicationIds: string[]): Promise<Map<string, string[]>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db.select({ applicationId: vettingAdverseItems.applicationId, category: vettingAdverseItems.category }).from(vettingAdverseItems)
    .where(inArray(vettingAdverseItems.applicationId, applicationIds));
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.applicationId) ?? [];
    if (!list.includes(r.category)) list.push(r.category);
    map.set(r.applicationId, list);
  }
  return map;
}
