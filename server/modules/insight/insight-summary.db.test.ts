// Insight's summary (migration 0016) against the live computation, on a small synthetic force loaded by the
// importer (so the triggers see bulk inserts), then after writes of every kind the summary depends on: each
// summary table equals its live computation, and every figure read from the summary equals the same figure
// computed from the live tables, for one force and all forces, one year and several, each role filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { TIMELINESS_STAGES } from '../../../shared/insight-vocabulary.js';
import { importDataset } from '../import/csv-import.service.js';
import { writeDatasetCsv } from '../synthetic/dataset-writer.js';
import { generateDataset } from '../synthetic/generate.js';
import {
  countCaseToAnswer, countPeopleByStage, countRepeatPeople, listRepeatPeople, measureTimeliness, SUMMARISED_ROLE_SETS, type InsightScope, type MatterSource,
} from './insight.repo.js';
import { ROLE_FILTERS } from './insight.service.js';

let database: Database;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'warrant-insight-summary-'));
  await writeDatasetCsv({ dataset: generateDataset({ scale: 'force', seed: 77, people: 800 }), dir });
  await importDataset({ database, ctx: cliContext(), dir, source: 'generate' });
}, 120_000);

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const db = () => database.db;

/** Rows of the summary that the live computation does not give, and the other way round (both must be empty). */
async function summaryDifferences(): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(db(), sql`
    with live_matter as (select * from insight_matter_compute(array(select id from case_subject))),
         live_span as (select * from insight_person_span_compute(array(select id from person))),
         live_headcount as (
           select scope, roles, ethnicity, sex, year, sum(d)::int as delta from (
             select scope, roles, ethnicity, sex, first_year as year, 1 as d from live_span
             union all select scope, roles, ethnicity, sex, last_year + 1, -1 from live_span where last_year is not null
           ) x group by 1, 2, 3, 4, 5 having sum(d) <> 0
         )
    select
      (select count(*) from (select * from insight_matter except all select * from live_matter) x)::int as matter_extra,
      (select count(*) from (select * from live_matter except all select * from insight_matter) x)::int as matter_missing,
      (select count(*) from (select * from insight_person_span except all select * from live_span) x)::int as span_extra,
      (select count(*) from (select * from live_span except all select * from insight_person_span) x)::int as span_missing,
      (select count(*) from (select scope, roles, ethnicity, sex, year, delta from insight_headcount where delta <> 0 except all select * from live_headcount) x)::int as headcount_extra,
      (select count(*) from (select * from live_headcount except all select scope, roles, ethnicity, sex, year, delta from insight_headcount where delta <> 0) x)::int as headcount_missing,
      (select count(*) from insight_matter)::int as matters,
      (select count(*) from insight_person_span)::int as spans`);
  return row ?? {};
}

const sorted = <T>(rows: T[]): string[] => rows.map((r) => JSON.stringify(r, Object.keys(r as object).sort())).sort();

/** Every figure's counts, read through the given source, over a spread of scopes. */
async function figures(source: MatterSource): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const actions = TIMELINESS_STAGES.filter((s) => s !== 'closed');
  for (const forceId of ['MPS', null]) {
    for (const [from, to] of [['2025-01-01', '2025-12-31'], ['2022-01-01', '2026-12-31'], ['2019-01-01', '2019-12-31']] as const) {
      for (const [filter, roles] of Object.entries(ROLE_FILTERS)) {
        const scope: InsightScope = { forceId, from, to, roles };
        const key = `${forceId ?? '*'} ${from}..${to} ${filter}`;
        out[`stage ${key}`] = sorted(await countPeopleByStage(db(), scope, source));
        if (filter !== 'all') continue;
        out[`repeat ${key}`] = sorted(await countRepeatPeople(db(), scope, 'allegations', source));
        out[`repeat-cases ${key}`] = sorted(await countRepeatPeople(db(), scope, 'cases', source));
        out[`people ${key}`] = sorted(await listRepeatPeople(db(), scope, 2, 50, source));
        out[`cta ${key}`] = sorted(await countCaseToAnswer(db(), scope, source));
        out[`timeliness ${key}`] = sorted(await measureTimeliness(db(), scope, actions, source));
      }
    }
  }
  return out;
}

