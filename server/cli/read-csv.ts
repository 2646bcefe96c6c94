import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.js';

/** A CSV file with a header row, as records keyed by column name. Unreadable files or broken quoting stop here. */
export async function readCsv(file: string): Promise<Record<string, string>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('MALFORMED_REQUEST', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (text.includes('\uFFFD')) throw new AppError('MALFORMED_REQUEST', `${file} is not valid UTF-8`);
  try {
    return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw new AppError('MALFORMED_REQUEST', `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
