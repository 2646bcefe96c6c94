// Test fixtures: a case subject whose misconduct hearing is arranged, and notices in any state, written straight to
// the database so API tests (and the authorization matrix) need not walk a case through every workflow step.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';

export async function plantHearingSubject(db: Queryable, { forceId, personId, hearingOn, restricted = false, standard = 'use_of_force' }: {
  forceId: string; personId: string; hearingOn: string; restricted?: boolean; standard?: string;
}): Promise<{ caseId: string; subjectId: string; reference: string }> {
  const reference = `${forceId}-HEARING-${randomUUID().slice(0, 8)}`;
  const [c] = await queryRows<{ id: string }>(db, sql`
    insert into misconduct_case (force_id, reference, source, restricted, summary, received_on)
    values (${forceId}, ${reference}, 'conduct_matter', ${restricted}, 'Hearing fixture', ${hearingOn}::date - 200) returning id`);
  if (!c) throw new Error('no case');
  const [s] = await queryRows<{ id: string }>(db, sql`
    insert into case_subject (case_id, force_id, person_id, state, severity, case_to_answer, proceedings_form, proceedings_on)
    values (${c.id}, ${forceId}, ${personId}, 'proceedings_arranged', 'gross_misconduct', 'case_to_answer_gross_misconduct', 'misconduct_hearing', ${hearingOn})
    returning id`);
  if (!s) throw new Error('no subject');
  await db.execute(sql`
    insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version)
    values (${c.id}, ${s.id}, ${forceId}, 'Hearing fixture allegation', ${standard}, 'police_powers', '{}', 1)`);
  return { caseId: c.id, subjectId: s.id, reference };
}

export type PlantedNotice = { id: string; version: number };

export async function plantNotice(db: Queryable, { forceId, caseId, subjectId, createdBy, hearingOn, status = 'draft', publishFrom = null, publishUntil = null }: {
  forceId: string; caseId: string; subjectId: string; createdBy: string; hearingOn: string;
  status?: 'draft' | 'published' | 'withdrawn'; publishFrom?: string | null; publishUntil?: string | null;
}): Promise<PlantedNotice> {
  const [row] = await queryRows<{ id: string; version: number }>(db, sql`
    insert into hearing_notice (force_id, case_id, subject_id, officer_name, rank, allegation_summary, hearing_on, venue, status, published_by, publish_decision_rationale, publish_from, publish_until, created_by)
    values (${forceId}, ${caseId}, ${subjectId}, 'Planted Officer', 'Constable', 'Planted allegation', ${hearingOn}, 'Planted venue', ${status},
      ${status === 'published' ? createdBy : null}, ${status === 'published' ? 'Planted decision' : null}, ${publishFrom}, ${publishUntil}, ${createdBy})
    returning id, version`);
  if (!row) throw new Error('no notice');
  return row;
}
