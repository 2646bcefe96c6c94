import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { CASE_ID, CASE_RECEIVED_ON } from '../../db/qualified-columns.js';
import {
  allegations, caseEvents, caseParties, cases, caseSubjects, employments, forces, iopcReferralCriteria, listReports, personLinks, personNames, people,
  restrictions, tagDefinitions, users,
} from '../../db/schema.js';
import type { TCaseListQuery } from '../../../shared/case-contracts.js';

export type CaseRow = typeof cases.$inferSelect;
export type SubjectRow = typeof caseSubjects.$inferSelect;

/**
 * The next reference in a force and year (MPS-2026-000042), under a per-force lock so two intakes never collide.
 * Restricted cases are numbered in their own series (MPS-R-2026-000003): a gap in the ordinary series would
 * tell everyone else that a restricted case exists.
 */
export async function nextCaseReference(tx: Queryable, forceId: string, year: number, restricted: boolean): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-reference:${forceId}`}))`);
  const prefix = restricted ? `${forceId}-R-${year}-` : `${forceId}-${year}-`;
  const [row] = await tx.select({ n: sql<number>`count(*)` }).from(cases).where(and(eq(cases.forceId, forceId), sql`${cases.reference} like ${`${prefix}%`}`));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(6, '0')}`;
}

export const currentTagDefinitionsVersion = async (db: Queryable): Promise<number> => {
  const [row] = await db.select({ v: sql<number>`coalesce(max(${tagDefinitions.version}), 0)` }).from(tagDefinitions).where(sql`${tagDefinitions.effectiveFrom} <= current_date`);
  return row?.v ?? 0;
};

export const listTagDefinitions = (db: Queryable, version: number) =>
  db.select().from(tagDefinitions).where(eq(tagDefinitions.version, version)).orderBy(asc(tagDefinitions.tag));

export const listReferralCriteria = (db: Queryable) =>
  db.select().from(iopcReferralCriteria).where(eq(iopcReferralCriteria.active, true)).orderBy(desc(iopcReferralCriteria.mandatory), asc(iopcReferralCriteria.code));

export async function findCase(db: Queryable, id: string) {
  const [row] = await db.select({ case: cases, forceName: forces.name }).from(cases).innerJoin(forces, eq(forces.id, cases.forceId)).where(eq(cases.id, id));
  return row;
}

export async function findSubject(db: Queryable, caseId: string, subjectId: string): Promise<SubjectRow | undefined> {
  const [row] = await db.select().from(caseSubjects).where(and(eq(caseSubjects.id, subjectId), eq(caseSubjects.caseId, caseId)));
  return row;
}

/** Claims the next version of a case: returns false when someone else saved first (optimistic locking). */
export async function claimCaseVersion(tx: Queryable, caseId: string, expectedVersion: number): Promise<boolean> {
  const updated = await tx.update(cases).set({ version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(cases.id, caseId), eq(cases.version, expectedVersion))).returning({ version: cases.version });
  return updated.length === 1;
}

export async function loadCaseParts(db: Queryable, caseId: string) {
  const [parties, subjects, allegationRows, restrictionRows, events] = await Promise.all([
    db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(asc(caseParties.createdAt)),
    db.select({ subject: caseSubjects, givenNames: people.givenNames, familyName: people.familyName })
      .from(caseSubjects).innerJoin(people, eq(people.id, caseSubjects.personId))
      .where(eq(caseSubjects.caseId, caseId)).orderBy(asc(people.familyName), asc(caseSubjects.id)),
    db.select().from(allegations).where(eq(allegations.caseId, caseId)).orderBy(asc(allegations.id)),
    db.select().from(restrictions).where(eq(restrictions.caseId, caseId)).orderBy(asc(restrictions.decidedOn)),
    db.select({ event: caseEvents, decidedBy: users.displayName }).from(caseEvents).leftJoin(users, eq(users.id, caseEvents.decidedBy))
      .where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.createdAt), asc(caseEvents.id)),
  ]);
  return { parties, subjects, allegations: allegationRows, restrictions: restrictionRows, events };
}

export async function currentForceNames(db: Queryable, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.select({ personId: employments.personId, name: forces.name }).from(employments)
    .innerJoin(forces, eq(forces.id, employments.forceId))
    .where(and(inArray(employments.personId, personIds), sql`${employments.endDate} is null`));
  return new Map(rows.map((r) => [r.personId, r.name]));
}

/** Every other case subject record of a person, in every force, with its case and allegations. */
export async function findHistoryOf(db: Queryable, personId: string, excludeCaseId: string | null) {
  // A record confirmed to be the same person (person_link) brings its cases: one human, one history.
  const linked = await db.select({ id: personLinks.linkedPersonId }).from(personLinks).where(eq(personLinks.personId, personId));
  const personIds = [personId, ...linked.map((l) => l.id)];
  const rows = await db.select({ subject: caseSubjects, case: cases, forceName: forces.name })
    .from(caseSubjects)
    .innerJoin(cases, eq(cases.id, caseSubjects.caseId))
    .innerJoin(forces, eq(forces.id, cases.forceId))
    .where(and(inArray(caseSubjects.personId, personIds), excludeCaseId ? ne(caseSubjects.caseId, excludeCaseId) : undefined))
    .orderBy(desc(cases.receivedOn));
  const subjectIds = rows.map((r) => r.subject.id);
  const allegationRows = subjectIds.length === 0 ? [] : await db.select().from(allegations).where(inArray(allegations.subjectId, subjectIds));
  const restrictionRows = await db.select({ restriction: restrictions }).from(restrictions)
    .innerJoin(caseSubjects, eq(caseSubjects.id, restrictions.subjectId))
    .where(and(inArray(caseSubjects.personId, personIds), sql`${restrictions.endedOn} is null`));
  return { rows, allegations: allegationRows, openRestrictions: restrictionRows.map((r) => r.restriction) };
}

/** People's names for display, by id. */
export async function namesOf(db: Queryable, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.select({ personId: personNames.personId, given: personNames.givenNames, family: personNames.familyName })
    .from(personNames).where(and(inArray(personNames.personId, personIds), eq(personNames.kind, 'current')));
  return new Map(rows.map((r) => [r.personId, `${r.given} ${r.family}`]));
}

// The next thing due on a case, for lists and "my cases": the soonest of an open restriction's review,
// an unsubmitted Barred/Advisory List report, and the next report to the local policing body while an
// investigation is open (12 months after receipt, then every 6 months after each report made).
const dueItems = sql`(
    select r.review_on as d, 'restriction review' as what from subject_restriction r where r.case_id = ${CASE_ID} and r.ended_on is null
    union all
    select l.due_on, l.list || ' list report to the College of Policing' from list_report l where l.case_id = ${CASE_ID} and l.submitted_on is null
    union all
    select (${CASE_RECEIVED_ON} + interval '12 months' + interval '6 months' * (
      select count(*) from case_event e where e.case_id = ${CASE_ID} and e.action = 'report_to_local_policing_body'))::date, 'report to the local policing body'
    where exists (select 1 from case_subject s where s.case_id = ${CASE_ID} and s.state = 'under_investigation')
  ) due`;
export const nextDueSql = sql<string | null>`(select min(d) from ${dueItems})`;
// What the soonest item is: 'YYYY-MM-DD what', split by the service.
export const nextDueWithWhatSql = sql<string | null>`(select min(d::text || ' ' || what) from ${dueItems})`;

export type CaseScope = { forceId: string | null; canSeeRestricted: boolean; restrictedForceId: string | null; actorId: string };

export async function listCaseRows(db: Queryable, query: TCaseListQuery, scope: CaseScope, today: string) {
  const conditions: SQL[] = [];
  if (scope.forceId !== null) conditions.push(eq(cases.forceId, scope.forceId));
  // Restricted cases never leave the database for anyone but counter-corruption of that force.
  if (!scope.canSeeRestricted) conditions.push(eq(cases.restricted, false));
  else if (scope.restrictedForceId !== null) conditions.push(sql`(${cases.restricted} = false or ${cases.forceId} = ${scope.restrictedForceId})`);
  if (query.forceId) conditions.push(eq(cases.forceId, query.forceId));
  if (query.state) conditions.push(sql`exists (select 1 from case_subject s where s.case_id = ${CASE_ID} and s.state = ${query.state})`);
  // The case's tag summary (kept by triggers on allegation, migration 0015) and its GIN index: one row per case.
  if (query.tag) conditions.push(sql`${cases.tags} @> array[${query.tag}]::text[]`);
  if (query.investigatorId) conditions.push(eq(cases.investigatorId, query.investigatorId));
  if (query.mine) conditions.push(sql`(${cases.investigatorId} = ${scope.actorId} or ${cases.createdBy} = ${scope.actorId})`);
  if (query.overdue !== undefined) conditions.push(query.overdue ? sql`${nextDueSql} < ${today}` : sql`coalesce(${nextDueSql} >= ${today}, true)`);
  const where = and(...conditions);
  // The total and the page are independent: on PostgreSQL they run at once on two pooled connections.
  const [[count], rows] = await Promise.all([
    db.select({ n: sql<number>`count(*)` }).from(cases).where(where),
    db.select({ case: cases, nextDue: nextDueWithWhatSql }).from(cases).where(where)
      // "My cases" reads best sorted by what is due; otherwise newest first.
      .orderBy(query.mine ? sql`${nextDueSql} asc nulls last` : desc(cases.receivedOn), desc(cases.reference))
      .limit(query.pageSize).offset((query.page - 1) * query.pageSize),
  ]);
  const ids = rows.map((r) => r.case.id);
  const subjects = ids.length === 0 ? [] : await db.select({ caseId: caseSubjects.caseId, state: caseSubjects.state, personId: caseSubjects.personId })
    .from(caseSubjects).where(inArray(caseSubjects.caseId, ids));
  return { rows, total: count?.n ?? 0, subjects };
}

export async function insertCase(tx: Queryable, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const insertParties = async (tx: Queryable, values: (typeof caseParties.$inferInsert)[]) => {
  if (values.length > 0) await tx.insert(caseParties).values(values);
};

export async function insertSubject(tx: Queryable, values: typeof caseSubjects.$inferInsert): Promise<SubjectRow> {
  const [row] = await tx.insert(caseSubjects).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const insertAllegations = async (tx: Queryable, values: (typeof allegations.$inferInsert)[]) => {
  if (values.length > 0) await tx.insert(allegations).values(values);
};

export const insertCaseEvent = async (tx: Queryable, values: typeof caseEvents.$inferInsert) => {
  await tx.insert(caseEvents).values(values);
};

export const updateSubject = async (tx: Queryable, subjectId: string, patch: Partial<typeof caseSubjects.$inferInsert>) => {
  await tx.update(caseSubjects).set(patch).where(eq(caseSubjects.id, subjectId));
};

export const setAllegationCaseToAnswer = async (tx: Queryable, allegationId: string, subjectId: string, value: boolean) => {
  await tx.update(allegations).set({ caseToAnswer: value }).where(and(eq(allegations.id, allegationId), eq(allegations.subjectId, subjectId)));
};

export const setCaseInvestigator = async (tx: Queryable, caseId: string, investigatorId: string) => {
  await tx.update(cases).set({ investigatorId }).where(eq(cases.id, caseId));
};

export const insertRestriction = async (tx: Queryable, values: typeof restrictions.$inferInsert) => {
  await tx.insert(restrictions).values(values);
};

/** The new report, or undefined when this subject already has one for that list. */
export const insertListReport = async (tx: Queryable, values: typeof listReports.$inferInsert) => {
  const [row] = await tx.insert(listReports).values(values).onConflictDoNothing().returning();
  return row;
};

export async function findPeopleByIds(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: people.id, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth }).from(people).where(inArray(people.id, ids));
}

export async function findLatestEmployment(db: Queryable, personId: string) {
  const [row] = await db.select().from(employments).where(eq(employments.personId, personId)).orderBy(desc(employments.startDate)).limit(1);
  return row;
}

export async function findUserInForce(db: Queryable, userId: string) {
  const [row] = await db.select({ id: users.id, forceId: users.forceId }).from(users).where(eq(users.id, userId));
  return row;
}

export async function lastDecisionDate(db: Queryable, subjectId: string): Promise<string | null> {
  const [row] = await db.select({ on: sql<string | null>`max(${caseEvents.decidedOn})` }).from(caseEvents).where(eq(caseEvents.subjectId, subjectId));
  return row?.on ?? null;
}

const openCase = sql`exists (select 1 from case_subject s where s.case_id = ${CASE_ID} and s.state not in ('closed', 'withdrawn'))`;

function scopeConditions(scope: CaseScope): SQL[] {
  const conditions: SQL[] = [openCase];
  if (scope.forceId !== null) conditions.push(eq(cases.forceId, scope.forceId));
  if (!scope.canSeeRestricted) conditions.push(eq(cases.restricted, false));
  else if (scope.restrictedForceId !== null) conditions.push(sql`(${cases.restricted} = false or ${cases.forceId} = ${scope.restrictedForceId})`);
  return conditions;
}

export async function overdueByForce(db: Queryable, scope: CaseScope, today: string) {
  return db.select({ forceId: cases.forceId, open: sql<number>`count(*)`, overdue: sql<number>`count(*) filter (where ${nextDueSql} < ${today})` })
    .from(cases).where(and(...scopeConditions(scope))).groupBy(cases.forceId).orderBy(cases.forceId);
}

export async function overdueByInvestigator(db: Queryable, scope: CaseScope, today: string) {
  return db.select({ investigatorId: cases.investigatorId, investigatorName: users.displayName, open: sql<number>`count(*)`, overdue: sql<number>`count(*) filter (where ${nextDueSql} < ${today})` })
    .from(cases).leftJoin(users, eq(users.id, cases.investigatorId)).where(and(...scopeConditions(scope)))
    .groupBy(cases.investigatorId, users.displayName).orderBy(sql`count(*) filter (where ${nextDueSql} < ${today}) desc`, users.displayName);
}

/** Open subjects by stage, with median and longest days in that stage so far. */
export async function timeInStage(db: Queryable, scope: CaseScope) {
  const days = sql`extract(epoch from (now() - ${caseSubjects.stateEnteredAt})) / 86400`;
  return db.select({
    state: caseSubjects.state,
    open: sql<number>`count(*)`,
    medianDays: sql<number | null>`round((percentile_cont(0.5) within group (order by ${days}))::numeric, 1)`,
    maxDays: sql<number | null>`round(max(${days})::numeric, 1)`,
  }).from(caseSubjects).innerJoin(cases, eq(cases.id, caseSubjects.caseId))
    .where(and(...scopeConditions(scope), sql`${caseSubjects.state} not in ('closed', 'withdrawn')`))
    .groupBy(caseSubjects.state).orderBy(caseSubjects.state);
}

export const setComplainantReview = async (tx: Queryable, caseId: string, review: NonNullable<CaseRow['complainantReview']>) => {
  await tx.update(cases).set({ complainantReview: review }).where(eq(cases.id, caseId));
};

export async function findRestriction(db: Queryable, caseId: string, restrictionId: string) {
  const [row] = await db.select().from(restrictions).where(and(eq(restrictions.id, restrictionId), eq(restrictions.caseId, caseId)));
  return row;
}

export const updateRestriction = async (tx: Queryable, restrictionId: string, patch: Partial<typeof restrictions.$inferInsert>) => {
  await tx.update(restrictions).set(patch).where(eq(restrictions.id, restrictionId));
};
