// The case-level tag summary (misconduct_case.tags, migration 0015) on both databases: right after intake, after
// an allegation is added, re-tagged or removed by any writer, after warrant import; and the case list's tag
// filter and count read it and return exactly the cases with an allegation so tagged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase, TCaseList } from '../../../shared/case-contracts.js';
import { THEMATIC_TAGS } from '../../../shared/case-vocabulary.js';
import { queryRows } from '../../db/client.js';
import { testDatabaseKind } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { as, createTestApp, type Session, type TestApp } from '../../testing/test-app.js';
import { importDataset } from '../import/csv-import.service.js';
import { writeDatasetCsv } from '../synthetic/dataset-writer.js';
import { generateDataset } from '../synthetic/generate.js';

let t: TestApp;
let aa: Session;
let root: string;

beforeAll(async () => {
  t = await createTestApp();
  aa = await t.loginAs('appropriate_authority');
  root = mkdtempSync(join(tmpdir(), 'warrant-case-tags-'));
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const allegation = (tags: string[]) => ({ description: 'Remarks to a colleague', standard: 'discreditable_conduct', iopcCategory: 'individual_behaviours', tags });

async function createCase(subjects: { personId: string; tags: string[][] }[]): Promise<TCase> {
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(aa), payload: {
    forceId: 'MPS', source: 'conduct_matter', summary: 'Tag summary', receivedOn: '2025-03-03',
    subjects: subjects.map((s) => ({ personId: s.personId, allegations: s.tags.map(allegation) })),
  } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TCase;
}

const summaryOf = async (caseId: string): Promise<{ tags: string[]; xmin: string }> => {
  const [row] = await queryRows<{ tags: string[]; xmin: string }>(t.database.db, sql`select tags, xmin::text as xmin from misconduct_case where id = ${caseId}`);
  if (!row) throw new Error(`no case ${caseId}`);
  return row;
};

// Cases whose summary differs from the distinct sorted tags of their allegations.
const wrongSummaries = async (): Promise<number> => {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`
    select count(*)::int as n from misconduct_case c
    where c.tags is distinct from coalesce((select array_agg(distinct x order by x) from allegation a cross join lateral unnest(a.tags) x where a.case_id = c.id), '{}')`);
  return row?.n ?? -1;
};

async function listAll(query: string): Promise<{ ids: string[]; total: number; tagsById: Map<string, string[]> }> {
  const ids: string[] = [];
  const tagsById = new Map<string, string[]>();
  let total = 0;
  for (let page = 1; ; page++) {
    const res = await t.app.inject({ method: 'GET', url: `/api/cases?${query}&pageSize=100&page=${page}`, headers: as(aa) });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as TCaseList;
    total = list.total;
    for (const item of list.items) {
      ids.push(item.id);
      tagsById.set(item.id, item.tags);
    }
    if (list.items.length < 100) break;
  }
  return { ids: ids.sort(), total, tagsById };
}

describe('case tag summary', () => {
  it('holds the distinct, sorted tags of every allegation of every subject after intake', async () => {
    const c = await createCase([
      { personId: t.people.inForce.id, tags: [['predatory_behaviour', 'misogyny'], ['misogyny'], []] },
      { personId: t.people.outOfForce.id, tags: [['corruption']] },
    ]);
    expect((await summaryOf(c.id)).tags).toEqual(['corruption', 'misogyny', 'predatory_behaviour']);
    const untagged = await createCase([{ personId: t.people.inForce.id, tags: [[]] }]);
    expect((await summaryOf(untagged.id)).tags).toEqual([]);
    const { tagsById } = await listAll('forceId=MPS');
    expect(tagsById.get(c.id)).toEqual(['corruption', 'misogyny', 'predatory_behaviour']);
    expect(tagsById.get(untagged.id)).toEqual([]);
  });

  it('follows an allegation added, re-tagged, moved between cases and removed, and ignores changes that leave tags alone', async () => {
    const c = await createCase([{ personId: t.people.inForce.id, tags: [['misogyny']] }]);
    const other = await createCase([{ personId: t.people.inForce.id, tags: [['racism']] }]);
    const subjectId = c.subjects[0]?.id ?? '';
    const db = t.database.db;
    const [added] = await queryRows<{ id: string }>(db, sql`
      insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version)
      values (${c.id}, ${subjectId}, 'MPS', 'Later allegation', 'discreditable_conduct', 'individual_behaviours', array['sexual_harassment', 'misogyny']::text[], 1)
      returning id`);
    const addedId = added?.id ?? '';
    expect((await summaryOf(c.id)).tags).toEqual(['misogyny', 'sexual_harassment']);

    await queryRows(db, sql`update allegation set tags = array['domestic_abuse']::text[] where id = ${addedId}`);
    expect((await summaryOf(c.id)).tags).toEqual(['domestic_abuse', 'misogyny']);

    // A finding on the allegation does not rewrite the case row (its xmin stays the same).
    const before = await summaryOf(c.id);
    await queryRows(db, sql`update allegation set case_to_answer = true where id = ${addedId}`);
    expect(await summaryOf(c.id)).toEqual(before);

    // Moved to another case: it leaves one summary and joins the other.
    await queryRows(db, sql`update allegation set case_id = ${other.id}, subject_id = ${other.subjects[0]?.id ?? ''} where id = ${addedId}`);
    expect((await summaryOf(c.id)).tags).toEqual(['misogyny']);
    expect((await summaryOf(other.id)).tags).toEqual(['domestic_abuse', 'racism']);

    await queryRows(db, sql`delete from allegation where id = ${addedId}`);
    expect((await summaryOf(other.id)).tags).toEqual(['racism']);
    await queryRows(db, sql`update allegation set tags = '{}' where case_id = ${c.id}`);
    expect((await summaryOf(c.id)).tags).toEqual([]);
    expect(await wrongSummaries()).toBe(0);
  });

  // Only PostgreSQL has concurrent sessions (PGlite has one connection): the second writer waits on the case row.
  it.runIf(testDatabaseKind === 'postgres')('keeps every writer\'s tags when two transactions change one case at once', async () => {
    const c = await createCase([{ personId: t.people.inForce.id, tags: [['misogyny']] }]);
    const subjectId = c.subjects[0]?.id ?? '';
    const raw = t.database.raw;
    if (raw.kind !== 'postgres') throw new Error('PostgreSQL only');
    const [one, two] = await Promise.all([raw.pool.connect(), raw.pool.connect()]);
    const insert = (tag: string) => ({
      text: `insert into allegation (case_id, subject_id, force_id, description, standard, iopc_category, tags, tag_definitions_version)
             values ($1, $2, 'MPS', 'Concurrent', 'discreditable_conduct', 'individual_behaviours', array[$3]::text[], 1)`,
      values: [c.id, subjectId, tag],
    });
    try {
      // Two inserts: the second merges into the first one's committed summary.
      await one.query('begin');
      await two.query('begin');
      await one.query(insert('racism'));
      const second = two.query(insert('corruption'));
      await one.query('commit');
      await second;
      await two.query('commit');
      expect((await summaryOf(c.id)).tags).toEqual(['corruption', 'misogyny', 'racism']);
      // A delete beside an insert: the recount waits for the insert and sees its allegation.
      await one.query('begin');
      await two.query('begin');
      await one.query(insert('dishonesty'));
      const removal = two.query(`delete from allegation where case_id = $1 and tags = array['misogyny']::text[]`, [c.id]);
      await one.query('commit');
      await removal;
      await two.query('commit');
      expect((await summaryOf(c.id)).tags).toEqual(['corruption', 'dishonesty', 'racism']);
    } finally {
      await one.query('rollback').catch(() => undefined);
      await two.query('rollback').catch(() => undefined);
      one.release();
      two.release();
    }
    expect(await wrongSummaries()).toBe(0);
  });

  it('is right for every case after warrant import, batch by batch', async () => {
    const dir = join(root, 'generated');
    await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 11, people: 150 }), dir });
    const report = await importDataset({ database: t.database, ctx: cliContext(), dir, batchRows: 50 });
    expect(report.rejected).toBe(0);
    expect(report.tables.allegation?.inserted).toBeGreaterThan(100);
    const [tagged] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from misconduct_case where cardinality(tags) > 0`);
    expect(tagged?.n).toBeGreaterThan(10);
    expect(await wrongSummaries()).toBe(0);
    // A second run skips every row and leaves the summaries as they were.
    const again = await importDataset({ database: t.database, ctx: cliContext(), dir, batchRows: 50 });
    expect(again.inserted).toBe(0);
    expect(await wrongSummaries()).toBe(0);
  });

  it('filters and counts the list by force and tag to exactly the cases with an allegation so tagged', async () => {
    let checkedTags = 0;
    for (const tag of THEMATIC_TAGS) {
      const expected = await queryRows<{ id: string }>(t.database.db, sql`
        select c.id from misconduct_case c
        where c.force_id = 'MPS' and not c.restricted and exists (select 1 from allegation a where a.case_id = c.id and ${tag} = any (a.tags))
        order by c.id`);
      const { ids, total, tagsById } = await listAll(`forceId=MPS&tag=${tag}`);
      expect(ids, tag).toEqual(expected.map((r) => r.id).sort());
      expect(total, tag).toBe(expected.length);
      for (const tags of tagsById.values()) expect(tags).toContain(tag);
      if (expected.length > 0) checkedTags += 1;
    }
    // The imported data and the cases above give most tags something to find.
    expect(checkedTags).toBeGreaterThan(3);
  });
});
