// `warrant import --format case-subject`: a minimal FOI-style extract linking complaint case references to
// pseudonymised subject references (the Metropolitan Police sample, docs/real-data.md). Each pseudonymous subject
// becomes a person without a name (the reference is kept in source_record, never as a name); a subject that is not a
// person ("Organisational", from the jurisdiction's non_person_subject mapping) is kept out of the register and of
// every person statistic, and counted. Optional columns: category, finding, received date.
import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { pgArrayLiteral } from '../import/csv.js';
import { auditImport, ensureForce, FLAG_COLUMNS, FLAG_KEY, isoDate, openImportRun, SOURCE_RECORD_COLUMNS, SOURCE_RECORD_KEY } from './import-run.js';
import { readHeader, readSourceRows, sourceFile } from './source-file.js';
import { stableId } from './stable-id.js';
import type { Rejection, WriteStats } from './table-writer.js';
import { columnNames } from '../import/dataset-tables.js';

const PERSON_COLUMNS = columnNames('person');
import { loadVocabularyMap } from './vocabulary-mapping.js';

// Accepted spellings of each column (FOI extracts name them as they please); the first found is used.
export const CASE_SUBJECT_COLUMNS = {
  case: ['Case Ref', 'case_reference', 'Case Reference'],
  subject: ['Subject Ref', 'subject_reference', 'Subject Reference'],
  category: ['Category', 'allegation_category', 'Allegation Category'],
  finding: ['Finding', 'finding', 'Outcome'],
  received: ['Received', 'received_on', 'Date Received'],
} as const;

/**
 * A subject reference that carries more than this share of all rows, and more than this many times the next largest,
 * is flagged as a likely placeholder ("unknown officer") rather than one person.
 */
export const PLACEHOLDER_RULE = { minShare: 0.01, minTimesTypical: 10 } as const;
// (minTimesTypical is measured against the 99th percentile of cases per subject.)

export type CaseSubjectReport = {
  forceId: string;
  file: string;
  read: number;
  rejected: number;
  cases: number;
  subjects: number;
  people: number;
  nonPersonSubjects: number;
  placeholderSubjects: { reference: string; cases: number; share: number }[];
  flags: Record<string, number>;
  tables: Record<string, WriteStats>;
  rejectionsFile: string;
  seconds: number;
};

