// The Met FOI case-subject sample and the Virginia decertification list, imported and reported by Warrant, each figure
// compared with an independent computation in plain TypeScript over the raw CSV. Reads ../shared/data/real; skips
// with a message when it is absent.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.js';
import { openTestDatabase } from '../../db/test-database.js';
import { cliContext } from '../../context.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { importBarredList } from './barred-list-import.service.js';
import { importCaseSubject } from './case-subject-import.service.js';
import { computeRealDataFigures, type RealDataFigures } from './real-data-figures.js';
import { hasRealData, REAL_DATA_ABSENT, REAL_FILES } from './real-data-files.js';

const present = hasRealData();
if (!present) console.warn(REAL_DATA_ABSENT);

let database: Database;
let dir: string;
beforeAll(async () => {
  if (!present) return;
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'warrant-real-'));
});
afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = async (table: string): Promise<number> => {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row?.n ?? -1;
};
const band = (n: number): string => (n === 1 ? '1' : n === 2 ? '2' : n <= 5 ? '3-5' : '6+');

describe.skipIf(!present)('the Met FOI case-subject sample (../shared/data/real/met)', () => {
  // Independent: straight from the CSV.
  const raw = present ? (parse(readFileSync(REAL_FILES.met, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]) : [];
  const people = raw.filter((r) => r['Subject Ref']?.toLowerCase() !== 'organisational');
  const casesOf = new Map<string, Set<string>>();
  for (const r of people) {
    const set = casesOf.get(r['Subject Ref'] ?? '') ?? new Set<string>();
    set.add(r['Case Ref'] ?? '');
    casesOf.set(r['Subject Ref'] ?? '', set);
  }
  const largest = [...casesOf.entries()].sort((a, b) => b[1].size - a[1].size)[0];
  const bandsOf = (sizes: number[]) => Object.fromEntries(['1', '2', '3-5', '6+'].map((b) => [b, sizes.filter((n) => band(n) === b).length]));
  const concentrationOf = (sizes: number[]) => {
    const sorted = [...sizes].sort((a, b) => b - a);
    const total = sorted.reduce((s, n) => s + n, 0);
    return [1, 5, 10].map((p) => sorted.slice(0, Math.ceil((sorted.length * p) / 100)).reduce((s, n) => s + n, 0) / total);
  };
  let figures: RealDataFigures;

  it('imports every case, a nameless person per pseudonymous subject, and keeps "Organisational" out of the register with a count', async () => {
    const report = await importCaseSubject({ database, ctx: cliContext(), file: REAL_FILES.met, forceId: 'MPS', receivedOn: '2023-03-31', rejectionsFile: join(dir, 'met-rejections.csv') });
    expect(report).toMatchObject({ read: raw.length, rejected: 0, cases: new Set(raw.map((r) => r['Case Ref'])).size, people: casesOf.size, subjects: people.length, nonPersonSubjects: raw.length - people.length });
    expect(report.nonPersonSubjects).toBe(42);
    expect(report.placeholderSubjects.map((p) => p.reference)).toEqual([largest?.[0]]);
    const [named] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from person where given_names <> '' or family_name <> ''`);
    expect(named?.n).toBe(0);
  });

  it('imports nothing twice on a second run', async () => {
    const before = { person: await count('person'), case_subject: await count('case_subject'), allegation: await count('allegation') };
    const again = await importCaseSubject({ database, ctx: cliContext(), file: REAL_FILES.met, forceId: 'MPS', receivedOn: '2023-03-31', rejectionsFile: join(dir, 'met-rejections.csv') });
    expect(Object.values(again.tables).reduce((s, t) => s + t.inserted, 0)).toBe(0);
    expect({ person: await count('person'), case_subject: await count('case_subject'), allegation: await count('allegation') }).toEqual(before);
  });

  it('gives the repeat distribution and the concentration the raw file gives, with and without the placeholder subject', async () => {
    figures = await computeRealDataFigures({ db: database.db, forceId: 'MPS', threshold: 1 });
    const sizes = [...casesOf.values()].map((s) => s.size);
    const withoutPlaceholder = [...casesOf.entries()].filter(([ref]) => ref !== largest?.[0]).map(([, s]) => s.size);
    expect(largest?.[1].size).toBe(688);
    for (const [variant, expected] of [[figures.all, sizes], [figures.withoutFlagged, withoutPlaceholder]] as const) {
      for (const repeat of [variant.repeatByCases, variant.repeatByAllegations]) {
        expect(Object.fromEntries(repeat.bands.map((b) => [b.band, b.people.value]))).toEqual(bandsOf(expected));
        expect(repeat.total.outcomes.serving.value).toBe(expected.length);
      }
      expect(variant.concentration.subjects).toBe(expected.length);
      variant.concentration.top.forEach((t, i) => expect(t.share).toBeCloseTo(concentrationOf(expected)[i] ?? -1, 10));
    }
  });

  it('raises the alerts the rules imply: six or more ever, three or more in twelve months', async () => {
    const alerted = (code: string, f = figures.all) => f.alerts.find((a) => a.code === code)?.people;
    const sizes = [...casesOf.values()].map((s) => s.size);
    expect(alerted('six-or-more-ever')).toBe(sizes.filter((n) => n >= 6).length);
    expect(alerted('any-3-in-12-months')).toBe(sizes.filter((n) => n >= 3).length);
    expect(alerted('any-3-in-12-months', figures.withoutFlagged)).toBe(sizes.filter((n) => n >= 3).length - 1);
    expect(await count('signal_alert')).toBe(0);
  });

  it('reports the placeholder and the non-person subjects as data quality', () => {
    expect(figures.dataQuality.flags).toEqual([expect.objectContaining({ flag: 'placeholder_subject', rows: 1, excluded: true })]);
    expect(figures.dataQuality.nonPersonSubjects).toBe(42);
    expect(figures.all.disproportionality.byEthnicity.stages[0]?.total.value).toBe(casesOf.size);
  });
});

describe.skipIf(!present)('the Virginia decertification list (../shared/data/real/virginia)', () => {
  // Independent: every record with the line it starts on (the text line beginning with its row number), its date
  // read as an Excel serial day number.
  const text = present ? readFileSync(REAL_FILES.virginia, 'utf8') : '';
  const records = present ? (parse(text, { columns: true, bom: true }) as Record<string, string>[]) : [];
  const textLines = text.split('\n');
  const withLines = records.map((row) => ({ row, line: textLines.findIndex((l) => l.startsWith(`"${row[''] ?? ''}",`)) + 1 }));
  const serial = (text: string) => (/^\d+$/.test(text) ? new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10) : null);
  const today = new Date().toISOString().slice(0, 10);
  const bad = withLines.filter(({ row }) => {
    const d = serial(row.decert_date ?? '');
    return d === null || d > today;
  });

  it('adds every good row to the us-va Barred List, dates converted from Excel serials, and reports the bad rows by line', async () => {
    const rejectionsFile = join(dir, 'va-rejections.csv');
    const report = await importBarredList({ database, ctx: cliContext(), file: REAL_FILES.virginia, jurisdiction: 'us-va', rejectionsFile });
    expect(report).toMatchObject({ read: records.length, imported: records.length - bad.length, skipped: 0, rejected: bad.length });
    const lines = readFileSync(rejectionsFile, 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[1]));
    expect(lines).toEqual(bad.map((b) => b.line));
    expect(bad.length).toBe(2);
    // The cleaners' own fixed_date column agrees with every converted serial.
    const entries = await queryRows<{ family_name: string; decided_on: string }>(database.db, sql`select family_name, decided_on from list_entry where jurisdiction = 'us-va' and list = 'barred'`);
    const expected = withLines.filter((r) => !bad.includes(r)).map((r) => `${r.row.last_name}|${r.row.fixed_date}`).sort();
    expect(entries.map((e) => `${e.family_name}|${e.decided_on}`).sort()).toEqual(expected);
  });

  it('adds nothing on a second run and keeps the audit chain whole', async () => {
    const again = await importBarredList({ database, ctx: cliContext(), file: REAL_FILES.virginia, jurisdiction: 'us-va', rejectionsFile: join(dir, 'va-rejections.csv') });
    expect(again).toMatchObject({ imported: 0, skipped: records.length - bad.length });
    expect((await verifyAuditChain({ db: database.db })).ok).toBe(true);
  });
});
