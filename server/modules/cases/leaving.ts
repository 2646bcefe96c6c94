// Leaving while under investigation (DESIGN.md §4): an officer may not resign or retire while subject to a
// live allegation that could lead to dismissal; someone who leaves another way stays a subject as a former
// officer (proceedings continue) and is reported to the Advisory List.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { caseSubjects } from '../../db/schema.js';
import { addWorkingDays } from '../clock/working-days.js';
import { findCase, findLatestEmployment, findPeopleByIds, insertCaseEvent, insertListReport, loadCaseParts, updateSubject } from './case.repo.js';

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
  const [person] = await findPeopleByIds(tx, [personId]);
  const employment = await findLatestEmployment(tx, personId);
  for (const subject of open) {
    const found = await findCase(tx, subject.caseId);
    if (!found) continue;
    await updateSubject(tx, subject.id, { formerOfficer: true });
    await insertCaseEvent(tx, { caseId: subject.caseId, subjectId: subject.id, forceId: subject.forceId, action: 'subject_left_service', decidedBy: actorId, decidedOn: leftOn, rationale: null, data: { leavingReason } });
    const allegations = (await loadCaseParts(tx, subject.caseId)).allegations.filter((a) => a.subjectId === subject.id);
    await insertListReport(tx, {
      caseId: subject.caseId, subjectId: subject.id, personId, forceId: subject.forceId, list: 'advisory',
      dueOn: addWorkingDays(leftOn, 5),
      details: {
        fullName: person ? `${person.givenNames} ${person.familyName}` : null,
        dateOfBirth: person?.dateOfBirth ?? null,
        force: subject.forceId,
        status: 'former officer: left while under investigation',
        rank: employment?.rank ?? null,
        warrantOrStaffNumber: employment?.collarNumber ?? null,
        reasons: allegations.map((a) => a.description),
        standardsBreached: [...new Set(allegations.map((a) => a.standard))],
        date: leftOn,
        leavingReason,
        caseReference: found.case.reference,
      },
    });
  }
  return open.length;
}
