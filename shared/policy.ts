import type { Role } from './roles.js';

// The closed list of actions. Every route declares one; every service operation authorizes one.
export const ACTIONS = [
  'force:list',
  'person:search',
  'person:read',
  'person:create',
  'person:update',
  'person:history',
  'case:create',
  'case:list',
  'case:read',
  'case:decide',
  'case:investigate',
  'case:restricted',
  'case:parties',
  'list:check',
  'list:manage',
  'wash:run',
  'match:review',
  'vetting:read',
  'vetting:record',
  'vetting:decide',
  'vetting:approve',
  'vetting:status',
  'vetting:outcome',
  'vetting:consistency',
  'signal:read',
  'signal:dispose',
  'signal:rules',
  'signal:evaluate',
  'intake:triage',
  'integrity:handle',
  'hearing:publish',
  'qa:sample',
  'qa:respond',
  'qa:checklists',
  'mail:outbox',
  'user:list',
  'user:create',
  'user:update',
  'audit:read',
  'audit:verify',
  'insight:read',
  'insight:drilldown',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Where a grant reaches. 'own-force': only records of the user's force (a national user, forceId null,
 * reaches every force). 'national': every force, because the job needs history wherever it happened —
 * officers with allegations move between forces (Casey Review), so PSD and vetting read the whole register.
 */
export type Reach = 'own-force' | 'national';

type Grants = Partial<Record<Action, Reach>>;

const nationalRegisterRead: Grants = { 'force:list': 'national', 'person:search': 'national', 'person:read': 'national', 'person:history': 'national', 'list:check': 'national' };

// Professional standards work on their own force's cases, but see a subject's history in every force.
const psdCaseWork: Grants = { 'case:create': 'own-force', 'case:list': 'own-force', 'case:read': 'own-force', 'case:parties': 'own-force' };

// Vetting officers record and decide; managers also give the second approval and decide appeals. Reads of a
// vetting file are the unit's own: PSD sees only whether someone is cleared, HR only the outcome.
const vettingWork: Grants = { 'vetting:read': 'own-force', 'vetting:record': 'own-force', 'vetting:decide': 'own-force' };
const vettingStatus: Grants = { 'vetting:status': 'own-force' };

// Early-warning alerts name people: the force's PSD work the queue; appropriate authorities and counter-corruption dispose.
const signalQueue: Grants = { 'signal:read': 'own-force' };

// Voices: PSD take in portal complaints; counter-corruption and appropriate authorities handle the integrity line;
// the appropriate authority publishes hearing notices; decision-makers answer quality-assurance reviews. The review
// checklists are national, so only the inspectorate's auditors (national reach) change them.
const voicesPsd: Grants = { 'intake:triage': 'own-force', 'qa:respond': 'own-force' };

