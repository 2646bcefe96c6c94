// `warrant import --format chicago`: the Chicago Police Department FOIA files (complaints, accused officers, roster;
// docs/real-data.md) into Warrant's register and cases. The roster is the register: one person and one employment
// per roster row. Accused rows carry no officer id, so each distinct accused identity is linked to the roster by the
// matching engine (names, birth year) with the evidence the files add (appointment date, star numbers, race, sex):
// a clear match is linked, a doubtful one becomes a new person with a possible match in the review queue, and no
// match becomes a new person. Categories, findings and penalties go through the versioned vocabulary mapping.
import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../context.js';
import { OUTCOMES, type Outcome } from '../../../shared/case-vocabulary.js';
import { normalizeName } from '../people/normalize-name.js';
import { createMatcher } from '../matching/match-engine.js';
import { THRESHOLDS, type Reason } from '../matching/match-score.js';
import type { PersonRecord } from '../matching/person-features.js';
import { insertReviews } from '../national-index/data-wash.repo.js';
import { pgArrayLiteral } from '../import/csv.js';
import {
  auditImport, displayName, ensureForce, FLAG_COLUMNS, FLAG_KEY, isoDate, openImportRun, SOURCE_RECORD_COLUMNS, SOURCE_RECORD_KEY, wholeNumber,
} from './import-run.js';
import { readHeader, readSourceRows, sourceFile, type SourceFile } from './source-file.js';
import { stableId } from './stable-id.js';
import type { Rejection, WriteStats } from './table-writer.js';
import { loadVocabularyMap, type MappingKind, type VocabularyMap } from './vocabulary-mapping.js';

export const CHICAGO_COLUMNS = {
  complaints: {
    required: ['cr_id', 'complaint_date'],
    optional: ['address', 'incident_date', 'case_type', 'incident_time', 'closed_date', 'street_number', 'street_direction', 'street_name', 'apartment_number', 'city', 'state', 'zip', 'beat', 'location_code', 'investigating_agency', 'complainant_type'],
  },
  accused: {
    required: ['row_id', 'cr_id', 'first_name', 'last_name', 'allegation_category', 'final_finding'],
    optional: ['race', 'gender', 'star', 'appointed_date', 'birth_year', 'assigned_unit', 'current_unit', 'assigned_rank', 'rank', 'duty_status', 'accused_arrested', 'injury_condition', 'complaint_code', 'complaint_status', 'recommended_finding', 'recommended_penalty', 'final_penalty', 'merge', 'first_name_NS', 'last_name_NS', 'middle_initial', 'middle_initial2', 'suffix_name'],
  },
  roster: {
    required: ['row_id', 'first_name', 'last_name', 'appointed_date'],
    optional: ['race', 'gender', 'birth_year', 'current_age', 'status', 'rank', 'resignation_date', 'vacate_date', 'vacate_description', 'unit', 'unit_description', 'star1', 'star2', 'star3', 'star4', 'star5', 'star6', 'star7', 'first_name_NS', 'last_name_NS', 'middle_initial', 'middle_initial2', 'suffix_name'],
  },
} as const;

/**
 * The evidence the Chicago files add to the engine's name and birth-year score (match-score.ts). Data, like the
 * engine's weights: an exact appointment date is strong (a few dozen officers start on one day), a star number is
 * weaker (stars are reissued), race and sex only count against when they differ.
 */
export const CHICAGO_LINK_WEIGHTS = {
  appointed: { exact: 4, different: -3 },
  star: { agree: 2 },
  middleInitial: { agree: 0.5, different: -1 },
  race: { agree: 0.5, different: -1.5 },
  sex: { different: -3 },
  // A second candidate this close to the best makes the link doubtful, whatever the score.
  ambiguityMargin: 2,
} as const;

