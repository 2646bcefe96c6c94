// Vetting in the synthetic dataset (DESIGN.md §3, docs/vetting.md, docs/data.md): every join is preceded by an
// application at the level of the role, with a result for every check the level requires, adverse information for
// a minority, and a decision as the product records it (second approval of grants despite adverse information,
// conditions with their review date, refusals with their appeal window). Clearances follow from grants, expire
// per level, are renewed (superseding the old one) or lapse; reviews are opened by the allegations and outcomes in
// the person's own history and a few end in withdrawal; cleared people have annual integrity reviews.
//
// It draws from its own seeded stream, so adding vetting left every row of the other tables as it was.
// One person at a time, like the rest of the generator: memory stays flat.
import { seededRandom, type Random } from '../demo/random.js';
import {
  ADVERSE_CATEGORY_LABELS, CHECK_LABELS, CHECK_TYPES, REVIEW_TRIGGER_TAGS, TRANSFEREE_CHECKLIST, raisesPresumptionOfRefusal,
  type AdverseCategory, type AdverseDisposal, type ApplicationKind, type ApplicationState, type CheckResult, type CheckType, type ClearanceStatus,
  type DecisionOutcome, type ReviewState, type ReviewTrigger, type VettingLevel,
} from '../../../shared/vetting-vocabulary.js';
import type { DatasetRow, DatasetTable } from '../import/dataset-tables.js';
import { addMonthsToDay, isoOf, timestampOf, YEAR } from './dates.js';
import { NAME_POOLS, pickFamilyName, pickGivenName, type NameOrigin } from './name-pools.js';
import type { VettingTruth, VettingTruthRecorder } from './vetting-truth.js';

/** The levels migration 0009_vetting.sql seeds (a test reads the migration and compares). */
export const SEEDED_VETTING_LEVELS: Record<VettingLevel, { validityMonths: number; requiredChecks: readonly CheckType[] }> = {
  RV: { validityMonths: 120, requiredChecks: CHECK_TYPES },
  MV: { validityMonths: 84, requiredChecks: CHECK_TYPES },
  NPPV1: { validityMonths: 36, requiredChecks: ['pnc', 'pnd', 'force_intelligence', 'professional_standards', 'barred_advisory_lists', 'identity_address'] },
  NPPV2: { validityMonths: 60, requiredChecks: ['pnc', 'pnd', 'force_intelligence', 'professional_standards', 'barred_advisory_lists', 'financial', 'previous_employers', 'identity_address', 'open_source'] },
  NPPV3: { validityMonths: 60, requiredChecks: CHECK_TYPES },
};

export type VettingTable = 'app_user' | 'vetting_application' | 'vetting_check' | 'vetting_adverse_item' | 'vetting_clearance' | 'vetting_review' | 'vetting_event' | 'integrity_review';
type Row = { table: DatasetTable; row: DatasetRow };

export type VettingStint = {
  forceId: string;
  role: 'police_officer' | 'police_staff' | 'special_constable' | 'pcso' | 'volunteer' | 'contractor';
  rank: string | null;
  start: number;
  end: number | null;
  reason: string | null;
};
/** A case in which the person is a subject, as the vetting unit would find it (days are absolute). */
export type VettingCase = {
  caseId: string; reference: string; forceId: string; received: number; tags: readonly string[]; restricted: boolean;
  state: string; closedDay: number | null; caseToAnswer: string | null; outcome: string | null; outcomeOn: number | null;
};
export type VettingPerson = {
  personId: string;
  givenNames: string;
  familyName: string;
  stints: readonly VettingStint[];
  cases: readonly VettingCase[];
  /** On the Barred List under this identity (dismissed here): a re-application is found by the list check. */
  barred: boolean;
  /** A variant identity of someone on a list: the list check at the join found nothing (planted). */
  listMiss: VettingTruth['listCheckMisses'][number]['kind'] | null;
};

const SENIOR_RANKS = new Set(['Inspector', 'Chief Inspector', 'Superintendent']);
const MV_SHARE_OF_SENIOR = 0.6;
// Annual under the Vetting Code of Practice 2023. The last eighteen months are generated (the latest review, and
// for some the one before): enough for the overdue list, without a row per person per year.
const INTEGRITY_MONTHS = 18;
export const integrityReviewsFrom = (asOf: number, filesFrom: number): number => Math.max(filesFrom, addMonthsToDay(asOf, -INTEGRITY_MONTHS));
const INTEGRITY_PARTICIPATION = 0.9;
const INTEGRITY_MISSED = 0.06;
export const ADVERSE_SHARE = { new_joiner: 0.1, transferee_or_re_joiner: 0.08, renewal: 0.04 } as const;
const APPEAL_WINDOW_DAYS = 14;
const REVIEW_OPEN_STATES: readonly ReviewState[] = ['open', 'notice_served', 'panel_appeal', 'tribunal_appeal'];
const SERIOUS_TAGS = new Set(['sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour', 'domestic_abuse', 'dishonesty']);
const TRIGGER_TAGS = new Set<string>(REVIEW_TRIGGER_TAGS);
const NOT_DISMISSAL = new Set(['written_warning', 'final_written_warning', 'reduction_in_rank']);
const REAPPLY_AFTER = new Set(['resigned', 'end_of_contract', 'other', 'dismissed', 'vetting_withdrawn']);
const STAFF_LEVELS: readonly (readonly [VettingLevel, number])[] = [['NPPV2', 60], ['NPPV3', 30], ['NPPV1', 10]];
const CONTRACTOR_LEVELS: readonly (readonly [VettingLevel, number])[] = [['NPPV1', 50], ['NPPV2', 40], ['NPPV3', 10]];
// Renewals: on time (opened before expiry), late (after it), or not yet (the clearance lapses).
const RENEWAL_TIMING = [['on_time', 88], ['late', 9], ['none', 3]] as const;

