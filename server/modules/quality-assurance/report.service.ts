// The report of a dip sample: disagreement rates by stratum with Wilson intervals (qa-report.ts), and every
// disagreement with the decider's response, for action.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditEvent, type RequestContext } from '../../context.js';
import type { TQaReport } from '../../../shared/qa-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { buildReportRows, type ReportView, type StratumTally } from './qa-report.js';
import { itemViewRows } from './qa.repo.js';
import { loadVisibleSample, storedFiltersOf, stratifiersOf, toItemSummary, toIso } from './sample.service.js';

export async function getQaReport({ db, ctx, sampleId, view, threshold }: { db: Db; ctx: RequestContext; sampleId: string; view: ReportView; threshold: number }): Promise<TQaReport> {
  const sample = await loadVisibleSample(db, ctx, sampleId);
  const items = await itemViewRows(db, sql`i.sample_id = ${sampleId}::uuid`);
  const keys = [...new Set([...Object.keys(storedFiltersOf(sample.filters).populationByStratum), ...items.map((i) => i.stratum)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const tallies: StratumTally[] = keys.map((key) => {
    const inStratum = items.filter((i) => i.stratum === key);
    return { key, drawn: inStratum.length, agreed: inStratum.filter((i) => i.verdict === 'agree').length, disagreed: inStratum.filter((i) => i.verdict === 'disagree').length };
  });
  const { strata, total } = buildReportRows(tallies, { view, threshold });
  const disagreements = view === 'full'
    ? items.filter((i) => i.verdict === 'disagree').map((i) => ({ ...toItemSummary(i), reasons: i.reasons, response: i.decider_response, respondedAt: toIso(i.responded_at) }))
    : [];
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'qa.sample.report', entityType: 'dip_sample', entityId: sampleId, forceId: sample.forceId, detail: { view } })]));
  return {
    sampleId, name: sample.name, population: sample.population, view, threshold, stratifyBy: stratifiersOf(sample.stratifyBy),
    strata, total, disagreements, asOf: new Date().toISOString(),
  };
}
