// What the matching engine compares: a person record reduced to normalised name parts, phonetic keys and
// date-of-birth parts. Computed once per record, so scoring and blocking never re-parse names.
import { doubleMetaphone } from 'double-metaphone';
import { normalizeName } from '../people/normalize-name.js';
import { givenNameKey } from './name-variants.js';

export type PersonRecord = {
  id: string;
  givenNames: string;
  familyName: string;
  /** Previous, married and alias family names. */
  otherFamilyNames?: readonly string[];
  /** 'YYYY-MM-DD', or 'YYYY' when only the year is known, or null. */
  dateOfBirth: string | null;
  /** Recorded sex, where the source has it (the register does; the lists do not). */
  recordedSex?: Sex | null;
  /** Periods of service in the register (force, start, end or null while serving), where the source has them. */
  service?: readonly ServicePeriod[];
};

export type Sex = 'female' | 'male';
export type ServicePeriod = { forceId: string; start: string; end: string | null };

/** 'female' or 'male'; anything else (not recorded, blank) is unknown and never counts either way. */
export const sexOf = (value: string | null | undefined): Sex | null => (value === 'female' || value === 'male' ? value : null);

export type PersonFeatures = {
  id: string;
  given: string[]; // normalised given-name tokens, titles removed
  firstGiven: string;
  firstGivenKey: string; // nickname/transliteration group
  givenPhonetic: string;
  family: string; // normalised current family name, spaces removed ("lloyd jones" → "lloydjones")
  familyAll: string[]; // current and other family names, and each part of a double-barrelled one
  declaresOtherFamilyNames: boolean; // the record lists previous, married or alias surnames
  familyPhonetics: string[];
  dob: { year: number; month: number | null; day: number | null } | null;
  sex: Sex | null;
  service: readonly ServicePeriod[];
};

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'pc', 'ps', 'dc', 'ds', 'di', 'dci', 'sgt', 'insp', 'ch', 'supt', 'cst', 'mstr', 'lord', 'lady']);

const phonetic = (name: string): string => (name ? doubleMetaphone(name)[0] : '');

function familyVariants(name: string): string[] {
  const normalised = normalizeName(name);
  if (!normalised) return [];
  const parts = normalised.split(' ').filter((p) => p.length > 1);
  return [...new Set([normalised.replaceAll(' ', ''), ...parts])];
}

function parseDob(value: string | null): PersonFeatures['dob'] {
  if (!value) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const year = /^(\d{4})$/.exec(value);
  return year ? { year: Number(year[1]), month: null, day: null } : null;
}

export function toFeatures(record: PersonRecord): PersonFeatures {
  const given = normalizeName(record.givenNames).split(' ').filter((t) => t.length > 0 && !TITLES.has(t));
  const firstGiven = given[0] ?? '';
  const otherFamily = (record.otherFamilyNames ?? []).flatMap(familyVariants);
  const familyAll = [...new Set([...familyVariants(record.familyName), ...otherFamily])];
  return {
    id: record.id,
    given,
    firstGiven,
    firstGivenKey: givenNameKey(firstGiven),
    givenPhonetic: phonetic(firstGiven),
    family: normalizeName(record.familyName).replaceAll(' ', ''),
    familyAll,
    declaresOtherFamilyNames: otherFamily.length > 0,
    familyPhonetics: [...new Set(familyAll.map(phonetic).filter(Boolean))],
    dob: parseDob(record.dateOfBirth),
    sex: record.recordedSex ?? null,
    service: record.service ?? [],
  };
}