// Adverse information: how often each category turns up, how it came to notice, and which check finds it.
const APPLICANT_CATEGORIES: readonly (readonly [AdverseCategory, number])[] = [
  ['financial', 18], ['intelligence', 16], ['criminal_associates', 14], ['conviction_caution', 12], ['dishonesty', 7], ['violence', 7],
  ['domestic_abuse', 6], ['discrimination', 5], ['sexual_offence', 2], ['vulnerable_targeting', 1], ['other', 8],
];
const REFUSAL_CATEGORIES: readonly (readonly [AdverseCategory, number])[] = [
  ['conviction_caution', 18], ['dishonesty', 15], ['criminal_associates', 15], ['financial', 14], ['violence', 12], ['domestic_abuse', 9],
  ['sexual_offence', 5], ['discrimination', 6], ['vulnerable_targeting', 3], ['intelligence', 3],
];
const DISPOSALS: Partial<Record<AdverseCategory, readonly (readonly [AdverseDisposal, number])[]>> = {
  conviction_caution: [['conviction', 45], ['caution', 55]],
  dishonesty: [['conviction', 25], ['caution', 35], ['none', 40]],
  violence: [['conviction', 25], ['caution', 35], ['none', 40]],
  domestic_abuse: [['conviction', 15], ['caution', 25], ['none', 60]],
  sexual_offence: [['caution', 20], ['none', 80]],
  vulnerable_targeting: [['caution', 40], ['none', 60]],
};
const CHECK_OF: Record<AdverseCategory, readonly CheckType[]> = {
  conviction_caution: ['pnc'], intelligence: ['force_intelligence', 'pnd'], sexual_offence: ['pnd', 'force_intelligence'], domestic_abuse: ['pnd', 'force_intelligence'],
  violence: ['pnd', 'force_intelligence'], discrimination: ['open_source'], vulnerable_targeting: ['pnd'], dishonesty: ['pnd', 'previous_employers'],
  criminal_associates: ['family_associates'], financial: ['financial'], misconduct: ['professional_standards'], other: ['identity_address', 'previous_employers'],
};
const DESCRIPTIONS: Record<AdverseCategory, readonly string[]> = {
  conviction_caution: ['Conviction for driving with excess alcohol', 'Caution for possession of a controlled drug (class B)', 'Conviction for criminal damage', 'Caution for a public order offence'],
  intelligence: ['Intelligence linking the applicant to the supply of controlled drugs', 'Intelligence report of association with an organised crime group', 'Intelligence of unexplained wealth'],
  sexual_offence: ['Intelligence report of sexual touching without consent (no further action)', 'Allegation of exposure, not proceeded with'],
  domestic_abuse: ['Domestic incident recorded at the applicant’s address', 'Caution for assault of a former partner', 'Non-molestation order made against the applicant'],
  violence: ['Caution for common assault', 'Conviction for assault occasioning actual bodily harm', 'Named as a suspect in an affray (no further action)'],
  discrimination: ['Racist remarks in social media posts', 'Homophobic messages in a group chat', 'Misogynistic comments posted online'],
  vulnerable_targeting: ['Caution for a racially aggravated public order offence', 'Intelligence of targeting a disabled person'],
  dishonesty: ['Caution for theft from an employer', 'Conviction for fraud by false representation', 'Dismissed by a previous employer for dishonesty'],
  criminal_associates: ['Sibling with convictions for supplying class A drugs', 'Partner subject of an active investigation', 'Close friend with convictions for burglary'],
  financial: ['County court judgment for unpaid debt', 'Individual voluntary arrangement in force', 'Significant unsecured debt relative to income'],
  misconduct: ['Professional-standards history'],
  other: ['Undisclosed previous address', 'Gap in employment history not accounted for', 'Inconsistent account of previous employment'],
};
const CONDITIONS: Partial<Record<AdverseCategory, string>> = {
  financial: 'Annual declaration of finances to the vetting unit',
  criminal_associates: 'Declare any contact with the associates named in the vetting file',
  intelligence: 'No access to intelligence systems above the standard level for the role',
  misconduct: 'Supervisor review of conduct at six and twelve months',
  domestic_abuse: 'Not to be posted to public protection or domestic abuse units',
  sexual_offence: 'Not to be posted to public protection or domestic abuse units',
  violence: 'Supervisor review of conduct at six and twelve months',
  discrimination: 'Completes equality and inclusion training within three months',
  dishonesty: 'No role handling seized property or cash',
};
const GENERIC_CONDITION = 'Declare any change of circumstances within seven days';
const NOT_COMPLETED_REASONS = ['Lived overseas 2014–2017: the authorities there do not answer vetting enquiries', 'Previous employer has ceased trading; no reference available', 'No credit file: recently arrived in the United Kingdom'];
const NOT_COMPLETABLE: ReadonlySet<CheckType> = new Set(['identity_address', 'previous_employers', 'financial', 'open_source']);
const APPRAISALS = [
  'Conduct and performance meet the standard; no concerns.', 'Works to a high standard; no integrity concerns raised by colleagues or supervisors.',
  'No concerns. Declarations discussed and accurate.', 'Performance satisfactory; reminded of the duty to report changes in circumstances.',
];
const CONCERNS = ['Undeclared association with a person of concern came to light at the review.', 'Declared significant new debt; circumstances to be assessed by the vetting unit.'];

type AdverseDraft = { category: AdverseCategory; disposal: AdverseDisposal; occurredOn: number | null; source: string; description: string; check: CheckType };
type VettingUser = { id: string; name: string; lenient: boolean };
type ForceUsers = { officers: VettingUser[]; managers: VettingUser[] };
type Clearance = {
  id: string; forceId: string; level: VettingLevel; applicationId: string | null; granted: number; expires: number; conditions: string[];
  conditionsReviewOn: number | null; status: 'active' | 'withdrawn' | 'superseded'; endedOn: number | null; legacy: boolean; stint: number; underReviewAtAsOf: boolean;
};
type Trigger = { day: number; trigger: ReviewTrigger; caseId: string | null; detail: string; serious: boolean; final: boolean; actor: 'system' | 'officer' };
type Fate = 'grant' | 'refuse' | 'upheld' | 'withdraw';
type Steer = 'checks_in_progress' | 'awaiting_approval' | 'refused' | 'appeal_lodged' | 'withdrawn_by_applicant';

const vettingSeed = (seed: number): number => (Math.imul((seed ^ 0x7e77_1ee7) >>> 0, 0x9e37_79b1) ^ 0x5bd1_e995) >>> 0;
const slug = (text: string): string => text.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');

