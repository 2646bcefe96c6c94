// Synthetic complaints and misconduct cases in the demo users' own force (MPS) over the last six years: every
// source, every workflow state, the clocks that go overdue, restricted counter-corruption matters, and the
// repeat patterns the early-warning rules look for (server/db/migrations/0010_signals.sql). Written directly
// rather than through case.service.ts: the service dates the intake and each stage "now", and backdated
// history is the point here; demo-workflow.ts walks each matter through the same transition table instead.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { allegations, caseEvents, caseParties, cases, caseSubjects, listReports, restrictions } from '../../db/schema.js';
import type { CaseSource, Outcome, ProceedingsForm, Severity, ThematicTag } from '../../../shared/case-vocabulary.js';
import { REVIEW_TRIGGER_TAGS } from '../../../shared/vetting-vocabulary.js';
import { addDays, addMonths, addWorkingDays } from '../clock/working-days.js';
import { currentTagDefinitionsVersion, findSubject } from '../cases/case.repo.js';
import { reportToList } from '../cases/list-report.js';
import type { SubjectState } from '../cases/workflow.js';
import { ALLEGATIONS, ORDINARY_BY_SOURCE, SUMMARY_BY_SOURCE, type AllegationKind } from './demo-allegations.js';
import { DEMO_FORCE, type Cast, type Member } from './demo-cast.js';
import { at, daysAgo, workingDayOnOrAfter } from './demo-dates.js';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE } from './demo-names.js';
import type { Random } from './random.js';
import { walkSubject, type EventRow, type Step, type WalkedSubject } from './demo-workflow.js';

export type DemoUsers = { authority: string; investigator: string; counterCorruption: string; hr: string; vettingOfficer: string; vettingManager: string };

type SubjectPlan = { member: Member; allegations: readonly AllegationKind[]; steps: Step[] };
type CasePlan = {
  source: CaseSource; summary: string; receivedOn: string; restricted?: boolean; subjects: SubjectPlan[];
  complainant?: boolean; witness?: boolean;
  /** Reports to the local policing body while an investigation is open past 12 months: made, or missed (overdue). */
  missedLocalPolicingBodyReports?: boolean;
  /** The complainant asked for a review of the handling after the matter closed; decided or not yet. */
  complainantReview?: { body: 'local_policing_body' | 'iopc'; decided: boolean };
  /** An open matter has sat in its state at least this many days. */
  idle?: number;
};

/** What the vetting unit hears of: allegations that review a clearance, and misconduct that ended short of dismissal. */
export type CaseTrigger =
  | { kind: 'allegation'; personId: string; caseId: string; reference: string; receivedOn: string; at: Date; tags: string[] }
  | { kind: 'misconduct_outcome'; personId: string; caseId: string; reference: string; outcome: Outcome; on: string; at: Date };

export type DemoCases = { cases: number; subjects: number; allegations: number; states: Record<string, number>; triggers: CaseTrigger[] };

// ---- Steps, written from "recorded" (a public complaint gets its record_complaint step added) ----
const assess = (severity: Severity, likely?: ProceedingsForm): Step => ({ do: 'assess_severity', severity, likely });
const notReferred: Step = { do: 'decide_iopc_referral', referred: false, criteria: [], iopcDecision: null };
const referred = (criteria: string[], iopcDecision: 'local' | 'directed' | 'independent' | 'returned'): Step => ({ do: 'decide_iopc_referral', referred: true, criteria, iopcDecision });
const investigate = (type: 'local' | 'directed' | 'independent' = 'local'): Step[] => [{ do: 'start_investigation', type, assigned: true }, { do: 'serve_regulation_17_notice' }];
const report: Step = { do: 'submit_investigation_report' };
const caseToAnswer = (decision: 'case_to_answer_misconduct' | 'case_to_answer_gross_misconduct'): Step => ({ do: 'decide_case_to_answer', decision, bring: true });
const noCaseToAnswer: Step = { do: 'decide_case_to_answer', decision: 'no_case_to_answer', bring: false };
const meeting: Step = { do: 'arrange_proceedings', form: 'misconduct_meeting' };
const hearing: Step = { do: 'arrange_proceedings', form: 'misconduct_hearing' };
const outcome = (value: Outcome, years?: number): Step => ({ do: 'record_outcome', outcome: value, years });
const close: Step = { do: 'close' };
const reflect: Step = { do: 'complete_reflective_practice' };
const recordComplaint: Step = { do: 'record_complaint' };
const fixed = (step: Step, gap: number): Step => ({ ...step, gap });

