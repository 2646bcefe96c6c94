// `warrant import DIR` (and `warrant generate --load`): loads a dataset directory (one CSV per table, see
// dataset-tables.ts) through per-row validation. Good rows are kept, bad ones are written to DIR/rejections.csv
// with file, line, field and reason; nothing is dropped silently. Each batch is one transaction: it goes into a
// temporary staging table by COPY, then into the table with ON CONFLICT (id) DO NOTHING, so re-running an
// import skips the rows already there. A batch the database refuses (a missing parent row, a duplicate
// reference…) is split in halves until the offending rows are found and reported; the rest still goes in.
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Database } from '../../db/client.js';
import { auditEvent, type RequestContext } from '../../context.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { analyzeTriggerWrittenTables } from '../../db/planner-statistics.js';
import { openBulkConnection, copyTextValue, writeBatch, type Batch, type BatchMode, type BulkConnection } from './bulk.repo.js';
import { csvLine, readCsvRecords } from './csv.js';
import { DATASET_TABLE_NAMES, KEY_COLUMNS, columnNames, csvFileName, type DatasetTable } from './dataset-tables.js';
import { FingerprintSet } from './fingerprint-set.js';
import { rowValidator } from './row-schemas.js';
import { rekeyStaleListEntries } from '../national-index/list-entry.repo.js';

export type TableImport = { file: string; read: number; inserted: number; skipped: number; rejected: number };
export type ImportReport = { tables: Partial<Record<DatasetTable, TableImport>>; rejected: number; inserted: number; skipped: number; rejectionsFile: string; seconds: number };
export type ImportProgress = { table: DatasetTable; bytesRead: number; totalBytes: number; rows: number };
export type Rejection = { file: string; line: number; field: string; reason: string };

const BATCH_ROWS = 20_000;
const BATCH_CHARS = 16 * 1024 * 1024;

/** Bytes of the dataset files present in `dir`, for a progress bar. */
export function datasetBytes(dir: string): number {
  return DATASET_TABLE_NAMES.reduce((sum, t) => {
    const path = join(dir, csvFileName(t));
    return sum + (existsSync(path) ? statSync(path).size : 0);
  }, 0);
}

export async function importDataset({ database, ctx, dir, source = 'csv', onProgress, onRejection, batchRows = BATCH_ROWS }: {
  database: Database;
  ctx: RequestContext;
  dir: string;
  source?: 'csv' | 'generate';
  onProgress?: (p: ImportProgress) => void;
  onRejection?: (r: Rejection) => void;
  batchRows?: number;
}): Promise<ImportReport> {
  const started = performance.now();
  const conn = await openBulkConnection(database);
  const rejectionsFile = join(dir, 'rejections.csv');
  const rejections = createWriteStream(rejectionsFile);
  rejections.write('file,line,field,reason\n');
  const report: ImportReport = { tables: {}, rejected: 0, inserted: 0, skipped: 0, rejectionsFile, seconds: 0 };
  const reject = (r: Rejection, stats: TableImport): void => {
    stats.rejected += 1;
    rejections.write(csvLine([r.file, r.line, r.field, r.reason]));
    onRejection?.(r);
  };
  try {
    const forceIds = new Set((await conn.query<{ id: string }>('select id from force')).rows.map((r) => r.id));
    const today = todayInEngland();
    const totalBytes = datasetBytes(dir);
    let bytesBefore = 0;
    for (const table of DATASET_TABLE_NAMES) {
      const file = csvFileName(table);
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      const stats: TableImport = { file, read: 0, inserted: 0, skipped: 0, rejected: 0 };
      report.tables[table] = stats;
      let bytesRead = 0;
      await importTable({
        conn, table, path, forceIds, today, stats, batchRows,
        reject: (line, field, reason) => reject({ file, line, field, reason }, stats),
        onBytes: (n) => {
          bytesRead += n;
          onProgress?.({ table, bytesRead: bytesBefore + bytesRead, totalBytes, rows: stats.read });
        },
      });
      bytesBefore += bytesRead;
      report.inserted += stats.inserted;
      report.skipped += stats.skipped;
      report.rejected += stats.rejected;
      if (stats.inserted > 0) await conn.query(`analyze "${table}"`);
    }
    if (report.inserted > 0) await analyzeTriggerWrittenTables((text) => conn.query(text));
  } finally {
    rejections.end();
    await once(rejections, 'finish');
    await conn.release();
  }
  // A dataset's list_entry_key rows were made by whatever engine wrote the files: loaded entries have no keys
  // version, so they get this engine's keys now (and a raw COPY of the files gets them at the next start).
  if ((report.tables.list_entry?.inserted ?? 0) > 0) await rekeyStaleListEntries(database.db);
  report.seconds = (performance.now() - started) / 1000;
  // One audit event for the whole load, with its counts: the chain stays whole.
  await database.db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: source === 'generate' ? 'dataset.generate_load' : 'dataset.import',
    entityType: 'database',
    detail: {
      tables: Object.fromEntries(Object.entries(report.tables).map(([t, s]) => [t, { read: s.read, inserted: s.inserted, skipped: s.skipped, rejected: s.rejected }])),
      inserted: report.inserted, skipped: report.skipped, rejected: report.rejected,
    },
  })]));
  return report;
}


