// Bulk writes for import and loading (the import module's repository): one connection, the same on both
// engines, for plain SQL and COPY … FROM STDIN, and the batch writer.
// PostgreSQL streams COPY data through pg-copy-streams; PGlite takes it as a Blob read by
// `COPY … FROM '/dev/blob'`, which measured faster than batched multi-row INSERTs (see docs/data.md).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/client.js';

export type BulkResult<T> = { rows: T[]; rowCount: number };

export type BulkConnection = {
  kind: Database['kind'];
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<BulkResult<T>>;
  /** Runs `COPY <target> FROM STDIN <options>` with the given data (text or a stream of chunks). */
  copyIn: (target: string, options: string, data: string | AsyncIterable<Buffer | string>) => Promise<void>;
  release: () => Promise<void>;
};

// PGlite holds a COPY's whole input in memory; larger streams are cut into several COPYs at line ends.
const PGLITE_COPY_CHUNK = 32 * 1024 * 1024;

export async function openBulkConnection(database: Database): Promise<BulkConnection> {
  const raw = database.raw;
  if (raw.kind === 'postgres') {
    const client = await raw.pool.connect();
    return {
      kind: 'postgres',
      query: async <T,>(text: string, params?: unknown[]) => {
        const result = await client.query(text, params);
        return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
      },
      copyIn: async (target, options, data) => {
        const stream = client.query(copyFrom(`COPY ${target} FROM STDIN ${options}`));
        await pipeline(typeof data === 'string' ? Readable.from([data]) : Readable.from(data), stream);
      },
      release: async () => client.release(),
    };
  }
  const client = raw.client;
  const copyBlob = async (target: string, options: string, parts: (Buffer | string)[]): Promise<void> => {
    // Node's buffers are backed by plain ArrayBuffers; the DOM typing only fears SharedArrayBuffer.
    const blobParts = parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p.buffer as ArrayBuffer, p.byteOffset, p.length)));
    await client.query(`COPY ${target} FROM '/dev/blob' ${options}`, [], { blob: new Blob(blobParts) });
  };
  return {
    kind: 'pglite',
    query: async <T,>(text: string, params?: unknown[]) => {
      const result = await client.query<T>(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    copyIn: async (target, options, data) => {
      if (typeof data === 'string') return copyBlob(target, options, [data]);
      // Cut the stream into whole-line pieces; a header line is only skipped by the first COPY.
      let pending: Buffer[] = [];
      let size = 0;
      let first = true;
      const flushUpTo = async (final: boolean): Promise<void> => {
        const all = Buffer.concat(pending);
        const cut = final ? all.length : lastRecordEnd(all);
        if (cut <= 0) return;
        await copyBlob(target, first ? options : options.replace(/HEADER\s+true/i, 'HEADER false'), [all.subarray(0, cut)]);
        first = false;
        pending = cut < all.length ? [all.subarray(cut)] : [];
        size = all.length - cut;
      };
      for await (const chunk of data) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        pending.push(buffer);
        size += buffer.length;
        if (size >= PGLITE_COPY_CHUNK) await flushUpTo(false);
      }
      if (size > 0) await flushUpTo(true);
    },
    release: async () => {},
  };
}

/** The end of the last complete CSV record (a newline outside quotes), or 0. */
function lastRecordEnd(buffer: Buffer): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < buffer.length; i++) {
    const b = buffer[i];
    if (b === 34) inQuotes = !inQuotes;
    else if (b === 10 && !inQuotes) end = i + 1;
  }
  return end;
}

/** Text-format COPY value: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyTextValue(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

// Per table: whether batches still go straight in by COPY (until one is refused: then staging for the rest).
export type BatchMode = { direct: boolean };
/** Rows of one batch: their line numbers in the file, and their COPY text lines (line number first). */
export type Batch = { lines: number[]; text: string[]; chars: number };

/**
 * Writes one batch in one transaction and reports the rows the database refuses (see csv-import.service.ts).
 */
export async function writeBatch(
  conn: BulkConnection, table: string, columns: readonly string[], keyColumns: readonly string[], batch: Batch, stats: { inserted: number; skipped: number },
  reject: (line: number, field: string, reason: string) => void, mode: BatchMode,
): Promise<void> {
  const stage = `warrant_stage_${table}`;
  const list = columns.map((c) => `"${c}"`).join(', ');
  await conn.query('begin');
  try {
    // Fast path: COPY the batch straight into the table. Any refusal (a row already there, a missing parent)
    // undoes it and the batch goes through staging, row by row where it must.
    if (mode.direct) {
      await conn.query('savepoint warrant_direct');
      try {
        await conn.copyIn(`"${table}" (${list})`, '', batch.text.map((line) => line.slice(line.indexOf('\t') + 1)).join(''));
        await conn.query('commit');
        stats.inserted += batch.lines.length;
        return;
      } catch {
        await conn.query('rollback to savepoint warrant_direct');
        mode.direct = false;
      }
    }
    await conn.query(`create temp table if not exists "${stage}" (line_no integer, like "${table}" including defaults) on commit delete rows`);
    await conn.copyIn(`"${stage}" (line_no, ${list})`, '', batch.text.join(''));
    let rejectedHere = 0;
    const insertRange = async (lo: number, hi: number): Promise<number> => {
      const first = batch.lines[lo] ?? 0;
      const last = batch.lines[hi] ?? 0;
      await conn.query('savepoint warrant_batch');
      try {
        const result = await conn.query(
          `insert into "${table}" (${list}) select ${list} from "${stage}" where line_no between ${first} and ${last} on conflict (${keyColumns.map((c) => `"${c}"`).join(', ')}) do nothing`,
        );
        await conn.query('release savepoint warrant_batch');
        return result.rowCount;
      } catch (error) {
        await conn.query('rollback to savepoint warrant_batch');
        await conn.query('release savepoint warrant_batch');
        if (lo === hi) {
          const { field, reason } = describeDatabaseError(error);
          reject(first, field, reason);
          rejectedHere += 1;
          return 0;
        }
        const mid = (lo + hi) >> 1;
        return (await insertRange(lo, mid)) + (await insertRange(mid + 1, hi));
      }
    };
    const inserted = await insertRange(0, batch.lines.length - 1);
    await conn.query('commit');
    stats.inserted += inserted;
    stats.skipped += batch.lines.length - inserted - rejectedHere;
  } catch (error) {
    await conn.query('rollback').catch(() => undefined);
    throw error;
  }
}

/** The field and a readable reason from a PostgreSQL error (foreign key, unique, check…). */
export function describeDatabaseError(error: unknown): { field: string; reason: string } {
  const e = error as { code?: string; detail?: string; message?: string; cause?: { code?: string; detail?: string; message?: string } };
  const detail = e.detail ?? e.cause?.detail ?? '';
  const message = e.message ?? e.cause?.message ?? String(error);
  const code = e.code ?? e.cause?.code;
  const key = /Key \(([^)]+)\)=\(([^)]*)\)/.exec(detail);
  const field = key?.[1] ?? '';
  if (code === '23503' && key) {
    const parent = /table "([^"]+)"/.exec(detail)?.[1] ?? 'the parent table';
    return { field, reason: `no ${parent} row with ${field} ${key[2]}` };
  }
  if (code === '23505' && key) return { field, reason: `another row already has ${field} ${key[2]}` };
  return { field, reason: detail ? `${message}: ${detail}` : message };
}

