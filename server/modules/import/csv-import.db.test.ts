import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { writeDatasetCsv } from '../synthetic/dataset-writer.js';
import { generateDataset } from '../synthetic/generate.js';
import { importDataset } from './csv-import.service.js';

let database: Database;
let root: string;
let source: string;

beforeAll(async () => {
  database = await openTestDatabase();
  root = mkdtempSync(join(tmpdir(), 'warrant-import-'));
  source = join(root, 'generated');
  await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 9, people: 120 }), dir: source });
});

afterAll(async () => {
  await database?.close();
  rmSync(root, { recursive: true, force: true });
});

const count = async (table: string): Promise<number> => {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*) as n from ${sql.identifier(table)}`);
  return Number(row?.n);
};
const rejectionsOf = (dir: string): string[][] =>
  readFileSync(join(dir, 'rejections.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));

describe('warrant import', () => {
  it('imports a generated directory, then skips every row on a second run instead of duplicating it', async () => {
    const first = await importDataset({ database, ctx: cliContext(), dir: source, batchRows: 100 });
    expect(first.rejected).toBe(0);
    expect(first.skipped).toBe(0);
    const people = await count('person');
    const allegations = await count('allegation');
    const second = await importDataset({ database, ctx: cliContext(), dir: source, batchRows: 100 });
    expect(second).toMatchObject({ inserted: 0, rejected: 0, skipped: first.inserted });
    expect(await count('person')).toBe(people);
    expect(await count('allegation')).toBe(allegations);
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: true, checked: 2 });
  });

  it('reports every bad row of a broken file (file, line, field, reason), keeps the good ones and never half-imports a batch', async () => {
    const dir = join(root, 'broken');
    mkdirSync(dir);
    const header = 'id,person_id,force_id,role,rank,collar_number,start_date,end_date,leaving_reason';
    const person = (i: number) => `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`;
    const job = (i: number) => `00000000-0000-4000-9000-${String(900 + i).padStart(12, '0')}`;
    writeFileSync(join(dir, 'person.csv'), ['id,given_names,family_name,date_of_birth,sex', ...[1, 2, 3].map((i) => `${person(i)},Test,Person${i},1980-01-0${i},female`)].join('\n') + '\n');
    writeFileSync(join(dir, 'person_characteristic.csv'), 'person_id,ethnicity,shoe_size\n');
    writeFileSync(join(dir, 'employment.csv'), [
      header,
      `${job(1)},${person(1)},MPS,police_officer,Constable,MPS9001,2010-01-01,,`, // 2: good
      `${job(2)},${person(2)},MPS,police_officer,Constable,MPS9002,2010-02-30,,`, // 3: no such date
      `${job(3)},${person(2)},XYZ,police_staff,,,2011-01-01,,`, // 4: unknown force
      `${job(1)},${person(3)},MPS,police_staff,,,2012-01-01,,`, // 5: duplicate id in the file
      `${job(4)},${person(3)},MPS,"police_staff,,,2012-01-01,,`, // 6: broken quoting
      `${job(5)},${person(3)},MPS,police_staff`, // 7: too few fields
      `${job(6)},${person(3)},MPS,police_staff,,,2015-01-01,2012-01-01,resigned`, // 8: ends before it starts
      `${job(7)},00000000-0000-4000-8000-000000000999,MPS,police_staff,,,2015-01-01,,`, // 9: no such person
      `${job(8)},${person(3)},MPS,police_staff,,,2016-01-01,,`, // 10: good
    ].join('\n') + '\n');
    const beforeJobs = await count('employment');
    const result = await importDataset({ database, ctx: cliContext(), dir, batchRows: 3 });
    const rejections = rejectionsOf(dir);
    const byFileLine = rejections.map(([file, line, field]) => `${file}:${line}:${field}`);
    expect(byFileLine).toEqual(expect.arrayContaining([
      'person_characteristic.csv:1:shoe_size',
      'employment.csv:3:start_date',
      'employment.csv:4:force_id',
      'employment.csv:5:id',
      'employment.csv:6:""',
      'employment.csv:7:""',
      'employment.csv:8:end_date',
      'employment.csv:9:person_id',
    ]));
    expect(result.tables.employment).toMatchObject({ read: 9, inserted: 2, rejected: 7, skipped: 0 });
    // …and the header of person_characteristic.csv, which stopped that whole file.
    expect(result.rejected).toBe(8);
    expect(await count('employment')).toBe(beforeJobs + 2);
    const kept = await queryRows<{ id: string }>(database.db, sql`select id from employment where id in (${job(1)}, ${job(8)}, ${job(7)})`);
    expect(kept.map((r) => r.id).sort()).toEqual([job(1), job(8)]);
    const reason = rejections.find(([, line]) => line === '9')?.slice(3).join(',');
    expect(reason).toMatch(/no person row with person_id/);
  });

  it('refuses a file in another encoding line by line rather than storing garbled names', async () => {
    const dir = join(root, 'latin1');
    mkdirSync(dir);
    copyFileSync(join(source, 'person.csv'), join(dir, 'person.csv'));
    const id = '00000000-0000-4000-8000-000000000777';
    writeFileSync(join(dir, 'person.csv'), Buffer.concat([Buffer.from(`id,given_names,family_name,date_of_birth,sex\n${id},Ren`), Buffer.from([0xe9]), Buffer.from(',Dupont,1970-05-05,female\n')]));
    const result = await importDataset({ database, ctx: cliContext(), dir });
    expect(result.tables.person).toMatchObject({ read: 1, inserted: 0, rejected: 1 });
    expect(rejectionsOf(dir)[0]?.slice(3).join(',')).toMatch(/not valid UTF-8/);
  });
});
