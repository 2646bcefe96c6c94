// Human-readable labels for the people register's coded values. The arrays of codes live in
// shared/contracts.ts beside zod schemas, so they are imported as types only (importing the values would bundle
// zod); each Record below must still list every code, so a new code fails the type check until it has a label.
import type { EMPLOYMENT_ROLES, LEAVING_REASONS, NAME_KINDS, SEXES } from '../../../../shared/vocabulary.js';

export type EmploymentRole = (typeof EMPLOYMENT_ROLES)[number];
export type Sex = (typeof SEXES)[number];

export const EMPLOYMENT_ROLE_LABELS: Record<EmploymentRole, string> = {
  police_officer: 'Police officer',
  police_staff: 'Police staff',
  special_constable: 'Special constable',
  pcso: 'Police community support officer (PCSO)',
  volunteer: 'Volunteer',
  contractor: 'Contractor',
};

export const LEAVING_REASON_LABELS: Record<(typeof LEAVING_REASONS)[number], string> = {
  resigned: 'Resigned',
  retired: 'Retired',
  dismissed: 'Dismissed',
  transferred: 'Transferred to another force',
  vetting_withdrawn: 'Vetting withdrawn',
  died: 'Died',
  end_of_contract: 'End of contract',
  other: 'Other',
};

export const SEX_LABELS: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  not_recorded: 'Not recorded',
};

export const NAME_KIND_LABELS: Record<(typeof NAME_KINDS)[number], string> = {
  current: 'Current name',
  previous: 'Previous name',
  alias: 'Alias',
};

export function fullName({ givenNames, familyName }: { givenNames: string; familyName: string }): string {
  return [givenNames, familyName].filter((part) => part.trim() !== '').join(' ');
}

/** The codes of a label table, in the table's order, typed by the guard rather than by a cast. */
export function codesOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels).filter((key): key is K => Object.hasOwn(labels, key));
}

export function isEmploymentRole(value: string): value is EmploymentRole {
  return Object.hasOwn(EMPLOYMENT_ROLE_LABELS, value);
}

export function isSex(value: string): value is Sex {
  return Object.hasOwn(SEX_LABELS, value);
}
