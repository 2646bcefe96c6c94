// Bad input to the real-data importers, on small hand-written files (no public records needed): a header the importer
// does not know is refused before anything is written; bad rows are reported by line and the good ones kept.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { importCaseSubject } from './case-subject-import.service.js';
import { CHICAGO_COLUMNS, importChicago } from './chicago-import.service.js';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'warrant-bad-input-'));
});
afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const header = (part: keyof typeof CHICAGO_COLUMNS) => [...CHICAGO_COLUMNS[part].required, ...CHICAGO_COLUMNS[part].optional];
const line = (part: keyof typeof CHICAGO_COLUMNS, values: Record<string, string>) => header(part).map((c) => values[c] ?? '').join(',');
const count = async (table: string) => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n ?? -1;

function writeChicago(name: string, parts: { roster?: string[]; complaints?: string[]; accused?: string[]; rosterHeader?: string; accusedHeader?: string }) {
  const sub = join(dir, name);
  const files = { roster: `${sub}-roster.csv`, complaints: `${sub}-complaints.csv`, accused: `${sub}-accused.csv` };
  writeFileSync(files.roster, `${parts.rosterHeader ?? header('roster').join(',')}\n${(parts.roster ?? []).map((l) => `${l}\n`).join('')}`);
  writeFileSync(files.complaints, `${header('complaints').join(',')}\n${(parts.complaints ?? []).map((l) => `${l}\n`).join('')}`);
  writeFileSync(files.accused, `${parts.accusedHeader ?? header('accused').join(',')}\n${(parts.accused ?? []).map((l) => `${l}\n`).join('')}`);
  return files;
}

const officer = { row_id: '1', first_name: 'ANNA', last_name: 'KOWALSKI', first_name_NS: 'ANNA', last_name_NS: 'KOWALSKI', appointed_date: '1995-03-06', birth_year: '1970.0', race: 'WHITE', gender: 'FEMALE', rank: '9161 - POLICE OFFICER', star1: '1234.0' };
const complaint = { cr_id: '500', complaint_date: '2001-05-01', closed_date: '2002-01-01', case_type: 'Complaint Register', complainant_type: 'Civilian', investigating_agency: 'IPRA' };
const allegation = { row_id: '9', cr_id: '500', first_name: 'ANNA', last_name: 'KOWALSKI', first_name_NS: 'ANNA', last_name_NS: 'KOWALSKI', appointed_date: '1995-03-06', birth_year: '1970.0', race: 'WHITE', gender: 'FEMALE', star: '1234.0', rank: 'POLICE OFFICER', allegation_category: 'Excessive Force', final_finding: 'SUSTAINED', final_penalty: '005 - 5 SUSPENSION', complaint_status: 'Case Final' };

describe('real-data importers refuse bad input', () => {
  it('refuses a file with an unknown or a missing column before writing anything, naming the column', async () => {
    const before = { person: await count('person'), force: await count('force'), audit: await count('audit_event') };
    const unknown = writeChicago('unknown', { rosterHeader: `${header('roster').join(',')},shoe_size`, roster: [`${line('roster', officer)},42`] });
    await expect(importChicago({ database, ctx: cliContext(), files: unknown, rejectionsFile: join(dir, 'r1.csv') })).rejects.toThrow(/unknown column\(s\) shoe_size.*Nothing was imported/);
    const missing = writeChicago('missing', { accusedHeader: header('accused').filter((c) => c !== 'final_finding').join(',') });
    await expect(importChicago({ database, ctx: cliContext(), files: missing, rejectionsFile: join(dir, 'r2.csv') })).rejects.toThrow(/missing column\(s\) final_finding/);
    expect({ person: await count('person'), force: await count('force'), audit: await count('audit_event') }).toEqual(before);
  });

  it('refuses a dateless extract unless told which day to record', async () => {
    const file = join(dir, 'extract.csv');
    writeFileSync(file, 'Case Ref,Subject Ref\ncase 1,subject 1\n');
    await expect(importCaseSubject({ database, ctx: cliContext(), file, forceId: 'MPS', rejectionsFile: join(dir, 'r3.csv') })).rejects.toThrow(/--received-on/);
    expect(await count('misconduct_case')).toBe(0);
  });

  it('reports rows in another encoding, with no usable identity or with an unmapped category by line, and keeps the good ones', async () => {
    const files = writeChicago('rows', {
      roster: [
        line('roster', officer),
        line('roster', { ...officer, row_id: '2', last_name: 'LATIN1', last_name_NS: 'LATIN1' }),
      ],
      complaints: [line('complaints', complaint)],
      accused: [
        line('accused', allegation),
        line('accused', { ...allegation, row_id: '10', first_name: 'UNKNOWN', last_name: 'UNKNOWN', first_name_NS: 'UNKNOWN', last_name_NS: 'UNKNOWN' }),
        line('accused', { ...allegation, row_id: '11', allegation_category: 'Jaywalking' }),
      ],
    });
    // The second roster line carries a name in Latin-1 ("René"), not UTF-8.
    const rosterBytes = readFileSync(files.roster);
    const at = rosterBytes.indexOf(Buffer.from('LATIN1'));
    writeFileSync(files.roster, Buffer.concat([rosterBytes.subarray(0, at), Buffer.from([0x52, 0x65, 0x6e, 0xe9]), rosterBytes.subarray(at + 'LATIN1'.length)]));
    const report = await importChicago({ database, ctx: cliContext(), files, rejectionsFile: join(dir, 'r4.csv') });
    const rejections = readFileSync(join(dir, 'r4.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','));
    expect(rejections).toEqual(['rows-roster.csv,3,""', 'rows-accused.csv,3,last_name', 'rows-accused.csv,4,allegation_category']);
    expect(readFileSync(join(dir, 'r4.csv'), 'utf8')).toMatch(/not valid UTF-8/);
    expect(report.linkage).toMatchObject({ rows: { linked: 1, review: 0, created: 0 } });
    const [subject] = await queryRows<{ case_to_answer: string; outcome: string; proceedings_form: string }>(database.db, sql`select case_to_answer, outcome, proceedings_form from case_subject`);
    expect(subject).toEqual({ case_to_answer: 'case_to_answer_misconduct', outcome: 'final_written_warning', proceedings_form: 'misconduct_meeting' });
    expect(await count('allegation')).toBe(1);
  });
});