// Deny by default: an action missing from a role's grants is refused.
export const GRANTS: Record<Role, Grants> = {
  // Importing list entries is for a national administrator only (the College of Policing keeps the lists).
  // Administrators keep the early-warning rules (their force's; national rules need a national administrator).
  system_administrator: { 'force:list': 'national', 'user:list': 'own-force', 'user:create': 'own-force', 'user:update': 'own-force', 'list:manage': 'own-force', 'signal:rules': 'own-force', 'signal:evaluate': 'own-force', 'mail:outbox': 'own-force' },
  psd_investigator: { ...nationalRegisterRead, ...psdCaseWork, ...vettingStatus, ...signalQueue, ...voicesPsd, 'case:investigate': 'own-force' },
  appropriate_authority: { ...nationalRegisterRead, ...psdCaseWork, ...vettingStatus, ...signalQueue, ...voicesPsd, 'integrity:handle': 'own-force', 'hearing:publish': 'own-force', 'signal:dispose': 'own-force', 'case:decide': 'own-force', 'insight:read': 'own-force', 'insight:drilldown': 'own-force' },
  // Counter-corruption alone sees restricted cases, and runs them end to end.
  counter_corruption: { ...nationalRegisterRead, ...psdCaseWork, ...vettingStatus, ...signalQueue, 'integrity:handle': 'own-force', 'qa:respond': 'own-force', 'signal:dispose': 'own-force', 'case:decide': 'own-force', 'case:investigate': 'own-force', 'case:restricted': 'own-force', 'match:review': 'own-force', 'wash:run': 'own-force' },
  vetting_officer: { ...nationalRegisterRead, ...vettingWork, 'qa:respond': 'own-force', 'match:review': 'own-force' },
  // The data wash is run by vetting managers (and counter-corruption); possible matches are reviewed in force.
  vetting_manager: { ...nationalRegisterRead, ...vettingWork, 'qa:sample': 'own-force', 'qa:respond': 'own-force', 'vetting:approve': 'own-force', 'vetting:consistency': 'own-force', 'match:review': 'own-force', 'wash:run': 'own-force' },
  hr: {
    'force:list': 'national',
    'person:search': 'own-force',
    'person:read': 'own-force',
    'person:create': 'own-force',
    'person:update': 'own-force',
    // Every hire and transfer is checked against the Barred and Advisory Lists.
    'list:check': 'national',
    // HR acts on outcomes (a withdrawal ends in dismissal) without seeing the vetting file.
    'vetting:outcome': 'own-force',
  },
  // Analysts see aggregates only: never the named people behind them (insight:drilldown).
  analyst: { 'force:list': 'national', 'insight:read': 'national' },
  auditor: { ...nationalRegisterRead, 'case:list': 'national', 'case:read': 'national', 'case:parties': 'national', 'audit:read': 'national', 'audit:verify': 'national', 'vetting:read': 'national', 'vetting:consistency': 'national', 'signal:read': 'national', 'qa:sample': 'national', 'qa:checklists': 'national', 'insight:read': 'national', 'insight:drilldown': 'national' },
  chief_officer: { 'force:list': 'national', 'person:search': 'own-force', 'person:read': 'own-force', 'case:list': 'own-force', 'case:read': 'own-force', 'vetting:consistency': 'own-force', 'qa:sample': 'own-force', 'insight:read': 'own-force', 'insight:drilldown': 'own-force' },
};

export type Actor = { id: string; roles: readonly Role[]; forceId: string | null };

/**
 * A resource is described by the forces it belongs to (a person belongs to every force that employed them)
 * and, for cases, whether it is restricted to counter-corruption.
 */
export type Resource = { forceIds: readonly string[]; restricted?: boolean } | undefined;

export type Decision = 'allow' | 'forbidden' | 'not-found';

/** The widest reach any of the actor's roles gives for an action, or null when none grants it. */
export function reachOf(actor: Actor, action: Action): Reach | null {
  let reach: Reach | null = null;
  for (const role of actor.roles) {
    const granted = GRANTS[role][action];
    if (!granted) continue;
    if (granted === 'national' || actor.forceId === null) return 'national';
    reach = granted;
  }
  return reach;
}

/**
 * The one authorization decision. 'forbidden' when no role grants the action at all (403); 'not-found' when
 * the action is granted but the resource lies outside the actor's reach (404: do not leak that it exists).
 */
export function decide(actor: Actor, action: Action, resource?: Resource): Decision {
  const reach = reachOf(actor, action);
  if (reach === null) return 'forbidden';
  if (resource?.restricted && decide(actor, 'case:restricted', { forceIds: resource.forceIds }) !== 'allow') return 'not-found';
  if (reach === 'national' || resource === undefined) return 'allow';
  return resource.forceIds.includes(actor.forceId ?? '') ? 'allow' : 'not-found';
}

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  return decide(actor, action, resource) === 'allow';
}

/** The force filter a repo applies for a list/search action: null means every force. */
export function forceScope(actor: Actor, action: Action): string | null {
  return reachOf(actor, action) === 'national' ? null : actor.forceId;
}

/**
 * Roles whose grants reach every force by design (oversight of the whole system): only an administrator
 * with national reach may give them, so a force administrator cannot mint an account that sees other forces' audit.
 */
export const NATIONAL_OVERSIGHT_ROLES: readonly Role[] = ['auditor'];