const DISCRIMINATION: readonly ThematicTag[] = ['racism', 'homophobia', 'other_discrimination', 'misogyny'];

/** The referral the tags suggest (server/db/migrations/0005_case-reference-data.sql), as the appropriate authority confirms it. */
function referralFor(kinds: readonly AllegationKind[]): { step: Step; type: 'local' | 'directed' | 'independent' } {
  const tags = new Set(kinds.flatMap((k) => k.tags));
  if (tags.has('corruption') || tags.has('abuse_of_position_sexual_purpose')) return { step: referred(['serious_corruption'], 'independent'), type: 'independent' };
  if (tags.has('sexual_assault')) return { step: referred(['serious_sexual_offence'], 'directed'), type: 'directed' };
  if (DISCRIMINATION.some((t) => tags.has(t))) return { step: referred(['discriminatory_aggravation'], 'returned'), type: 'local' };
  return { step: notReferred, type: 'local' };
}

function investigated(kinds: readonly AllegationKind[], severity: Severity): Step[] {
  const referral = referralFor(kinds);
  return [assess(severity, severity === 'gross_misconduct' ? 'misconduct_hearing' : 'misconduct_meeting'), referral.step, ...investigate(referral.type), report];
}

// ---- The stories ----
function storyCases(today: string, cast: Cast): CasePlan[] {
  const ago = (days: number) => daysAgo(today, days);
  const A = ALLEGATIONS;
  const plans: CasePlan[] = [];
  const { repeatSix: six, sexualThenDomesticAbuse: sda, warningThenAllegation: fww, threeInYear: three, threeOverYears: spread } = cast;

  // Seven allegations in five cases over six years: "six or more ever".
  plans.push(
    { source: 'public_complaint', summary: 'Complaint online by a driver stopped for using a phone at the wheel', receivedOn: ago(2120), complainant: true,
      subjects: [{ member: six, allegations: [A.rudeAtStop], steps: [{ do: 'handle_outside_schedule_3' }, close] }] },
    { source: 'public_complaint', summary: 'Complaint by a man arrested outside a shop, with a video his partner took on her phone', receivedOn: ago(1650), complainant: true, witness: true,
      subjects: [
        { member: six, allegations: [A.excessiveForce, A.rudeDuringArrest], steps: [...investigated([A.excessiveForce], 'misconduct'), noCaseToAnswer] },
        { member: cast.coSubject, allegations: [A.excessiveForce], steps: [...investigated([A.excessiveForce], 'misconduct'), noCaseToAnswer] },
      ] },
    { source: 'conduct_matter', summary: 'Found in a supervisor’s dip sample of stop and search records', receivedOn: ago(1180),
      subjects: [{ member: six, allegations: [A.failedToRecordSearch], steps: [assess('practice_requiring_improvement'), reflect] }] },
    { source: 'public_complaint', summary: 'Complaint by a driver whose car was searched on a petrol station forecourt', receivedOn: ago(700), complainant: true,
      subjects: [{ member: six, allegations: [A.unlawfulSearch, A.damageDuringSearch], steps: [...investigated([], 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('written_warning'), close] }] },
    { source: 'public_complaint', summary: 'Complaint by a woman injured while detained; referred to the IOPC, which returned it for local investigation', receivedOn: ago(120), complainant: true,
      subjects: [{ member: six, allegations: [A.injuryInVan], steps: [assess('gross_misconduct', 'misconduct_hearing'), referred(['serious_assault'], 'returned'), ...investigate('local')] }] },
  );

  // Sexual harassment, then domestic abuse within five years: suspended, under a directed investigation.
  plans.push(
    { source: 'conduct_matter', summary: 'Reported by a colleague to the duty inspector the morning after a leaving do', receivedOn: ago(1130),
      subjects: [{ member: sda, allegations: [A.unwantedTouching], steps: [...investigated([A.unwantedTouching], 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('written_warning'), close] }] },
    { source: 'conduct_matter', summary: 'Arrested off duty after a 999 call from their partner; the custody record was passed to professional standards', receivedOn: ago(64),
      subjects: [{ member: sda, allegations: [A.domesticAssault], steps: [
        { do: 'restrict', kind: 'suspension', conditions: 'Suspended on full pay while the criminal and conduct investigations run. No contact with the complainant; no entry to police buildings without permission.', reviewAfter: 91, gap: 1 },
        assess('gross_misconduct', 'misconduct_hearing'), referred(['serious_assault'], 'directed'), ...investigate('directed'),
      ] }] },
  );

  // A final written warning for dishonesty, then a complaint of racism while it is live.
  plans.push(
    { source: 'conduct_matter', summary: 'Found when the duty management system was audited', receivedOn: ago(610),
      subjects: [{ member: fww, allegations: [A.overtimeClaims], steps: [...investigated([], 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('final_written_warning'), close] }] },
    { source: 'public_complaint', summary: 'Complaint by a young man stopped at a bus stop, made with the help of a youth worker', receivedOn: ago(75), complainant: true,
      subjects: [{ member: fww, allegations: [A.racistRemarkStop], steps: [assess('misconduct', 'misconduct_hearing')] }] },
  );

  // Four allegations, three of them in the last twelve months.
  plans.push(
    { source: 'public_complaint', summary: 'Complaint by a burglary victim about how the report was handled', receivedOn: ago(1460), complainant: true,
      subjects: [{ member: three, allegations: [A.failedToInvestigate], steps: [assess('no_further_action')] }] },
    { source: 'public_complaint', summary: 'Complaint by phone to the borough’s front counter', receivedOn: ago(335), complainant: true,
      subjects: [{ member: three, allegations: [A.rudeOnPhone], steps: [{ do: 'handle_outside_schedule_3' }, close] }] },
    { source: 'conduct_matter', summary: 'Flagged by the force’s audit of searches on police systems', receivedOn: ago(170),
      subjects: [{ member: three, allegations: [A.systemsMisuse], steps: [assess('misconduct'), notReferred] }] },
    { source: 'public_complaint', summary: 'Complaint by email from the victim of a hate crime', receivedOn: ago(40), complainant: true,
      subjects: [{ member: three, allegations: [A.noUpdatesVictim], steps: [] }] },
  );

  // Three allegations over the years.
  plans.push(
    { source: 'conduct_matter', summary: 'Notified by the arresting force after an off-duty arrest', receivedOn: ago(1900),
      subjects: [{ member: spread, allegations: [A.drinkDriving], steps: [...investigated([], 'gross_misconduct'), caseToAnswer('case_to_answer_gross_misconduct'), hearing, outcome('written_warning'), close] }] },
    { source: 'public_complaint', summary: 'Complaint by a motorist who filmed the police car on a dashboard camera', receivedOn: ago(980), complainant: true,
      subjects: [{ member: spread, allegations: [A.vehicleDriving], steps: [assess('practice_requiring_improvement'), reflect] }] },
    { source: 'whistleblower', summary: SUMMARY_BY_SOURCE.whistleblower[0] ?? 'Whistleblower report', receivedOn: ago(260),
      subjects: [{ member: spread, allegations: [A.bullying], steps: investigated([], 'misconduct') }] },
  );

  // Under vetting review since the annual integrity review (demo-vetting.ts), and now this.
  plans.push({ source: 'integrity_line', summary: 'Anonymous report on the integrity line', receivedOn: ago(45),
    subjects: [{ member: cast.reviewThenAllegation, allegations: [A.associateLookups], steps: [] }] });

  // Charged with drugs supply: suspended (the review date has passed), clearance withdrawn (demo-vetting.ts).
  plans.push({ source: 'conduct_matter', summary: 'Arrested off duty by another force’s drugs unit; the custody record was passed to professional standards', receivedOn: ago(122),
    subjects: [{ member: cast.withdrawal, allegations: [A.drugSupply], steps: [
      { do: 'restrict', kind: 'suspension', conditions: 'Suspended while charged with a criminal offence; warrant card and building pass withdrawn.', reviewAfter: 91, gap: 1 },
      assess('gross_misconduct', 'misconduct_hearing'), referred(['relevant_offence'], 'directed'), ...investigate('directed'),
    ] }] });

  // Counter-corruption: invisible to everyone but counter-corruption.
  plans.push(
    { source: 'whistleblower', restricted: true, summary: 'Intelligence from a colleague, corroborated by an audit of custody system access', receivedOn: ago(95),
      subjects: [{ member: cast.counterCorruption[0], allegations: [A.leakingCustodyInfo], steps: [assess('gross_misconduct', 'misconduct_hearing'), referred(['serious_corruption'], 'returned'), { do: 'start_investigation', type: 'local', assigned: true }] }] },
    { source: 'integrity_line', restricted: true, summary: 'Anonymous report on the integrity line, passed to counter-corruption', receivedOn: ago(30),
      subjects: [{ member: cast.counterCorruption[1], allegations: [A.undeclaredAssociation], steps: [] }] },
  );

  // Left during the investigation (Advisory List), then found to have committed gross misconduct (Barred List).
  const leaver = cast.leaver;
  const left = leaver?.job.endDate;
  if (leaver && left) {
    plans.push({ source: 'public_complaint', summary: 'Complaint by the mother of a young woman who was a witness in a burglary investigation', receivedOn: addDays(left, -100), complainant: true,
      subjects: [{ member: leaver, allegations: [A.messagesToWitness], steps: [
        fixed({ do: 'record_complaint' }, 6), fixed(assess('misconduct', 'misconduct_meeting'), 10), fixed(notReferred, 4), fixed({ do: 'start_investigation', type: 'local', assigned: true }, 6),
        fixed({ do: 'serve_regulation_17_notice' }, 12), { do: 'leave_service', reason: leaver.job.leavingReason ?? 'resigned', on: left },
        fixed(report, 60), fixed(caseToAnswer('case_to_answer_gross_misconduct'), 21), fixed(hearing, 14), fixed(outcome('would_have_been_dismissed'), 35), fixed(close, 21),
      ] }] });
  }

  // Dismissed without notice at a hearing; the appeal to the Police Appeals Tribunal failed.
  const dismissedOn = cast.dismissed.job.endDate ?? ago(548);
  plans.push({ source: 'public_complaint', summary: 'Complaint by the victim’s sister, followed by a referral from the victim’s domestic abuse adviser', receivedOn: addDays(dismissedOn, -420), complainant: true,
    subjects: [{ member: cast.dismissed, allegations: [A.relationshipWithVictim], steps: [
      fixed({ do: 'record_complaint' }, 3),
      { do: 'restrict', kind: 'restricted_duties', conditions: 'Removed from public-facing duties: office-based, no contact with victims or witnesses.', reviewAfter: 90, gap: 1, endsWith: 'record_outcome' },
      fixed(assess('gross_misconduct', 'misconduct_hearing'), 8), fixed(referred(['serious_corruption'], 'independent'), 3),
      fixed({ do: 'start_investigation', type: 'independent', assigned: false }, 20), fixed({ do: 'serve_regulation_17_notice' }, 21), fixed(report, 200),
      fixed(caseToAnswer('case_to_answer_gross_misconduct'), 30), fixed(hearing, 20), { ...outcome('dismissal_without_notice'), on: dismissedOn },
      fixed({ do: 'lodge_appeal', to: 'police_appeals_tribunal' }, 9), fixed({ do: 'decide_appeal', result: 'dismissed' }, 110),
    ] }] });
  return plans;
}

// ---- The ordinary run of cases ----
type Profile = { source: CaseSource; kinds?: readonly AllegationKind[]; steps: (kinds: readonly AllegationKind[]) => Step[]; idle?: number; missed?: boolean };

/** One open matter in every state, so each list and stage has something in it. */
function openProfiles(): [number, Profile][] {
  const A = ALLEGATIONS;
  return [
    [6, { source: 'public_complaint', steps: () => [] }],
    [25, { source: 'public_complaint', steps: () => [{ do: 'handle_outside_schedule_3' }] }],
    [12, { source: 'conduct_matter', kinds: [A.socialMediaPosts], steps: () => [] }],
    [38, { source: 'conduct_matter', kinds: [A.drinkDriving], steps: () => [assess('gross_misconduct', 'misconduct_hearing')] }],
    [70, { source: 'data_wash', kinds: [A.undeclaredCaution], steps: () => [assess('misconduct', 'misconduct_meeting')] }],
    [55, { source: 'conduct_matter', kinds: [A.failedToRecordSearch], steps: () => [assess('practice_requiring_improvement')] }],
    [33, { source: 'iopc_referral_back', kinds: [A.excessiveForce], steps: () => [assess('misconduct', 'misconduct_meeting'), referred(['serious_assault'], 'returned')] }],
    [430, { source: 'conduct_matter', kinds: [A.misleadingStatement], missed: true, steps: (k) => investigated(k, 'misconduct').slice(0, -1) }],
    [600, { source: 'public_complaint', kinds: [A.disabilityMocking], steps: (k) => investigated(k, 'gross_misconduct').slice(0, -1) }],
    [160, { source: 'conduct_matter', kinds: [A.coerciveControl], steps: (k) => [
      { do: 'restrict', kind: 'redeployment', conditions: 'Redeployed to a non-operational role away from the complainant’s home borough.', reviewAfter: 120, gap: 2 },
      ...investigated(k, 'gross_misconduct').slice(0, -1),
    ] }],
    [200, { source: 'public_complaint', kinds: [A.lostProperty], steps: (k) => investigated(k, 'misconduct') }],
    [310, { source: 'conduct_matter', kinds: [A.sexistChat], steps: (k) => [...investigated(k, 'misconduct'), caseToAnswer('case_to_answer_misconduct')] }],
    [280, { source: 'conduct_matter', kinds: [A.unfitAlcohol], idle: 10, steps: (k) => [...investigated(k, 'misconduct'), caseToAnswer('case_to_answer_misconduct'), { do: 'arrange_proceedings', form: 'misconduct_meeting', hearingAfter: 35 }] }],
    [340, { source: 'whistleblower', kinds: [A.predatoryProbationers], idle: 12, steps: (k) => [...investigated(k, 'gross_misconduct'), caseToAnswer('case_to_answer_gross_misconduct'), { do: 'arrange_proceedings', form: 'misconduct_hearing', hearingAfter: 42 }] }],
    [330, { source: 'conduct_matter', kinds: [A.racistMemes], idle: 4, steps: (k) => [...investigated(k, 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('written_warning')] }],
    [92, { source: 'public_complaint', kinds: [A.rudeAtStop], steps: () => [{ do: 'withdraw', gap: 70 }] }],
  ];
}

const CLOSED_PROFILES: readonly [(source: CaseSource) => ((kinds: readonly AllegationKind[]) => Step[]) | null, number][] = [
  [(source) => (source === 'public_complaint' ? () => [{ do: 'handle_outside_schedule_3' }, close] : null), 3],
  [() => () => [assess('no_further_action')], 4],
  [() => () => [assess('practice_requiring_improvement'), reflect], 3],
  [() => (k) => [...investigated(k, 'misconduct'), noCaseToAnswer], 4],
  [() => (k) => [...investigated(k, 'misconduct'), { do: 'decide_case_to_answer', decision: 'rprp', bring: false }, reflect], 2],
  [() => (k) => [...investigated(k, 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('no_misconduct'), close], 1],
  [() => (k) => [...investigated(k, 'misconduct'), caseToAnswer('case_to_answer_misconduct'), meeting, outcome('written_warning'), close], 3],
  [() => (k) => [...investigated(k, 'gross_misconduct'), caseToAnswer('case_to_answer_gross_misconduct'), hearing, outcome('written_warning'), close], 1],
  [(source) => (source === 'public_complaint' ? () => [{ do: 'withdraw' }] : () => [assess('misconduct'), { do: 'withdraw' }]), 1],
];

function ordinaryCases(today: string, cast: Cast, random: Random): CasePlan[] {
  const plans: CasePlan[] = [];
  const pool = [...cast.others];
  const servingSince = (days: number) => pool.filter((m) => m.job.startDate <= daysAgo(today, days + 30));
  const summaryOf = (source: CaseSource) => random.pick(SUMMARY_BY_SOURCE[source]);
  const kindsFor = (source: CaseSource): AllegationKind[] => {
    const options = source === 'iopc_referral_back' ? [ALLEGATIONS.excessiveForce] : ORDINARY_BY_SOURCE[source];
    const first = random.pick(options);
    const second = random.chance(0.2) ? random.pick(options.filter((k) => k !== first)) : null;
    return second ? [first, second] : [first];
  };

  // The final written warning under appeal first, for someone with no other case (a meeting would then be refused).
  const A = ALLEGATIONS;
  const appellant = random.pick(servingSince(420));
  pool.splice(pool.indexOf(appellant), 1);
  plans.push({ source: 'public_complaint', summary: summaryOf('public_complaint'), receivedOn: daysAgo(today, 420), complainant: true, idle: 20,
    subjects: [{ member: appellant, allegations: [A.excessiveForce, A.misleadingStatement], steps: [
      ...investigated([A.excessiveForce], 'gross_misconduct'), caseToAnswer('case_to_answer_gross_misconduct'), hearing, outcome('final_written_warning', 3),
      { do: 'lodge_appeal', to: 'police_appeals_tribunal' },
    ] }] });

  for (const [days, profile] of openProfiles()) {
    const member = random.pick(servingSince(days));
    const kinds = profile.kinds ?? kindsFor(profile.source);
    plans.push({
      source: profile.source, summary: summaryOf(profile.source), receivedOn: daysAgo(today, days), complainant: profile.source === 'public_complaint',
      missedLocalPolicingBodyReports: profile.missed, idle: profile.idle, subjects: [{ member, allegations: kinds, steps: profile.steps(kinds) }],
    });
  }

  for (let i = 0; i < 24; i++) {
    const days = random.int(200, 6 * 365);
    const source = random.weighted([['public_complaint', 60], ['conduct_matter', 30], ['whistleblower', 5], ['integrity_line', 5]] as const);
    const candidates = CLOSED_PROFILES.map(([make, weight]) => [make(source), weight] as const).filter((p): p is readonly [(k: readonly AllegationKind[]) => Step[], number] => p[0] !== null);
    const steps = random.weighted(candidates);
    const kinds = kindsFor(source);
    const eligible = servingSince(days);
    if (eligible.length === 0) continue;
    plans.push({
      source, summary: summaryOf(source), receivedOn: daysAgo(today, days), complainant: source === 'public_complaint', witness: random.chance(0.15),
      subjects: [{ member: random.pick(eligible), allegations: kinds, steps: steps(kinds) }],
    });
  }
  return plans;
}

// ---- Writing them ----
const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;
const TRIGGER_TAGS = new Set<string>(REVIEW_TRIGGER_TAGS);
const NOT_DISMISSAL = new Set<string>(['written_warning', 'final_written_warning', 'reduction_in_rank']);

function partyName(random: Random): { name: string; email: string } {
  const given = random.chance(0.5) ? random.pick(GIVEN_NAMES_FEMALE) : random.pick(GIVEN_NAMES_MALE);
  const family = random.pick(FAMILY_NAMES);
  const local = `${given}.${family}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
  return { name: `${given} ${family}`, email: `${local}@example.test` };
}

export async function insertDemoCases(tx: Tx, { today, random, cast, users }: { today: string; random: Random; cast: Cast; users: DemoUsers }): Promise<DemoCases> {
  const plans = [...storyCases(today, cast), ...ordinaryCases(today, cast, random)];
  addComplainantReviews(plans);
  const tagVersion = await currentTagDefinitionsVersion(tx);

  // References run in order of receipt within each year; restricted cases have a series of their own.
  const order = plans.map((plan, index) => ({ plan, index })).sort((a, b) => a.plan.receivedOn.localeCompare(b.plan.receivedOn) || a.index - b.index);
  const counters = new Map<string, number>();
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const partyRows: (typeof caseParties.$inferInsert)[] = [];
  const subjectRows: (typeof caseSubjects.$inferInsert)[] = [];
  const allegationRows: (typeof allegations.$inferInsert)[] = [];
  const eventRows: EventRow[] = [];
  const restrictionRows: (typeof restrictions.$inferInsert)[] = [];
  const reportsToMake: { caseId: string; subjectId: string; reference: string; walked: WalkedSubject }[] = [];
  const triggers: CaseTrigger[] = [];
  const states: Record<string, number> = {};
  let subjectCount = 0;

  for (const [n, { plan }] of order.entries()) {
    const caseId = uuid('a000', n + 1);
    const year = plan.receivedOn.slice(0, 4);
    const series = `${plan.restricted ? 'R-' : ''}${year}`;
    const number = (counters.get(series) ?? 0) + 1;
    counters.set(series, number);
    const reference = `${DEMO_FORCE}-${series}-${String(number).padStart(6, '0')}`;
    const restricted = plan.restricted ?? false;
    const deciders = restricted
      ? { decides: users.counterCorruption, investigates: users.counterCorruption, hr: users.hr }
      : { decides: users.authority, investigates: users.investigator, hr: users.hr };
    const createdBy = restricted ? users.counterCorruption : plan.source === 'public_complaint' ? users.authority : users.investigator;
    const initial: SubjectState = plan.source === 'public_complaint' ? 'logged' : 'recorded';
    let minute = 0;
    const nextMinute = () => ++minute;
    const createdAt = at(plan.receivedOn, 9 * 60);
    eventRows.push({ caseId, forceId: DEMO_FORCE, action: plan.source === 'public_complaint' ? 'log_complaint' : 'record_matter', toState: initial, decidedBy: createdBy, decidedOn: plan.receivedOn, data: { source: plan.source }, createdAt });

    let investigatorId: string | null = null;
    let investigation: { from: string; to: string } | null = null;
    let lastOn = plan.receivedOn;
    for (const subjectPlan of plan.subjects) {
      subjectCount += 1;
      const subjectId = uuid('a001', subjectCount);
      // A complaint is recorded under Schedule 3 before anything else happens to it, unless handled otherwise.
      const first = subjectPlan.steps[0]?.do;
      const steps = plan.source === 'public_complaint' && first !== undefined && !['handle_outside_schedule_3', 'record_complaint', 'withdraw'].includes(first)
        ? [recordComplaint, ...subjectPlan.steps] : subjectPlan.steps;
      const walked = walkSubject({
        random, today, caseId, subjectId, personId: subjectPlan.member.id, forceId: DEMO_FORCE, receivedOn: plan.receivedOn, initial, steps, deciders,
        panelNames: () => { const p = partyName(random).name.split(' '); return `${p[0]?.charAt(0) ?? 'A'}. ${p.slice(1).join(' ')}`; },
        nextMinute, latest: daysAgo(today, plan.idle ?? 2),
      });
      subjectRows.push(walked.subject);
      states[walked.subject.state] = (states[walked.subject.state] ?? 0) + 1;
      allegationRows.push(...subjectPlan.allegations.map((k) => ({
        caseId, subjectId, forceId: DEMO_FORCE, description: k.description, place: k.place, occurredOn: addDays(plan.receivedOn, -random.int(1, 20)),
        standard: k.standard, iopcCategory: k.category, tags: [...k.tags], tagDefinitionsVersion: tagVersion, caseToAnswer: walked.allegationCaseToAnswer,
      })));
      eventRows.push(...walked.events);
      restrictionRows.push(...walked.restrictions);
      if (walked.listReports.length > 0) reportsToMake.push({ caseId, subjectId, reference, walked });
      investigatorId ??= walked.investigatorId;
      if (walked.investigation) investigation = { from: walked.investigation.from, to: walked.investigation.to ?? today };
      if (walked.lastOn > lastOn) lastOn = walked.lastOn;

      const tags = [...new Set(subjectPlan.allegations.flatMap((k) => k.tags).filter((t) => TRIGGER_TAGS.has(t)))].sort();
      // Counter-corruption matters stay out of the vetting file (as the prefilled checks leave them out).
      if (tags.length > 0 && !restricted) triggers.push({ kind: 'allegation', personId: subjectPlan.member.id, caseId, reference, receivedOn: plan.receivedOn, at: createdAt, tags });
      for (const o of walked.outcomes.filter((x) => NOT_DISMISSAL.has(x.outcome))) {
        triggers.push({ kind: 'misconduct_outcome', personId: subjectPlan.member.id, caseId, reference, outcome: o.outcome, on: o.on, at: at(o.on, 11 * 60) });
      }
    }

    // Reports to the local policing body when the investigation is open 12 months after receipt, then every 6.
    if (investigation && !plan.missedLocalPolicingBodyReports) {
      for (let k = 0; ; k++) {
        const due = addMonths(plan.receivedOn, 12 + 6 * k);
        if (due > investigation.to || due > today) break;
        if (due < investigation.from) continue;
        const on = workingDayOnOrAfter(addDays(due, -random.int(2, 12)));
        eventRows.push({ caseId, forceId: DEMO_FORCE, action: 'report_to_local_policing_body', decidedBy: deciders.decides, decidedOn: on, rationale: 'Progress report: the investigation continues; next steps and expected timescale set out.', data: { alsoToIopc: plan.source === 'public_complaint' }, createdAt: at(on, 10 * 60 + nextMinute()) });
      }
    }
    const asked = plan.complainantReview;
    const review = asked ? reviewDates(asked, lastOn, today) : null;
    if (review) {
      eventRows.push({ caseId, forceId: DEMO_FORCE, action: 'complainant_review_requested', decidedBy: deciders.decides, decidedOn: review.requestedOn, data: { body: review.body, requestedOn: review.requestedOn }, createdAt: at(review.requestedOn, 10 * 60 + nextMinute()) });
      if (review.decidedOn) eventRows.push({ caseId, forceId: DEMO_FORCE, action: 'complainant_review_decided', decidedBy: deciders.decides, decidedOn: review.decidedOn, data: { ...review }, createdAt: at(review.decidedOn, 10 * 60 + nextMinute()) });
    }

    const caseEventCount = eventRows.filter((e) => e.caseId === caseId).length;
    caseRows.push({
      id: caseId, forceId: DEMO_FORCE, reference, source: plan.source, restricted, summary: plan.summary, receivedOn: plan.receivedOn, investigatorId, createdBy,
      complainantReview: review ?? null, version: caseEventCount, createdAt, updatedAt: at(lastOn, 17 * 60),
    });
    if (plan.complainant) {
      const { name, email } = partyName(random);
      partyRows.push({ caseId, forceId: DEMO_FORCE, kind: 'complainant', name, email, phone: `07700 900${String(random.int(0, 999)).padStart(3, '0')}`,
        accessibilityNeeds: random.chance(0.15) ? random.pick(['Letters in large print, please', 'Hearing impaired: contact by email or text', 'Needs an interpreter (Polish)']) : null });
    }
    if (plan.witness) partyRows.push({ caseId, forceId: DEMO_FORCE, kind: 'witness', name: partyName(random).name, email: null, phone: `07700 900${String(random.int(0, 999)).padStart(3, '0')}`, accessibilityNeeds: null });
  }

  for (let i = 0; i < caseRows.length; i += 200) await tx.insert(cases).values(caseRows.slice(i, i + 200));
  if (partyRows.length > 0) await tx.insert(caseParties).values(partyRows);
  await tx.insert(caseSubjects).values(subjectRows);
  for (let i = 0; i < allegationRows.length; i += 200) await tx.insert(allegations).values(allegationRows.slice(i, i + 200));
  for (let i = 0; i < eventRows.length; i += 200) await tx.insert(caseEvents).values(eventRows.slice(i, i + 200));
  if (restrictionRows.length > 0) await tx.insert(restrictions).values(restrictionRows);

  // The College of Policing reports and the list entries that go with them, as the case service makes them.
  for (const { caseId, subjectId, reference, walked } of reportsToMake) {
    for (const request of walked.listReports) {
      const subject = await findSubject(tx, caseId, subjectId);
      if (!subject) continue;
      await reportToList(tx, { subject, caseReference: reference, list: request.list, eventOn: request.eventOn, outcome: request.outcome, leavingReason: request.leavingReason });
      if (request.submittedAfter !== null) {
        await tx.update(listReports).set({ submittedOn: addWorkingDays(request.eventOn, request.submittedAfter) }).where(and(eq(listReports.subjectId, subjectId), eq(listReports.list, request.list)));
      }
    }
  }
  return { cases: caseRows.length, subjects: subjectRows.length, allegations: allegationRows.length, states, triggers };
}

/** Complainants asked for reviews of closed complaints: the IOPC's review of the oldest is decided, the newest awaits one. */
function addComplainantReviews(plans: CasePlan[]): void {
  const closedWithoutFinding = (p: CasePlan) => {
    const last = p.subjects[0]?.steps.at(-1);
    return (last?.do === 'decide_case_to_answer' && last.decision === 'no_case_to_answer') || (last?.do === 'assess_severity' && last.severity === 'no_further_action');
  };
  const reviewable = plans.filter((p) => p.source === 'public_complaint' && !p.restricted && p.subjects.length === 1 && closedWithoutFinding(p))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const oldest = reviewable[0];
  const newest = reviewable.at(-1);
  if (oldest) oldest.complainantReview = { body: 'iopc', decided: true };
  if (newest && newest !== oldest) newest.complainantReview = { body: 'local_policing_body', decided: false };
}

function reviewDates(asked: NonNullable<CasePlan['complainantReview']>, closedOn: string, today: string) {
  const requestedOn = [workingDayOnOrAfter(addDays(closedOn, 21)), daysAgo(today, 2)].sort()[0] ?? closedOn;
  const decidedOn = asked.decided ? [workingDayOnOrAfter(addDays(requestedOn, 75)), daysAgo(today, 1)].sort()[0] ?? requestedOn : null;
  return { body: asked.body, requestedOn, outcome: asked.decided ? ('not_upheld' as const) : null, decidedOn };
}
