// Closed vocabularies of the person register, free of zod so the web app can import them cheaply.
export const SEXES = ['female', 'male', 'not_recorded'] as const;
export const EMPLOYMENT_ROLES = ['police_officer', 'police_staff', 'special_constable', 'pcso', 'volunteer', 'contractor'] as const;
export const LEAVING_REASONS = ['resigned', 'retired', 'dismissed', 'transferred', 'vetting_withdrawn', 'died', 'end_of_contract', 'other'] as const;
export const NAME_KINDS = ['current', 'previous', 'alias'] as const;
export const ETHNIC_GROUPS = ['asian', 'black', 'mixed', 'white', 'other', 'not_stated'] as const;
