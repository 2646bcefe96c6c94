// The vetting part of the demo dataset loaded into a real database (PGlite and PostgreSQL): the rows keep the
// product's rules against the levels the migration seeded, and the product's own figures — decision consistency,
// clearance status, the integrity reviews overdue — recover what the generator planted in truth.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext, type RequestContext } from '../../context.js';
import type { TConsistency } from '../../../shared/vetting-contracts.js';
import { importDataset, type ImportReport } from '../import/csv-import.service.js';
import { clearanceStatus } from '../vetting/clearance.service.js';
import { getConsistency } from '../vetting/consistency.service.js';
import { clearanceReviewFlags, listOverdueIntegrityReviews } from '../vetting/vetting.repo.js';
import { writeDatasetCsv } from './dataset-writer.js';
import { generateDataset } from './generate.js';
import type { Truth } from './truth.js';

let database: Database;
let dir: string;
let truth: Truth;
let report: ImportReport;
let figures: TConsistency;

// The inspectorate reads every force's consistency figures, as the route would give the service.
const auditor: RequestContext = {
  actor: { id: '00000000-0000-4000-8000-0000000000a1', roles: ['auditor'], forceId: null, email: 'auditor@test.warrant', displayName: 'Auditor', forceName: null, sessionId: 'test' },
  requestId: 'test',
  clientAddress: null,
};

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'warrant-vetting-db-'));
  ({ truth } = await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 2026 }), dir }));
  report = await importDataset({ database, ctx: cliContext(), dir, source: 'generate' });
  figures = await getConsistency({ db: database.db, ctx: auditor, query: { from: truth.vetting.decisions.firstDecidedOn ?? truth.generator.windowStart, to: truth.generator.asOf } });
}, 120_000);

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const n = (value: unknown): number => Number(value);

describe('the demo dataset’s vetting in the database', () => {
  it('loads every vetting row with none rejected', async () => {
    expect(report.rejected).toBe(0);
    for (const table of ['app_user', 'vetting_application', 'vetting_check', 'vetting_adverse_item', 'vetting_clearance', 'vetting_review', 'vetting_event', 'integrity_review'] as const) {
      const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*) as n from ${sql.identifier(table)}`);
      expect(n(row?.n), table).toBe(truth.rowCounts[table]);
      expect(n(row?.n), table).toBeGreaterThan(0);
    }
  });

  it('decides nothing before every check the seeded level requires has a result, and grants nothing despite adverse information without a second approver', async () => {
    const [missing] = await queryRows<{ n: number }>(database.db, sql`
      select count(*) as n from vetting_application a join vetting_level l on l.code = a.level
      where a.outcome is not null
        and exists (select 1 from unnest(l.required_checks) as r(check_type)
                    where not exists (select 1 from vetting_check c where c.application_id = a.id and c.check_type = r.check_type))`);
    expect(n(missing?.n)).toBe(0);
    const [unapproved] = await queryRows<{ n: number }>(database.db, sql`
      select count(*) as n from vetting_application a
      where a.state = 'granted' and a.outcome <> 'refused' and exists (select 1 from vetting_adverse_item i where i.application_id = a.id)
        and (a.approved_by is null or a.approved_by = a.decided_by)`);
    expect(n(unapproved?.n)).toBe(0);
    const [decided] = await queryRows<{ n: number }>(database.db, sql`select count(*) as n from vetting_application where outcome is not null and state <> 'awaiting_approval'`);
    expect(n(decided?.n)).toBe(truth.vetting.decisions.overall.decisions);
  });

  it('gives the decision-consistency figures the generator planted: overall, by adverse category, by decider, grants despite adverse information', () => {
    const planted = truth.vetting.decisions;
    expect(figures.overall.decisions).toBeGreaterThan(50);
    expect({ ...figures.overall, grantRate: Number(figures.overall.grantRate?.toFixed(4)) }).toEqual(planted.overall);
    expect(Object.fromEntries(figures.byCategory.map((c) => [c.category, { decisions: c.decisions, granted: c.granted, refused: c.refused }])))
      .toEqual(Object.fromEntries(Object.entries(planted.byCategory).map(([c, r]) => [c, { decisions: r.decisions, granted: r.granted, refused: r.refused }])));
    expect(Object.fromEntries(figures.byDecider.map((d) => [d.deciderId, { decisions: d.decisions, granted: d.granted, withAdverse: d.withAdverse, grantedDespiteAdverse: d.grantedDespiteAdverse }])))
      .toEqual(Object.fromEntries(Object.entries(planted.byDecider).map(([id, d]) => [id, { decisions: d.decisions, granted: d.granted, withAdverse: d.withAdverse, grantedDespiteAdverse: d.grantedDespiteAdverse }])));
    expect(figures.grantsDespiteAdverse).toHaveLength(planted.grantsDespiteAdverse.total);
    const byCategory: Record<string, number> = {};
    for (const g of figures.grantsDespiteAdverse) for (const c of g.categories) byCategory[c] = (byCategory[c] ?? 0) + 1;
    expect(byCategory).toEqual(planted.grantsDespiteAdverse.byCategory);
    // Every grant despite adverse information names its approver; the rebuttals are those the truth counts.
    expect(figures.grantsDespiteAdverse.every((g) => g.approverName !== null)).toBe(true);
    expect(figures.grantsDespiteAdverse.filter((g) => g.rebuttal !== null)).toHaveLength(planted.grantsDespiteAdverse.withRebuttal);
  });

  it('works out the clearance statuses and the overdue integrity reviews the truth counted on the as-of day', async () => {
    const asOf = truth.generator.asOf;
    const clearances = await queryRows<{ id: string; status: 'active' | 'withdrawn' | 'superseded'; expires_on: string | null }>(database.db, sql`
      select id, status, expires_on::text as expires_on from vetting_clearance`);
    const underReview = await clearanceReviewFlags(database.db, clearances.map((c) => c.id));
    const statuses: Record<string, number> = {};
    for (const c of clearances) {
      const status = clearanceStatus({ status: c.status, expiresOn: c.expires_on }, asOf, underReview.has(c.id));
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    expect(statuses).toEqual(truth.vetting.clearances.byStatusAsOf);
    expect(statuses.under_review).toBeGreaterThan(0);
    const overdue = await listOverdueIntegrityReviews(database.db, { forceId: null, today: asOf });
    expect(overdue.length).toBeLessThan(1000);
    expect(overdue).toHaveLength(truth.vetting.integrityReviews.overdueAsOf);
  });
});
