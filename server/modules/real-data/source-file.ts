// Reading a source file for import: plain or gzip-compressed CSV, parsed by the import module's streaming parser
// (records carry their line numbers), with the header checked before any row is used.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { readCsvRecords, type CsvRecord } from '../import/csv.js';
import { AppError } from '../../errors.js';

export type SourceFile = { path: string; name: string; bytes: number };

export function sourceFile(path: string): SourceFile {
  try {
    return { path, name: basename(path), bytes: statSync(path).size };
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Records of the file in batches; onBytes reports bytes read from disk (compressed bytes for .gz). */
export async function* readSourceRecords(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const raw = createReadStream(file.path, { highWaterMark: 1 << 20 });
  if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
  const stream = file.path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  yield* readCsvRecords(stream);
}

export type HeaderSpec = { required: readonly string[]; optional: readonly string[] };

/**
 * The header of a file, checked against what the importer knows: a missing required column or a column it does not
 * know refuses the whole import before any work starts (an unknown column may be a renamed one; guessing is worse).
 */
export async function readHeader(file: SourceFile, spec: HeaderSpec): Promise<string[]> {
  for await (const records of readSourceRecords(file)) {
    const first = records[0];
    if (!first) continue;
    if (first.error) throw new AppError('VALIDATION_FAILED', `${file.name}: the header row cannot be read: ${first.error}`);
    const header = first.fields.map((f) => (f ?? '').replace(/^\uFEFF/, '').trim());
    const known = new Set([...spec.required, ...spec.optional]);
    const missing = spec.required.filter((c) => !header.includes(c));
    const unknown = header.filter((c) => !known.has(c));
    const repeated = header.filter((c, i) => header.indexOf(c) !== i);
    const problems = [
      missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : '',
      repeated.length > 0 ? `repeated column(s) ${repeated.join(', ')}` : '',
    ].filter(Boolean);
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', `${file.name}: ${problems.join('; ')}. Expected ${spec.required.join(', ')}${spec.optional.length > 0 ? ` (and optionally ${spec.optional.join(', ')})` : ''}. Nothing was imported`);
    }
    return header;
  }
  throw new AppError('VALIDATION_FAILED', `${file.name}: the file is empty: a header row is required. Nothing was imported`);
}

/** Rows of a file as records keyed by column, after its header; bad records are passed on with their error. */
export async function* readSourceRows(file: SourceFile, header: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<{ line: number; row: Record<string, string>; error: string | null }> {
  let first = true;
  for await (const records of readSourceRecords(file, onBytes)) {
    for (const record of records) {
      if (first) {
        first = false;
        continue;
      }
      if (record.error) {
        yield { line: record.line, row: {}, error: record.error };
        continue;
      }
      if (record.fields.length !== header.length) {
        yield { line: record.line, row: {}, error: `expected ${header.length} fields, found ${record.fields.length}` };
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((column, i) => {
        row[column] = (record.fields[i] ?? '').trim();
      });
      yield { line: record.line, row, error: null };
    }
  }
}
