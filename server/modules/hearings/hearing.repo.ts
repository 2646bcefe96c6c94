// Hearing notices in and out of the database. Staff lists are scoped by force in SQL; the public list asks for
// published notices whose period includes the given day, so a notice leaves the page by itself when its period ends.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';
import { cases, caseSubjects, forces, hearingNotices, users } from '../../db/schema.js';
import { HEARING_FORMS, type NoticeStatus } from '../../../shared/hearing-vocabulary.js';

export type NoticeRow = typeof hearingNotices.$inferSelect;

export type CandidateRow = {
  case_id: string; case_reference: string; subject_id: string; person_id: string; force_id: string; form: string; hearing_on: string | null;
  given_names: string; family_name: string; rank: string | null; standards: string[]; notice_id: string | null; notice_status: string | null;
};

/**
 * Subjects of the force's cases (never restricted ones, which the appropriate authority cannot see) whose misconduct
 * proceedings were arranged as a hearing, with what the register says of them and the notice already made, if any.
 */
export function listCandidateRows(db: Queryable, forceId: string | null, limit: number): Promise<CandidateRow[]> {
  const hearingForms = sql.join(HEARING_FORMS.map((f) => sql`${f}`), sql`, `);
  return queryRows<CandidateRow>(db, sql`
    select c.id as case_id, c.reference as case_reference, s.id as subject_id, s.person_id, s.force_id, s.proceedings_form as form,
      s.proceedings_on as hearing_on, p.given_names, p.family_name,
      (select e.rank from employment e where e.person_id = s.person_id and e.force_id = s.force_id order by e.start_date desc limit 1) as rank,
      array(select distinct a.standard from allegation a where a.subject_id = s.id order by a.standard) as standards,
      n.id as notice_id, n.status as notice_status
    from case_subject s
    join misconduct_case c on c.id = s.case_id
    join person p on p.id = s.person_id
    left join lateral (
      select id, status from hearing_notice h where h.subject_id = s.id and h.status <> 'withdrawn' order by h.created_at desc limit 1
    ) n on true
    where s.proceedings_form in (${hearingForms}) and not c.restricted
      and (${forceId}::text is null or s.force_id = ${forceId})
    order by s.proceedings_on desc nulls last, c.reference
    limit ${limit}`);
}

/** One subject as a notice needs it: the case, the hearing, the person, and whether the case is restricted. */
export async function findCandidate(db: Queryable, subjectId: string) {
  const rows = await queryRows<CandidateRow & { restricted: boolean }>(db, sql`
    select c.id as case_id, c.reference as case_reference, c.restricted, s.id as subject_id, s.person_id, s.force_id, s.proceedings_form as form,
      s.proceedings_on as hearing_on, p.given_names, p.family_name, null::text as rank, '{}'::text[] as standards, null::uuid as notice_id, null::text as notice_status
    from case_subject s join misconduct_case c on c.id = s.case_id join person p on p.id = s.person_id
    where s.id = ${subjectId}::uuid`);
  return rows[0];
}

/** Locks the case subject's row for the rest of the transaction (one live notice per hearing). */
export async function lockSubject(tx: Queryable, subjectId: string): Promise<void> {
  await tx.execute(sql`select id from case_subject where id = ${subjectId}::uuid for update`);
}

export async function findLiveNotice(db: Queryable, subjectId: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(hearingNotices).where(and(eq(hearingNotices.subjectId, subjectId), ne(hearingNotices.status, 'withdrawn'))).limit(1);
  return row;
}

export async function insertNotice(tx: Queryable, values: typeof hearingNotices.$inferInsert): Promise<NoticeRow> {
  const [row] = await tx.insert(hearingNotices).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Applies the change only if the notice is still at the version the caller read, and moves it on (optimistic locking). */
export async function updateNoticeAtVersion(tx: Queryable, id: string, version: number, patch: Partial<typeof hearingNotices.$inferInsert>): Promise<boolean> {
  const rows = await tx.update(hearingNotices).set({ ...patch, version: sql`${hearingNotices.version} + 1` })
    .where(and(eq(hearingNotices.id, id), eq(hearingNotices.version, version))).returning({ id: hearingNotices.id });
  return rows.length === 1;
}

export async function findNotice(db: Queryable, id: string) {
  const [row] = await db.select({
    notice: hearingNotices,
    forceName: forces.name,
    caseReference: cases.reference,
    restricted: cases.restricted,
    form: caseSubjects.proceedingsForm,
    caseOutcome: caseSubjects.outcome,
    caseOutcomeOn: caseSubjects.outcomeOn,
  }).from(hearingNotices)
    .innerJoin(forces, eq(forces.id, hearingNotices.forceId))
    .innerJoin(cases, eq(cases.id, hearingNotices.caseId))
    .innerJoin(caseSubjects, eq(caseSubjects.id, hearingNotices.subjectId))
    .where(eq(hearingNotices.id, id));
  return row;
}

export async function userNames(db: Queryable, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export function listNoticeRows(db: Queryable, { forceId, status }: { forceId: string | null; status: NoticeStatus | undefined }) {
  return db.select({ notice: hearingNotices, caseReference: cases.reference }).from(hearingNotices)
    .innerJoin(cases, eq(cases.id, hearingNotices.caseId))
    .where(and(forceId === null ? undefined : eq(hearingNotices.forceId, forceId), status ? eq(hearingNotices.status, status) : undefined))
    .orderBy(desc(hearingNotices.hearingOn), asc(hearingNotices.officerName))
    .limit(500);
}

/** Published notices of the force whose publication period includes `today` (both ends included). */
export function listPublishedNotices(db: Queryable, forceId: string, today: string): Promise<NoticeRow[]> {
  return db.select().from(hearingNotices)
    .where(and(eq(hearingNotices.forceId, forceId), eq(hearingNotices.status, 'published'),
      sql`${hearingNotices.publishFrom} <= ${today}::date and ${hearingNotices.publishUntil} >= ${today}::date`))
    .orderBy(asc(hearingNotices.hearingOn), asc(hearingNotices.id));
}

/** Every force, with how many notices are on its public page on `today`. */
export function countPublishedNoticesByForce(db: Queryable, today: string) {
  return queryRows<{ id: string; name: string; notices: number }>(db, sql`
    select f.id, f.name, count(n.id)::int as notices
    from force f left join hearing_notice n on n.force_id = f.id and n.status = 'published' and n.publish_from <= ${today}::date and n.publish_until >= ${today}::date
    group by f.id, f.name order by f.name`);
}

export async function findForce(db: Queryable, forceId: string) {
  const [row] = await db.select().from(forces).where(eq(forces.id, forceId));
  return row;
}
