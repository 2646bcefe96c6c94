// The demo-scale dataset loaded into a real database (PGlite and PostgreSQL): plain SQL, written here and
// independent of the product's code, recovers what the generator planted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { importDataset, type ImportReport } from '../import/csv-import.service.js';
import { writeDatasetCsv } from './dataset-writer.js';
import { BLOCKING_KEYS_VERSION } from '../matching/match-engine.js';
import { generateDataset } from './generate.js';
import type { Truth } from './truth.js';

let database: Database;
let dir: string;
let truth: Truth;
let report: ImportReport;

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'warrant-synthetic-db-'));
  ({ truth } = await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 2026 }), dir }));
  report = await importDataset({ database, ctx: cliContext(), dir, source: 'generate' });
});

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const n = (value: unknown): number => Number(value);

describe('the demo dataset in the database', () => {
  it('loads every generated row, none rejected, with one audit event and the chain intact', async () => {
    expect(report.rejected).toBe(0);
    const total = Object.values(truth.rowCounts).reduce((s, c) => s + (c ?? 0), 0);
    expect(report.inserted).toBe(total);
    const [people] = await queryRows<{ n: number }>(database.db, sql`select count(*) as n from person`);
    expect(n(people?.n)).toBe(truth.rowCounts.person);
    const events = await queryRows<{ action: string; detail: { inserted: number } }>(database.db, sql`select action, detail from audit_event order by seq`);
    expect(events.map((e) => e.action)).toEqual(['dataset.generate_load']);
    expect(events[0]?.detail.inserted).toBe(total);
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: true, checked: 1 });
  });

  it('recovers the planted ethnicity rate ratios with plain SQL', async () => {
    const rows = await queryRows<{ ethnicity: string; people: number; with_allegation: number }>(database.db, sql`
      select pc.ethnicity, count(*) as people,
             count(*) filter (where exists (select 1 from case_subject cs join allegation a on a.subject_id = cs.id where cs.person_id = pc.person_id)) as with_allegation
      from person_characteristic pc group by pc.ethnicity`);
    const rate = (group: string) => {
      const row = rows.find((r) => r.ethnicity === group);
      return row ? n(row.with_allegation) / n(row.people) : Number.NaN;
    };
    for (const group of ['asian', 'black', 'mixed', 'other'] as const) {
      const rri = rate(group) / rate('white');
      expect(rri).toBeCloseTo(truth.realised.ethnicity[group].rri ?? Number.NaN, 3);
      if (group !== 'black' && group !== 'asian') continue;
      // At demo scale a group has a few dozen people: the planted ratio lies inside the 99% interval (log method);
      // synthetic.test.ts checks it closely on 30,000 people.
      const g = rows.find((r) => r.ethnicity === group);
      const w = rows.find((r) => r.ethnicity === 'white');
      const se = Math.sqrt(1 / n(g?.with_allegation) - 1 / n(g?.people) + 1 / n(w?.with_allegation) - 1 / n(w?.people));
      const planted = truth.planted.ethnicityRri[group] ?? Number.NaN;
      expect(Math.abs(Math.log(rri) - Math.log(planted))).toBeLessThan(2.576 * se);
    }
  });

  it('gives the loaded list entries this engine\'s keys version, with the keys the generator wrote (the same engine)', async () => {
    const [entries] = await queryRows<{ n: number; current: number; keys: number }>(database.db, sql`
      select count(*) as n, count(*) filter (where keys_version = ${BLOCKING_KEYS_VERSION}) as current,
             (select count(*) from list_entry_key) as keys
      from list_entry`);
    expect(n(entries?.n)).toBe(truth.rowCounts.list_entry);
    expect(n(entries?.n)).toBeGreaterThan(0);
    expect(n(entries?.current)).toBe(n(entries?.n));
    expect(n(entries?.keys)).toBe(truth.rowCounts.list_entry_key);
  });

  it('recovers the repeat distribution and the rarity of dismissal among repeat subjects', async () => {
    const [row] = await queryRows<{ any: number; one: number; two: number; three_to_five: number; six_plus: number; repeat_dismissed: number }>(database.db, sql`
      with per_person as (
        select person_id, count(*) as cases,
               bool_or(outcome in ('dismissal_without_notice', 'would_have_been_dismissed')) as dismissed
        from case_subject group by person_id)
      select count(*) as any,
             count(*) filter (where cases = 1) as one,
             count(*) filter (where cases = 2) as two,
             count(*) filter (where cases between 3 and 5) as three_to_five,
             count(*) filter (where cases >= 6) as six_plus,
             count(*) filter (where cases >= 2 and dismissed) as repeat_dismissed
      from per_person`);
    const r = truth.realised.repeat;
    expect([n(row?.any), n(row?.one), n(row?.two), n(row?.three_to_five), n(row?.six_plus)]).toEqual([r.peopleWithAny, r.one, r.two, r.threeToFive, r.sixPlus]);
    const repeats = n(row?.any) - n(row?.one);
    // About 190 subjects at demo scale: the planted ~21% share of repeat subjects varies from seed to seed within
    // roughly 15–30% (seeds 1–5 and 2026 of version 7: 17.5–28.6%); synthetic.test.ts checks it closely on 30,000 people.
    expect(repeats / n(row?.any)).toBeGreaterThan(0.12);
    expect(repeats / n(row?.any)).toBeLessThan(0.32);
    expect(n(row?.repeat_dismissed) / repeats).toBeLessThan(0.05);
  });

  it('recovers lower case-to-answer rates for sexual misconduct and discrimination tags', async () => {
    const rows = await queryRows<{ tag_group: string; decided: number; yes: number }>(database.db, sql`
      select case when tags && array['sexual_harassment','sexual_assault','abuse_of_position_sexual_purpose','predatory_behaviour'] then 'sexual_misconduct'
                  when tags && array['racism','homophobia','other_discrimination','misogyny'] then 'discrimination'
                  else 'other' end as tag_group,
             count(*) as decided, count(*) filter (where case_to_answer) as yes
      from allegation where case_to_answer is not null group by 1`);
    for (const row of rows) {
      const realised = truth.realised.caseToAnswer[row.tag_group as keyof Truth['realised']['caseToAnswer']];
      expect([n(row.decided), n(row.yes)]).toEqual([realised.decided, realised.caseToAnswer]);
    }
    const rate = (g: string) => {
      const row = rows.find((r) => r.tag_group === g);
      return n(row?.yes) / n(row?.decided);
    };
    expect(rate('sexual_misconduct')).toBeLessThan(rate('other'));
    expect(rate('discrimination')).toBeLessThan(rate('other'));
  });

  it('keeps the planted identity links, Barred List reports for dismissals and list entries with their blocking keys', async () => {
    for (const link of truth.identityLinks) {
      const found = await queryRows<{ id: string }>(database.db, sql`select id from person where id in (${link.personId}, ${link.variantPersonId})`);
      expect(found).toHaveLength(2);
    }
    const [orphans] = await queryRows<{ n: number }>(database.db, sql`
      select count(*) as n from case_subject cs
      where cs.outcome in ('dismissal_without_notice', 'would_have_been_dismissed')
        and not exists (select 1 from list_report l where l.subject_id = cs.id and l.list = 'barred')`);
    expect(n(orphans?.n)).toBe(0);
    // Every report to the College is on the list, with the blocking keys the matching engine reads.
    const [unlisted] = await queryRows<{ n: number }>(database.db, sql`
      select count(*) as n from list_report r where not exists (select 1 from list_entry e where e.source_report_id = r.id and e.list = r.list)`);
    expect(n(unlisted?.n)).toBe(0);
    const [keyless] = await queryRows<{ n: number }>(database.db, sql`
      select count(*) as n from list_entry e where not exists (select 1 from list_entry_key k where k.entry_id = e.id)`);
    expect(n(keyless?.n)).toBe(0);
    for (const link of truth.listEntryLinks) {
      const [entry] = await queryRows<{ family_name: string; person_id: string | null }>(database.db, sql`select family_name, person_id from list_entry where id = ${link.listEntryId}`);
      expect(entry).toMatchObject({ family_name: link.variant.familyName, person_id: null });
    }
  });
});
