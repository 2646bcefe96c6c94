// Writes a generated dataset as one CSV per table (docs/data.md) plus truth.json, streaming: rows are turned
// into CSV text as they come and flushed in chunks, waiting for the disk when it falls behind.
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { csvLine } from '../import/csv.js';
import { DATASET_TABLE_NAMES, columnNames, csvFileName, type DatasetTable } from '../import/dataset-tables.js';
import type { Dataset } from './generate.js';
import type { Truth } from './truth.js';

const FLUSH_CHARS = 1 << 20;

export type WriteProgress = { rows: number; people: number };

export async function writeDatasetCsv({ dataset, dir, onProgress }: { dataset: Dataset; dir: string; onProgress?: (p: WriteProgress) => void }): Promise<{ truth: Truth; rows: number }> {
  mkdirSync(dir, { recursive: true });
  const files = new Map<DatasetTable, { stream: WriteStream; buffer: string[]; size: number; columns: string[] }>();
  for (const table of DATASET_TABLE_NAMES) {
    const stream = createWriteStream(join(dir, csvFileName(table)));
    const columns = columnNames(table);
    files.set(table, { stream, buffer: [`${columns.join(',')}\n`], size: 0, columns });
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
    const line = csvLine(file.columns.map((c) => {
      const value = row[c];
      if (value === undefined) throw new Error(`${table} row has no ${c}`);
      return value;
    }));
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
