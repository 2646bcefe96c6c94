// The Chicago FOIA files, imported and reported by Warrant, each figure compared with an independent computation:
// plain TypeScript over the raw CSV where it does not depend on linkage, plain SQL over the imported tables where it
// does. A slice keeps the test fast (the first 3,000 accused rows, their complaints, the whole roster); the full
// files are the benchmark's (bench/real-data.bench.ts). Reads ../shared/data/real; skips with a message when absent.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { importChicago, type ChicagoImportReport } from './chicago-import.service.js';
import { computeRealDataFigures, type RealDataFigures } from './real-data-figures.js';
import { hasRealData, REAL_DATA_ABSENT, REAL_FILES } from './real-data-files.js';
import { stableId } from './stable-id.js';

const present = hasRealData();
if (!present) console.warn(REAL_DATA_ABSENT);
const ACCUSED_ROWS = 3000;
const PERIOD = { from: '2000-01-01', to: '2004-12-31' };

type Row = Record<string, string>;
const read = (path: string): { text: string; rows: Row[] } => {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return { text, rows: parse(text, { columns: true }) as Row[] };
};

let database: Database;
let dir: string;
let files: { complaints: string; accused: string; roster: string };
let accused: Row[] = [];
let roster: Row[] = [];
let complaintDate = new Map<string, string>();
let report: ChicagoImportReport;
let figures: RealDataFigures;

beforeAll(async () => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'warrant-chicago-'));
  const a = read(REAL_FILES.chicago.accused);
  const c = read(REAL_FILES.chicago.complaints);
  const r = read(REAL_FILES.chicago.roster);
  const accusedLines = a.text.split('\n');
  accused = a.rows.slice(0, ACCUSED_ROWS);
  roster = r.rows;
  const crIds = new Set(accused.map((row) => row.cr_id));
  const complaintLines = c.text.split('\n');
  const keptComplaints = [complaintLines[0] ?? '', ...complaintLines.slice(1).filter((line) => crIds.has(line.slice(0, line.indexOf(','))))];
  complaintDate = new Map(c.rows.filter((row) => crIds.has(row.cr_id)).map((row) => [row.cr_id ?? '', row.complaint_date ?? '']));
  files = { complaints: join(dir, 'complaints.csv.gz'), accused: join(dir, 'accused.csv.gz'), roster: REAL_FILES.chicago.roster };
  writeFileSync(files.accused, gzipSync(`${accusedLines.slice(0, ACCUSED_ROWS + 1).join('\n')}\n`));
  writeFileSync(files.complaints, gzipSync(`${keptComplaints.join('\n')}\n`));
  database = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const RACE: Record<string, string> = { WHITE: 'white', BLACK: 'black', HISPANIC: 'other', 'ASIAN/PACIFIC ISLANDER': 'asian', 'NATIVE AMERICAN/ALASKAN NATIVE': 'other', '': 'not_stated' };
