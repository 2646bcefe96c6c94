// The list check form lives in the address (?givenNames=…&familyName=…&dateOfBirth-year=…), so back, refresh
// and a shared link all show the same check. This reads it, checks it as the GOV.UK patterns ask, and builds
// the API query. The date of birth may be a full date or only a year, as the lists themselves sometimes give.
import type { TListCheckQuery } from '../../../../shared/national-index-contracts.js';
import { checkDate, dateParts, type DateParts } from '../../components/date-input.js';
import type { FormError } from '../../components/form-errors.js';

export type CheckValues = {
  givenNames: string;
  familyName: string;
  otherFamilyNames: string;
  dateOfBirth: DateParts;
  list: '' | 'barred' | 'advisory';
};

export type CheckForm = { values: CheckValues; isSubmitted: boolean; query: TListCheckQuery | null; errors: FormError[] };

const FIELDS = ['givenNames', 'familyName', 'otherFamilyNames', 'dateOfBirth-day', 'dateOfBirth-month', 'dateOfBirth-year', 'list'] as const;

function readList(value: string | null): CheckValues['list'] {
  return value === 'barred' || value === 'advisory' ? value : '';
}

/** Previous or married family names, separated by semicolons (commas are taken as separators too). */
export function otherFamilyNamesFor(text: string): string | undefined {
  const names = text.split(/[;,]/).map((name) => name.trim()).filter((name) => name !== '');
  return names.length > 0 ? names.join(';') : undefined;
}

type BirthDate = { value: string | undefined; error?: FormError };

function readBirthDate(parts: DateParts): BirthDate {
  if (parts.day === '' && parts.month === '' && parts.year !== '') {
    if (!/^\d{4}$/.test(parts.year)) return { value: undefined, error: { field: 'dateOfBirth', message: 'Year must include 4 numbers', href: '#dateOfBirth-year', parts: ['year'] } };
    return { value: parts.year };
  }
  const checked = checkDate(parts, { label: 'Date of birth', notInFuture: 'past' });
  if (checked.error !== undefined) {
    return { value: undefined, error: { field: 'dateOfBirth', message: checked.error, href: `#dateOfBirth-${checked.parts[0] ?? 'day'}`, parts: checked.parts } };
  }
  return { value: checked.iso ?? undefined };
}

export function readCheckForm(params: URLSearchParams): CheckForm {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const values: CheckValues = {
    givenNames: text('givenNames'),
    familyName: text('familyName'),
    otherFamilyNames: text('otherFamilyNames'),
    dateOfBirth: dateParts(params, 'dateOfBirth'),
    list: readList(params.get('list')),
  };
  const isSubmitted = FIELDS.some((field) => params.has(field));
  if (!isSubmitted) return { values, isSubmitted, query: null, errors: [] };

  const errors: FormError[] = [];
  if (!values.givenNames) errors.push({ field: 'givenNames', message: 'Enter the given names', href: '#givenNames' });
  if (!values.familyName) errors.push({ field: 'familyName', message: 'Enter the family name', href: '#familyName' });
  const birthDate = readBirthDate(values.dateOfBirth);
  if (birthDate.error) errors.push(birthDate.error);
  if (errors.length > 0) return { values, isSubmitted, query: null, errors };

  const query: TListCheckQuery = { givenNames: values.givenNames, familyName: values.familyName };
  const others = otherFamilyNamesFor(values.otherFamilyNames);
  if (others) query.otherFamilyNames = others;
  if (birthDate.value) query.dateOfBirth = birthDate.value;
  if (values.list) query.list = values.list;
  return { values, isSubmitted, query, errors: [] };
}

/** Who was checked, in words, for the results heading and the page title. */
export function describeCheck(query: TListCheckQuery): string {
  return `${query.givenNames} ${query.familyName}`;
}