export type ChicagoFiles = { complaints: string; accused: string; roster: string };
export type LinkOutcome = 'linked' | 'review' | 'created';
export type ChicagoProgress = { phase: 'roster' | 'complaints' | 'accused' | 'linking' | 'writing'; bytesRead: number; totalBytes: number; rows: number };
export type ChicagoImportReport = {
  forceId: string;
  forceCreated: boolean;
  files: Record<'roster' | 'complaints' | 'accused', { file: string; read: number; rejected: number }>;
  tables: Record<string, WriteStats>;
  linkage: {
    identities: number;
    rows: Record<LinkOutcome, number>;
    people: Record<LinkOutcome, number>;
  };
  flags: Record<string, number>;
  mappingVersions: Record<string, number>;
  rejected: number;
  rejectionsFile: string;
  seconds: { roster: number; complaints: number; accused: number; total: number };
};

const SOURCE = 'chicago-foia';
type Maps = { [K in MappingKind]?: VocabularyMap<K> };

type RosterPerson = PersonRecord & { appointed: string; stars: Set<string>; middle: string; race: string; sex: string };
type Complaint = { caseId: string; received: string; closed: string | null };
type AccusedRow = {
  line: number; rowId: string; crId: string; identityKey: string; first: string; last: string; firstNs: string; lastNs: string; middle: string;
  birthYear: number | null; appointed: string | null; star: string | null; race: string; sex: string; rank: string;
  category: string; finding: string; penalty: string; status: string; complaintCode: string;
};

const starOf = (text: string | undefined): string | null => {
  const n = wholeNumber(text);
  return n === null || n <= 0 ? null : String(n);
};
const rankText = (text: string): string => text.replace(/^\d+\s*-\s*/, '').trim();
const severityOf = (outcome: Outcome | null): number => (outcome === null ? -1 : OUTCOMES.indexOf(outcome));