export function createVettingGenerator(args: {
  seed: number; seedHex: string; asOf: number; people: number; forces: readonly (readonly [string, number])[];
  /** The day the vetting units began recording in Warrant: files from then on, the clearances then held migrated. */
  filesFrom: number;
  nextId: (table: VettingTable) => string; truth: VettingTruthRecorder;
}) {
  const { asOf, filesFrom, nextId, truth } = args;
  const random: Random = seededRandom(vettingSeed(args.seed));
  const integrityFrom = integrityReviewsFrom(asOf, filesFrom);
  const forceWeight = new Map(args.forces.map(([f, w]) => [f, w]));
  const totalWeight = args.forces.reduce((s, [, w]) => s + w, 0);
  const usersByForce = new Map<string, ForceUsers>();
  const referenceCounter = new Map<string, number>();
  const lenient: VettingTruth['planted']['lenientDeciders'] = [];
  // The first people who can show them are steered into each application and review state in turn, so every
  // state appears at every scale (as the cases are).
  const applicationCoverage: Steer[] = ['appeal_lodged', 'awaiting_approval', 'refused', 'checks_in_progress', 'withdrawn_by_applicant'];
  const reviewCoverage: ('open' | 'notice_served')[] = ['open', 'notice_served'];
  let panelCoverage = true;

  const expiryOf = (granted: number, level: VettingLevel): number => addMonthsToDay(granted, SEEDED_VETTING_LEVELS[level].validityMonths);
  const requires = (level: VettingLevel, check: CheckType): boolean => SEEDED_VETTING_LEVELS[level].requiredChecks.includes(check);

  // ---- the vetting unit of each force: officers record and decide, managers also approve and hear appeals ----
  function usersOf(forceId: string, out: Row[]): ForceUsers {
    const existing = usersByForce.get(forceId);
    if (existing) return existing;
    const expected = args.people * ((forceWeight.get(forceId) ?? 0) / totalWeight);
    const officers = Math.max(2, Math.round(expected / 2500));
    const managers = Math.max(2, Math.round(officers / 3));
    const make = (manager: boolean, n: number): VettingUser => {
      const origin: NameOrigin = random.weighted([['british', 80], ['irish', 5], ['indian', 5], ['south_asian_muslim', 5], ['black_caribbean', 3], ['polish', 2]]);
      const pool = NAME_POOLS[origin];
      const given = pickGivenName(random, random.chance(0.55) ? pool.female : pool.male);
      const family = pickFamilyName(random, origin);
      const id = nextId('app_user');
      const role = manager ? 'vetting_manager' : 'vetting_officer';
      out.push({
        table: 'app_user',
        row: {
          id, email: `${slug(given)}.${slug(family)}.${role.replace('_', '-')}${n}.${forceId.toLowerCase()}.${args.seedHex}@vetting.synthetic.invalid`,
          display_name: `${given} ${family}`, roles: [role], force_id: forceId, disabled: true, created_at: timestampOf(filesFrom - 30),
        },
      });
      truth.user();
      return { id, name: `${given} ${family}`, lenient: false };
    };
    const unit: ForceUsers = {
      officers: Array.from({ length: officers }, (_, i) => make(false, i + 1)),
      managers: Array.from({ length: managers }, (_, i) => make(true, i + 1)),
    };
    const first = unit.officers[0];
    if (first) {
      first.lenient = true;
      lenient.push({ forceId, userId: first.id, name: first.name });
    }
    usersByForce.set(forceId, unit);
    return unit;
  }
  const officerOf = (u: ForceUsers): VettingUser => random.pick(u.officers);
  const otherManager = (u: ForceUsers, not: string): VettingUser => {
    const candidates = u.managers.filter((m) => m.id !== not);
    return random.pick(candidates.length > 0 ? candidates : u.managers);
  };
  function deciderOf(u: ForceUsers, despiteAdverse: boolean, refused: boolean): VettingUser {
    const soft = u.officers.find((o) => o.lenient);
    // The planted lenient decider takes half the grants despite adverse information and few refusals.
    if (soft && despiteAdverse && random.chance(0.5)) return soft;
    if (soft && refused && !random.chance(0.05)) return random.pick([...u.officers.filter((o) => !o.lenient), ...u.managers]);
    return random.chance(0.85) ? officerOf(u) : random.pick(u.managers);
  }

  function referenceOf(forceId: string, opened: number): string {
    const year = isoOf(opened).slice(0, 4);
    const key = `${forceId}-${year}`;
    const seq = (referenceCounter.get(key) ?? 0) + 1;
    referenceCounter.set(key, seq);
    return `${forceId}-V-${year}-S${String(seq).padStart(6, '0')}`;
  }

  function levelFor(s: VettingStint): VettingLevel {
    switch (s.role) {
      case 'police_officer': return SENIOR_RANKS.has(s.rank ?? '') && random.chance(MV_SHARE_OF_SENIOR) ? 'MV' : 'RV';
      case 'pcso':
      case 'special_constable': return 'RV';
      case 'police_staff': return random.weighted(STAFF_LEVELS);
      case 'contractor': return random.weighted(CONTRACTOR_LEVELS);
      case 'volunteer': return 'NPPV1';
    }
  }

  function drawAdverse(level: VettingLevel, share: number, weights: readonly (readonly [AdverseCategory, number])[], opened: number): AdverseDraft[] {
    if (!random.chance(share)) return [];
    const usable = weights.filter(([c]) => CHECK_OF[c].some((check) => requires(level, check)));
    const count = random.weighted([[1, 75], [2, 20], [3, 5]]);
    const drafts: AdverseDraft[] = [];
    for (let i = 0; i < count; i++) {
      const category = random.weighted(usable);
      const disposal = random.weighted<AdverseDisposal>(DISPOSALS[category] ?? [['none', 1]]);
      const check = disposal === 'none' ? random.pick(CHECK_OF[category].filter((c) => requires(level, c))) : 'pnc';
      drafts.push({
        category, disposal, occurredOn: opened - random.int(200, 5000), source: CHECK_LABELS[check], description: random.pick(DESCRIPTIONS[category]), check,
      });
    }
    return drafts;
  }

  /** The professional-standards check as Warrant fills it in on the day: every visible case in every force. */
  function professionalStandardsAt(p: VettingPerson, day: number): { result: CheckResult; notes: string; detail: Record<string, unknown>; draft: AdverseDraft | null } {
    const visible = p.cases.filter((c) => c.received < day && !c.restricted);
    if (visible.length === 0) return { result: 'clear', notes: 'No complaint or conduct case in any force.', detail: { cases: [], tags: [] }, draft: null };
    const closed = (c: VettingCase): boolean => c.closedDay !== null && c.closedDay <= day;
    const open = visible.filter((c) => !closed(c));
    const caseToAnswer = visible.filter((c) => closed(c) && (c.caseToAnswer ?? '').startsWith('case_to_answer'));
    const sanctioned = visible.filter((c) => closed(c) && c.outcome !== null && c.outcome !== 'no_misconduct');
    const forces = [...new Set(visible.map((c) => c.forceId))];
    const notes = `${visible.length} case(s) in ${forces.join(', ')}: ${open.length} open, ${caseToAnswer.length} with a case to answer, ${sanctioned.length} with a sanction.`;
    const adverse = open.length > 0 || caseToAnswer.length > 0 || sanctioned.length > 0;
    return {
      result: adverse ? 'adverse' : 'clear',
      notes,
      detail: {
        cases: visible.map((c) => ({ reference: c.reference, force: c.forceId, receivedOn: isoOf(c.received), state: closed(c) ? c.state : 'open', caseToAnswer: closed(c) ? c.caseToAnswer : null, outcome: closed(c) ? c.outcome : null })),
        tags: [...new Set(visible.flatMap((c) => c.tags))].sort(),
      },
      draft: adverse ? { category: 'misconduct', disposal: 'none', occurredOn: Math.max(...visible.map((c) => c.received)), source: CHECK_LABELS.professional_standards, description: notes, check: 'professional_standards' } : null,
    };
  }

  // ---- one application, from opening to where it stands on the as-of day ----
  function application(out: Row[], a: {
    p: VettingPerson; forceId: string; level: VettingLevel; kind: ApplicationKind; opened: number; fate: Fate; grantBy: number | null;
    adverse: AdverseDraft[]; appealShare: number; steer: Steer | null; previousForce: string | null;
    /** The lists check finds the applicant (dismissed here, applying again under the same identity). */
    listHit: boolean;
  }): { id: string; grantedOn: number | null; conditions: string[]; conditionsReviewOn: number | null } {
    const { p, forceId, level, kind, opened, steer } = a;
    const users = usersOf(forceId, out);
    const id = nextId('vetting_application');
    const opener = officerOf(users);
    const required = SEEDED_VETTING_LEVELS[level].requiredChecks;
    const ps = professionalStandardsAt(p, opened);
    const drafts = [...(ps.draft ? [ps.draft] : []), ...a.adverse];
    if (a.listHit) {
      drafts.push({ category: 'misconduct', disposal: 'none', occurredOn: null, source: CHECK_LABELS.barred_advisory_lists, description: `Match on the Barred List: ${p.givenNames} ${p.familyName}, dismissed without notice`, check: 'barred_advisory_lists' });
    }
    const fate = a.fate;
    const needsApproval = fate === 'grant' && drafts.length > 0;

    // When things happen (days). D: decision; A: second approval; L: appeal lodged; AD: appeal decided; W: withdrawn by the applicant.
    let decisionDay = opened + random.int(14, 75);
    let approvalDay = needsApproval ? decisionDay + random.int(1, 10) : null;
    let lodged: number | null = null;
    let appealDecided: number | null = null;
    let withdrawnDay: number | null = fate === 'withdraw' ? opened + random.int(15, 80) : null;
    if (fate === 'refuse' || fate === 'upheld') {
      decisionDay = opened + random.int(14, 60);
      const appealed = fate === 'upheld' || random.chance(a.appealShare);
      if (appealed) {
        lodged = decisionDay + random.int(1, APPEAL_WINDOW_DAYS - 1);
        appealDecided = lodged + random.int(20, 90);
      }
    }
    if (a.grantBy !== null) {
      // The person starts on grantBy + 1: the grant comes first.
      // (Callers open an appeal-upheld application early enough for the appeal to be heard first.)
      if (fate === 'upheld' && appealDecided !== null) appealDecided = Math.min(appealDecided, a.grantBy);
      const last = approvalDay ?? decisionDay;
      if (fate === 'grant' && last > a.grantBy) {
        const room = Math.max(1, a.grantBy - opened);
        const approvalLag = needsApproval ? Math.min(10, Math.floor(room / 4)) : 0;
        decisionDay = opened + Math.max(1, room - approvalLag);
        approvalDay = needsApproval ? Math.min(a.grantBy, decisionDay + approvalLag) : null;
      }
    }
    switch (steer) {
      case 'checks_in_progress': decisionDay = asOf + random.int(5, 60); break;
      case 'awaiting_approval': decisionDay = asOf - random.int(1, 6); approvalDay = asOf + random.int(1, 10); break;
      case 'refused': decisionDay = asOf - random.int(1, 10); lodged = null; appealDecided = null; break;
      case 'appeal_lodged': decisionDay = asOf - random.int(20, 40); lodged = decisionDay + random.int(1, 13); appealDecided = asOf + random.int(10, 60); break;
      case 'withdrawn_by_applicant': withdrawnDay = asOf - random.int(1, 30); break;
      case null: break;
    }
    decisionDay = Math.max(decisionDay, opened);
    const withdrawn = withdrawnDay !== null && withdrawnDay <= asOf;
    const decided = !withdrawn && fate !== 'withdraw' && decisionDay <= asOf;
    const workEnds = withdrawnDay ?? decisionDay;

    // Checks: Warrant fills two in on the day it is opened; the officer records the others before the decision.
    let minute = 0;
    const checkDay = new Map<CheckType, number>();
    for (const check of required) {
      const prefilled = check === 'professional_standards' || check === 'barred_advisory_lists';
      const day = prefilled ? opened : opened + random.int(1, Math.max(1, workEnds - opened));
      if (day > asOf || (withdrawnDay !== null && day > withdrawnDay) || (!decided && !prefilled && withdrawnDay === null && random.chance(0.4))) continue;
      checkDay.set(check, day);
    }
    const findings = new Map<CheckType, AdverseDraft[]>();
    for (const d of drafts) findings.set(d.check, [...(findings.get(d.check) ?? []), d]);
    let version = 1;
    for (const check of required) {
      const day = checkDay.get(check);
      if (day === undefined) continue;
      const prefilled = check === 'professional_standards' || check === 'barred_advisory_lists';
      const found = findings.get(check) ?? [];
      let result: CheckResult = found.length > 0 ? 'adverse' : 'clear';
      let reason: string | null = null;
      if (result === 'clear' && NOT_COMPLETABLE.has(check) && random.chance(0.005)) {
        result = 'not_completed';
        reason = random.pick(NOT_COMPLETED_REASONS);
      }
      let notes: string | null = null;
      let detail: Record<string, unknown> | null = null;
      if (check === 'professional_standards') {
        notes = ps.notes;
        detail = ps.detail;
      } else if (check === 'barred_advisory_lists') {
        notes = a.listHit ? `Match on the barred list: ${p.givenNames} ${p.familyName}` : 'No match on the Barred or Advisory List (names incl. previous names, date of birth).';
        detail = { hits: a.listHit ? [{ list: 'barred', band: 'match' }] : [] };
      } else if (found.length > 0) {
        notes = found.map((f) => f.description).join('; ');
      }
      if (!prefilled) version += 1;
      out.push({
        table: 'vetting_check',
        row: {
          id: nextId('vetting_check'), application_id: id, force_id: forceId, check_type: check, result, reason, notes,
          recorded_by: prefilled ? null : opener.id, recorded_at: timestampOf(day, minute++), prefilled, detail,
        },
      });
      truth.check(result, prefilled);
    }

    const events: { action: string; day: number; actor: string | null; rationale: string | null; data: Record<string, unknown> | null }[] = [];
    events.push({ action: 'open_application', day: opened, actor: opener.id, rationale: null, data: { level, kind } });
    // The APP transferee checklist, complete before a decision.
    const checklist: Record<string, string> = {};
    if (kind === 'transferee' || kind === 're_joiner') {
      const day = opened + random.int(1, Math.max(1, workEnds - opened));
      const from = a.previousForce ?? forceId;
      if (day <= asOf && (decided || random.chance(0.5))) {
        for (const item of TRANSFEREE_CHECKLIST) checklist[item] = `Received from ${from} on ${isoOf(day)}`;
        events.push({ action: 'update_checklist', day, actor: opener.id, rationale: null, data: { items: [...TRANSFEREE_CHECKLIST] } });
        version += 1;
      }
    }
    // Adverse items are added when the check that found them is recorded.
    const kept = drafts.filter((d) => checkDay.has(d.check));
    const categories = [...new Set(kept.map((d) => d.category))];
    const isGrant = decided && (fate === 'grant');
    const itemIds: string[] = [];
    for (const d of kept) {
      const itemId = nextId('vetting_adverse_item');
      itemIds.push(itemId);
      const day = checkDay.get(d.check) ?? opened;
      const weighing = !decided ? null
        : isGrant ? `${ADVERSE_CATEGORY_LABELS[d.category]}: ${d.occurredOn === null ? 'recent' : `${Math.max(1, Math.round((opened - d.occurredOn) / YEAR))} year(s) before the application`}, declared and accounted for; not indicative of current risk${raisesPresumptionOfRefusal(d) ? ' (presumption rebutted, see the rebuttal)' : ''}.`
          : `${ADVERSE_CATEGORY_LABELS[d.category]}: decisive against clearance.`;
      out.push({
        table: 'vetting_adverse_item',
        row: {
          id: itemId, application_id: id, force_id: forceId, category: d.category, disposal: d.disposal, occurred_on: d.occurredOn === null ? null : isoOf(d.occurredOn),
          source: d.source, description: d.description, weighing, created_by: opener.id, created_at: timestampOf(day, minute++),
        },
      });
      truth.adverseItem(d.category, d.disposal);
      events.push({ action: 'add_adverse_item', day, actor: opener.id, rationale: null, data: { itemId, category: d.category, disposal: d.disposal } });
      version += 1;
    }

    let state: ApplicationState = withdrawn ? 'withdrawn_by_applicant' : 'checks_in_progress';
    let outcome: DecisionOutcome | null = null;
    let decider: VettingUser | null = null;
    let approver: VettingUser | null = null;
    let approvedOn: number | null = null;
    let appealDueBy: number | null = null;
    let rationale: string | null = null;
    let rebuttal: string | null = null;
    let conditions: string[] = [];
    let conditionsReviewOn: number | null = null;
    let grantedOn: number | null = null;
    if (withdrawn && withdrawnDay !== null) events.push({ action: 'withdraw_application', day: withdrawnDay, actor: opener.id, rationale: 'The applicant withdrew the application.', data: null });
    if (decided) {
      const refused = fate === 'refuse' || fate === 'upheld';
      const despite = !refused && kept.length > 0;
      decider = deciderOf(users, despite, refused);
      const labels = categories.map((c) => ADVERSE_CATEGORY_LABELS[c].toLowerCase()).join(', ');
      if (refused) {
        outcome = 'refused';
        state = 'refused';
        appealDueBy = decisionDay + APPEAL_WINDOW_DAYS;
        rationale = `Refused: ${labels || 'the adverse information'} — the risk to the force cannot be managed.`;
      } else {
        const withConditions = kept.length > 0 ? random.chance(0.55) : random.chance(0.03);
        outcome = withConditions ? 'granted_with_conditions' : 'granted';
        if (withConditions) {
          conditions = [...new Set([...categories.map((c) => CONDITIONS[c] ?? GENERIC_CONDITION), ...(categories.length === 0 || random.chance(0.3) ? [GENERIC_CONDITION] : [])])];
          conditionsReviewOn = decisionDay + random.int(90, 365);
        }
        rationale = kept.length === 0
          ? `Every minimum check for ${level} complete and clear.`
          : `Adverse information (${labels}) weighed against the Vetting Code of Practice: isolated, dated and declared; the risk is managed${withConditions ? ' by the conditions' : ''}.`;
        if (kept.some((d) => raisesPresumptionOfRefusal(d))) rebuttal = 'The caution or conviction is more than five years old, was disclosed by the applicant, and references and checks since show no repetition; the presumption of refusal is rebutted.';
        state = needsApproval && kept.length > 0 ? 'awaiting_approval' : 'granted';
        if (state === 'granted') grantedOn = decisionDay;
        if (state === 'awaiting_approval' && approvalDay !== null && approvalDay <= asOf) {
          approver = otherManager(users, decider.id);
          approvedOn = approvalDay;
          state = 'granted';
          grantedOn = approvalDay;
        }
      }
      version += 1;
      events.push({ action: 'decide', day: decisionDay, actor: decider.id, rationale, data: { outcome, awaitingApproval: kept.length > 0 && !refused, rebuttal } });
      if (approver && approvedOn !== null) {
        events.push({ action: 'approve', day: approvedOn, actor: approver.id, rationale: 'Second approval: the weighing of the adverse information is sound.', data: { decidedBy: decider.id, outcome } });
        version += 1;
      }
      if (refused && lodged !== null && lodged <= asOf) {
        events.push({ action: 'lodge_appeal', day: lodged, actor: opener.id, rationale: 'The applicant says the information is out of date and gives references.', data: null });
        state = 'appeal_lodged';
        version += 1;
        if (appealDecided !== null && appealDecided <= asOf) {
          const hearer = otherManager(users, decider.id);
          const upheld = fate === 'upheld';
          events.push({ action: 'decide_appeal', day: appealDecided, actor: hearer.id, rationale: upheld ? 'Appeal upheld: new references outweigh the adverse information.' : 'Appeal dismissed: the original decision was sound.', data: { result: upheld ? 'upheld' : 'dismissed' } });
          version += 1;
          appealDueBy = null;
          if (upheld) {
            state = 'granted';
            approver = hearer;
            approvedOn = appealDecided;
            grantedOn = appealDecided;
          } else state = 'refused';
          truth.appeal(upheld ? 'upheld' : 'dismissed');
        } else truth.appeal('pending');
      }
      truth.decision({ outcome, state, decidedOn: isoOf(decisionDay), deciderId: decider.id, categories, rebuttal: rebuttal !== null, conditions: conditions.length > 0 });
    }
    events.forEach((e, i) => out.push({
      table: 'vetting_event',
      row: { id: nextId('vetting_event'), force_id: forceId, application_id: id, review_id: null, action: e.action, actor_id: e.actor, acted_on: isoOf(e.day), rationale: e.rationale, data: e.data, created_at: timestampOf(e.day, 200 + i) },
    }));
    out.push({
      table: 'vetting_application',
      row: {
        id, reference: referenceOf(forceId, opened), force_id: forceId, person_id: p.personId, level, kind, state, opened_by: opener.id, opened_on: isoOf(opened),
        transferee_checklist: checklist, outcome, decided_by: decider?.id ?? null, decided_on: decided ? isoOf(decisionDay) : null, rationale, rebuttal,
        conditions: decided ? conditions : null, conditions_review_on: conditionsReviewOn === null ? null : isoOf(conditionsReviewOn),
        approved_by: approver?.id ?? null, approved_on: approvedOn === null ? null : isoOf(approvedOn), appeal_due_by: appealDueBy === null ? null : isoOf(appealDueBy),
        version, created_at: timestampOf(opened),
      },
    });
    truth.application({ state, kind, level });
    // An appeal upheld grants without the original conditions (as decideAppeal does).
    return { id, grantedOn, conditions: fate === 'upheld' ? [] : conditions, conditionsReviewOn: fate === 'upheld' ? null : conditionsReviewOn };
  }

  // ---- a person's vetting history ----
  function rowsFor(p: VettingPerson): Row[] {
    const out: Row[] = [];
    const clearances: Clearance[] = [];
    const integrityDays: number[] = [];
    let integrityConcerns = 0;

    const grant = (c: Omit<Clearance, 'id' | 'status' | 'endedOn' | 'underReviewAtAsOf'>): Clearance => {
      // A grant supersedes the person's other active clearance at the same level (grantClearance).
      for (const old of clearances) {
        if (old.status === 'active' && old.level === c.level && old.granted <= c.granted) {
          old.status = 'superseded';
          old.endedOn = c.granted;
        }
      }
      const clearance: Clearance = {
        id: nextId('vetting_clearance'), forceId: c.forceId, level: c.level, applicationId: c.applicationId, granted: c.granted, expires: c.expires,
        conditions: c.conditions, conditionsReviewOn: c.conditionsReviewOn, status: 'active', endedOn: null, legacy: c.legacy, stint: c.stint, underReviewAtAsOf: false,
      };
      clearances.push(clearance);
      return clearance;
    };
    const liveAt = (day: number, stint: number): Clearance | undefined =>
      clearances.find((c) => c.stint === stint && c.granted <= day && day <= c.expires && (c.endedOn === null || day < c.endedOn));

    p.stints.forEach((s, k) => {
      const level = levelFor(s);
      const prev = k > 0 ? p.stints[k - 1] : undefined;
      const kind: ApplicationKind = prev === undefined ? 'new_joiner' : prev.reason === 'transferred' ? 'transferee' : 're_joiner';
      const lastDay = Math.min(s.end ?? asOf, asOf);

      // Gone before the vetting unit used Warrant: nothing of theirs was migrated.
      if (s.end !== null && s.end <= filesFrom) return;
      const upheld = kind === 'new_joiner' && random.chance(0.012);
      const lead = upheld ? random.int(150, 260) : random.int(45, 150);

      // 1. The clearance they start with: migrated when the unit began using Warrant, or granted on joining.
      let current: Clearance | null = null;
      if (s.start - lead < filesFrom) {
        // The clearance held on the go-live day (no application file): the one they joined with if it had not yet
        // expired, else a renewal granted at some point of the validity period before.
        const joined = Math.min(s.start, filesFrom) - random.int(20, 90);
        const period = Math.floor(SEEDED_VETTING_LEVELS[level].validityMonths * 30.4);
        const granted = filesFrom - joined < period - 30 ? joined : filesFrom - random.int(30, period - 30);
        current = grant({ forceId: s.forceId, level, applicationId: null, granted, expires: expiryOf(granted, level), conditions: [], conditionsReviewOn: null, legacy: true, stint: k });
      } else {
        // Some new joiners were refused once before, years earlier.
        if (kind === 'new_joiner' && s.start - 1100 > filesFrom && random.chance(0.08)) {
          const opened = s.start - random.int(420, 1100);
          const fate: Fate = random.chance(0.85) ? 'refuse' : 'withdraw';
          application(out, { p, forceId: s.forceId, level, kind, opened, fate, grantBy: null, adverse: fate === 'refuse' ? drawAdverse(level, 1, REFUSAL_CATEGORIES, opened) : [], appealShare: 0.25, steer: null, previousForce: null, listHit: false });
        }
        const opened = s.start - lead;
        const share = kind === 'new_joiner' ? ADVERSE_SHARE.new_joiner : ADVERSE_SHARE.transferee_or_re_joiner;
        const result = application(out, {
          p, forceId: s.forceId, level, kind, opened, fate: upheld ? 'upheld' : 'grant', grantBy: s.start - 1,
          adverse: upheld ? drawAdverse(level, 1, APPLICANT_CATEGORIES, opened) : drawAdverse(level, share, APPLICANT_CATEGORIES, opened), appealShare: 0, steer: null, previousForce: prev?.forceId ?? null, listHit: false,
        });
        const grantedOn = result.grantedOn ?? s.start - 1;
        current = grant({
          forceId: s.forceId, level, applicationId: result.id, granted: grantedOn, expires: expiryOf(grantedOn, level), conditions: result.conditions,
          conditionsReviewOn: result.conditionsReviewOn, legacy: false, stint: k,
        });
        if (k === 0 && p.listMiss) truth.listCheckMiss({ personId: p.personId, applicationId: result.id, kind: p.listMiss });
      }

      // 2. Renewals while they serve: on time mostly, some late, a few not yet (lapsed).
      for (let guard = 0; guard < 12 && current; guard++) {
        const expires: number = current.expires;
        if (s.end !== null && s.end <= expires) break;
        const mode = random.weighted(RENEWAL_TIMING);
        if (mode === 'none' && expires > asOf - 400) break;
        const opened = Math.max(filesFrom, mode === 'on_time' ? expires - random.int(45, 150) : expires + random.int(5, 240));
        if (opened > asOf || (s.end !== null && opened >= s.end - 30)) break;
        const result = application(out, {
          p, forceId: s.forceId, level, kind: 'renewal', opened, fate: 'grant', grantBy: s.end === null ? null : s.end - 1,
          adverse: drawAdverse(level, ADVERSE_SHARE.renewal, APPLICANT_CATEGORIES, opened), appealShare: 0, steer: null, previousForce: null, listHit: false,
        });
        if (result.grantedOn === null) break;
        current = grant({
          forceId: s.forceId, level, applicationId: result.id, granted: result.grantedOn, expires: expiryOf(result.grantedOn, level), conditions: result.conditions,
          conditionsReviewOn: result.conditionsReviewOn, legacy: false, stint: k,
        });
      }

      // 3. Annual integrity reviews (from the first anniversary of the clearance they joined with).
      const triggers: Trigger[] = [];
      const anchor = clearances.find((c) => c.stint === k);
      if (anchor && lastDay >= integrityFrom && random.chance(INTEGRITY_PARTICIPATION)) {
        const users = usersOf(s.forceId, out);
        const firstYear = Math.max(1, Math.floor((integrityFrom - anchor.granted) / YEAR) - 1);
        for (let year = firstYear; year <= firstYear + 60; year++) {
          const due = addMonthsToDay(anchor.granted, 12 * year);
          if (due > lastDay + 30) break;
          if (due < integrityFrom) continue;
          const completed = due + random.int(-25, 20);
          if (completed > lastDay || completed < integrityFrom || random.chance(INTEGRITY_MISSED)) continue;
          const held = liveAt(completed, k);
          if (!held) continue;
          const concerns = random.chance(0.015);
          const recorder = officerOf(users);
          out.push({
            table: 'integrity_review',
            row: {
              id: nextId('integrity_review'), person_id: p.personId, force_id: held.forceId, completed_on: isoOf(completed),
              declarations: { changesInCircumstances: random.chance(0.9) ? 'None' : 'Moved address; new partner declared', associations: 'None declared', finances: random.chance(0.93) ? 'No change' : 'New mortgage', businessInterests: random.chance(0.96) ? 'None' : 'Occasional paid work as a sports coach (approved)' },
              supervisor_appraisal: concerns ? random.pick(CONCERNS) : random.pick(APPRAISALS), concerns_raised: concerns, recorded_by: recorder.id, created_at: timestampOf(completed, 30),
            },
          });
          integrityDays.push(completed);
          if (concerns) {
            integrityConcerns += 1;
            triggers.push({ day: completed, trigger: 'integrity_review', caseId: null, detail: `Concerns raised at the annual integrity review completed ${isoOf(completed)}`, serious: false, final: false, actor: 'officer' });
          }
        }
      }

      // 4. Reviews: allegations with the tags that matter, misconduct short of dismissal, arrests and changes of circumstances.
      for (const c of p.cases) {
        if (c.received < Math.max(s.start, filesFrom) || c.received > lastDay) continue;
        const tags = [...new Set(c.tags.filter((t) => TRIGGER_TAGS.has(t)))].sort();
        if (tags.length > 0) {
          triggers.push({ day: c.received, trigger: 'allegation', caseId: c.caseId, detail: `New allegation in case ${c.reference} (received ${isoOf(c.received)}) tagged ${tags.map((t) => t.replaceAll('_', ' ')).join(', ')}`, serious: tags.some((t) => SERIOUS_TAGS.has(t)), final: false, actor: 'system' });
        }
        if (c.outcome !== null && NOT_DISMISSAL.has(c.outcome) && c.outcomeOn !== null && c.outcomeOn >= Math.max(s.start, filesFrom) && c.outcomeOn <= lastDay) {
          triggers.push({ day: c.outcomeOn, trigger: 'misconduct_outcome', caseId: c.caseId, detail: `Misconduct proceedings in case ${c.reference} ended on ${isoOf(c.outcomeOn)} in ${c.outcome.replaceAll('_', ' ')}`, serious: false, final: false, actor: 'system' });
        }
      }
      const recordedDays = lastDay - Math.max(s.start, filesFrom);
      if (recordedDays > 60 && random.chance(Math.min(0.5, (0.004 * recordedDays) / YEAR))) {
        const trigger = random.chance(0.4) ? 'arrest' : 'change_of_circumstances';
        triggers.push({ day: Math.max(s.start, filesFrom) + random.int(30, recordedDays), trigger, caseId: null, detail: trigger === 'arrest' ? 'Arrested on suspicion of an offence off duty; released under investigation' : 'Declared a new partner with a criminal record', serious: trigger === 'arrest', final: false, actor: 'officer' });
      }
      // Withdrawal: the leaving reason says vetting was withdrawn; the review that led to it ends on the last day.
      const end = s.end;
      if (end !== null && s.reason === 'vetting_withdrawn') {
        const held = liveAt(end, k);
        const from = Math.max(held?.granted ?? end, filesFrom);
        if (held && from <= end - 45) {
          const candidates = triggers.filter((t) => t.trigger === 'allegation' && t.day >= from && t.day <= end - 45 && t.day >= end - 720);
          const serious = candidates.filter((t) => t.serious);
          const chosen = serious.at(-1) ?? candidates.at(-1);
          if (chosen) chosen.final = true;
          else {
            const trigger = random.weighted([['arrest', 40], ['change_of_circumstances', 30], ['integrity_review', 30]] as const);
            const day = random.int(Math.max(from, end - 240), end - 45);
            triggers.push({ day, trigger, caseId: null, detail: trigger === 'arrest' ? 'Arrested on suspicion of fraud; charged' : trigger === 'integrity_review' ? 'Concerns raised at the annual integrity review: undeclared association with an organised crime group' : 'Undeclared close association with a person convicted of supplying drugs', serious: true, final: true, actor: 'officer' });
          }
        }
      }
      triggers.sort((x, y) => x.day - y.day || (x.final ? 1 : 0) - (y.final ? 1 : 0));
      reviewsFor(out, p.personId, s, k, triggers, liveAt);

      // 5. Leaving ends the clearance (see docs/data.md: the schema has no status for it; superseded is used).
      if (s.end !== null) {
        for (const c of clearances) {
          if (c.stint === k && c.status === 'active') {
            c.status = 'superseded';
            c.endedOn = Math.max(c.granted, s.end);
          }
        }
      }
    });

    // Former staff applying again: refused, withdrawn, or still going on the as-of day.
    const lastStint = p.stints.at(-1);
    if (lastStint && lastStint.end !== null && lastStint.reason !== null && REAPPLY_AFTER.has(lastStint.reason) && lastStint.end < asOf - 200) {
      // Nobody on the Barred List is steered towards a grant: they are refused.
      const steer = p.barred ? null : applicationCoverage[0] ?? null;
      const again = steer !== null || random.chance(lastStint.reason === 'dismissed' || lastStint.reason === 'vetting_withdrawn' ? 0.1 : 0.02);
      if (again) {
        if (steer !== null) applicationCoverage.shift();
        const level = levelFor(lastStint);
        const opened = steer !== null ? asOf - random.int(60, 110) : random.int(Math.max(lastStint.end + 90, filesFrom), asOf - 1);
        const fate: Fate = steer === 'awaiting_approval' ? 'grant' : steer === 'withdrawn_by_applicant' ? 'withdraw' : steer !== null || p.barred || lastStint.reason === 'vetting_withdrawn' ? 'refuse' : random.chance(0.65) ? 'refuse' : 'withdraw';
        application(out, {
          p, forceId: lastStint.forceId, level, kind: 're_joiner', opened, fate, grantBy: null, previousForce: lastStint.forceId, steer,
          adverse: fate === 'refuse' ? drawAdverse(level, 1, REFUSAL_CATEGORIES, opened) : fate === 'grant' ? drawAdverse(level, 1, APPLICANT_CATEGORIES, opened) : [],
          appealShare: 0.3, listHit: p.barred,
        });
      }
    }

    // Clearances as they stand on the as-of day.
    const lastIntegrity = integrityDays.length > 0 ? Math.max(...integrityDays) : null;
    let holder: Clearance | null = null;
    for (const c of clearances) {
      out.push({
        table: 'vetting_clearance',
        row: {
          id: c.id, person_id: p.personId, force_id: c.forceId, level: c.level, application_id: c.applicationId, granted_on: isoOf(c.granted), expires_on: isoOf(c.expires),
          conditions: c.conditions, conditions_review_on: c.conditionsReviewOn === null ? null : isoOf(c.conditionsReviewOn), status: c.status,
          ended_on: c.endedOn === null ? null : isoOf(c.endedOn), created_at: timestampOf(c.legacy ? filesFrom : c.granted, 100),
        },
      });
      truth.clearance(statusAsOf(c), c.legacy);
      if (c.status === 'active' && c.expires >= asOf && (holder === null || c.granted > holder.granted)) holder = c;
    }
    const overdue = holder !== null && addMonthsToDay(Math.max(lastIntegrity ?? holder.granted, holder.granted), 12) < asOf;
    truth.integrityReviews({ count: integrityDays.length, concerns: integrityConcerns, overdue });
    return out;
  }

  function statusAsOf(c: Clearance): ClearanceStatus {
    if (c.status !== 'active') return c.status;
    if (c.expires < asOf) return 'lapsed';
    if (c.underReviewAtAsOf) return 'under_review';
    if (c.expires <= asOf + 90) return 'expiring';
    return 'active';
  }

  // ---- reviews of a stint's clearances: one open at a time per clearance, further triggers join it ----
  type ReviewPlan = { notice: number | null; received: number | null; decision: number; withdraw: boolean; steer: 'open' | 'notice_served' | null };
  type PlannedReview = { id: string; clearance: Clearance; first: Trigger; further: Trigger[]; plan: ReviewPlan };

  function reviewsFor(out: Row[], personId: string, s: VettingStint, k: number, triggers: readonly Trigger[], liveAt: (day: number, stint: number) => Clearance | undefined): void {
    const reviews: PlannedReview[] = [];
    let current: PlannedReview | null = null;
    for (const t of triggers) {
      const clearance = liveAt(t.day, k);
      if (current && current.clearance === clearance && t.day <= current.plan.decision) {
        // The review already open takes the trigger; the one that leads to withdrawal turns it into the assessment.
        if (t.final && s.end !== null) current.plan = withdrawalPlan(current.first.day, s.end);
        current.further.push(t);
        continue;
      }
      if (!clearance) continue;
      current = { id: nextId('vetting_review'), clearance, first: t, further: [], plan: t.final && s.end !== null ? withdrawalPlan(t.day, s.end) : maintainPlan(t, s) };
      reviews.push(current);
    }
    for (const r of reviews) writeReview(out, personId, s, r);
  }

  // Most reviews end "maintained" within one to four months; a few go to a withdrawal assessment first.
  function maintainPlan(t: Trigger, s: VettingStint): ReviewPlan {
    const steer = s.end === null && t.day >= asOf - 150 && t.day <= asOf - 5 ? reviewCoverage.shift() ?? null : null;
    const notice = steer === 'notice_served' || (steer === null && random.chance(t.serious ? 0.08 : 0.02));
    let noticeDay: number | null = null;
    let received: number | null = null;
    let decision: number;
    if (notice) {
      noticeDay = t.day + random.int(14, 45);
      received = random.chance(0.8) ? noticeDay + random.int(7, 27) : null;
      decision = Math.max(noticeDay + 29, received ?? 0) + random.int(3, 30);
      if (steer === 'notice_served') {
        noticeDay = Math.min(noticeDay, asOf);
        if (received !== null && received > asOf) received = null;
        decision = Math.max(decision, asOf + random.int(5, 40));
      }
    } else decision = steer === 'open' ? asOf + random.int(10, 90) : t.day + random.int(20, 120);
    // Someone who leaves while under review: closed on the last day without a finding.
    if (s.end !== null && decision > s.end) {
      decision = s.end;
      if (noticeDay !== null && noticeDay >= s.end) noticeDay = null;
      if (received !== null && (noticeDay === null || received >= s.end)) received = null;
    }
    return { notice: noticeDay, received, decision, withdraw: false, steer };
  }

  // Police (Vetting) Regulations 2025: notice, representations (or the date for them passes), withdrawal on the last day.
  function withdrawalPlan(opened: number, end: number): ReviewPlan {
    const notice = Math.max(opened + 1, end - random.int(35, 70));
    const received = random.chance(0.75) ? Math.min(end - 1, notice + random.int(7, 27)) : null;
    return { notice, received, decision: end, withdraw: true, steer: null };
  }

  function writeReview(out: Row[], personId: string, s: VettingStint, r: PlannedReview): void {
    const users = usersOf(s.forceId, out);
    const { plan, first } = r;
    const events: { action: string; day: number; actor: string | null; rationale: string | null; data: Record<string, unknown> | null }[] = [];
    events.push({ action: 'open_review', day: first.day, actor: first.actor === 'system' ? null : officerOf(users).id, rationale: first.detail, data: { trigger: first.trigger, caseId: first.caseId } });
    for (const f of r.further) events.push({ action: 'further_trigger', day: f.day, actor: f.actor === 'system' ? null : officerOf(users).id, rationale: f.detail, data: { trigger: f.trigger, caseId: f.caseId } });
    let state: ReviewState = 'open';
    const decider = plan.withdraw ? random.pick(users.managers) : random.chance(0.7) ? officerOf(users) : random.pick(users.managers);
    let noticeOn: number | null = null;
    let due: number | null = null;
    let receivedOn: number | null = null;
    let decidedBy: string | null = null;
    let decidedOn: number | null = null;
    let rationale: string | null = null;
    let hrRequired = false;
    let hrRecorded: number | null = null;
    if (plan.notice !== null && plan.notice <= asOf) {
      noticeOn = plan.notice;
      due = plan.notice + 28;
      state = 'notice_served';
      events.push({ action: 'serve_withdrawal_notice', day: noticeOn, actor: decider.id, rationale: 'The information raises doubt whether the officer can keep vetting: notice of a withdrawal assessment.', data: { result: null, accompaniedBy: null } });
      if (plan.received !== null && plan.received <= asOf) {
        receivedOn = plan.received;
        events.push({ action: 'record_representations', day: receivedOn, actor: officerOf(users).id, rationale: 'Written representations received, with a statement from the officer.', data: { result: null, accompaniedBy: random.weighted([['police_friend', 60], ['lawyer', 30], ['none', 10]] as const) } });
      }
    }
    if (plan.decision <= asOf) {
      decidedBy = decider.id;
      decidedOn = plan.decision;
      if (plan.withdraw) {
        state = 'withdrawn';
        rationale = 'The officer cannot keep vetting: the risk cannot be managed. Clearance withdrawn; dismissal without notice follows.';
        hrRequired = true;
        hrRecorded = plan.decision;
        r.clearance.status = 'withdrawn';
        r.clearance.endedOn = plan.decision;
        events.push({ action: 'withdraw', day: plan.decision, actor: decider.id, rationale, data: { result: null, accompaniedBy: null } });
        events.push({ action: 'record_hr_action', day: plan.decision, actor: null, rationale: 'Dismissed without notice on the withdrawal of vetting.', data: null });
        // Some appeal to a panel; the panel may still be sitting on the as-of day.
        const steerPanel = panelCoverage && plan.decision >= asOf - 150;
        if (steerPanel || random.chance(0.3)) {
          const lodged = plan.decision + random.int(5, 25);
          if (lodged <= asOf) {
            if (steerPanel) panelCoverage = false;
            const heard = steerPanel ? asOf + random.int(10, 60) : lodged + random.int(40, 150);
            events.push({ action: 'appeal_to_panel', day: lodged, actor: officerOf(users).id, rationale: 'The former officer appeals against the withdrawal.', data: { result: null, accompaniedBy: null } });
            state = 'panel_appeal';
            if (heard <= asOf) {
              const panel = otherManager(users, decider.id);
              state = 'withdrawn';
              decidedBy = panel.id;
              decidedOn = heard;
              rationale = 'Appeal dismissed by the panel: the withdrawal stands.';
              events.push({ action: 'decide_panel_appeal', day: heard, actor: panel.id, rationale, data: { result: 'dismissed', accompaniedBy: null } });
              // The product asks HR to act again when the withdrawal is confirmed; HR records it.
              const again = heard + random.int(1, 10);
              hrRecorded = again <= asOf ? again : null;
              if (hrRecorded !== null) events.push({ action: 'record_hr_action', day: hrRecorded, actor: null, rationale: 'Withdrawal confirmed on appeal; dismissal stands.', data: null });
            }
          }
        }
      } else {
        state = 'maintained';
        rationale = s.end !== null && plan.decision === s.end
          ? 'The officer left the force before the review concluded; closed without a finding.'
          : noticeOn !== null ? 'Representations accepted: the clearance is maintained, with the supervisor told of the concerns.' : 'Reviewed against the Vetting Code of Practice: the clearance is maintained.';
        events.push({ action: 'maintain', day: plan.decision, actor: decider.id, rationale, data: { result: null, accompaniedBy: null } });
      }
    }
    if (REVIEW_OPEN_STATES.includes(state) && r.clearance.status === 'active') r.clearance.underReviewAtAsOf = true;
    events.forEach((e, i) => out.push({
      table: 'vetting_event',
      row: { id: nextId('vetting_event'), force_id: s.forceId, application_id: null, review_id: r.id, action: e.action, actor_id: e.actor, acted_on: isoOf(e.day), rationale: e.rationale, data: e.data, created_at: timestampOf(e.day, 300 + i) },
    }));
    out.push({
      table: 'vetting_review',
      row: {
        id: r.id, clearance_id: r.clearance.id, person_id: personId, force_id: s.forceId, trigger: first.trigger, trigger_case_id: first.caseId, trigger_detail: first.detail,
        opened_on: isoOf(first.day), state, notice_served_on: noticeOn === null ? null : isoOf(noticeOn), representations_due: due === null ? null : isoOf(due),
        representations_received_on: receivedOn === null ? null : isoOf(receivedOn), decided_by: decidedBy, decided_on: decidedOn === null ? null : isoOf(decidedOn), rationale,
        hr_action_required: hrRequired, hr_action_recorded_on: hrRecorded === null ? null : isoOf(hrRecorded), version: events.length, created_at: timestampOf(first.day, 300),
      },
    });
    truth.review({ trigger: first.trigger, state, withdrawn: plan.withdraw && plan.decision <= asOf, hrActionRecorded: hrRecorded !== null });
  }

  return {
    rowsFor,
    /** The planted lenient deciders, once every force's users exist (after the last person). */
    lenientDeciders: (): VettingTruth['planted']['lenientDeciders'] => [...lenient].sort((a, b) => a.forceId.localeCompare(b.forceId)),
  };
}