async function importTable({ conn, table, path, forceIds, today, stats, batchRows, reject, onBytes }: {
  conn: BulkConnection; table: DatasetTable; path: string; forceIds: ReadonlySet<string>; today: string; stats: TableImport; batchRows: number;
  reject: (line: number, field: string, reason: string) => void; onBytes: (n: number) => void;
}): Promise<void> {
  const expected = columnNames(table);
  const keyColumns = KEY_COLUMNS[table];
  const ids = new FingerprintSet();
  let header: string[] | null = null;
  let headerBroken = false;
  let validate: ReturnType<typeof rowValidator> | null = null;
  let keyPositions: number[] = [];
  let batch: Batch = { lines: [], text: [], chars: 0 };
  let inflight: Promise<void> | null = null;
  const mode: BatchMode = { direct: true };

  const send = async (): Promise<void> => {
    if (batch.lines.length === 0) return;
    const full = batch;
    batch = { lines: [], text: [], chars: 0 };
    // One batch in the database while the next is parsed (PostgreSQL works in its own process meanwhile).
    if (inflight) await inflight;
    inflight = writeBatch(conn, table, expected, keyColumns, full, stats, reject, mode);
    // Handled when awaited; this only stops Node reporting it as unhandled while the next batch is parsed.
    inflight.catch(() => undefined);
  };

  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const records of readCsvRecords(stream, onBytes)) {
    for (const record of records) {
      if (header === null) {
        header = record.fields.map((f) => f ?? '');
        const missing = expected.filter((c) => !header?.includes(c));
        const unknown = header.filter((c) => !expected.includes(c));
        const duplicated = header.filter((c, i) => header?.indexOf(c) !== i);
        if (record.error || missing.length > 0 || unknown.length > 0 || duplicated.length > 0) {
          headerBroken = true;
          const why = record.error ?? [
            missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
            unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : '',
            duplicated.length > 0 ? `repeated column(s) ${duplicated.join(', ')}` : '',
          ].filter(Boolean).join('; ');
          reject(record.line, missing[0] ?? unknown[0] ?? duplicated[0] ?? '', `header: ${why}; expected ${expected.join(',')}. No row of this file was imported`);
        } else {
          validate = rowValidator(table, header, forceIds, today);
          keyPositions = keyColumns.map((c) => header?.indexOf(c) ?? -1);
        }
        continue;
      }
      stats.read += 1;
      if (headerBroken || !validate) {
        stats.rejected += 1;
        continue;
      }
      if (record.error) {
        reject(record.line, '', record.error);
        continue;
      }
      if (record.fields.length !== header.length) {
        reject(record.line, '', `expected ${header.length} fields, found ${record.fields.length}`);
        continue;
      }
      const result = validate(record.fields);
      if (!result.ok) {
        for (const issue of result.issues) reject(record.line, issue.field, issue.reason);
        continue;
      }
      const id = keyPositions.map((p) => record.fields[p] ?? '').join(' / ');
      if (!ids.add(id.toLowerCase())) {
        reject(record.line, keyColumns.join(', '), `duplicate ${keyColumns.join(' / ')} ${id}: it appears earlier in the file`);
        continue;
      }
      const line = `${record.line}\t${result.values.map(copyTextValue).join('\t')}\n`;
      batch.lines.push(record.line);
      batch.text.push(line);
      batch.chars += line.length;
      if (batch.lines.length >= batchRows || batch.chars >= BATCH_CHARS) await send();
    }
  }
  if (header === null) reject(1, '', 'the file is empty: a header row is required');
  await send();
  if (inflight) await inflight;
}

