// `warrant match`: links or clusters any CSV of person records with a column mapping, using the same engine
// as the product. The mapping is checked against the file's header before any work starts.
import { isValid as isValidPostcode } from 'postcode';
import type { Queryable } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { findMatches, clusterIds, type MatchPair } from './match-engine.js';
import type { PersonRecord } from './person-features.js';
import { loadListRecords, loadRegisterRecords } from './match-sources.js';

export const MAPPING_FIELDS = ['id', 'given', 'family', 'dob', 'other', 'postcode'] as const;
export type ColumnMapping = Partial<Record<(typeof MAPPING_FIELDS)[number], string>>;

export const DEFAULT_MAPPING: Required<Pick<ColumnMapping, 'id' | 'given' | 'family' | 'dob'>> & ColumnMapping = {
  id: 'id', given: 'given_names', family: 'family_name', dob: 'date_of_birth', other: 'other_family_names', postcode: 'postcode',
};

/** "given=first_name,family=surname" → mapping over the defaults. */
export function parseMapping(text: string | undefined): ColumnMapping {
  const mapping: ColumnMapping = { ...DEFAULT_MAPPING };
  if (!text) return mapping;
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, column] = part.split('=').map((s) => s.trim());
    if (!field || !column || !(MAPPING_FIELDS as readonly string[]).includes(field)) {
      throw new AppError('VALIDATION_FAILED', `--map: "${part}" is not field=column with a field of ${MAPPING_FIELDS.join(', ')}`);
    }
    mapping[field as (typeof MAPPING_FIELDS)[number]] = column;
  }
  return mapping;
}

export type RecordProblem = { line: number; reason: string };

/** Records from CSV rows. Rows without a name or with an impossible date are reported, never guessed. */
export function recordsFromRows(rows: Record<string, string>[], mapping: ColumnMapping, file: string): { records: PersonRecord[]; problems: RecordProblem[] } {
  const header = Object.keys(rows[0] ?? {});
  const required = [mapping.given, mapping.family].filter((c): c is string => Boolean(c));
  const optional = [mapping.id, mapping.dob, mapping.other, mapping.postcode].filter((c): c is string => Boolean(c));
  const missing = required.filter((c) => !header.includes(c));
  const missingOptional = optional.filter((c) => c !== DEFAULT_MAPPING.other && c !== DEFAULT_MAPPING.id && c !== DEFAULT_MAPPING.postcode && !header.includes(c));
  if (rows.length > 0 && (missing.length > 0 || missingOptional.length > 0)) {
    throw new AppError('VALIDATION_FAILED', `${file}: the mapping names columns the file does not have: ${[...missing, ...missingOptional].join(', ')} (columns: ${header.join(', ')})`);
  }
  const records: PersonRecord[] = [];
  const problems: RecordProblem[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const given = mapping.given ? row[mapping.given]?.trim() ?? '' : '';
    const family = mapping.family ? row[mapping.family]?.trim() ?? '' : '';
    if (!given && !family) return problems.push({ line, reason: 'no name' });
    const dobRaw = mapping.dob ? row[mapping.dob]?.trim() ?? '' : '';
    if (dobRaw && !isPossibleDate(dobRaw)) return problems.push({ line, reason: `impossible date of birth "${dobRaw}"` });
    // A postcode column gives one postcode without dates: it can agree with an address history, no more.
    const postcodeRaw = mapping.postcode ? row[mapping.postcode]?.trim() ?? '' : '';
    if (postcodeRaw && !isValidPostcode(postcodeRaw)) return problems.push({ line, reason: `not a UK postcode "${postcodeRaw}"` });
    records.push({
      id: (mapping.id && row[mapping.id]?.trim()) || `${file}:${line}`,
      givenNames: given,
      familyName: family,
      otherFamilyNames: (mapping.other ? row[mapping.other] ?? '' : '').split(';').map((n) => n.trim()).filter(Boolean),
      dateOfBirth: dobRaw || null,
      addresses: postcodeRaw ? [{ postcode: postcodeRaw, from: null, to: null }] : [],
    });
  });
  return { records, problems };
}

function isPossibleDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return Number(value) > 1900 && Number(value) < 2100;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && Number(m[1]) > 1900;
}

export type MatchFileResult =
  | { kind: 'pairs'; pairs: MatchPair[]; compared: number }
  | { kind: 'clusters'; clusters: Map<string, string>; pairs: MatchPair[]; compared: number };

export async function matchFile({ db, left, against, right }: {
  db: Queryable | null; left: PersonRecord[]; against: 'register' | 'barred' | 'file' | null; right?: PersonRecord[];
}): Promise<MatchFileResult> {
  if (against === null) {
    const pairs = findMatches(left, null);
    return { kind: 'clusters', clusters: clusterIds(left.map((r) => r.id), pairs), pairs, compared: left.length };
  }
  let targets: PersonRecord[];
  if (against === 'file') targets = right ?? [];
  else if (!db) throw new AppError('VALIDATION_FAILED', 'matching against the register or the lists needs the database');
  else targets = against === 'register' ? await loadRegisterRecords(db) : await loadListRecords(db);
  return { kind: 'pairs', pairs: findMatches(left, targets), compared: targets.length };
}
