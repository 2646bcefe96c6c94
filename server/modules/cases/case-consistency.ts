// Consistency aid: comparable closed matters (sharing a Standard or thematic tag, at the same severity) and
// how they ended, so a decision-maker sees what "the norm" is and records when they depart from it.
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { allegations, cases, caseSubjects } from '../../db/schema.js';
import { decide } from '../../../shared/policy.js';
import type { SignedInUser } from '../../context.js';

const LIMIT = 20;

export async function findComparables(db: Db, actor: SignedInUser, subject: typeof caseSubjects.$inferSelect) {
  const own = await db.select({ standard: allegations.standard, tags: allegations.tags }).from(allegations).where(eq(allegations.subjectId, subject.id));
  const standards = [...new Set(own.map((a) => a.standard))];
  const tags = [...new Set(own.flatMap((a) => a.tags))];
  const overlap = tags.length > 0
    ? sql`(${inArray(allegations.standard, standards)} or ${allegations.tags} && ${sql`ARRAY[${sql.join(tags.map((t) => sql`${t}`), sql`, `)}]::text[]`})`
    : inArray(allegations.standard, standards);
  const where = and(
    eq(caseSubjects.state, 'closed'),
    ne(caseSubjects.id, subject.id),
    isNotNull(caseSubjects.severity),
    subject.severity ? eq(caseSubjects.severity, subject.severity) : undefined,
    // Restricted matters are not shown to those who may not see them, not even as a count.
    decide(actor, 'case:restricted') === 'allow' ? undefined : eq(cases.restricted, false),
    sql`exists (select 1 from ${allegations} where ${allegations.subjectId} = ${caseSubjects.id} and ${overlap})`,
  );
  const distribution = await db.select({ caseToAnswer: caseSubjects.caseToAnswer, outcome: caseSubjects.outcome, n: sql<number>`count(*)` })
    .from(caseSubjects).innerJoin(cases, eq(cases.id, caseSubjects.caseId)).where(where)
    .groupBy(caseSubjects.caseToAnswer, caseSubjects.outcome);
  const recent = await db.select({ subject: caseSubjects, case: cases }).from(caseSubjects).innerJoin(cases, eq(cases.id, caseSubjects.caseId))
    .where(where).orderBy(sql`${cases.receivedOn} desc`).limit(LIMIT);
  const recentIds = recent.map((r) => r.subject.id);
  const recentAllegations = recentIds.length === 0 ? [] : await db.select({ subjectId: allegations.subjectId, standard: allegations.standard, tags: allegations.tags }).from(allegations).where(inArray(allegations.subjectId, recentIds));
  const total = distribution.reduce((s, d) => s + d.n, 0);
  return {
    basis: { severity: subject.severity, standards, tags },
    total,
    caseToAnswer: tally(distribution, (d) => d.caseToAnswer ?? 'not_decided', total),
    outcomes: tally(distribution, (d) => d.outcome ?? 'none', total),
    recent: recent.map((r) => ({
      caseId: decide(actor, 'case:read', { forceIds: [r.case.forceId], restricted: r.case.restricted }) === 'allow' ? r.case.id : null,
      reference: r.case.reference,
      forceId: r.case.forceId,
      receivedOn: r.case.receivedOn,
      severity: r.subject.severity,
      caseToAnswer: r.subject.caseToAnswer,
      outcome: r.subject.outcome,
      standards: [...new Set(recentAllegations.filter((a) => a.subjectId === r.subject.id).map((a) => a.standard))],
      tags: [...new Set(recentAllegations.filter((a) => a.subjectId === r.subject.id).flatMap((a) => a.tags))],
    })),
  };
}

function tally<T extends { n: number }>(rows: T[], key: (row: T) => string, total: number) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.n);
  return [...counts].map(([value, count]) => ({ value, count, share: total === 0 ? 0 : count / total })).sort((a, b) => b.count - a.count);
}