const identified = (row: Row) => row.last_name !== '' && row.last_name?.toUpperCase() !== 'UNKNOWN';
const band = (n: number): string => (n === 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3-5' : '6+');
const population = sql`
  with wf as (select distinct person_id from employment where force_id = 'CHI' and start_date <= ${PERIOD.to}::date and (end_date is null or end_date >= ${PERIOD.from}::date)
              and role in ('police_officer', 'police_staff', 'pcso')),
  m as (select s.id, s.person_id, s.case_id from case_subject s join misconduct_case c on c.id = s.case_id
        where c.force_id = 'CHI' and c.received_on between ${PERIOD.from}::date and ${PERIOD.to}::date and s.person_id in (select person_id from wf))`;

describe.skipIf(!present)('the Chicago FOIA files (../shared/data/real/chicago)', () => {
  it('imports the slice, links accused rows to the roster, and lists the real bad rows by line', async () => {
    report = await importChicago({ database, ctx: cliContext(), files, rejectionsFile: join(dir, 'rejections.csv') });
    const rejections = readFileSync(join(dir, 'rejections.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    // Independent: accused rows naming no one, and roster rows whose birth year puts appointment before 16.
    const noIdentity = accused.map((row, i) => ({ row, line: i + 2 })).filter(({ row }) => !identified(row)).map(({ line }) => `accused.csv.gz:${line}`);
    const tooYoung = roster.map((row, i) => ({ row, line: i + 2 })).filter(({ row }) => row.birth_year && Number(row.birth_year) > Number(row.appointed_date?.slice(0, 4)) - 16).map(({ line }) => `roster-1985-2023.csv.gz:${line}`);
    expect(rejections.map(([file, line]) => `${file}:${line}`).sort()).toEqual([...noIdentity, ...tooYoung].sort());
    expect(tooYoung).toEqual(['roster-1985-2023.csv.gz:10046']);
    const good = accused.filter(identified);
    expect(report.tables.allegation).toMatchObject({ inserted: good.length, rejected: 0 });
    expect(report.linkage.rows.linked + report.linkage.rows.review + report.linkage.rows.created).toBe(good.length);
    expect(report.tables.person?.inserted).toBe(roster.length - tooYoung.length + report.linkage.people.review + report.linkage.people.created);
  }, 120_000);

  it('links to the roster officer every accused row whose name, birth year and appointment date match one roster row exactly', async () => {
    const key = (r: Row) => [r.first_name_NS, r.last_name_NS, r.birth_year, r.appointed_date].join('|');
    const byKey = new Map<string, Row[]>();
    for (const r of roster) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
    const exact = accused.filter(identified).map((row) => ({ row, match: byKey.get(key(row)) })).filter((x) => x.match?.length === 1);
    const links = new Map((await queryRows<{ reference: string; person_id: string; link: string }>(database.db, sql`
      select reference, detail->>'personId' as person_id, detail->>'link' as link from source_record where kind = 'accused'`)).map((l) => [l.reference, l]));
    const agree = exact.filter(({ row, match }) => {
      const link = links.get(row.row_id ?? '');
      return link?.link === 'linked' && link.person_id === stableId('chicago-foia', 'CHI', 'roster', match?.[0]?.row_id ?? '');
    });
    expect(exact.length).toBeGreaterThan(500);
    expect(agree.length / exact.length).toBeGreaterThanOrEqual(0.99);
  });

  it('imports nothing twice on a second run', async () => {
    const again = await importChicago({ database, ctx: cliContext(), files, rejectionsFile: join(dir, 'rejections-2.csv') });
    expect(Object.entries(again.tables).filter(([, s]) => s.inserted > 0)).toEqual([]);
    expect(again.linkage).toEqual(report.linkage);
  }, 120_000);

  it('works out the figures with and without flagged rows, changing nothing', async () => {
    figures = await computeRealDataFigures({ db: database.db, forceId: 'CHI', year: 2004, years: 5, threshold: 1 });
    const [alerts] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from signal_alert`);
    expect(alerts?.n).toBe(0);
  }, 120_000);

  it('gives the workforce by ethnicity the raw roster gives, without flagged rows (the roster headcount)', () => {
    const expected: Record<string, number> = {};
    for (const r of roster) {
      if (r.birth_year && Number(r.birth_year) > Number(r.appointed_date?.slice(0, 4)) - 16) continue;
      const resigned = r.resignation_date && r.resignation_date >= (r.appointed_date ?? '') ? r.resignation_date : null;
      if ((r.appointed_date ?? '') > PERIOD.to || (resigned !== null && resigned < PERIOD.from)) continue;
      const group = RACE[r.race ?? ''] ?? '?';
      expected[group] = (expected[group] ?? 0) + 1;
    }
    const workforce = figures.withoutFlagged.disproportionality.byEthnicity.stages.find((s) => s.stage === 'workforce');
    const got = Object.fromEntries((workforce?.rows ?? []).filter((r) => (r.count.value ?? 0) > 0).map((r) => [r.group, r.count.value]));
    expect(got).toEqual(expected);
  });

  it('gives the case-to-answer rates, repeat distribution, concentration and accused-by-ethnicity counts plain SQL gives', async () => {
    const cta = await queryRows<{ key: string; decided: number; cta: number }>(database.db, sql`${population}
      select a.iopc_category as key, (count(*) filter (where a.case_to_answer is not null))::int as decided, (count(*) filter (where a.case_to_answer))::int as cta
      from allegation a join m on m.id = a.subject_id group by 1`);
    const rows = figures.all.caseToAnswer.byCategory.rows.filter((r) => (r.decided.value ?? 0) > 0);
    expect(rows.map((r) => [r.key, r.decided.value, r.caseToAnswer.value]).sort()).toEqual(cta.filter((r) => r.decided > 0).map((r) => [r.key, r.decided, r.cta]).sort());
    // Independent again, from the CSV: the finding values themselves.
    const sustained = accused.filter((r) => identified(r) && r.final_finding === 'SUSTAINED').length;
    const [stored] = await queryRows<{ n: number }>(database.db, sql`select (count(*) filter (where case_to_answer))::int as n from allegation`);
    expect(stored?.n).toBe(sustained);

    const perPerson = await queryRows<{ cases: number; allegations: number }>(database.db, sql`${population}
      select count(distinct m.case_id)::int as cases, count(a.id)::int as allegations from m join allegation a on a.subject_id = m.id group by m.person_id`);
    const bands = (values: number[]) => Object.fromEntries(['1', '2', '3-5', '6+'].map((b) => [b, values.filter((n) => band(n) === b).length]));
    expect(Object.fromEntries(figures.all.repeatByCases.bands.map((b) => [b.band, b.people.value]))).toEqual(bands(perPerson.map((p) => p.cases)));
    expect(Object.fromEntries(figures.all.repeatByAllegations.bands.map((b) => [b.band, b.people.value]))).toEqual(bands(perPerson.map((p) => p.allegations)));
    const sorted = perPerson.map((p) => p.allegations).sort((x, y) => y - x);
    const total = sorted.reduce((s, n) => s + n, 0);
    figures.all.concentration.top.forEach((t) => expect(t.share).toBeCloseTo(sorted.slice(0, Math.ceil((sorted.length * t.percent) / 100)).reduce((s, n) => s + n, 0) / total, 10));

    const accusedBy = await queryRows<{ ethnicity: string; n: number }>(database.db, sql`${population}
      select coalesce(pc.ethnicity, 'not_stated') as ethnicity, count(distinct m.person_id)::int as n from m
      left join person_characteristic pc on pc.person_id = m.person_id where exists (select 1 from allegation a where a.subject_id = m.id) group by 1`);
    const stage = figures.all.disproportionality.byEthnicity.stages.find((s) => s.stage === 'allegation');
    expect(Object.fromEntries((stage?.rows ?? []).filter((r) => (r.count.value ?? 0) > 0).map((r) => [r.group, r.count.value]))).toEqual(Object.fromEntries(accusedBy.map((r) => [r.ethnicity, r.n])));
  });

  it('raises "six or more ever" for the people plain SQL finds, and reports the data-quality flags the raw files imply', async () => {
    const [six] = await queryRows<{ n: number }>(database.db, sql`
      select count(*)::int as n from (select s.person_id from allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = a.case_id
      where not c.restricted and c.received_on <= '2004-12-31' group by s.person_id having count(*) >= 6) x`);
    expect(figures.all.alerts.find((a) => a.code === 'six-or-more-ever')?.people).toBe(six?.n);
    const [sixClean] = await queryRows<{ n: number }>(database.db, sql`
      select count(*)::int as n from (select s.person_id from allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = a.case_id
      where not c.restricted and c.received_on <= '2004-12-31'
        and s.person_id not in (select entity_id from data_quality_flag where entity_type = 'person' and flag in ('not_on_roster', 'no_appointment_date'))
        and a.id not in (select entity_id from data_quality_flag where entity_type = 'allegation')
        and c.id not in (select entity_id from data_quality_flag where entity_type = 'misconduct_case')
      group by s.person_id having count(*) >= 6) x`);
    expect(figures.withoutFlagged.alerts.find((a) => a.code === 'six-or-more-ever')?.people).toBe(sixClean?.n);
    expect(sixClean?.n).toBeLessThan(six?.n ?? 0);
    const late = accused.filter((r) => identified(r) && r.appointed_date && r.appointed_date > (complaintDate.get(r.cr_id ?? '') ?? '')).length;
    const flag = (name: string) => figures.dataQuality.flags.find((f) => f.flag === name)?.rows ?? 0;
    expect(flag('appointed_after_complaint')).toBe(late);
    expect(figures.dataQuality.unidentifiedSubjects).toBe(accused.filter((r) => !identified(r)).length);
    expect(flag('not_on_roster')).toBe(report.linkage.people.review + report.linkage.people.created);
  });
});