async function expectSummaryEqualsLive(): Promise<Record<string, string[]>> {
  const differences = await summaryDifferences();
  expect(differences).toMatchObject({ matter_extra: 0, matter_missing: 0, span_extra: 0, span_missing: 0, headcount_extra: 0, headcount_missing: 0 });
  const fromSummary = await figures('summary');
  expect(fromSummary).toEqual(await figures('live'));
  return fromSummary;
}

describe('Insight summary (migration 0016)', () => {
  it('keys the role filters the service uses', () => {
    expect(Object.values(ROLE_FILTERS).map((roles) => [...roles].sort().join(',')).sort()).toEqual([...SUMMARISED_ROLE_SETS].sort());
  });

  it('equals the live computation after a bulk import, and after writes of every kind', async () => {
    const before = await expectSummaryEqualsLive();
    const counts = await summaryDifferences();
    expect(counts.matters).toBeGreaterThan(100);
    expect(counts.spans).toBeGreaterThan(800);
    // The figures are not empty, so equality means something.
    expect(before['stage MPS 2022-01-01..2026-12-31 all']?.length).toBeGreaterThan(5);
    expect(before['cta * 2022-01-01..2026-12-31 all']?.length).toBeGreaterThan(10);

    // A subject with a matter received in 2025 in MPS, another matter's case, a person employed in MPS.
    const [matter] = await queryRows<{ subject_id: string; case_id: string; person_id: string }>(db(), sql`
      select m.subject_id, m.case_id, m.person_id from insight_matter m where m.force_id = 'MPS' and m.received_on between '2025-01-01' and '2025-12-31'
      order by m.allegations desc, m.subject_id limit 1`);
    const [other] = await queryRows<{ case_id: string }>(db(), sql`
      select m.case_id from insight_matter m where m.force_id = 'MPS' and m.received_on between '2025-01-01' and '2025-12-31' and m.case_id <> ${matter?.case_id}
      order by m.subject_id limit 1`);
    const [staff] = await queryRows<{ person_id: string; id: string }>(db(), sql`
      select e.person_id, e.id from employment e where e.force_id = 'MPS' and e.end_date is null order by e.id limit 1`);
    expect(matter && other && staff).toBeTruthy();
    if (!matter || !other || !staff) return;

    await db().transaction(async (tx) => {
      // Allegations: a new one, a decision on one, one removed.
      await queryRows(tx, sql`
        insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version, case_to_answer)
        values (${matter.case_id}, ${matter.subject_id}, 'MPS', 'Added by the summary test', 'discreditable_conduct', 'discriminatory_behaviour', array['racism'], 1, true)`);
      await queryRows(tx, sql`update allegation set case_to_answer = not coalesce(case_to_answer, false) where id = (select id from allegation where subject_id = ${matter.subject_id} order by id limit 1)`);
      await queryRows(tx, sql`delete from allegation where id = (select id from allegation where subject_id = ${matter.subject_id} order by id desc limit 1)`);
      // Events and the subject's state: closed with a dismissal.
      await queryRows(tx, sql`
        insert into case_event (case_id, subject_id, force_id, action, to_state, decided_on)
        values (${matter.case_id}, ${matter.subject_id}, 'MPS', 'record_outcome', 'closed', '2026-03-02')`);
      await queryRows(tx, sql`
        update case_subject set state = 'closed', case_to_answer = 'case_to_answer_gross_misconduct', proceedings_form = 'misconduct_hearing', outcome = 'dismissal_without_notice'
        where id = ${matter.subject_id}`);
      // Cases: one made restricted, the other received a year earlier.
      await queryRows(tx, sql`update misconduct_case set restricted = true where id = ${other.case_id}`);
      await queryRows(tx, sql`update misconduct_case set received_on = received_on - 365 where id = (
        select case_id from insight_matter where force_id = 'MPS' and received_on between '2025-01-01' and '2025-12-31' and case_id not in (${matter.case_id}, ${other.case_id}) order by subject_id limit 1)`);
      // The workforce: a person's employment ended, a new officer, another's sex and ethnicity changed, one's removed.
      await queryRows(tx, sql`update employment set end_date = '2025-06-30', leaving_reason = 'resigned' where id = ${staff.id}`);
      await queryRows(tx, sql`
        insert into employment (person_id, force_id, role, start_date) values (${matter.person_id}, 'GMP', 'police_officer', '2025-02-01')`);
      await queryRows(tx, sql`update person set sex = 'female' where id = (select person_id from employment where force_id = 'MPS' and role = 'police_officer' and end_date is null and person_id <> ${staff.person_id} order by id limit 1)`);
      await queryRows(tx, sql`update person_characteristic set ethnicity = 'black' where person_id = (select person_id from employment where force_id = 'MPS' and end_date is null and person_id <> ${staff.person_id} order by id desc limit 1)`);
      await queryRows(tx, sql`delete from person_characteristic where person_id = (select person_id from employment where force_id = 'MPS' and end_date is null order by id desc offset 3 limit 1)`);
      await queryRows(tx, sql`delete from employment where id = (select id from employment where force_id = 'MPS' and end_date is not null order by id limit 1)`);
    });

    const after = await expectSummaryEqualsLive();
    // The writes moved the figures (so the comparison above compared something that changed).
    expect(after['stage MPS 2025-01-01..2025-12-31 all']).not.toEqual(before['stage MPS 2025-01-01..2025-12-31 all']);
    expect(after['cta MPS 2025-01-01..2025-12-31 all']).not.toEqual(before['cta MPS 2025-01-01..2025-12-31 all']);
    expect(after['timeliness MPS 2025-01-01..2025-12-31 all']).not.toEqual(before['timeliness MPS 2025-01-01..2025-12-31 all']);
    const [restricted] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from insight_matter where case_id = ${other.case_id}`);
    expect(restricted?.n).toBe(0);
  }, 120_000);

  it('gives a subject whose events came before any allegation its matter, with those events, when the allegations arrive (migration 0020)', async () => {
    const [c] = await queryRows<{ id: string; received_on: string }>(db(), sql`
      insert into misconduct_case (force_id, reference, source, restricted, summary, received_on)
      values ('MPS', 'SUMMARY-EVENTS-FIRST', 'public_complaint', false, 'Events before allegations', '2025-04-01') returning id, received_on`);
    const [person] = await queryRows<{ person_id: string }>(db(), sql`select person_id from employment where force_id = 'MPS' order by id limit 1`);
    if (!c || !person) throw new Error('no case or person');
    const [subject] = await queryRows<{ id: string }>(db(), sql`
      insert into case_subject (case_id, force_id, person_id, state) values (${c.id}, 'MPS', ${person.person_id}, 'closed') returning id`);
    if (!subject) throw new Error('no subject');
    await queryRows(db(), sql`
      insert into case_event (case_id, subject_id, force_id, action, to_state, decided_on)
      values (${c.id}, ${subject.id}, 'MPS', 'assess', null, '2025-04-11'), (${c.id}, ${subject.id}, 'MPS', 'close', 'closed', '2025-06-30')`);
    await queryRows(db(), sql`update case_event set decided_on = '2025-04-15' where subject_id = ${subject.id} and action = 'assess'`);
    const none = await queryRows(db(), sql`select * from insight_matter where subject_id = ${subject.id}`);
    expect(none).toEqual([]);
    await queryRows(db(), sql`
      insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version, case_to_answer)
      values (${c.id}, ${subject.id}, 'MPS', 'Arrived after the events', 'discreditable_conduct', 'discriminatory_behaviour', array['racism'], 1, false)`);
    const [matter] = await queryRows<{ allegations: number; first_step: Record<string, number>; closed_days: number }>(db(), sql`
      select allegations, first_step, closed_days from insight_matter where subject_id = ${subject.id}`);
    expect(matter).toEqual({ allegations: 1, first_step: { assess: 14, close: 90 }, closed_days: 90 });
    // Once it has an allegation, its events count again.
    await queryRows(db(), sql`update case_event set decided_on = '2025-07-10' where subject_id = ${subject.id} and action = 'close'`);
    const [moved] = await queryRows<{ closed_days: number }>(db(), sql`select closed_days from insight_matter where subject_id = ${subject.id}`);
    expect(moved?.closed_days).toBe(100);
    const differences = await summaryDifferences();
    expect([differences.matter_extra, differences.matter_missing]).toEqual([0, 0]);
  });
});
