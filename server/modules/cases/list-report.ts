// The report to the College of Policing for the Barred or Advisory List (due 5 working days after the
// dismissal or the leaving), and the list entry that goes with it, written in the caller's transaction.
import type { Queryable } from '../../db/client.js';
import { addWorkingDays } from '../clock/working-days.js';
import { recordListEntryFromCase } from '../national-index/list-entry.service.js';
import { findNamesOf } from '../people/person.repo.js';
import { findLatestEmployment, findPeopleByIds, insertListReport, loadCaseParts, type SubjectRow } from './case.repo.js';

export async function reportToList(tx: Queryable, { subject, caseReference, list, eventOn, outcome, leavingReason }: {
  subject: SubjectRow; caseReference: string; list: 'barred' | 'advisory'; eventOn: string; outcome?: string; leavingReason?: string;
}): Promise<void> {
  const [person] = await findPeopleByIds(tx, [subject.personId]);
  const employment = await findLatestEmployment(tx, subject.personId);
  const names = await findNamesOf(tx, [subject.personId]);
  const allegations = (await loadCaseParts(tx, subject.caseId)).allegations.filter((a) => a.subjectId === subject.id);
  const fullName = person ? `${person.givenNames} ${person.familyName}` : null;
  const report = await insertListReport(tx, {
    caseId: subject.caseId, subjectId: subject.id, personId: subject.personId, forceId: subject.forceId, list,
    dueOn: addWorkingDays(eventOn, 5),
    details: {
      fullName,
      dateOfBirth: person?.dateOfBirth ?? null,
      force: subject.forceId,
      status: subject.formerOfficer ? 'former officer' : 'serving officer',
      rank: employment?.rank ?? null,
      warrantOrStaffNumber: employment?.collarNumber ?? null,
      reasons: allegations.map((a) => a.description),
      standardsBreached: [...new Set(allegations.map((a) => a.standard))],
      ...(outcome ? { outcome } : {}),
      ...(leavingReason ? { leavingReason } : {}),
      date: eventOn,
      caseReference,
      advisoryListReportAlsoMade: list === 'advisory',
    },
  });
  if (!report || !person) return;
  await recordListEntryFromCase(tx, {
    list, reportId: report.id, caseId: subject.caseId, personId: subject.personId,
    givenNames: person.givenNames, familyName: person.familyName,
    otherFamilyNames: names.filter((n) => n.kind !== 'current').map((n) => n.familyName),
    dateOfBirth: person.dateOfBirth, lastForce: subject.forceId, role: employment?.rank ?? employment?.role ?? null,
    reason: `${[...new Set(allegations.map((a) => a.standard))].join(', ')}: ${outcome ?? leavingReason ?? ''}`.trim(),
    decidedOn: eventOn,
    gross: subject.severity === 'gross_misconduct' || subject.caseToAnswer === 'case_to_answer_gross_misconduct',
  });
}