export async function importCaseSubject({ database, ctx, file: path, forceId, jurisdiction = 'england-wales', receivedOn, rejectionsFile, onRejection, batchRows }: {
  database: Database; ctx: RequestContext; file: string; forceId: string; jurisdiction?: string;
  /** The day to record as received when the extract has no date column (e.g. the date of the FOI response). */
  receivedOn?: string;
  rejectionsFile: string; onRejection?: (r: Rejection) => void; batchRows?: number;
}): Promise<CaseSubjectReport> {
  const started = performance.now();
  const file = sourceFile(path);
  const known = Object.values(CASE_SUBJECT_COLUMNS).flat();
  const header = await readHeader(file, { required: [], optional: known });
  const column = (names: readonly string[]) => names.find((n) => header.includes(n)) ?? null;
  const cols = { case: column(CASE_SUBJECT_COLUMNS.case), subject: column(CASE_SUBJECT_COLUMNS.subject), category: column(CASE_SUBJECT_COLUMNS.category), finding: column(CASE_SUBJECT_COLUMNS.finding), received: column(CASE_SUBJECT_COLUMNS.received) };
  if (!cols.case || !cols.subject) throw new AppError('VALIDATION_FAILED', `${file.name}: missing column(s) ${[!cols.case ? CASE_SUBJECT_COLUMNS.case[0] : '', !cols.subject ? CASE_SUBJECT_COLUMNS.subject[0] : ''].filter(Boolean).join(', ')}. Nothing was imported`);
  if (!cols.received && !receivedOn) throw new AppError('VALIDATION_FAILED', `${file.name} has no received date column: say which day to record with --received-on YYYY-MM-DD (e.g. the date of the FOI response). Nothing was imported`);
  if (receivedOn && !isoDate(receivedOn)) throw new AppError('VALIDATION_FAILED', '--received-on must be a real date, YYYY-MM-DD');
  const [categories, findings, nonPerson] = [
    await loadVocabularyMap(database.db, jurisdiction, 'allegation_category'),
    await loadVocabularyMap(database.db, jurisdiction, 'finding'),
    await loadVocabularyMap(database.db, jurisdiction, 'non_person_subject', { caseInsensitive: true }),
  ];
  const force = await database.db.query.forces.findFirst({ where: (f, { eq }) => eq(f.id, forceId) });
  if (!force) throw new AppError('VALIDATION_FAILED', `no force with code ${forceId}: add it first (warrant force add)`);
  await ensureForce(database.db, { id: forceId, name: force.name, jurisdiction: force.jurisdiction });

  // The extract is small and the placeholder test needs every row's subject: read it once, decide, then write.
  type Row = { line: number; caseRef: string; subjectRef: string; category: string; finding: string; received: string };
  const rows: Row[] = [];
  const report: CaseSubjectReport = {
    forceId, file: file.name, read: 0, rejected: 0, cases: 0, subjects: 0, people: 0, nonPersonSubjects: 0, placeholderSubjects: [], flags: {}, tables: {}, rejectionsFile, seconds: 0,
  };
  const run = await openImportRun({ database, rejectionsFile, ...(onRejection ? { onRejection } : {}), ...(batchRows ? { batchRows } : {}) });
  try {
    const reject = (line: number, field: string, reason: string) => {
      report.rejected += 1;
      run.reject({ file: file.name, line, field, reason });
    };
    for await (const { line, row, error } of readSourceRows(file, header)) {
      report.read += 1;
      if (error) { reject(line, '', error); continue; }
      const caseRef = row[cols.case] ?? '';
      const subjectRef = row[cols.subject] ?? '';
      if (!caseRef) { reject(line, cols.case, 'a case reference is required'); continue; }
      if (!subjectRef) { reject(line, cols.subject, 'no usable identity: a subject reference is required'); continue; }
      const received = cols.received ? isoDate(row[cols.received]) : receivedOn ?? null;
      if (!received || received > run.today) { reject(line, cols.received ?? 'received', `"${cols.received ? row[cols.received] ?? '' : receivedOn ?? ''}" is not a date up to today (YYYY-MM-DD)`); continue; }
      const category = cols.category ? row[cols.category] ?? '' : '';
      const finding = cols.finding ? row[cols.finding] ?? '' : '';
      if (!categories.lookup(category)) { reject(line, cols.category ?? 'category', `no allegation category mapping for "${category}" (${jurisdiction} v${categories.version})`); continue; }
      if (!findings.lookup(finding)) { reject(line, cols.finding ?? 'finding', `no finding mapping for "${finding}" (${jurisdiction} v${findings.version})`); continue; }
      rows.push({ line, caseRef, subjectRef, category, finding, received });
    }

    const casesPerSubject = new Map<string, Set<string>>();
    for (const r of rows) {
      if (nonPerson.lookup(r.subjectRef)) continue;
      const set = casesPerSubject.get(r.subjectRef) ?? new Set<string>();
      set.add(r.caseRef);
      casesPerSubject.set(r.subjectRef, set);
    }
    const sizes = [...casesPerSubject.entries()].map(([ref, set]) => ({ ref, n: set.size })).sort((a, b) => a.n - b.n);
    const allCases = new Set(rows.map((r) => r.caseRef)).size;
    // Against the 99th percentile of cases per subject: what one busy officer might carry.
    const typical = sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * 0.99))]?.n ?? 0;
    const placeholders = new Set<string>();
    for (const { ref, n } of sizes) {
      if (n >= allCases * PLACEHOLDER_RULE.minShare && n >= typical * PLACEHOLDER_RULE.minTimesTypical) {
        placeholders.add(ref);
        report.placeholderSubjects.push({ reference: ref, cases: n, share: n / allCases });
      }
    }

    const source = `case-subject/${forceId}`;
    const now = new Date().toISOString();
    const tagVersion = (await run.conn.query<{ v: number | null }>('select max(version) as v from tag_definition')).rows[0]?.v ?? 1;
    const seenCases = new Set<string>();
    const seenPeople = new Set<string>();
    const flag = async (name: string, entityType: 'person' | 'misconduct_case' | 'case_subject' | 'allegation', entityId: string, line: number, detail: string) => {
      report.flags[name] = (report.flags[name] ?? 0) + 1;
      await run.plain('data_quality_flag', FLAG_COLUMNS, FLAG_KEY).add({ file: file.name, line }, [name, entityType, entityId, forceId, source, String(line), detail]);
    };
    const record = (kind: string, reference: string, entityType: string, entityId: string, line: number, detail: Record<string, unknown> | null) =>
      run.plain('source_record', SOURCE_RECORD_COLUMNS, SOURCE_RECORD_KEY).add({ file: file.name, line }, [source, kind, reference, forceId, entityType, entityId, detail ? JSON.stringify(detail) : null]);
    // Parents first: cases and people, committed before the subjects that refer to them.
    for (const r of rows) {
      const caseId = stableId(source, 'case', r.caseRef);
      const ref = { file: file.name, line: r.line };
      if (!seenCases.has(caseId)) {
        seenCases.add(caseId);
        await run.dataset('misconduct_case').add(ref, [caseId, forceId, r.caseRef, 'public_complaint', 'f', `Case ${r.caseRef} from an FOI case-subject extract`, r.received, now, now]);
      }
      if (nonPerson.lookup(r.subjectRef)) continue;
      const personId = stableId(source, 'subject', r.subjectRef);
      if (seenPeople.has(personId)) continue;
      seenPeople.add(personId);
      // A person without a name: the pseudonymised reference is kept as the source's reference, not as a name.
      // The register's validation requires a name, so this row skips it (every value here is fixed or a stable id).
      await run.plain('person', PERSON_COLUMNS, ['id']).add(ref, [personId, '', '', null, 'not_recorded']);
      // The extract says nothing about role or dates of service: the subject is recorded as serving in the force on
      // the day received, so Insight's population rule (matters of people in the workforce) counts them.
      await run.dataset('employment').add(ref, [stableId(personId, 'employment'), personId, forceId, 'police_officer', null, null, r.received, null, null]);
      await record('subject', r.subjectRef, 'person', personId, r.line, null);
      if (placeholders.has(r.subjectRef)) await flag('placeholder_subject', 'person', personId, r.line, `subject reference "${r.subjectRef}" carries ${casesPerSubject.get(r.subjectRef)?.size ?? 0} cases: likely a placeholder for an unknown or unrecorded officer`);
    }
    await run.dataset('misconduct_case').settle();
    await run.plain('person', PERSON_COLUMNS, ['id']).settle();
    await run.dataset('employment').settle();
    for (const r of rows) {
      const caseId = stableId(source, 'case', r.caseRef);
      if (nonPerson.lookup(r.subjectRef)) {
        report.nonPersonSubjects += 1;
        await record('non_person_subject', `${r.caseRef}|${r.subjectRef}`, 'misconduct_case', caseId, r.line, { subject: r.subjectRef });
        continue;
      }
      const personId = stableId(source, 'subject', r.subjectRef);
      const subjectId = stableId(source, 'case-subject', r.caseRef, r.subjectRef);
      const ref = { file: file.name, line: r.line };
      const caseToAnswer = findings.lookup(r.finding)?.caseToAnswer ?? null;
      if (!(await run.dataset('case_subject').add(ref, [subjectId, caseId, forceId, personId, 'recorded', `${r.received}T00:00:00.000Z`, null, null, null, null, null,
        caseToAnswer === null ? null : caseToAnswer ? 'case_to_answer_misconduct' : 'no_case_to_answer', null, null, null, null, null, 'f']))) continue;
    }
    await run.dataset('case_subject').settle();
    for (const r of rows) {
      if (nonPerson.lookup(r.subjectRef)) continue;
      const category = categories.lookup(r.category);
      if (!category) continue;
      const caseId = stableId(source, 'case', r.caseRef);
      const subjectId = stableId(source, 'case-subject', r.caseRef, r.subjectRef);
      const allegationId = stableId(source, 'allegation', r.caseRef, r.subjectRef);
      const caseToAnswer = findings.lookup(r.finding)?.caseToAnswer ?? null;
      const ok = await run.dataset('allegation').add({ file: file.name, line: r.line }, [allegationId, caseId, subjectId, forceId, `${r.category || 'Category not given in the extract'}${r.finding ? `; finding: ${r.finding}` : ''}`, null, null,
        category.standard, category.iopcCategory, pgArrayLiteral(category.tags), String(tagVersion), caseToAnswer === null ? null : caseToAnswer ? 't' : 'f']);
      // With no category column at all every row would be flagged; that is said once, in the report, instead.
      if (ok && category.placeholder && cols.category) await flag('placeholder_category', 'allegation', allegationId, r.line, r.category ? `category "${r.category}" is not a category` : 'no category in the extract');
    }
    await run.flushAll();
    report.tables = run.stats();
    const kept = (table: string) => (report.tables[table]?.inserted ?? 0) + (report.tables[table]?.skipped ?? 0);
    report.cases = kept('misconduct_case');
    report.people = kept('person');
    report.subjects = kept('case_subject');
  } finally {
    await run.close();
  }
  report.seconds = (performance.now() - started) / 1000;
  await auditImport(database, ctx, { forceId, format: 'case-subject', file: file.name, read: report.read, rejected: report.rejected, people: report.people, nonPersonSubjects: report.nonPersonSubjects, placeholderSubjects: report.placeholderSubjects, tables: report.tables });
  return report;
}
