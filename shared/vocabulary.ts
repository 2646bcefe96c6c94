// Closed vocabularies of the person register, free of zod so the web app can import them cheaply.
export const SEXES = ['female', 'male', 'not_recorded'] as const;
export const EMPLOYMENT_ROLES = ['police_officer', 'police_staff', 'special_constable', 'pcso', 'volunteer', 'contractor'] as const;
export const LEAVING_REASONS = ['resigned', 'retired', 'dismissed', 'transferred', 'vetting_withdrawn', 'died', 'end_of_contract', 'other'] as const;
export const NAME_KINDS = ['current', 'previous', 'alias'] as const;
// Where an address in a person's history came from: the HR record, or the address history a vetting application declared.
export const ADDRESS_SOURCES = ['hr_record', 'vetting_declaration'] as const;
export const ADDRESS_SOURCE_LABELS: Record<(typeof ADDRESS_SOURCES)[number], string> = { hr_record: 'HR record', vetting_declaration: 'Declared on a vetting application' };
export const ETHNIC_GROUPS = ['asian', 'black', 'mixed', 'white', 'other', 'not_stated'] as const;