export async function importChicago({ database, ctx, files, forceId = 'CHI', forceName = 'Chicago Police Department', jurisdiction = 'us-il', rejectionsFile, onProgress, onRejection, batchRows }: {
  database: Database;
  ctx: RequestContext;
  files: ChicagoFiles;
  forceId?: string;
  forceName?: string;
  jurisdiction?: string;
  rejectionsFile: string;
  onProgress?: (p: ChicagoProgress) => void;
  onRejection?: (r: Rejection) => void;
  batchRows?: number;
}): Promise<ChicagoImportReport> {
  const started = performance.now();
  const sources = { roster: sourceFile(files.roster), complaints: sourceFile(files.complaints), accused: sourceFile(files.accused) };
  // Every header is checked before anything is written.
  const headers = {
    roster: await readHeader(sources.roster, CHICAGO_COLUMNS.roster),
    complaints: await readHeader(sources.complaints, CHICAGO_COLUMNS.complaints),
    accused: await readHeader(sources.accused, CHICAGO_COLUMNS.accused),
  };
  const maps: Maps = {};
  for (const kind of ['allegation_category', 'finding', 'penalty', 'race', 'sex', 'complainant_type', 'complaint_status', 'leaving_reason', 'rank'] as const) {
    (maps as Record<string, unknown>)[kind] = await loadVocabularyMap(database.db, jurisdiction, kind);
  }
  const map = <K extends MappingKind>(kind: K): VocabularyMap<K> => {
    const m = maps[kind];
    if (!m) throw new Error(`mapping ${kind} not loaded`);
    return m as VocabularyMap<K>;
  };
  const { created: forceCreated } = await ensureForce(database.db, { id: forceId, name: forceName, jurisdiction });

  const report: ChicagoImportReport = {
    forceId, forceCreated,
    files: {
      roster: { file: sources.roster.name, read: 0, rejected: 0 },
      complaints: { file: sources.complaints.name, read: 0, rejected: 0 },
      accused: { file: sources.accused.name, read: 0, rejected: 0 },
    },
    tables: {},
    linkage: { identities: 0, rows: { linked: 0, review: 0, created: 0 }, people: { linked: 0, review: 0, created: 0 } },
    flags: {},
    mappingVersions: Object.fromEntries(Object.entries(maps).map(([k, m]) => [k, m.version])),
    rejected: 0,
    rejectionsFile,
    seconds: { roster: 0, complaints: 0, accused: 0, total: 0 },
  };
  const totalBytes = sources.roster.bytes + sources.complaints.bytes + sources.accused.bytes;
  let bytesDone = 0;
  const progress = (phase: ChicagoProgress['phase'], rows: number, extra = 0) => onProgress?.({ phase, bytesRead: bytesDone + extra, totalBytes, rows });

  const run = await openImportRun({ database, rejectionsFile, ...(onRejection ? { onRejection } : {}), ...(batchRows ? { batchRows } : {}) });
  run.forceIds.add(forceId);
  try {
    const flag = async (name: string, entityType: 'person' | 'misconduct_case' | 'case_subject' | 'allegation', entityId: string, file: SourceFile, line: number, detail: string) => {
      report.flags[name] = (report.flags[name] ?? 0) + 1;
      await (await run.independent('data_quality_flag', FLAG_COLUMNS, FLAG_KEY)).add({ file: file.name, line }, [name, entityType, entityId, forceId, SOURCE, String(line), detail]);
    };
    const sourceRecord = async (kind: string, reference: string, entityType: string, entityId: string, detail: Record<string, unknown>, file: SourceFile, line: number) =>
      (await run.independent('source_record', SOURCE_RECORD_COLUMNS, SOURCE_RECORD_KEY)).add({ file: file.name, line }, [`${SOURCE}/${forceId}`, kind, reference, forceId, entityType, entityId, JSON.stringify(detail)]);

    /** Writes a person of this force with their name, ethnicity and employment; false when a row was refused. */
    const writePerson = async (ref: { file: string; line: number }, p: { id: string; given: string; family: string; sex: string; ethnicity: string; role: string; rank: string | null; star: string | null; start: string | null; end: string | null; leaving: string | null }) => {
      if (!(await run.dataset('person').add(ref, [p.id, p.given, p.family, null, p.sex]))) return false;
      await run.dataset('person_name').add(ref, [stableId(p.id, 'name'), p.id, 'current', p.given, p.family, normalizeName(`${p.given} ${p.family}`)]);
      await run.dataset('person_characteristic').add(ref, [p.id, p.ethnicity]);
      if (p.start) await run.dataset('employment').add(ref, [stableId(p.id, 'employment', forceId), p.id, forceId, p.role, p.rank, p.star, p.start, p.end, p.leaving]);
      return true;
    };
    const rejectRow = (counts: { rejected: number }, file: SourceFile, line: number, field: string, reason: string) => {
      counts.rejected += 1;
      run.reject({ file: file.name, line, field, reason });
    };
    const unmapped = (kind: MappingKind, value: string) => `no ${kind.replace('_', ' ')} mapping for "${value}" (${jurisdiction} v${map(kind).version}): add one to vocabulary_mapping and import again`;

    // 1. The roster: the register of the force.
    let phaseStart = performance.now();
    const roster: RosterPerson[] = [];
    {
      const file = sources.roster;
      const counts = report.files.roster;
      let bytes = 0;
      for await (const { line, row, error } of readSourceRows(file, headers.roster, (n) => { bytes += n; })) {
        counts.read += 1;
        if (counts.read % 2000 === 0) progress('roster', counts.read, bytes);
        if (error) { rejectRow(counts, file, line, '', error); continue; }
        const first = row.first_name ?? '';
        const last = row.last_name ?? '';
        if (!first || !last) { rejectRow(counts, file, line, !first ? 'first_name' : 'last_name', 'no usable identity: a first and last name are required'); continue; }
        const appointed = isoDate(row.appointed_date);
        if (!appointed) { rejectRow(counts, file, line, 'appointed_date', `"${row.appointed_date ?? ''}" is not a date (YYYY-MM-DD)`); continue; }
        const birthYear = wholeNumber(row.birth_year);
        if (row.birth_year && (birthYear === null || birthYear < 1900 || birthYear > Number(appointed.slice(0, 4)) - 16)) {
          rejectRow(counts, file, line, 'birth_year', `impossible birth year ${row.birth_year}: appointed ${appointed}`); continue;
        }
        const resignation = row.resignation_date ? isoDate(row.resignation_date) : null;
        if (row.resignation_date && !resignation) { rejectRow(counts, file, line, 'resignation_date', `"${row.resignation_date}" is not a date (YYYY-MM-DD)`); continue; }
        const race = map('race').lookup(row.race);
        if (!race) { rejectRow(counts, file, line, 'race', unmapped('race', row.race ?? '')); continue; }
        const sex = map('sex').lookup(row.gender);
        if (!sex) { rejectRow(counts, file, line, 'gender', unmapped('sex', row.gender ?? '')); continue; }
        const rank = rankText(row.rank ?? '');
        const role = map('rank').lookup(rank);
        if (!role) { rejectRow(counts, file, line, 'rank', unmapped('rank', rank)); continue; }
        // A resignation before the latest appointment is a re-hire: the roster keeps one row, with the latest
        // appointment, so the earlier spell's dates are lost. The current employment is open.
        const rehired = resignation !== null && resignation < appointed;
        const end = resignation !== null && !rehired ? resignation : null;
        const leaving = end ? map('leaving_reason').lookup(row.vacate_description) : null;
        if (end && !leaving) { rejectRow(counts, file, line, 'vacate_description', unmapped('leaving_reason', row.vacate_description ?? '')); continue; }
        const id = stableId(SOURCE, forceId, 'roster', row.row_id ?? String(line));
        const stars = new Set([1, 2, 3, 4, 5, 6, 7].map((i) => starOf(row[`star${i}`])).filter((s): s is string => s !== null));
        const middle = (row.middle_initial ?? '').trim();
        const ref = { file: file.name, line };
        const ok = await writePerson(ref, {
          id, given: displayName([first, middle].filter(Boolean).join(' ')), family: displayName(last), sex: sex.sex, ethnicity: race.ethnicity,
          role: role.role, rank: rank || null, star: starOf(row.star1), start: appointed, end, leaving: leaving?.leavingReason ?? null,
        });
        if (!ok) { counts.rejected += 1; continue; }
        await sourceRecord('roster', row.row_id ?? String(line), 'person', id, { birthYear, stars: [...stars], suffix: row.suffix_name || null }, file, line);
        if (rehired) await flag('rehired_after_resigning', 'person', id, file, line, `resigned ${resignation}, appointed again ${appointed}: the earlier service is not recorded`);
        roster.push({
          id, givenNames: [row.first_name_NS || first, middle].filter(Boolean).join(' '), familyName: row.last_name_NS || last, dateOfBirth: birthYear ? String(birthYear) : null,
          appointed, stars, middle, race: row.race ?? '', sex: row.gender ?? '',
        });
      }
      bytesDone += file.bytes;
      for (const t of ['person', 'person_name', 'person_characteristic', 'employment'] as const) await run.dataset(t).settle();
    }
    report.seconds.roster = (performance.now() - phaseStart) / 1000;

    // 2. Complaints: one case each.
    phaseStart = performance.now();
    const complaints = new Map<string, Complaint>();
    {
      const file = sources.complaints;
      const counts = report.files.complaints;
      let bytes = 0;
      const now = new Date().toISOString();
      for await (const { line, row, error } of readSourceRows(file, headers.complaints, (n) => { bytes += n; })) {
        counts.read += 1;
        if (counts.read % 5000 === 0) progress('complaints', counts.read, bytes);
        if (error) { rejectRow(counts, file, line, '', error); continue; }
        const crId = row.cr_id ?? '';
        // Complaint Register numbers until 2018; COPA log numbers ("2019-0000001") since.
        if (!/^\d+(-\d+)?$/.test(crId)) { rejectRow(counts, file, line, 'cr_id', `"${crId}" is not a complaint number`); continue; }
        const received = isoDate(row.complaint_date);
        if (!received) { rejectRow(counts, file, line, 'complaint_date', `"${row.complaint_date ?? ''}" is not a date (YYYY-MM-DD)`); continue; }
        if (received > run.today || received < '1900-01-01') { rejectRow(counts, file, line, 'complaint_date', `${received} is out of range`); continue; }
        const closed = row.closed_date ? isoDate(row.closed_date) : null;
        if (row.closed_date && !closed) { rejectRow(counts, file, line, 'closed_date', `"${row.closed_date}" is not a date (YYYY-MM-DD)`); continue; }
        const source = map('complainant_type').lookup(row.complainant_type);
        if (!source) { rejectRow(counts, file, line, 'complainant_type', unmapped('complainant_type', row.complainant_type ?? '')); continue; }
        const caseId = stableId(SOURCE, forceId, 'complaint', crId);
        const summary = `${row.case_type || 'Complaint'} (complainant: ${row.complainant_type || 'not recorded'}; investigated by ${row.investigating_agency || 'not recorded'})`;
        if (!(await run.dataset('misconduct_case').add({ file: file.name, line }, [caseId, forceId, crId, source.source, 'f', summary, received, now, now]))) { counts.rejected += 1; continue; }
        const incident = isoDate(row.incident_date);
        if (incident && incident > received) await flag('incident_after_complaint', 'misconduct_case', caseId, file, line, `incident ${incident} after the complaint ${received}`);
        if (closed && closed < received) await flag('closed_before_complaint', 'misconduct_case', caseId, file, line, `closed ${closed} before the complaint ${received}`);
        complaints.set(crId, { caseId, received, closed });
      }
      bytesDone += file.bytes;
      await run.dataset('misconduct_case').settle();
    }
    report.seconds.complaints = (performance.now() - phaseStart) / 1000;

    // 3. Accused rows: checked, grouped by identity, linked, then written as subjects and allegations.
    phaseStart = performance.now();
    const accused: AccusedRow[] = [];
    {
      const file = sources.accused;
      const counts = report.files.accused;
      let bytes = 0;
      for await (const { line, row, error } of readSourceRows(file, headers.accused, (n) => { bytes += n; })) {
        counts.read += 1;
        if (counts.read % 2000 === 0) progress('accused', counts.read, bytes);
        if (error) { rejectRow(counts, file, line, '', error); continue; }
        const crId = row.cr_id ?? '';
        const complaint = complaints.get(crId);
        if (!complaint) { rejectRow(counts, file, line, 'cr_id', `no complaint ${crId} in ${sources.complaints.name}`); continue; }
        const first = row.first_name ?? '';
        const last = row.last_name ?? '';
        if (!first || !last || last.toUpperCase() === 'UNKNOWN') {
          rejectRow(counts, file, line, 'last_name', `no usable identity: the accused officer's name is ${last ? `"${first} ${last}"` : 'missing'}`);
          // Not a person, but an allegation against someone in a real complaint: kept as a count for data quality.
          await sourceRecord('unidentified_subject', row.row_id ?? String(line), 'misconduct_case', complaint.caseId, { line, category: row.allegation_category ?? '', finding: row.final_finding ?? '' }, file, line);
          continue;
        }
        const birthYear = wholeNumber(row.birth_year);
        if (row.birth_year && (birthYear === null || birthYear < 1900 || birthYear > Number(complaint.received.slice(0, 4)) - 16)) {
          rejectRow(counts, file, line, 'birth_year', `impossible birth year ${row.birth_year} for a complaint of ${complaint.received}`); continue;
        }
        const appointed = row.appointed_date ? isoDate(row.appointed_date) : null;
        if (row.appointed_date && !appointed) { rejectRow(counts, file, line, 'appointed_date', `"${row.appointed_date}" is not a date (YYYY-MM-DD)`); continue; }
        const checks: [MappingKind, string, string][] = [
          ['allegation_category', 'allegation_category', row.allegation_category ?? ''], ['finding', 'final_finding', row.final_finding ?? ''],
          ['penalty', 'final_penalty', row.final_penalty ?? ''], ['race', 'race', row.race ?? ''], ['sex', 'gender', row.gender ?? ''],
          ['complaint_status', 'complaint_status', row.complaint_status ?? ''], ['rank', 'rank', rankText(row.rank ?? '')],
        ];
        const missing = checks.find(([kind, , value]) => map(kind).lookup(value) === null);
        if (missing) { rejectRow(counts, file, line, missing[1], unmapped(missing[0], missing[2])); continue; }
        const firstNs = row.first_name_NS || first;
        const lastNs = row.last_name_NS || last;
        const middle = (row.middle_initial ?? '').trim();
        accused.push({
          line, rowId: row.row_id ?? String(line), crId, first, last, firstNs, lastNs, middle, birthYear, appointed, star: starOf(row.star),
          race: row.race ?? '', sex: row.gender ?? '', rank: rankText(row.rank ?? ''), category: row.allegation_category ?? '', finding: row.final_finding ?? '',
          penalty: row.final_penalty ?? '', status: row.complaint_status ?? '', complaintCode: row.complaint_code ?? '',
          identityKey: [firstNs, lastNs, middle, birthYear ?? '', appointed ?? '', row.race ?? '', row.gender ?? ''].join('|'),
        });
      }
      bytesDone += file.bytes;
    }

    // Linkage: each distinct identity once, against the roster.
    progress('linking', report.files.accused.read);
    const identities = new Map<string, AccusedRow[]>();
    for (const row of accused) {
      const group = identities.get(row.identityKey);
      if (group) group.push(row);
      else identities.set(row.identityKey, [row]);
    }
    report.linkage.identities = identities.size;
    const rosterById = new Map(roster.map((r) => [r.id, r]));
    const probes: PersonRecord[] = [...identities.entries()].map(([key, rows]) => {
      const r = rows[0] as AccusedRow;
      return { id: key, givenNames: [r.firstNs, r.middle].filter(Boolean).join(' '), familyName: r.lastNs, dateOfBirth: r.birthYear ? String(r.birthYear) : null };
    });
    const candidates = createMatcher(roster)(probes);
    const byIdentity = new Map<string, { rosterId: string; score: number; reasons: Reason[] | { field: string; agreement: string; weight: number }[] }[]>();
    for (const pair of candidates) {
      const rows = identities.get(pair.leftId);
      const target = rosterById.get(pair.rightId);
      if (!rows || !target) continue;
      const extra = chicagoEvidence(rows, target);
      const score = Math.round((pair.score + extra.reduce((s, r) => s + r.weight, 0)) * 100) / 100;
      const list = byIdentity.get(pair.leftId) ?? [];
      list.push({ rosterId: target.id, score, reasons: [...pair.reasons, ...extra] });
      byIdentity.set(pair.leftId, list);
    }

    // 4. Write: new people, subjects, allegations, closing events, links and flags.
    progress('writing', report.files.accused.read);
    const reviews: Parameters<typeof insertReviews>[1] = [];
    const personOf = new Map<string, { personId: string; outcome: LinkOutcome }>();
    for (const [key, rows] of identities) {
      const ranked = (byIdentity.get(key) ?? []).sort((a, b) => b.score - a.score || a.rosterId.localeCompare(b.rosterId));
      const best = ranked[0];
      const second = ranked[1];
      const clear = best !== undefined && best.score >= THRESHOLDS.match && (second === undefined || best.score - second.score >= CHICAGO_LINK_WEIGHTS.ambiguityMargin);
      const first = rows[0] as AccusedRow;
      let outcome: LinkOutcome;
      let personId: string;
      if (clear && best) {
        outcome = 'linked';
        personId = best.rosterId;
      } else {
        outcome = best !== undefined && best.score >= THRESHOLDS.review ? 'review' : 'created';
        personId = stableId(SOURCE, forceId, 'accused-identity', key);
        const race = map('race').lookup(first.race);
        const sex = map('sex').lookup(first.sex);
        const role = map('rank').lookup(first.rank);
        const ref = { file: sources.accused.name, line: first.line };
        const ok = await writePerson(ref, {
          id: personId, given: displayName([first.first, first.middle].filter(Boolean).join(' ')), family: displayName(first.last),
          sex: sex?.sex ?? 'not_recorded', ethnicity: race?.ethnicity ?? 'not_stated', role: role?.role ?? 'police_officer', rank: first.rank || null,
          star: first.star, start: first.appointed, end: null, leaving: null,
        });
        if (!ok) {
          report.files.accused.rejected += rows.length;
          continue;
        }
        await flag('not_on_roster', 'person', personId, sources.accused, first.line, `accused officer not found on the roster${outcome === 'review' ? ' with certainty (possible match in the review queue)' : ''}: leaving date unknown`);
        if (!first.appointed) await flag('no_appointment_date', 'person', personId, sources.accused, first.line, 'no appointment date: no employment recorded, so not counted in the workforce');
        if (outcome === 'review' && best) {
          for (const candidate of ranked.filter((c) => c.score >= THRESHOLDS.review)) {
            reviews.push({
              kind: 'register_duplicate', forceId, personId, otherPersonId: candidate.rosterId, score: candidate.score,
              band: candidate.score >= THRESHOLDS.match ? 'match' : 'review', reasons: candidate.reasons,
              dedupeKey: `${SOURCE}/${forceId}:accused:${personId}:${candidate.rosterId}`,
            });
          }
        }
      }
      report.linkage.people[outcome] += 1;
      report.linkage.rows[outcome] += rows.length;
      personOf.set(key, { personId, outcome });
    }
    await run.dataset('person').settle();
    for (const t of ['person_name', 'person_characteristic', 'employment'] as const) await run.dataset(t).settle();

    // Subjects: one per complaint and person, from all of that person's rows in the complaint.
    type Subject = { id: string; caseId: string; personId: string; rows: AccusedRow[] };
    const subjects = new Map<string, Subject>();
    for (const row of accused) {
      const person = personOf.get(row.identityKey);
      const complaint = complaints.get(row.crId);
      if (!person || !complaint) continue;
      const id = stableId(SOURCE, forceId, 'subject', row.crId, person.personId);
      const subject = subjects.get(id);
      if (subject) subject.rows.push(row);
      else subjects.set(id, { id, caseId: complaint.caseId, personId: person.personId, rows: [row] });
    }
    const tagVersion = (await run.conn.query<{ v: number | null }>('select max(version) as v from tag_definition')).rows[0]?.v ?? 1;
    // Subjects first, committed, then what refers to them (PostgreSQL checks the parent row at COPY).
    const written: { subject: Subject; complaint: Complaint; ref: { file: string; line: number }; state: string; outcomeOn: string | null; enteredAt: string }[] = [];
    for (const subject of subjects.values()) {
      const first = subject.rows[0] as AccusedRow;
      const complaint = complaints.get(first.crId);
      if (!complaint) continue;
      const ref = { file: sources.accused.name, line: first.line };
      const findings = subject.rows.map((r) => map('finding').lookup(r.finding)?.caseToAnswer ?? null);
      const penalties = subject.rows.map((r) => map('penalty').lookup(r.penalty)).filter((p) => p !== null);
      const worst = penalties.reduce<(typeof penalties)[number] | null>((w, p) => (severityOf(p.outcome) > severityOf(w?.outcome ?? null) ? p : w), null);
      const state = map('complaint_status').lookup(first.status)?.state ?? 'closed';
      const outcomeOn = complaint.closed && complaint.closed >= complaint.received ? complaint.closed : null;
      const outcome = worst?.outcome && outcomeOn && state === 'closed' ? worst.outcome : null;
      const dismissed = outcome === 'dismissal_without_notice' || outcome === 'would_have_been_dismissed';
      const decision = findings.some((f) => f === true) ? (dismissed ? 'case_to_answer_gross_misconduct' : 'case_to_answer_misconduct')
        : findings.length > 0 && findings.every((f) => f === false) ? 'no_case_to_answer' : null;
      const enteredAt = `${outcomeOn ?? complaint.received}T00:00:00.000Z`;
      const ok = await run.dataset('case_subject').add(ref, [
        subject.id, subject.caseId, forceId, subject.personId, state, enteredAt, null, null, null, null, null, decision,
        outcome ? worst?.proceedingsForm ?? null : null, null, outcome, outcome ? outcomeOn : null, null, 'f',
      ]);
      if (ok) written.push({ subject, complaint, ref, state, outcomeOn, enteredAt });
    }
    await run.dataset('case_subject').settle();
    // Closing events before any allegation: Insight's summary of a matter is computed when its allegations arrive
    // (a subject with none has no summary yet), so each matter is computed once rather than once per table.
    for (const { subject, ref, state, outcomeOn, enteredAt } of written) {
      if (state === 'closed' && outcomeOn) {
        await run.dataset('case_event').add(ref, [stableId(subject.id, 'closed'), subject.caseId, subject.id, forceId, 'close', null, 'closed', outcomeOn, 'Closed in the source record (Chicago FOIA release)', null, 'f', enteredAt]);
      }
    }
    await run.dataset('case_event').settle();
    for (const { subject, complaint } of written) {
      for (const row of subject.rows) {
        const category = map('allegation_category').lookup(row.category);
        if (!category) continue;
        const allegationId = stableId(SOURCE, forceId, 'accused', row.rowId);
        const rowRef = { file: sources.accused.name, line: row.line };
        const description = `${row.category || 'No category'}${row.complaintCode ? ` (complaint code ${row.complaintCode})` : ''}; finding: ${row.finding || 'none recorded'}${row.penalty ? `; penalty: ${row.penalty}` : ''}`;
        const caseToAnswer = map('finding').lookup(row.finding)?.caseToAnswer ?? null;
        if (!(await run.dataset('allegation').add(rowRef, [allegationId, subject.caseId, subject.id, forceId, description, null, null, category.standard, category.iopcCategory, pgArrayLiteral(category.tags), String(tagVersion), caseToAnswer === null ? null : caseToAnswer ? 't' : 'f']))) {
          report.files.accused.rejected += 1;
          continue;
        }
        const link = personOf.get(row.identityKey);
        await sourceRecord('accused', row.rowId, 'allegation', allegationId, { personId: subject.personId, link: link?.outcome ?? null }, sources.accused, row.line);
        if (category.placeholder) await flag('placeholder_category', 'allegation', allegationId, sources.accused, row.line, `category "${row.category}" is not a category`);
        if (row.appointed && row.appointed > complaint.received) {
          await flag('appointed_after_complaint', 'allegation', allegationId, sources.accused, row.line, `appointed ${row.appointed}, after the complaint of ${complaint.received}`);
        }
      }
    }
    await run.flushAll();
    report.seconds.accused = (performance.now() - phaseStart) / 1000;
    let reviewsInserted = 0;
    for (let i = 0; i < reviews.length; i += 500) reviewsInserted += await insertReviews(database.db, reviews.slice(i, i + 500));
    report.tables = run.stats();
    report.tables.match_review = { inserted: reviewsInserted, skipped: reviews.length - reviewsInserted, rejected: 0 };
  } finally {
    await run.close();
  }
  report.rejected = report.files.roster.rejected + report.files.complaints.rejected + report.files.accused.rejected;
  report.seconds.total = (performance.now() - started) / 1000;
  await auditImport(database, ctx, {
    forceId, format: 'chicago', files: report.files, linkage: report.linkage, flags: report.flags, mappingVersions: report.mappingVersions,
    tables: report.tables, rejected: report.rejected,
  });
  return report;
}

