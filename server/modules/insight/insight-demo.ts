// Synthetic closed cases for the demo, so Insight has something to show: subjects of 2025 cases in WMP, GMP and
// BTP (never MPS, whose demo case list the case journeys start empty), with planted disproportionality (Black
// ×1.81, Asian ×1.55 the White rate of facing allegations) and lower case-to-answer rates for sexual
// misconduct and discrimination. Every matter is closed, so no queue or clock changes. Never real data.
import type { Tx } from '../../db/client.js';
import { allegations, caseEvents, cases, caseSubjects, type employments, type personCharacteristics } from '../../db/schema.js';
import type { Random } from '../demo/random.js';

type Job = typeof employments.$inferInsert;
type Characteristic = typeof personCharacteristics.$inferInsert;

const FORCES = ['WMP', 'GMP', 'BTP'];
const YEAR = 2025;
const BASE_RATE = 0.4;
const RATE_RATIO: Record<string, number> = { black: 1.81, asian: 1.55 };

// What an allegation is about, and how often it ends in a case to answer.
const KINDS = [
  { iopcCategory: 'sexual_conduct', standard: 'discreditable_conduct', tags: ['sexual_harassment', 'misogyny'], caseToAnswer: 0.3 },
  { iopcCategory: 'discriminatory_behaviour', standard: 'equality_diversity', tags: ['racism'], caseToAnswer: 0.3 },
  { iopcCategory: 'individual_behaviours', standard: 'authority_respect_courtesy', tags: [], caseToAnswer: 0.5 },
  { iopcCategory: 'information', standard: 'confidentiality', tags: ['information_misuse'], caseToAnswer: 0.55 },
  { iopcCategory: 'police_powers', standard: 'use_of_force', tags: ['use_of_force'], caseToAnswer: 0.45 },
] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayOf = (year: number, day: number) => new Date(Date.UTC(year, 0, 1) + day * 86_400_000);

export async function insertInsightDemoCases(tx: Tx, { random, jobs, characteristics }: { random: Random; jobs: readonly Job[]; characteristics: readonly Characteristic[] }): Promise<number> {
  const ethnicityOf = new Map(characteristics.map((c) => [c.personId, c.ethnicity]));
  const from = `${YEAR}-01-01`;
  const to = `${YEAR}-12-31`;
  const serving = jobs.filter((j) => FORCES.includes(j.forceId) && ['police_officer', 'police_staff', 'pcso'].includes(j.role)
    && j.startDate <= to && (j.endDate === null || j.endDate === undefined || j.endDate >= from));
  const seen = new Set<string>();
  const references = new Map<string, number>();
  let matters = 0;
  for (const job of serving) {
    if (seen.has(job.personId)) continue;
    seen.add(job.personId);
    const rate = BASE_RATE * (RATE_RATIO[ethnicityOf.get(job.personId) ?? ''] ?? 1);
    if (!random.chance(rate)) continue;
    const count = random.weighted([[1, 70], [2, 17], [4, 10], [7, 3]] as const);
    const received = dayOf(YEAR, random.int(0, 300));
    const number = (references.get(job.forceId) ?? 0) + 1;
    references.set(job.forceId, number);
    const [c] = await tx.insert(cases).values({
      forceId: job.forceId, reference: `${job.forceId}-${YEAR}-${String(number).padStart(6, '0')}`, source: 'conduct_matter',
      summary: 'Demo matter (synthetic)', receivedOn: iso(received),
    }).returning({ id: cases.id });
    if (!c) continue;
    const kind = random.pick(KINDS);
    const found = random.chance(kind.caseToAnswer);
    const proceedings = found && random.chance(0.7);
    const outcome = proceedings ? random.weighted([['written_warning', 45], ['final_written_warning', 35], ['dismissal_without_notice', 12], ['no_misconduct', 8]] as const) : null;
    const assessed = new Date(received.getTime() + random.int(5, 40) * 86_400_000);
    const decided = new Date(assessed.getTime() + random.int(60, 300) * 86_400_000);
    const closed = new Date(decided.getTime() + random.int(proceedings ? 40 : 2, proceedings ? 150 : 20) * 86_400_000);
    const [s] = await tx.insert(caseSubjects).values({
      caseId: c.id, forceId: job.forceId, personId: job.personId, state: 'closed', severity: 'misconduct',
      caseToAnswer: found ? 'case_to_answer_misconduct' : 'no_case_to_answer', proceedingsForm: proceedings ? 'misconduct_meeting' : null,
      outcome, outcomeOn: outcome ? iso(closed) : null,
    }).returning({ id: caseSubjects.id });
    if (!s) continue;
    await tx.insert(allegations).values(Array.from({ length: count }, () => ({
      caseId: c.id, subjectId: s.id, forceId: job.forceId, description: 'Demo allegation (synthetic)', standard: kind.standard,
      iopcCategory: kind.iopcCategory, tags: [...kind.tags], tagDefinitionsVersion: 1, caseToAnswer: found,
    })));
    await tx.insert(caseEvents).values([
      { caseId: c.id, subjectId: s.id, forceId: job.forceId, action: 'record_matter', toState: 'recorded', decidedOn: iso(received) },
      { caseId: c.id, subjectId: s.id, forceId: job.forceId, action: 'assess_severity', fromState: 'recorded', toState: 'assessed', decidedOn: iso(assessed) },
      { caseId: c.id, subjectId: s.id, forceId: job.forceId, action: 'decide_case_to_answer', fromState: 'report_submitted', toState: found ? 'awaiting_proceedings' : 'closed', decidedOn: iso(decided) },
      ...(found ? [{ caseId: c.id, subjectId: s.id, forceId: job.forceId, action: 'close', fromState: 'outcome_recorded', toState: 'closed', decidedOn: iso(closed) }] : []),
    ]);
    matters += 1;
  }
  return matters;
}
