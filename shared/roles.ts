// The roles of DESIGN.md §9. A user holds one or more; force scope comes from the user's forceId
// (null = a national user, e.g. the College of Policing or the inspectorate).
export const ROLES = [
  'system_administrator',
  'psd_investigator',
  'appropriate_authority',
  'counter_corruption',
  'vetting_officer',
  'vetting_manager',
  'hr',
  'analyst',
  'auditor',
  'chief_officer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  system_administrator: 'System administrator',
  psd_investigator: 'PSD investigator',
  appropriate_authority: 'Appropriate authority',
  counter_corruption: 'Counter-corruption',
  vetting_officer: 'Vetting officer',
  vetting_manager: 'Vetting manager',
  hr: 'HR',
  analyst: 'Analyst',
  auditor: 'Auditor',
  chief_officer: 'Chief officer',
};
