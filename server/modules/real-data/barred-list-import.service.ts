// `warrant import --format barred-list`: a public decertification or barred list (names, agency, date, reason; the
// Virginia DCJS list is the example, docs/real-data.md) into the Barred List of a chosen jurisdiction, through the
// national index's own list import (importListEntries: validation, blocking keys for list checks, idempotent
// re-import). Dates may be ISO dates or Excel serial day numbers, as spreadsheets export them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../context.js';
import { csvLine } from '../import/csv.js';
import { importListEntries } from '../national-index/list-entry.service.js';
import { todayInEngland } from '../clock/working-days.js';
import { isoDate } from './import-run.js';
import { readHeader, readSourceRows, sourceFile } from './source-file.js';
import type { Rejection } from './table-writer.js';

export const BARRED_LIST_COLUMNS = {
  required: ['last_name', 'first_name', 'decert_date', 'reason'],
  // The Virginia release's other columns: row numbers, working notes of the people who cleaned it, a corrected date.
  optional: ['', '...1', 'middle_initial', 'agency', 'function', 'status', 'fixed_date', 'crosswalk_correction', 'emma_check', 'emma_notes', 'dillon_notes', 'agency_name', 'date_of_birth'],
} as const;

// R and spreadsheets write a missing value as NA.
const clean = (value: string | undefined): string => (value === undefined || value === 'NA' ? '' : value.trim());

/** Excel's serial day number (days since 1899-12-30, the 1900 leap-year bug included) or an ISO date; null otherwise. */
export function excelOrIsoDate(text: string): string | null {
  if (/^\d{1,6}$/.test(text)) {
    const serial = Number(text);
    if (serial < 1) return null;
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return isoDate(text);
}

export type BarredListReport = { file: string; jurisdiction: string; read: number; imported: number; skipped: number; rejected: number; rejectionsFile: string; seconds: number };

export async function importBarredList({ database, ctx, file: path, jurisdiction, list = 'barred', rejectionsFile, onRejection }: {
  database: Database; ctx: RequestContext; file: string; jurisdiction: string; list?: 'barred' | 'advisory'; rejectionsFile: string; onRejection?: (r: Rejection) => void;
}): Promise<BarredListReport> {
  const started = performance.now();
  const file = sourceFile(path);
  const header = await readHeader(file, BARRED_LIST_COLUMNS);
  const out = createWriteStream(rejectionsFile);
  out.write('file,line,field,reason\n');
  const report: BarredListReport = { file: file.name, jurisdiction, read: 0, imported: 0, skipped: 0, rejected: 0, rejectionsFile, seconds: 0 };
  const reject = (r: Rejection) => {
    report.rejected += 1;
    out.write(csvLine([r.file, r.line, r.field, r.reason]));
    onRejection?.(r);
  };
  try {
    const today = todayInEngland();
    const rows: Record<string, string>[] = [];
    const lines: number[] = [];
    for await (const { line, row, error } of readSourceRows(file, header)) {
      report.read += 1;
      if (error) { reject({ file: file.name, line, field: '', reason: error }); continue; }
      const raw = clean(row.decert_date);
      const decided = excelOrIsoDate(raw);
      if (!decided || decided < '1950-01-01' || decided > today) {
        reject({ file: file.name, line, field: 'decert_date', reason: decided ? `${decided} (from "${raw}") is out of range: a decision between 1950 and today` : `"${raw}" is neither a date (YYYY-MM-DD) nor an Excel serial day number` });
        continue;
      }
      const middle = clean(row.middle_initial);
      rows.push({
        list,
        given_names: [clean(row.first_name), middle].filter(Boolean).join(' '),
        family_name: clean(row.last_name),
        other_family_names: '',
        date_of_birth: clean(row.date_of_birth),
        last_force: clean(row.agency_name) || clean(row.agency),
        role: clean(row.function),
        reason: clean(row.reason),
        decided_on: decided,
        jurisdiction,
      });
      lines.push(line);
    }
    const result = await importListEntries({ db: database.db, ctx, rows });
    report.imported = result.imported;
    report.skipped = result.skipped;
    // importListEntries numbers rows as if each took one line after the header; map back to the file's lines.
    for (const r of result.rejected) reject({ file: file.name, line: lines[r.line - 2] ?? r.line, field: r.field, reason: r.reason });
  } finally {
    out.end();
    await once(out, 'finish');
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
