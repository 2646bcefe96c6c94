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
  /** Address history by postcode (from, to or null for the last known), where the source has it. */
  addresses?: readonly AddressPeriod[];
};

/** `declared`: from the address history a vetting application declared (checked against credit-reference data); otherwise from an HR record, which can miss a move. */
export type AddressPeriod = { postcode: string; from: string | null; to: string | null; declared?: boolean };
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
  // Postcodes without spaces, each with its sector ("XA123" of "XA12 3BD") and the days it covers: a last known
  // address runs to the end of the record's service, or without end while the person serves. `dated`: false for
  // a postcode known without dates (a file's one postcode column), which can agree but never say "elsewhere".
  addresses: { postcode: string; sector: string; from: string; to: string; declared: boolean; open: boolean; dated: boolean }[];
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
    addresses: addressFeatures(record),
  };
}

/** The record's last post and the day it ended, or null when any post is still open or there are none. */
export function endedService(service: readonly ServicePeriod[]): { last: ServicePeriod; end: string } | null {
  if (service.length === 0 || service.some((p) => p.end === null)) return null;
  const last = service.reduce((x, y) => ((y.end ?? '') > (x.end ?? '') ? y : x));
  return { last, end: last.end ?? '' };
}

const OPEN_END = '9999-12-31';

function addressFeatures(record: PersonRecord): PersonFeatures['addresses'] {
  if (!record.addresses || record.addresses.length === 0) return [];
  const lastKnown = endedService(record.service ?? [])?.end ?? OPEN_END;
  return record.addresses.map((a) => {
    const postcode = a.postcode.toUpperCase().replace(/\s+/g, '');
    const from = a.from ?? '0001-01-01';
    return { postcode, sector: postcode.slice(0, -2), from, to: a.to ?? (lastKnown < from ? from : lastKnown), declared: a.declared === true, open: a.to === null, dated: a.from !== null };
  });
}
