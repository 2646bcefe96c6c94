// Writes a generated dataset as one CSV per table (docs/data.md) plus truth.json, streaming: rows are turned
// into CSV text as they come and flushed in chunks, waiting for the disk when it falls behind.
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { csvField } from '../import/csv.js';
import { DATASET_TABLES, DATASET_TABLE_NAMES, csvFileName, type ColumnKind, type CsvValue, type DatasetTable } from '../import/dataset-tables.js';
import type { Dataset } from './generate.js';
import type { Truth } from './truth.js';

const FLUSH_CHARS = 1 << 20;
// Ids, dates, timestamps and numbers never hold a quote, comma or line break: written as they are, without the
// scan for characters that need quoting (a fifth of the writer's time on nation scale).
const PLAIN_KINDS: ReadonlySet<ColumnKind> = new Set(['uuid', 'date', 'timestamp', 'int']);
const plainField = (value: CsvValue): string => (value === null ? '' : String(value));

export type WriteProgress = { rows: number; people: number };

export async function writeDatasetCsv({ dataset, dir, onProgress }: { dataset: Dataset; dir: string; onProgress?: (p: WriteProgress) => void }): Promise<{ truth: Truth; rows: number }> {
  mkdirSync(dir, { recursive: true });
  const files = new Map<DatasetTable, { stream: WriteStream; buffer: string[]; size: number; columns: string[]; format: ((value: CsvValue) => string)[]; parts: string[] }>();
  for (const table of DATASET_TABLE_NAMES) {
    const stream = createWriteStream(join(dir, csvFileName(table)));
    const columns = DATASET_TABLES[table].map((c) => c.name);
    const format = DATASET_TABLES[table].map((c) => (PLAIN_KINDS.has(c.kind) ? plainField : csvField));
    files.set(table, { stream, buffer: [`${columns.join(',')}\n`], size: 0, columns, format, parts: columns.map(() => '') });
  }
  const flush = async (file: { stream: WriteStream; buffer: string[]; size: number }): Promise<void> => {
    const text = file.buffer.join('');
    file.buffer = [];
    file.size = 0;
    if (!file.stream.write(text)) await once(file.stream, 'drain');
  };
  let rows = 0;
  let people = 0;
  for (const { table, row } of dataset.rows) {
    const file = files.get(table);
    if (!file) throw new Error(`no file for ${table}`);
    // One array per file, filled afresh for each row: millions of rows make no garbage here.
    const { columns, format, parts } = file;
    for (let i = 0; i < columns.length; i++) {
      const value = row[columns[i] ?? ''];
      if (value === undefined) throw new Error(`${table} row has no ${columns[i] ?? ''}`);
      parts[i] = (format[i] ?? csvField)(value);
    }
    const line = `${parts.join(',')}\n`;
    file.buffer.push(line);
    file.size += line.length;
    rows += 1;
    if (table === 'person') {
      people += 1;
      if (onProgress && people % 1000 === 0) onProgress({ rows, people });
    }
    if (file.size >= FLUSH_CHARS) await flush(file);
  }
  for (const file of files.values()) {
    await flush(file);
    file.stream.end();
    await once(file.stream, 'finish');
  }
  onProgress?.({ rows, people });
  const truth = dataset.truth();
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return { truth, rows };
}
