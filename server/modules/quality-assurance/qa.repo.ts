// Dip samples, their items and the decisions they point at, in and out of the database. Populations and lists take
// the force scope into the SQL; restricted (counter-corruption) cases are never part of a population.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';
import { dipSampleItems, dipSamples, qaChecklists } from '../../db/schema.js';
import type { QaPopulation, QaAnswer, QaVerdict } from '../../../shared/qa-vocabulary.js';

export type SampleRow = typeof dipSamples.$inferSelect;
export type ItemRow = typeof dipSampleItems.$inferSelect;
export type ChecklistRow = typeof qaChecklists.$inferSelect;

/** A decision that may be drawn: its id, force, decider and its value for each stratifier. */
export type DecisionUnit = { id: string; forceId: string; deciderId: string | null; values: Record<string, string[]> };

const CASE_DECISIONS = sql`('assess_severity', 'decide_case_to_answer')`;

/** Closed vetting decisions (granted or refused, and not under appeal) made in the period. */
async function vettingPopulation(db: Queryable, { forceId, from, to }: { forceId: string | null; from: string; to: string }): Promise<DecisionUnit[]> {
  const rows = await queryRows<{ id: string; force_id: string; outcome: string; level: string; decided_by: string | null; categories: string[] }>(db, sql`
    select a.id, a.force_id, a.outcome, a.level, a.decided_by,
      array(select distinct i.category from vetting_adverse_item i where i.application_id = a.id) as categories
    from vetting_application a
    where a.state in ('granted', 'refused') and a.outcome is not null
      and a.decided_on between ${from}::date and ${to}::date
      and (${forceId}::text is null or a.force_id = ${forceId})`);
  return rows.map((r) => ({
    id: r.id, forceId: r.force_id, deciderId: r.decided_by,
    values: { force: [r.force_id], outcome: [r.outcome], level: [r.level], adverseCategory: r.categories },
  }));
}

/**
 * Case subjects whose latest severity assessment or case-to-answer decision was made in the period, with that
 * decision, its decider, and the tags and IOPC categories of their allegations.
 */
async function casePopulation(db: Queryable, { forceId, from, to }: { forceId: string | null; from: string; to: string }): Promise<DecisionUnit[]> {
  const rows = await queryRows<{ id: string; force_id: string; decision: string | null; decided_by: string | null; tags: string[]; categories: string[] }>(db, sql`
    select s.id, s.force_id, d.decided_by,
      case when d.action = 'decide_case_to_answer' and s.case_to_answer is not null then s.case_to_answer
           when s.severity is not null then 'severity_' || s.severity end as decision,
      array(select distinct t from allegation al cross join lateral unnest(al.tags) t where al.subject_id = s.id) as tags,
      array(select distinct al.iopc_category from allegation al where al.subject_id = s.id) as categories
    from case_subject s
    join misconduct_case c on c.id = s.case_id and not c.restricted
    join lateral (
      select e.action, e.decided_on, e.decided_by from case_event e
      where e.case_id = s.case_id and e.subject_id = s.id and e.action in ${CASE_DECISIONS}
      order by e.decided_on desc, e.created_at desc limit 1
    ) d on true
    where (s.case_to_answer is not null or s.severity is not null)
      and d.decided_on between ${from}::date and ${to}::date
      and (${forceId}::text is null or s.force_id = ${forceId})`);
  return rows.flatMap((r) => (r.decision === null ? [] : [{
    id: r.id, forceId: r.force_id, deciderId: r.decided_by,
    values: { force: [r.force_id], decisionType: [r.decision], tag: r.tags, iopcCategory: r.categories },
  }]));
}

export function loadPopulation(db: Queryable, population: QaPopulation, scope: { forceId: string | null; from: string; to: string }): Promise<DecisionUnit[]> {
  return population === 'vetting_decision' ? vettingPopulation(db, scope) : casePopulation(db, scope);
}

export function listChecklists(db: Queryable) {
  return db.select().from(qaChecklists).where(eq(qaChecklists.active, true)).orderBy(asc(qaChecklists.population), asc(qaChecklists.createdAt));
}

/** Every version of every checklist, newest first, with how many samples were drawn with each. */
export function listChecklistVersions(db: Queryable) {
  return queryRows<ChecklistRow & { samples: number }>(db, sql`
    select c.id, c.name, c.population, c.questions, c.active, c.created_at as "createdAt",
      (select count(*) from dip_sample s where s.checklist_id = c.id)::int as samples
    from qa_checklist c
    order by c.population, c.created_at desc, c.id`);
}

