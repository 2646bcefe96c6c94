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
    // The summaries that triggers filled have planner statistics too (PGlite has no autovacuum to gather them).
    const analysed = await queryRows<{ tablename: string }>(database.db, sql`select distinct tablename from pg_stats where schemaname = 'public' and tablename in ('insight_matter', 'insight_person_span', 'insight_headcount') order by 1`);
    expect(analysed.map((r) => r.tablename)).toEqual(['insight_headcount', 'insight_matter', 'insight_person_span']);
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
    const address = (i: number) => `00000000-0000-4000-a000-${String(900 + i).padStart(12, '0')}`;
    writeFileSync(join(dir, 'person_address.csv'), [
      'id,person_id,postcode,from_date,to_date,source,created_at',
      `${address(1)},${person(1)},xa12 3bd,2009-06-01,,hr_record,2010-01-01T09:00:00.000Z`, // 2: good, stored as XA12 3BD
      `${address(2)},${person(1)},not known,2001-01-01,2009-05-31,vetting_declaration,2010-01-01T09:00:00.000Z`, // 3: not a postcode
      `${address(3)},${person(2)},XB1 1AA,2005-01-01,2004-12-31,vetting_declaration,2010-01-01T09:00:00.000Z`, // 4: ends before it starts
    ].join('\n') + '\n');
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
      'person_address.csv:3:postcode',
      'person_address.csv:4:to_date',
    ]));
    expect(result.tables.person_address).toMatchObject({ read: 3, inserted: 1, rejected: 2 });
    const stored = await queryRows<{ postcode: string }>(database.db, sql`select postcode from person_address where id = ${address(1)}`);
    expect(stored.map((r) => r.postcode)).toEqual(['XA12 3BD']);
    expect(result.tables.employment).toMatchObject({ read: 9, inserted: 2, rejected: 7, skipped: 0 });
    // …two addresses, and the header of person_characteristic.csv, which stopped that whole file.
    expect(result.rejected).toBe(10);
    expect(await count('employment')).toBe(beforeJobs + 2);
    const kept = await queryRows<{ id: string }>(database.db, sql`select id from employment where id in (${job(1)}, ${job(8)}, ${job(7)})`);
    expect(kept.map((r) => r.id).sort()).toEqual([job(1), job(8)]);
    const reason = rejections.find(([, line]) => line === '9')?.slice(3).join(',');
    expect(reason).toMatch(/no person row with person_id/);
  });

  it('refuses imported accounts that could sign in or hold unknown roles, and vetting decisions without their decider', async () => {
    const dir = join(root, 'vetting');
    mkdirSync(dir);
    const person = readFileSync(join(source, 'person.csv'), 'utf8').split('\n')[1]?.split(',')[0] ?? '';
    const user = (i: number) => `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;
    const app = (i: number) => `00000000-0000-4000-b000-${String(i).padStart(12, '0')}`;
    const at = '2025-03-01T09:00:00.000Z';
    writeFileSync(join(dir, 'app_user.csv'), [
      'id,email,display_name,roles,force_id,disabled,created_at',
      `${user(1)},one@vetting.test.invalid,Vetting Officer,{vetting_officer},MPS,true,${at}`, // 2: good
      `${user(2)},two@vetting.test.invalid,Could Sign In,{vetting_officer},MPS,false,${at}`, // 3: enabled
      `${user(3)},three@vetting.test.invalid,Unknown Role,{superuser},MPS,true,${at}`, // 4: no such role
    ].join('\n') + '\n');
    writeFileSync(join(dir, 'vetting_application.csv'), [
      'id,reference,force_id,person_id,level,kind,state,opened_by,opened_on,transferee_checklist,outcome,decided_by,decided_on,rationale,rebuttal,conditions,conditions_review_on,approved_by,approved_on,appeal_due_by,version,created_at',
      `${app(1)},MPS-V-2025-T000001,MPS,${person},RV,new_joiner,checks_in_progress,${user(1)},2025-03-01,{},,,,,,,,,,,1,${at}`, // 2: good
      `${app(2)},MPS-V-2025-T000002,MPS,${person},RV,new_joiner,granted,${user(1)},2025-03-01,{},granted,,2025-04-01,All checks clear,,{},,,,,2,${at}`, // 3: no decider
      `${app(3)},MPS-V-2025-T000003,MPS,${person},XV,new_joiner,checks_in_progress,${user(1)},2025-03-01,{},,,,,,,,,,,1,${at}`, // 4: no such level
    ].join('\n') + '\n');
    const result = await importDataset({ database, ctx: cliContext(), dir });
    expect(rejectionsOf(dir).map(([file, line, field]) => `${file}:${line}:${field}`)).toEqual([
      'app_user.csv:3:disabled', 'app_user.csv:4:roles', 'vetting_application.csv:3:decided_by', 'vetting_application.csv:4:level',
    ]);
    expect(result.tables.app_user).toMatchObject({ read: 3, inserted: 1, rejected: 2 });
    expect(result.tables.vetting_application).toMatchObject({ read: 3, inserted: 1, rejected: 2 });
    const [stored] = await queryRows<{ disabled: boolean; password_hash: string | null }>(database.db, sql`select disabled, password_hash from app_user where id = ${user(1)}`);
    expect(stored).toEqual({ disabled: true, password_hash: null });
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