/** The evidence beyond names and birth year that an accused identity and a roster person agree or disagree on. */
export function chicagoEvidence(rows: readonly AccusedRow[], target: RosterPerson): { field: string; agreement: string; weight: number }[] {
  const w = CHICAGO_LINK_WEIGHTS;
  const first = rows[0];
  if (!first) return [];
  const out: { field: string; agreement: string; weight: number }[] = [];
  if (first.appointed) {
    out.push(first.appointed === target.appointed
      ? { field: 'appointed_date', agreement: 'exact', weight: w.appointed.exact }
      : { field: 'appointed_date', agreement: `different (${first.appointed} / ${target.appointed})`, weight: w.appointed.different });
  }
  if (rows.some((r) => r.star !== null && target.stars.has(r.star))) out.push({ field: 'star', agreement: 'a star number the roster lists', weight: w.star.agree });
  if (first.middle && target.middle) {
    out.push(first.middle === target.middle ? { field: 'middle_initial', agreement: 'same', weight: w.middleInitial.agree } : { field: 'middle_initial', agreement: 'different', weight: w.middleInitial.different });
  }
  if (first.race && target.race) out.push(first.race === target.race ? { field: 'race', agreement: 'same', weight: w.race.agree } : { field: 'race', agreement: 'different', weight: w.race.different });
  if (first.sex && target.sex && first.sex !== target.sex) out.push({ field: 'sex', agreement: 'different', weight: w.sex.different });
  return out;
}