/** The active checklists of a kind of decision, locked until the transaction ends (one replacement at a time). */
export function lockActiveChecklists(tx: Queryable, population: QaPopulation) {
  return queryRows<{ id: string; questions: { id: string; text: string }[] }>(tx, sql`
    select id, questions from qa_checklist where population = ${population} and active for update`);
}

export async function retireChecklists(tx: Queryable, ids: readonly string[]): Promise<void> {
  for (const id of ids) await tx.update(qaChecklists).set({ active: false }).where(eq(qaChecklists.id, id));
}

export async function insertChecklist(tx: Queryable, values: typeof qaChecklists.$inferInsert): Promise<ChecklistRow> {
  const [row] = await tx.insert(qaChecklists).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findChecklist(db: Queryable, id: string): Promise<ChecklistRow | undefined> {
  const [row] = await db.select().from(qaChecklists).where(eq(qaChecklists.id, id));
  return row;
}

export async function insertSample(tx: Queryable, values: typeof dipSamples.$inferInsert): Promise<SampleRow> {
  const [row] = await tx.insert(dipSamples).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function insertItems(tx: Queryable, values: (typeof dipSampleItems.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) await tx.insert(dipSampleItems).values(values.slice(i, i + 500));
}

export type SampleSummaryRow = SampleRow & { force_name: string | null; drawn_by_name: string | null; items: number; reviewed: number; disagreements: number };

const sampleSummarySql = (where: SQL) => sql`
  select s.id, s.name, s.population, s.force_id as "forceId", s.period_from as "periodFrom", s.period_to as "periodTo", s.stratify_by as "stratifyBy",
    s.filters, s.size_per_stratum as "sizePerStratum", s.proportion, s.seed, s.checklist_id as "checklistId", s.drawn_by as "drawnBy", s.created_at as "createdAt",
    f.name as force_name, u.display_name as drawn_by_name,
    (select count(*) from dip_sample_item i where i.sample_id = s.id)::int as items,
    (select count(*) from dip_sample_item i where i.sample_id = s.id and i.verdict is not null)::int as reviewed,
    (select count(*) from dip_sample_item i where i.sample_id = s.id and i.verdict = 'disagree')::int as disagreements
  from dip_sample s left join force f on f.id = s.force_id left join app_user u on u.id = s.drawn_by
  where ${where}
  order by s.created_at desc, s.id`;

/** Samples of the force (null: every sample), newest first. */
export async function listSampleRows(db: Queryable, forceId: string | null): Promise<SampleSummaryRow[]> {
  const rows = await queryRows<SampleSummaryRow & { createdAt: string | Date }>(db, sampleSummarySql(forceId === null ? sql`true` : sql`s.force_id = ${forceId}`));
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

export async function findSampleRow(db: Queryable, id: string): Promise<SampleSummaryRow | undefined> {
  const rows = await queryRows<SampleSummaryRow & { createdAt: string | Date }>(db, sampleSummarySql(sql`s.id = ${id}::uuid`));
  const row = rows[0];
  return row ? { ...row, createdAt: new Date(row.createdAt) } : undefined;
}

export type ItemViewRow = {
  id: string; sample_id: string; sample_name: string; checklist_id: string; stratum: string; entity_type: 'vetting_application' | 'case_subject'; entity_id: string;
  force_id: string; decider_id: string | null; reviewer_id: string | null; verdict: QaVerdict | null; answers: Record<string, QaAnswer> | null; reasons: string | null;
  reviewed_at: string | Date | null; decider_response: string | null; responded_at: string | Date | null; reference: string | null; person_id: string | null;
  subject_name: string | null; decision: string | null; decided_on: string | null; decider_name: string | null; reviewer_name: string | null;
};

/** Items with what they point at, in one query for both kinds of decision. */
export function itemViewRows(db: Queryable, where: SQL): Promise<ItemViewRow[]> {
  return queryRows<ItemViewRow>(db, sql`
    select i.id, i.sample_id, sm.name as sample_name, sm.checklist_id, i.stratum, i.entity_type, i.entity_id, i.force_id, i.decider_id, i.reviewer_id,
      i.verdict, i.answers, i.reasons, i.reviewed_at, i.decider_response, i.responded_at,
      coalesce(a.reference, c.reference) as reference, coalesce(a.person_id, s.person_id) as person_id,
      p.given_names || ' ' || p.family_name as subject_name,
      case when a.id is not null then a.outcome
           when d.action = 'decide_case_to_answer' and s.case_to_answer is not null then s.case_to_answer
           when s.severity is not null then 'severity_' || s.severity end as decision,
      coalesce(a.decided_on, d.decided_on) as decided_on,
      decider.display_name as decider_name, reviewer.display_name as reviewer_name
    from dip_sample_item i
    join dip_sample sm on sm.id = i.sample_id
    left join vetting_application a on i.entity_type = 'vetting_application' and a.id = i.entity_id
    left join case_subject s on i.entity_type = 'case_subject' and s.id = i.entity_id
    left join misconduct_case c on c.id = s.case_id
    left join lateral (
      select e.action, e.decided_on from case_event e
      where s.id is not null and e.case_id = s.case_id and e.subject_id = s.id and e.action in ${CASE_DECISIONS}
      order by e.decided_on desc, e.created_at desc limit 1
    ) d on true
    left join person p on p.id = coalesce(a.person_id, s.person_id)
    left join app_user decider on decider.id = i.decider_id
    left join app_user reviewer on reviewer.id = i.reviewer_id
    where ${where}
    order by i.stratum, reference, i.id`);
}

export async function findItem(db: Queryable, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(dipSampleItems).where(eq(dipSampleItems.id, id));
  return row;
}

/** Records (or replaces) a review, unless the decider has already answered it. */
export async function updateReview(tx: Queryable, id: string, review: { reviewerId: string; verdict: QaVerdict; answers: Record<string, QaAnswer>; reasons: string | null }): Promise<boolean> {
  const rows = await tx.update(dipSampleItems).set({ ...review, reviewedAt: new Date() })
    .where(and(eq(dipSampleItems.id, id), sql`${dipSampleItems.deciderResponse} is null`)).returning({ id: dipSampleItems.id });
  return rows.length === 1;
}

/** Records the decider's response to a disagreement, once. */
export async function updateResponse(tx: Queryable, id: string, response: string): Promise<boolean> {
  const rows = await tx.update(dipSampleItems).set({ deciderResponse: response, respondedAt: new Date() })
    .where(and(eq(dipSampleItems.id, id), eq(dipSampleItems.verdict, 'disagree'), sql`${dipSampleItems.deciderResponse} is null`)).returning({ id: dipSampleItems.id });
  return rows.length === 1;
}

export async function vettingDetails(db: Queryable, applicationId: string) {
  const [application] = await queryRows<{ level: string; kind: string; outcome: string; rationale: string | null; rebuttal: string | null; conditions: string[] | null; approved_by_name: string | null }>(db, sql`
    select a.level, a.kind, a.outcome, a.rationale, a.rebuttal, a.conditions, u.display_name as approved_by_name
    from vetting_application a left join app_user u on u.id = a.approved_by where a.id = ${applicationId}::uuid`);
  const adverse = await queryRows<{ category: string; disposal: string; description: string; weighing: string | null }>(db, sql`
    select category, disposal, description, weighing from vetting_adverse_item where application_id = ${applicationId}::uuid order by created_at, id`);
  const checks = await queryRows<{ check_type: string; result: string }>(db, sql`
    select check_type, result from vetting_check where application_id = ${applicationId}::uuid order by check_type`);
  return application ? { application, adverse, checks } : undefined;
}

export async function caseDetails(db: Queryable, subjectId: string) {
  const [subject] = await queryRows<{ case_id: string; severity: string | null; case_to_answer: string | null; outcome: string | null }>(db, sql`
    select case_id, severity, case_to_answer, outcome from case_subject where id = ${subjectId}::uuid`);
  if (!subject) return undefined;
  const allegations = await queryRows<{ description: string; standard: string; iopc_category: string; tags: string[]; case_to_answer: boolean | null }>(db, sql`
    select description, standard, iopc_category, tags, case_to_answer from allegation where subject_id = ${subjectId}::uuid order by id`);
  const decisions = await queryRows<{ action: string; decided_on: string; decider_name: string | null; rationale: string | null }>(db, sql`
    select e.action, e.decided_on, u.display_name as decider_name, e.rationale from case_event e left join app_user u on u.id = e.decided_by
    where e.case_id = ${subject.case_id}::uuid and e.subject_id = ${subjectId}::uuid and e.action in ${CASE_DECISIONS}
    order by e.decided_on, e.created_at`);
  return { subject, allegations, decisions };
}

export async function findForceName(db: Queryable, forceId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ name: string }>(db, sql`select name from force where id = ${forceId}`);
  return row?.name;
}
