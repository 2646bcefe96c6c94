// The risk score in and out of the database: feature rows, labels, the rules' flags on a date, models and scores.
import { desc, lt, sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../../db/client.js';
import { riskModels, riskScores } from '../../../db/schema.js';
import { ruleHitsSql } from '../rule-sql.js';
import { listRules } from '../signals.repo.js';
import { personFeaturesSql, seriousAllegationSql, type FeatureRow } from './features.js';

export const loadFeatureRows = (db: Queryable, asOf: string, personIds: readonly string[] | null = null): Promise<FeatureRow[]> =>
  queryRows<FeatureRow>(db, personFeaturesSql({ asOf, personIds }));

export async function loadSeriousPeople(db: Queryable, window: { from: string; to: string; knownBy: string | null }): Promise<Set<string>> {
  const rows = await queryRows<{ person_id: string }>(db, seriousAllegationSql(window));
  return new Set(rows.map((r) => r.person_id));
}

/** People who received any matter in (from, to], restricted cases left out: for "flagged before the next matter". */
export async function loadPeopleWithMatter(db: Queryable, window: { from: string; to: string }): Promise<Set<string>> {
  const rows = await queryRows<{ person_id: string }>(db, sql`select distinct s.person_id from case_subject s join misconduct_case c on c.id = s.case_id
    where c.restricted = false and c.received_on > ${window.from}::date and c.received_on <= ${window.to}::date`);
  return new Set(rows.map((r) => r.person_id));
}

/** The last day a matter was received: where the data ends. */
export async function lastReceivedOn(db: Queryable): Promise<string | null> {
  const [row] = await queryRows<{ last: string | null }>(db, sql`select max(received_on)::text as last from misconduct_case where restricted = false`);
  return row?.last ?? null;
}

/**
 * The people each active rule flags on `asOf`, as the nightly evaluation would (a force's own rule only for
 * people serving in that force on the day).
 */
export async function ruleFlaggedPeople(db: Queryable, asOf: string): Promise<{ code: string; people: Set<string> }[]> {
  const result: { code: string; people: Set<string> }[] = [];
  for (const rule of await listRules(db, { activeOnly: true })) {
    const hits = ruleHitsSql({ definition: rule.definition, asOf, personIds: null });
    const inForce = rule.forceId === null ? sql`true`
      : sql`exists (select 1 from employment e where e.person_id = h.person_id and e.force_id = ${rule.forceId} and e.start_date <= ${asOf}::date and (e.end_date is null or e.end_date >= ${asOf}::date))`;
    const rows = await queryRows<{ person_id: string }>(db, sql`select distinct h.person_id from (${hits}) h where ${inForce}`);
    result.push({ code: rule.code, people: new Set(rows.map((r) => r.person_id)) });
  }
  return result;
}

export type NewRiskModel = typeof riskModels.$inferInsert;
export type NewRiskScore = typeof riskScores.$inferInsert;

export async function nextModelVersion(tx: Queryable): Promise<number> {
  // Serialises concurrent trainings: the version is claimed under the same lock.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('risk_model'))`);
  const [row] = await queryRows<{ v: number }>(tx, sql`select coalesce(max(version), 0) + 1 as v from risk_model`);
  return Number(row?.v ?? 1);
}

export const insertRiskModel = (tx: Queryable, values: NewRiskModel) => tx.insert(riskModels).values(values);

export async function insertRiskScores(tx: Queryable, rows: readonly NewRiskScore[], onProgress?: (done: number) => void): Promise<void> {
  const BATCH = 2_000;
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(riskScores).values(rows.slice(i, i + BATCH));
    onProgress?.(Math.min(rows.length, i + BATCH));
  }
}

/** Scores of earlier models go: only the current model's scores are shown (the models themselves are kept). */
export const deleteScoresBefore = (tx: Queryable, version: number) => tx.delete(riskScores).where(lt(riskScores.modelVersion, version));

export async function latestRiskModel(db: Queryable) {
  const [row] = await db.select().from(riskModels).orderBy(desc(riskModels.version)).limit(1);
  return row;
}

export async function findRiskScore(db: Queryable, personId: string, modelVersion: number) {
  const [row] = await db.select().from(riskScores).where(sql`${riskScores.personId} = ${personId} and ${riskScores.modelVersion} = ${modelVersion}`);
  return row;
}

/** The person's current force, as alerts place them: the latest open employment, else the latest one. */
export async function currentForceOf(db: Queryable, personId: string): Promise<string | null | undefined> {
  const rows = await queryRows<{ force_id: string | null }>(db, sql`
    select (select e.force_id from employment e where e.person_id = p.id order by (e.end_date is null) desc, e.start_date desc limit 1) as force_id
    from person p where p.id = ${personId}`);
  const [row] = rows;
  return row === undefined ? undefined : row.force_id;
}
