// What every real-data importer shares: the bulk connection, one writer per table, the rejection report (file, line,
// field, reason — one CSV line per problem), the force the rows belong to, and the audit event of the run.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/client.js';
import { analyzeTriggerWrittenTables } from '../../db/planner-statistics.js';
import { forces } from '../../db/schema.js';
import { auditEvent, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { openBulkConnection, type BulkConnection } from '../import/bulk.repo.js';
import { csvLine } from '../import/csv.js';
import type { DatasetTable } from '../import/dataset-tables.js';
import { TableWriter, type Lane, type Rejection, type WriteStats } from './table-writer.js';

export type ForceInput = { id: string; name: string; jurisdiction: string; kind?: 'territorial' | 'national' };

/**
 * Adds a force of any jurisdiction (an administrator's command, or an import naming one), or finds it. A code that
 * already belongs to a force of another jurisdiction is refused: codes never change meaning.
 */
export async function ensureForce(db: Queryable, force: ForceInput): Promise<{ created: boolean }> {
  if (!/^[A-Z][A-Z0-9-]{1,15}$/.test(force.id)) throw new AppError('VALIDATION_FAILED', `force code "${force.id}" must be 2–16 capital letters, digits or hyphens`);
  if (!/^[a-z]{2}(-[a-z0-9]{2,})*$|^england-wales$/.test(force.jurisdiction)) throw new AppError('VALIDATION_FAILED', `jurisdiction "${force.jurisdiction}" must look like us-il, scotland or england-wales`);
  const [existing] = await db.select().from(forces).where(eq(forces.id, force.id));
  if (existing) {
    if (existing.jurisdiction !== force.jurisdiction) throw new AppError('CONFLICT', `force ${force.id} already exists in jurisdiction ${existing.jurisdiction}, not ${force.jurisdiction}`);
    return { created: false };
  }
  await db.insert(forces).values({ id: force.id, name: force.name, kind: force.kind ?? 'territorial', jurisdiction: force.jurisdiction }).onConflictDoNothing();
  return { created: true };
}

export async function addForce({ database, ctx, force }: { database: Database; ctx: RequestContext; force: ForceInput }): Promise<{ created: boolean }> {
  return database.db.transaction(async (tx) => {
    const result = await ensureForce(tx, force);
    if (result.created) await appendAuditEvents(tx, [auditEvent(ctx, { action: 'force.create', entityType: 'force', entityId: force.id, forceId: force.id, detail: { ...force } })]);
    return result;
  });
}

// The foreign keys between the tables importers write.
const PARENTS: Partial<Record<DatasetTable, DatasetTable[]>> = {
  person_name: ['person'], person_characteristic: ['person'], employment: ['person'],
  case_subject: ['misconduct_case', 'person'], allegation: ['case_subject'], case_event: ['case_subject'],
};

export type ImportRun = {
  conn: BulkConnection;
  today: string;
  forceIds: Set<string>;
  reject: (r: Rejection) => void;
  dataset: (table: DatasetTable) => TableWriter;
  plain: (table: string, columns: readonly string[], keyColumns: readonly string[]) => TableWriter;
  /**
   * A table outside the dataset that no other row of the import refers to and that refers to nothing the import
   * writes (only the force): on PostgreSQL written on the run's second connection, beside the dataset tables;
   * on PGlite (one session) the same as `plain`.
   */
  independent: (table: string, columns: readonly string[], keyColumns: readonly string[]) => Promise<TableWriter>;
  flushAll: () => Promise<void>;
  stats: () => Record<string, WriteStats>;
  close: () => Promise<void>;
};

export async function openImportRun({ database, rejectionsFile, onRejection, batchRows }: {
  database: Database; rejectionsFile: string; onRejection?: (r: Rejection) => void; batchRows?: number;
}): Promise<ImportRun> {
  const conn = await openBulkConnection(database);
  let out: WriteStream;
  try {
    out = createWriteStream(rejectionsFile);
    out.write('file,line,field,reason\n');
  } catch (error) {
    await conn.release();
    throw error;
  }
  const forceIds = new Set((await conn.query<{ id: string }>('select id from force')).rows.map((r) => r.id));
  const writers = new Map<string, TableWriter>();
  const lane: Lane = { current: Promise.resolve() };
  // Tables that refer to nothing an import writes (source_record and data_quality_flag refer only to the force,
  // committed before the run) go on a second connection of their own: their COPYs run beside the dataset tables'
  // instead of queueing behind them on the first. Opened when first needed.
  let side: { conn: BulkConnection; lane: Lane } | null = null;
  let sideOpening: Promise<{ conn: BulkConnection; lane: Lane }> | null = null;
  const sideWriters = new Map<string, Promise<TableWriter>>();
  const run: ImportRun = {
    conn,
    today: todayInEngland(),
    forceIds,
    reject: (r) => {
      out.write(csvLine([r.file, r.line, r.field, r.reason]));
      onRejection?.(r);
    },
    dataset: (table) => {
      let writer = writers.get(table);
      if (!writer) {
        writer = TableWriter.forDatasetTable(conn, lane, table, forceIds, run.today, run.reject, batchRows);
        writer.parents = (PARENTS[table] ?? []).map((parent) => run.dataset(parent));
        writers.set(table, writer);
      }
      return writer;
    },
    plain: (table, columns, keyColumns) => {
      let writer = writers.get(table);
      if (!writer) {
        writer = new TableWriter(conn, table, columns, keyColumns, run.reject, lane, batchRows ? { batchRows } : {});
        writers.set(table, writer);
      }
      return writer;
    },
    independent: (table, columns, keyColumns) => {
      // PGlite has one session: a second lane would interleave its batches' transactions with the first's.
      if (conn.kind === 'pglite') return Promise.resolve(run.plain(table, columns, keyColumns));
      let writer = sideWriters.get(table);
      if (!writer) {
        sideOpening ??= openBulkConnection(database).then((c) => (side = { conn: c, lane: { current: Promise.resolve() } }));
        writer = sideOpening.then((s) => {
          const w = new TableWriter(s.conn, table, columns, keyColumns, run.reject, s.lane, batchRows ? { batchRows } : {});
          writers.set(table, w);
          return w;
        });
        sideWriters.set(table, writer);
      }
      return writer;
    },
    flushAll: async () => {
      for (const writer of writers.values()) await writer.flush();
      await Promise.all([lane.current, side?.lane.current]);
    },
    stats: () => Object.fromEntries([...writers.entries()].map(([t, w]) => [t, { ...w.stats }])),
    close: async () => {
      try {
        await sideOpening?.catch(() => undefined);
        await Promise.all([lane.current, side?.lane.current]);
        // Fresh planner statistics: without them Insight's queries over a just-loaded force can take minutes.
        for (const writer of writers.values()) if (writer.stats.inserted > 0) await conn.query(`analyze "${writer.table}"`);
        if ([...writers.values()].some((w) => w.stats.inserted > 0)) await analyzeTriggerWrittenTables((text) => conn.query(text));
      } finally {
        out.end();
        await once(out, 'finish');
        await conn.release();
        await side?.conn.release();
      }
    },
  };
  return run;
}

export const SOURCE_RECORD_COLUMNS = ['source', 'kind', 'reference', 'force_id', 'entity_type', 'entity_id', 'detail'] as const;
export const SOURCE_RECORD_KEY = ['source', 'kind', 'reference'] as const;
export const FLAG_COLUMNS = ['flag', 'entity_type', 'entity_id', 'force_id', 'source', 'source_line', 'detail'] as const;
export const FLAG_KEY = ['flag', 'entity_type', 'entity_id'] as const;

export async function auditImport(database: Database, ctx: RequestContext, detail: Record<string, unknown> & { forceId: string }): Promise<void> {
  await database.db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'real_data.import', entityType: 'force', entityId: detail.forceId, forceId: detail.forceId, detail })]));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 'YYYY-MM-DD' when the text is a real date (leap years included), else null. Worked out by arithmetic: a Date
 * round trip per field was the largest cost of reading the Chicago files.
 */
export function isoDate(text: string | undefined): string | null {
  const m = text ? ISO_DATE.exec(text) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days ? (text as string) : null;
}

/** "1969.0" → 1969; null when empty or not a whole number. */
export function wholeNumber(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isInteger(n) ? n : null;
}

/** "MC CARTHY" → "Mc Carthy": names in capitals read better in mixed case; matching ignores case anyway. */
export function displayName(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
