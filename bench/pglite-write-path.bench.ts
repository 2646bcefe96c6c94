// pglite-write-path: how to get rows into PGlite fastest. COPY … FROM '/dev/blob' with the rows as a Blob,
// against the baseline of batched multi-row INSERTs with bound parameters (the usual Drizzle way).
import { copyTextValue, openBulkConnection } from '../server/modules/import/bulk.repo.js';
import { generateDataset } from '../server/modules/synthetic/generate.js';
import { columnNames } from '../server/modules/import/dataset-tables.js';
import { freshPgliteDatabase, seconds, type Benchmark } from './support.js';

export const pgliteWritePath: Benchmark = {
  name: 'pglite-write-path',
  description: 'PGlite: COPY FROM /dev/blob vs batched multi-row INSERT, allegation rows',
  run: async ({ quick, log }) => {
    const target = quick ? 50_000 : 200_000;
    const columns = columnNames('allegation');
    const people: string[][] = [];
    const cases: string[][] = [];
    const subjects: string[][] = [];
    const allegations: (string | null)[][] = [];
    // Parents first, so foreign keys hold: take whole people with their cases from the generator.
    for (const { table, row } of generateDataset({ scale: 'force', seed: 7 }).rows) {
      if (table === 'person') people.push([String(row.id), String(row.given_names), String(row.family_name), String(row.sex)]);
      if (table === 'misconduct_case') cases.push([String(row.id), String(row.force_id), String(row.reference), String(row.source), String(row.summary), String(row.received_on)]);
      if (table === 'case_subject') subjects.push([String(row.id), String(row.case_id), String(row.force_id), String(row.person_id), String(row.state)]);
      if (table === 'allegation') {
        allegations.push(columns.map((c) => {
          const v = row[c];
          return v === null || v === undefined ? null : Array.isArray(v) ? `{${v.join(',')}}` : String(v);
        }));
        if (allegations.length >= target) break;
      }
    }
    log(`${allegations.length} allegation rows`);
    const load = async (mode: 'copy' | 'insert'): Promise<number> => {
      const database = await freshPgliteDatabase();
      const conn = await openBulkConnection(database);
      const tsv = (rows: (string | null)[][]) => rows.map((r) => `${r.map(copyTextValue).join('\t')}\n`).join('');
      await conn.copyIn('person (id, given_names, family_name, sex)', '', tsv(people));
      await conn.copyIn('misconduct_case (id, force_id, reference, source, summary, received_on)', '', tsv(cases));
      await conn.copyIn('case_subject (id, case_id, force_id, person_id, state)', '', tsv(subjects));
      const started = performance.now();
      if (mode === 'copy') {
        for (let i = 0; i < allegations.length; i += 20_000) await conn.copyIn(`allegation (${columns.join(', ')})`, '', tsv(allegations.slice(i, i + 20_000)));
      } else {
        const perStatement = Math.floor(30_000 / columns.length);
        for (let i = 0; i < allegations.length; i += perStatement) {
          const slice = allegations.slice(i, i + perStatement);
          const params: (string | null)[] = [];
          const tuples = slice.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
          await conn.query(`insert into allegation (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
        }
      }
      const s = seconds(started);
      await conn.release();
      await database.close();
      database.remove();
      return s;
    };
    const insertSeconds = await load('insert');
    const copySeconds = await load('copy');
    const n = allegations.length;
    return {
      name: 'pglite-write-path', scale: `${n} allegations`,
      rows: [
        { label: 'multi-row INSERT (baseline)', rows: n, seconds: insertSeconds, rowsPerSecond: Math.round(n / insertSeconds), ratio: 1 },
        { label: "COPY FROM '/dev/blob'", rows: n, seconds: copySeconds, rowsPerSecond: Math.round(n / copySeconds), ratio: insertSeconds / copySeconds },
      ],
    };
  },
};
