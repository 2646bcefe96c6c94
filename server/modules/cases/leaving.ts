// Leaving while under investigation (DESIGN.md §4): an officer may not resign or retire while subject to a
// live allegation that could lead to dismissal; someone who leaves another way stays a subject as a former
// officer (proceedings continue) and is reported to the Advisory List.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { caseSubjects } from '../../db/schema.js';
import { findCase, insertCaseEvent, updateSubject } from './case.repo.js';
import { reportToList } from './list-report.js';

const OPEN = sql`${caseSubjects.state} not in ('closed', 'withdrawn', 'outside_schedule_3')`;

/** Open matters of a person that could end in dismissal: not yet assessed, or gross misconduct. */
export async function mattersThatCouldLeadToDismissal(db: Queryable, personId: string) {
  return db.select().from(caseSubjects).where(and(
    eq(caseSubjects.personId, personId),
    OPEN,
    or(isNull(caseSubjects.severity), eq(caseSubjects.severity, 'gross_misconduct'), eq(caseSubjects.caseToAnswer, 'case_to_answer_gross_misconduct')),
  ));
}

export const RESIGNATION_REASONS: readonly string[] = ['resigned', 'retired'];

/** After someone leaves with matters open: they continue as a former officer and are reported to the Advisory List. */
export async function continueAsFormerOfficer(tx: Queryable, personId: string, leftOn: string, leavingReason: string, actorId: string | null): Promise<number> {
  const open = await tx.select().from(caseSubjects).where(and(eq(caseSubjects.personId, personId), OPEN));
  if (open.length === 0) return 0;
  for (const subject of open) {
    const found = await findCase(tx, subject.caseId);
    if (!found) continue;
    await updateSubject(tx, subject.id, { formerOfficer: true });
    await insertCaseEvent(tx, { caseId: subject.caseId, subjectId: subject.id, forceId: subject.forceId, action: 'subject_left_service', decidedBy: actorId, decidedOn: leftOn, rationale: null, data: { leavingReason } });
    await reportToList(tx, { subject: { ...subject, formerOfficer: true }, caseReference: found.case.reference, list: 'advisory', eventOn: leftOn, leavingReason });
  }
  return open.length;
}
