// The checks Warrant answers from its own records, in every force: professional-standards history and the
// Barred and Advisory Lists. The vetting officer never types these in, so nothing can be left out.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { personNames } from '../../db/schema.js';
import { findHistoryOf } from '../cases/case.repo.js';
import { matchAgainstLists } from '../national-index/list-entry.service.js';
import type { CheckResult, CheckType } from '../../../shared/vetting-vocabulary.js';

export type Prefilled = { checkType: CheckType; result: CheckResult; notes: string; detail: Record<string, unknown> };

const FINDINGS = new Set(['case_to_answer_misconduct', 'case_to_answer_gross_misconduct']);
const CLOSED = new Set(['closed', 'withdrawn', 'outside_schedule_3']);

/**
 * Every case the person has been the subject of, in any force and with any outcome (no case to answer included:
 * the Casey Review found prior history ignored). Restricted counter-corruption cases are left out: their
 * existence must not reach the vetting unit through this door.
 */
export async function professionalStandardsCheck(db: Queryable, personId: string): Promise<Prefilled> {
  const { rows, allegations } = await findHistoryOf(db, personId, null);
  const visible = rows.filter((r) => !r.case.restricted);
  const open = visible.filter((r) => !CLOSED.has(r.subject.state));
  const caseToAnswer = visible.filter((r) => r.subject.caseToAnswer !== null && FINDINGS.has(r.subject.caseToAnswer));
  const sanctioned = visible.filter((r) => r.subject.outcome !== null && r.subject.outcome !== 'no_misconduct');
  const subjectIds = new Set(visible.map((r) => r.subject.id));
  const tags = [...new Set(allegations.filter((a) => subjectIds.has(a.subjectId)).flatMap((a) => a.tags))].sort();
  const adverse = open.length > 0 || caseToAnswer.length > 0 || sanctioned.length > 0;
  const forcesSeen = [...new Set(visible.map((r) => r.forceName))];
  return {
    checkType: 'professional_standards',
    result: adverse ? 'adverse' : 'clear',
    notes: visible.length === 0
      ? 'No complaint or conduct case in any force.'
      : `${visible.length} case(s) in ${forcesSeen.join(', ')}: ${open.length} open, ${caseToAnswer.length} with a case to answer, ${sanctioned.length} with a sanction.`,
    detail: {
      cases: visible.map((r) => ({ reference: r.case.reference, force: r.forceName, receivedOn: r.case.receivedOn, state: r.subject.state, caseToAnswer: r.subject.caseToAnswer, outcome: r.subject.outcome })),
      tags,
    },
  };
}

export async function listsCheck(db: Queryable, person: { id: string; givenNames: string; familyName: string; dateOfBirth: string | null }): Promise<Prefilled> {
  const names = await db.select({ familyName: personNames.familyName, kind: personNames.kind }).from(personNames).where(eq(personNames.personId, person.id));
  const otherFamilyNames = [...new Set(names.filter((n) => n.kind !== 'current').map((n) => n.familyName))];
  const hits = await matchAgainstLists(db, { givenNames: person.givenNames, familyName: person.familyName, otherFamilyNames, dateOfBirth: person.dateOfBirth });
  return {
    checkType: 'barred_advisory_lists',
    // A possible match is adverse until weighed: it is for the decider to say why it is not the same person.
    result: hits.length > 0 ? 'adverse' : 'clear',
    notes: hits.length === 0
      ? 'No match on the Barred or Advisory List (names incl. previous names, date of birth).'
      : hits.map((h) => `${h.band === 'match' ? 'Match' : 'Possible match'} on the ${h.entry.list} list: ${h.entry.givenNames} ${h.entry.familyName} (score ${h.score.toFixed(1)})`).join('; '),
    detail: { hits: hits.map((h) => ({ entryId: h.entry.id, list: h.entry.list, band: h.band, score: h.score, reasons: h.reasons })) },
  };
}
