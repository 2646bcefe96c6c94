// RFC 4180 CSV, written the way PostgreSQL's COPY (FORMAT csv) reads it, and read back by a streaming parser
// that reports, instead of guessing, every malformed record (with the line it starts on).
import type { CsvValue } from './dataset-tables.js';

const NEEDS_QUOTES = /[",\r\n]/;

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A PostgreSQL array literal: {a,b}; elements with separators, quotes, braces or spaces are quoted. */
export function pgArrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => (item === '' || /[",{}\\\s]/.test(item) || item.toUpperCase() === 'NULL' ? `"${item.replace(/["\\]/g, '\\$&')}"` : item)).join(',')}}`;
}

/** One CSV field. null is the empty unquoted field (COPY reads NULL); an empty string is written "". */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    if (value === '' || value === '\\.') return quote(value);
    return NEEDS_QUOTES.test(value) ? quote(value) : value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return quote(pgArrayLiteral(value as readonly string[]));
  return quote(JSON.stringify(value));
}

export const csvLine = (values: readonly CsvValue[]): string => `${values.map(csvField).join(',')}\n`;

/** Parses {a,b,"c d"} (the tags format); null when the text is not an array literal. */
export function parsePgArray(text: string): string[] | null {
  if (!text.startsWith('{') || !text.endsWith('}')) return null;
  const body = text.slice(1, -1);
  if (body === '') return [];
  const items: string[] = [];
  let i = 0;
  while (i <= body.length) {
    if (body[i] === '"') {
      let item = '';
      i += 1;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\') i += 1;
        item += body[i] ?? '';
        i += 1;
      }
      if (body[i] !== '"') return null;
      i += 1;
      items.push(item);
    } else {
      const end = body.indexOf(',', i);
      const item = body.slice(i, end === -1 ? body.length : end);
      if (/["{}]/.test(item) || item === '') return null;
      items.push(item);
      i = end === -1 ? body.length : end;
    }
    if (i === body.length) break;
    if (body[i] !== ',') return null;
    i += 1;
  }
  return items;
}

/** A parsed record: fields are null for an empty unquoted field; `error` says why the record is unusable. */
export type CsvRecord = { line: number; fields: (string | null)[]; error: string | null };

// A quoted field longer than this is taken to be a quote that was never closed.
const MAX_RECORD_CHARS = 1 << 20;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Incremental parser: push decoded text, get the complete records so far; end() flushes the last one.
 * A record broken by bad quoting is reported (and skipped) and parsing resumes on the line after it starts,
 * so one stray quote does not swallow the rest of the file.
 */
export class CsvParser {
  private pending = '';
  private pendingLine = 1;

  push(text: string, out: CsvRecord[] = []): CsvRecord[] {
    this.pending = this.pending === '' ? text : this.pending + text;
    this.parse(false, out);
    return out;
  }

  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.pending !== '') this.parse(true, out);
    return out;
  }

  private parse(isEnd: boolean, out: CsvRecord[]): void {
    const text = this.pending;
    const n = text.length;
    let line = this.pendingLine;
    let pos = 0;
    while (pos < n) {
      const result = parseRecord(text, pos, isEnd);
      if (result === null) {
        // An incomplete record at the end of this chunk: keep it for the next one (unless it is absurdly long).
        if (n - pos > MAX_RECORD_CHARS) {
          const next = nextLineStart(text, pos);
          out.push({ line, fields: [], error: 'quoted field is never closed (a stray or unbalanced double quote)' });
          line += 1;
          pos = next;
          continue;
        }
        break;
      }
      if (result.unclosed) {
        out.push({ line, fields: [], error: 'quoted field is never closed (a stray or unbalanced double quote)' });
        pos = nextLineStart(text, pos);
        line += 1;
        continue;
      }
      if (result.error !== null && result.newlines > 1) {
        // A malformed record that runs over several lines began with a stray quote: report it on its first
        // line and read the following lines afresh, so no good row is swallowed with it.
        out.push({ line, fields: [], error: `${result.error} (the record runs on over several lines: a stray double quote?)` });
        pos = nextLineStart(text, pos);
        line += 1;
        continue;
      }
      const record: CsvRecord = { line, fields: result.fields, error: result.error };
      // A blank line at the end of a file is not a record.
      if (!(result.fields.length === 1 && result.fields[0] === null && result.error === null && result.end === n && isEnd)) out.push(record);
      line += result.newlines;
      pos = result.end;
    }
    this.pending = pos >= n ? '' : text.slice(pos);
    this.pendingLine = line;
  }
}

function nextLineStart(text: string, pos: number): number {
  const lf = text.indexOf('\n', pos);
  return lf === -1 ? text.length : lf + 1;
}

type Parsed = { fields: (string | null)[]; end: number; newlines: number; error: string | null; unclosed: boolean };

/** One record from `start`; null when the text ends before the record does (and more may come). */
function parseRecord(text: string, start: number, isEnd: boolean): Parsed | null {
  const n = text.length;
  const fields: (string | null)[] = [];
  let i = start;
  let newlines = 0;
  let error: string | null = null;
  for (;;) {
    if (i < n && text.charCodeAt(i) === QUOTE) {
      // Quoted field.
      let j = i + 1;
      let value = '';
      let segment = j;
      for (;;) {
        if (j >= n) {
          if (!isEnd) return null;
          return { fields, end: n, newlines, error, unclosed: true };
        }
        const ch = text.charCodeAt(j);
        if (ch === QUOTE) {
          if (j + 1 < n && text.charCodeAt(j + 1) === QUOTE) {
            value += text.slice(segment, j + 1);
            j += 2;
            segment = j;
            continue;
          }
          if (j + 1 >= n && !isEnd) return null;
          value += text.slice(segment, j);
          j += 1;
          break;
        }
        if (ch === LF) newlines += 1;
        j += 1;
      }
      fields.push(value);
      i = j;
      if (i < n && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) {
        error ??= `field ${fields.length} has characters after its closing quote`;
        // Skip to the end of the field.
        while (i < n && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF) i += 1;
      }
    } else {
      // Unquoted field: up to the next comma or line end.
      let j = i;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === COMMA || ch === LF || ch === CR) break;
        if (ch === QUOTE) error ??= `field ${fields.length + 1} has a double quote but does not start with one`;
        j += 1;
      }
      if (j >= n && !isEnd) return null;
      fields.push(j === i ? null : text.slice(i, j));
      i = j;
    }
    if (i >= n) {
      if (!isEnd) return null;
      return { fields, end: n, newlines, error, unclosed: false };
    }
    const ch = text.charCodeAt(i);
    if (ch === COMMA) {
      i += 1;
      continue;
    }
    if (ch === CR) {
      if (i + 1 >= n && !isEnd) return null;
      i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      return { fields, end: i, newlines: newlines + 1, error, unclosed: false };
    }
    // LF
    return { fields, end: i + 1, newlines: newlines + 1, error, unclosed: false };
  }
}

/** Parses a whole CSV file's records from a stream of bytes (UTF-8; a byte-order mark is dropped). */
export async function* readCsvRecords(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const parser = new CsvParser();
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    onBytes?.(bytes.length);
    const records = parser.push(decoder.decode(bytes, { stream: true }));
    if (records.length > 0) yield markEncoding(records);
  }
  const tail = parser.push(decoder.decode());
  parser.end(tail);
  if (tail.length > 0) yield markEncoding(tail);
}

// Bytes that are not UTF-8 decode to U+FFFD; such a record is refused rather than stored garbled.
function markEncoding(records: CsvRecord[]): CsvRecord[] {
  for (const record of records) {
    if (record.error !== null) continue;
    const bad = record.fields.findIndex((f) => f !== null && f.includes('\uFFFD'));
    if (bad >= 0) record.error = `field ${bad + 1} is not valid UTF-8 (wrong file encoding?)`;
  }
  return records;
}
