// Test fixtures: closed vetting and case decisions, and sampled items, written straight to the database so API tests
// (and the authorization matrix) can build populations of a known shape quickly.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';

export async function plantVettingDecision(db: Queryable, { id = randomUUID(), forceId, personId, deciderId, outcome = 'granted', level = 'NPPV1', decidedOn, adverseCategories = [] }: {
  id?: string; forceId: string; personId: string; deciderId: string; outcome?: 'granted' | 'granted_with_conditions' | 'refused'; level?: string; decidedOn: string; adverseCategories?: string[];
}): Promise<string> {
  await db.execute(sql`
    insert into vetting_application (id, reference, force_id, person_id, level, kind, state, opened_by, opened_on, outcome, decided_by, decided_on, rationale)
    values (${id}::uuid, ${`QA-${id.replaceAll('-', '').slice(-16)}`}, ${forceId}, ${personId}, ${level}, 'new_joiner', ${outcome === 'refused' ? 'refused' : 'granted'}, ${deciderId},
      ${decidedOn}::date - 30, ${outcome}, ${deciderId}, ${decidedOn}, 'Planted rationale')`);
  for (const category of adverseCategories) {
    await db.execute(sql`
      insert into vetting_adverse_item (application_id, force_id, category, disposal, source, description, weighing, created_by)
      values (${id}::uuid, ${forceId}, ${category}, 'none', 'Planted', 'Planted adverse item', 'Weighed', ${deciderId})`);
  }
  return id;
}

export async function plantCaseDecision(db: Queryable, { forceId, personId, deciderId, decision, decidedOn, tags = [], iopcCategory = 'individual_behaviours', restricted = false }: {
  forceId: string; personId: string; deciderId: string | null; decision: 'case_to_answer_misconduct' | 'no_case_to_answer' | 'severity_misconduct' | 'severity_no_further_action';
  decidedOn: string; tags?: string[]; iopcCategory?: string; restricted?: boolean;
}): Promise<string> {
  const isSeverity = decision.startsWith('severity_');
  const [c] = await queryRows<{ id: string }>(db, sql`
    insert into misconduct_case (force_id, reference, source, restricted, summary, received_on)
    values (${forceId}, ${`${forceId}-QA-${randomUUID().slice(0, 8)}`}, 'conduct_matter', ${restricted}, 'QA fixture', ${decidedOn}::date - 100) returning id`);
  if (!c) throw new Error('no case');
  const [s] = await queryRows<{ id: string }>(db, sql`
    insert into case_subject (case_id, force_id, person_id, state, severity, case_to_answer)
    values (${c.id}, ${forceId}, ${personId}, 'closed', ${isSeverity ? decision.slice('severity_'.length) : 'misconduct'}, ${isSeverity ? null : decision}) returning id`);
  if (!s) throw new Error('no subject');
  await db.execute(sql`
    insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version)
    values (${c.id}, ${s.id}, ${forceId}, 'QA fixture allegation', 'discreditable_conduct', ${iopcCategory}, ${`{${tags.join(',')}}`}::text[], 1)`);
  await db.execute(sql`
    insert into case_event (case_id, subject_id, force_id, action, decided_by, decided_on, rationale)
    values (${c.id}, ${s.id}, ${forceId}, ${isSeverity ? 'assess_severity' : 'decide_case_to_answer'}, ${deciderId}, ${decidedOn}, 'Planted rationale')`);
  return s.id;
}

/** A one-item vetting sample in the force, drawn by `drawnBy`, about a decision made by `deciderId`. */
export async function plantSampledItem(db: Queryable, { forceId, personId, deciderId, drawnBy, verdict = null }: {
  forceId: string; personId: string; deciderId: string; drawnBy: string; verdict?: 'agree' | 'disagree' | null;
}): Promise<{ sampleId: string; itemId: string }> {
  const applicationId = await plantVettingDecision(db, { forceId, personId, deciderId, decidedOn: '2025-06-01' });
  const [sample] = await queryRows<{ id: string }>(db, sql`
    insert into dip_sample (name, population, force_id, period_from, period_to, stratify_by, filters, size_per_stratum, seed, checklist_id, drawn_by)
    select 'Planted sample', 'vetting_decision', ${forceId}, '2025-01-01', '2025-12-31', '{}'::text[], '{"criteria":{},"populationByStratum":{"all":1}}'::jsonb, 1, 'planted', id, ${drawnBy}
    from qa_checklist where population = 'vetting_decision' order by created_at limit 1 returning id`);
  if (!sample) throw new Error('no sample');
  const [item] = await queryRows<{ id: string }>(db, sql`
    insert into dip_sample_item (sample_id, stratum, entity_type, entity_id, force_id, decider_id, reviewer_id, verdict, answers, reasons, reviewed_at)
    values (${sample.id}, 'all', 'vetting_application', ${applicationId}, ${forceId}, ${deciderId}, ${verdict ? drawnBy : null}, ${verdict},
      ${verdict ? JSON.stringify({ 'checks-complete': 'no' }) : null}::jsonb, ${verdict === 'disagree' ? 'Planted reasons' : null}, ${verdict ? sql`now()` : null})
    returning id`);
  if (!item) throw new Error('no item');
  return { sampleId: sample.id, itemId: item.id };
}

/** Every answer of the default checklist of a population, for a review request. */
export async function allAnswers(db: Queryable, population: 'vetting_decision' | 'case_decision', answer: 'yes' | 'no' | 'not_applicable' = 'yes'): Promise<Record<string, string>> {
  const [row] = await queryRows<{ questions: { id: string }[] }>(db, sql`select questions from qa_checklist where population = ${population} order by created_at limit 1`);
  return Object.fromEntries((row?.questions ?? []).map((q) => [q.id, answer]));
}
