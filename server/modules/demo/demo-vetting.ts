// Synthetic vetting in the demo users' own force (MPS): clearances for nearly everyone serving (some expiring
// within 30 and 90 days, a few lapsed), applications in every state with their checks and adverse information,
// reviews opened by the cases' allegations and outcomes (as review.service.ts opens them), one withdrawal waiting
// for HR, and annual integrity reviews, some overdue. Written directly, for the same reason as demo-cases.ts:
// the services date every step "now". The prefilled checks come from the product's own prefill.ts.
import type { Tx } from '../../db/client.js';
import {
  integrityReviews, vettingAdverseItems, vettingApplications, vettingChecks, vettingClearances, vettingEvents, vettingReviews,
} from '../../db/schema.js';
import {
  CHECK_TYPES, PREFILLED_CHECKS, TRANSFEREE_CHECKLIST, type AdverseCategory, type AdverseDisposal, type ApplicationKind, type CheckResult, type CheckType,
} from '../../../shared/vetting-vocabulary.js';
import { addDays, addMonths } from '../clock/working-days.js';
import { APPEAL_WINDOW_DAYS } from '../vetting/application.service.js';
import { expiryOf } from '../vetting/clearance.service.js';
import { listsCheck, professionalStandardsCheck } from '../vetting/prefill.js';
import { listLevels, type LevelRow } from '../vetting/vetting.repo.js';
import type { CaseTrigger, DemoUsers } from './demo-cases.js';
import { DEMO_FORCE, type Cast, type Member } from './demo-cast.js';
import { at, daysAgo, workingDayOnOrAfter } from './demo-dates.js';
import type { Random } from './random.js';

type ClearanceRow = typeof vettingClearances.$inferInsert & { id: string; personId: string; grantedOn: string; level: string };
type ReviewRow = typeof vettingReviews.$inferInsert & { id: string; openedOn: string };
type EventRow = typeof vettingEvents.$inferInsert;

export type DemoVetting = { clearances: number; applications: number; reviews: number; integrityReviews: number };

const uuid = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;
const isCheckType = (value: string): value is CheckType => (CHECK_TYPES as readonly string[]).includes(value);
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

type AdversePlan = { category: AdverseCategory; disposal: AdverseDisposal; occurredOn: string; source: string; description: string; weighing: string | null };
type ApplicationPlan = {
  member: Member; level: string; kind: ApplicationKind; openedOn: string;
  /** Typed checks recorded so far (the rest are still to do); all of them once decided. */
  checks: Partial<Record<CheckType, CheckResult>>; checkNotes?: Partial<Record<CheckType, string>>;
  checklistDone?: number; adverse?: AdversePlan[];
  decision?: { outcome: 'granted' | 'granted_with_conditions' | 'refused'; on: string; rationale: string; conditions?: string[]; conditionsReviewOn?: string; approvedOn?: string; appeal?: { on: string; grounds: string } };
  /** The clearance granted from it (filled in when the clearances are made). */
  clearanceId?: string;
};

const ALL_CLEAR: Partial<Record<CheckType, CheckResult>> = Object.fromEntries(CHECK_TYPES.filter((c) => !PREFILLED_CHECKS.includes(c)).map((c) => [c, 'clear']));

export async function insertDemoVetting(tx: Tx, { today, random, cast, users, triggers }: { today: string; random: Random; cast: Cast; users: DemoUsers; triggers: readonly CaseTrigger[] }): Promise<DemoVetting> {
  const ago = (days: number) => daysAgo(today, days);
  const levels = new Map((await listLevels(tx)).map((l) => [l.code, l]));
  const level = (code: string): LevelRow => {
    const found = levels.get(code);
    if (!found) throw new Error(`demo: no vetting level ${code}`);
    return found;
  };
  const { applicants } = cast;

  // ---- Applications ----
  const applications: ApplicationPlan[] = [
    { member: applicants.renewal, level: 'RV', kind: 'renewal', openedOn: workingDayOnOrAfter(ago(16)),
      checks: { pnc: 'clear', pnd: 'clear', force_intelligence: 'clear', financial: 'not_completed' }, checkNotes: { financial: 'The credit reference agency search has not come back yet' } },
    { member: applicants.transferee, level: 'RV', kind: 'transferee', openedOn: workingDayOnOrAfter(ago(27)), checklistDone: 4,
      checks: { pnc: 'clear', pnd: 'clear', force_intelligence: 'clear', financial: 'clear', family_associates: 'clear', identity_address: 'clear' } },
    { member: applicants.roleChange, level: 'MV', kind: 'role_change', openedOn: workingDayOnOrAfter(ago(9)), checks: { pnc: 'clear', pnd: 'clear' } },
    { member: applicants.awaitingApproval, level: 'MV', kind: 'renewal', openedOn: workingDayOnOrAfter(ago(48)), checks: { ...ALL_CLEAR, financial: 'adverse' },
      checkNotes: { financial: 'Individual voluntary arrangement registered in 2024, disclosed on the form' },
      adverse: [{ category: 'financial', disposal: 'none', occurredOn: addMonths(today, -26), source: 'Credit reference agency', description: 'Individual voluntary arrangement for £18,400 after a divorce; payments up to date', weighing: 'Disclosed in full, payments kept up for two years, no other debt: a low and managed risk' }],
      decision: { outcome: 'granted_with_conditions', on: workingDayOnOrAfter(ago(6)), rationale: 'The financial vulnerability is managed; the conditions let the unit see any change.', conditions: ['Annual financial declaration to the vetting unit', 'Tell the vetting unit of any new county court judgment or missed IVA payment within 7 days'], conditionsReviewOn: addDays(today, 176) } },
  ];
  const joinedWith = applicants.withConditions.job.startDate;
  applications.push({
    member: applicants.withConditions, level: 'RV', kind: 'new_joiner', openedOn: workingDayOnOrAfter(addDays(joinedWith, -110)), checks: { ...ALL_CLEAR, family_associates: 'adverse' },
    checkNotes: { family_associates: 'Brother convicted of possession with intent to supply (2020); declared on the form' },
    adverse: [{ category: 'criminal_associates', disposal: 'conviction', occurredOn: addMonths(joinedWith, -70), source: 'Police National Computer and the applicant’s declaration', description: 'Brother convicted of possession of class B drugs with intent to supply; lives at a different address', weighing: 'Declared by the applicant, who has no contact beyond family events; managed by conditions' }],
    decision: {
      outcome: 'granted_with_conditions', on: workingDayOnOrAfter(addDays(joinedWith, -42)), rationale: 'A declared family association, managed by conditions.',
      conditions: ['Declare any contact with the named family member beyond family occasions', 'No access to intelligence about the named family member or his associates'],
      conditionsReviewOn: addDays(joinedWith, 75), approvedOn: workingDayOnOrAfter(addDays(joinedWith, -36)),
    },
  });
  const joinedPlain = applicants.granted.job.startDate;
  applications.push({ member: applicants.granted, level: 'RV', kind: 'new_joiner', openedOn: workingDayOnOrAfter(addDays(joinedPlain, -96)), checks: ALL_CLEAR,
    decision: { outcome: 'granted', on: workingDayOnOrAfter(addDays(joinedPlain, -31)), rationale: 'Every check clear; nothing adverse.' } });
  applications.push({
    member: applicants.rejoiner, level: 'RV', kind: 're_joiner', openedOn: workingDayOnOrAfter(ago(41)), checklistDone: TRANSFEREE_CHECKLIST.length, checks: { ...ALL_CLEAR, pnc: 'adverse' },
    checkNotes: { pnc: 'Caution for theft from a shop, not declared on the form' },
    adverse: [{ category: 'dishonesty', disposal: 'caution', occurredOn: addMonths(today, -22), source: 'Police National Computer', description: 'Cautioned for theft of goods worth £86 from a supermarket; not declared', weighing: 'Recent dishonesty, and not declared: the presumption of refusal is not rebutted' }],
    decision: { outcome: 'refused', on: workingDayOnOrAfter(ago(5)), rationale: 'A recent caution for dishonesty that the applicant did not declare.' },
  });
  applications.push({
    member: applicants.appeal, level: 'RV', kind: 'transferee', openedOn: workingDayOnOrAfter(ago(86)), checklistDone: TRANSFEREE_CHECKLIST.length, checks: { ...ALL_CLEAR, force_intelligence: 'adverse' },
    checkNotes: { force_intelligence: 'Graded intelligence of association with an organised crime group nominal' },
    adverse: [{ category: 'criminal_associates', disposal: 'none', occurredOn: addMonths(today, -14), source: 'Force intelligence systems (previous force)', description: 'Intelligence that the applicant regularly socialises with a nominal of an organised crime group', weighing: 'Corroborated by two sources and not declared: the risk cannot be managed by conditions' }],
    decision: { outcome: 'refused', on: workingDayOnOrAfter(ago(31)), rationale: 'Undeclared association with an organised crime group nominal.', appeal: { on: workingDayOnOrAfter(ago(23)), grounds: 'The applicant says the contact is a school friend and has given a full account of it' } },
  });

  // ---- Clearances ----
  const clearances: ClearanceRow[] = [];
  let clearanceCount = 0;
  const addClearance = (member: Member, code: string, grantedOn: string, extra: Partial<ClearanceRow> = {}): ClearanceRow => {
    clearanceCount += 1;
    const row: ClearanceRow = { id: uuid('a003', clearanceCount), personId: member.id, forceId: DEMO_FORCE, level: code, grantedOn, expiresOn: expiryOf(grantedOn, level(code)), createdAt: at(grantedOn, 12 * 60), ...extra };
    clearances.push(row);
    return row;
  };
  const current = new Map<string, ClearanceRow>();
  const levelOf = (m: Member): string => {
    if (m.job.role === 'police_staff') return random.weighted([['RV', 60], ['MV', 20], ['NPPV2', 10], ['NPPV3', 10]] as const);
    if (['Inspector', 'Chief Inspector', 'Superintendent'].includes(m.job.rank ?? '')) return 'MV';
    return random.chance(0.2) ? 'MV' : 'RV';
  };
  const fromApplications = new Set([applicants.withConditions.id, applicants.granted.id]);
  const holders = cast.serving.filter((m) => !fromApplications.has(m.id));
  // Expiring within 30 and 90 days, and a few lapsed: people who joined long enough ago to have held them.
  const expiringOn: [Member | null, string, number][] = [
    [applicants.renewal, 'RV', 12], [applicants.awaitingApproval, 'MV', 52],
    [null, 'RV', 5], [null, 'MV', 19], [null, 'RV', 27], [null, 'RV', 34], [null, 'NPPV3', 41], [null, 'RV', 63], [null, 'MV', 71], [null, 'RV', 86],
    [null, 'RV', -9], [null, 'MV', -23], [null, 'RV', -48],
  ];
  // The stories' reviews are decided below, and need a clearance held since well before their allegations.
  const special = new Set([cast.withdrawal.id, cast.reviewThenAllegation.id]);
  const heldSince = new Set([...special, cast.sexualThenDomesticAbuse.id, cast.warningThenAllegation.id]);
  for (const [who, code, days] of expiringOn) {
    const expiresOn = addDays(today, days);
    const grantedOn = addMonths(expiresOn, -level(code).validityMonths);
    const candidates = holders.filter((m) => !current.has(m.id) && !heldSince.has(m.id) && m.job.startDate <= addDays(grantedOn, 90));
    const member = who ?? (candidates.length > 0 ? random.pick(candidates) : null);
    if (!member || current.has(member.id)) continue;
    current.set(member.id, addClearance(member, code, grantedOn, { expiresOn }));
  }
  for (const member of holders) {
    if (current.has(member.id) || random.chance(0.04)) continue;
    const code = member.id === applicants.roleChange.id ? 'RV' : levelOf(member);
    const validity = level(code).validityMonths;
    const earliest = later(addDays(member.job.startDate, -60), addDays(addMonths(today, -validity), 120));
    const latest = earlier(heldSince.has(member.id) ? ago(200) : ago(30), later(addDays(member.job.startDate, -20), earliest));
    const span = Math.max(0, Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000));
    const grantedOn = addDays(earlier(earliest, latest), random.int(0, span));
    current.set(member.id, addClearance(member, code, grantedOn));
    // Someone in the force for longer than one clearance lasts renewed it before.
    const previous = addMonths(grantedOn, -validity);
    if (previous >= addDays(member.job.startDate, -90) && random.chance(0.6)) {
      addClearance(member, code, previous, { status: 'superseded', endedOn: grantedOn });
    }
  }

  // The applications' clearances, and older applications behind some recent renewals.
  let applicationCount = 0;
  for (const plan of applications) {
    const d = plan.decision;
    if (!d || d.outcome === 'refused' || (d.outcome === 'granted_with_conditions' && !d.approvedOn)) continue;
    const grantedOn = d.approvedOn ?? d.on;
    const row = addClearance(plan.member, plan.level, grantedOn, { conditions: d.conditions ?? [], conditionsReviewOn: d.conditionsReviewOn ?? null });
    plan.clearanceId = row.id;
    current.set(plan.member.id, row);
  }
  const applying = new Set(applications.map((a) => a.member.id));
  const recentRenewals = [...current.values()]
    .filter((c) => c.status === undefined && c.grantedOn >= addMonths(today, -24) && c.grantedOn <= ago(60) && !c.applicationId && !applying.has(c.personId))
    .slice(0, 5);
  for (const [i, c] of recentRenewals.entries()) {
    const member = cast.serving.find((m) => m.id === c.personId);
    if (!member) continue;
    const withAdverse = i === 0;
    applications.push({
      member, level: c.level, kind: 'renewal', openedOn: workingDayOnOrAfter(addDays(c.grantedOn, -62)), checks: withAdverse ? { ...ALL_CLEAR, family_associates: 'adverse' } : ALL_CLEAR,
      adverse: withAdverse ? [{ category: 'criminal_associates', disposal: 'none', occurredOn: addMonths(c.grantedOn, -8), source: 'Applicant’s declaration', description: 'New partner has a spent conviction for handling stolen goods (2014)', weighing: 'Spent, old, declared, and no current offending: no risk to manage' }] : [],
      decision: withAdverse
        ? { outcome: 'granted', on: workingDayOnOrAfter(addDays(c.grantedOn, -6)), rationale: 'Old, spent and declared; nothing current.', approvedOn: c.grantedOn }
        : { outcome: 'granted', on: c.grantedOn, rationale: 'Every check clear; nothing adverse.' },
      clearanceId: c.id,
    });
  }

  const applicationRows: (typeof vettingApplications.$inferInsert)[] = [];
  const checkRows: (typeof vettingChecks.$inferInsert)[] = [];
  const adverseRows: (typeof vettingAdverseItems.$inferInsert)[] = [];
  const events: EventRow[] = [];
  const references = new Map<string, number>();
  let adverseCount = 0;
  const sorted = [...applications].sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  for (const plan of sorted) {
    applicationCount += 1;
    const id = uuid('a002', applicationCount);
    const year = plan.openedOn.slice(0, 4);
    const number = (references.get(year) ?? 0) + 1;
    references.set(year, number);
    const d = plan.decision;
    const lv = level(plan.level);
    const required = lv.requiredChecks.filter(isCheckType);
    const state = !d ? 'checks_in_progress' : d.outcome === 'refused' ? (d.appeal ? 'appeal_lodged' : 'refused') : d.approvedOn || (d.outcome === 'granted' && !(plan.adverse?.length)) ? 'granted' : 'awaiting_approval';
    let minute = 0;
    const event = (action: string, on: string, actorId: string | null, rationale: string | null, data: Record<string, unknown> | null) =>
      events.push({ forceId: DEMO_FORCE, applicationId: id, action, actorId, actedOn: on, rationale, data, createdAt: at(on, 10 * 60 + ++minute) });
    event('open_application', plan.openedOn, users.vettingOfficer, null, { level: plan.level, kind: plan.kind });

    const person = { id: plan.member.id, givenNames: plan.member.givenNames, familyName: plan.member.familyName, dateOfBirth: plan.member.dateOfBirth };
    for (const check of await Promise.all([professionalStandardsCheck(tx, person.id), listsCheck(tx, person)])) {
      if (!required.includes(check.checkType)) continue;
      checkRows.push({ applicationId: id, forceId: DEMO_FORCE, checkType: check.checkType, result: check.result, notes: check.notes, detail: check.detail, prefilled: true, recordedBy: null, recordedAt: at(plan.openedOn, 10 * 60) });
    }
    const until = d?.on ?? ago(1);
    const typed = required.filter((c) => !PREFILLED_CHECKS.includes(c) && plan.checks[c] !== undefined);
    typed.forEach((checkType, i) => {
      const on = workingDayOnOrAfter(addDays(plan.openedOn, Math.round(((i + 1) * Math.max(1, (Date.parse(until) - Date.parse(plan.openedOn)) / 86_400_000 - 2)) / (typed.length + 1))));
      const result = plan.checks[checkType] ?? 'clear';
      const note = plan.checkNotes?.[checkType] ?? null;
      checkRows.push({ applicationId: id, forceId: DEMO_FORCE, checkType, result, reason: result === 'not_completed' ? note : null, notes: result === 'not_completed' ? null : note ?? (result === 'clear' ? 'No trace' : null), recordedBy: users.vettingOfficer, recordedAt: at(earlier(on, until), 11 * 60 + i), prefilled: false });
      event('record_check', earlier(on, until), users.vettingOfficer, result === 'not_completed' ? note : null, { checkType, result });
    });
    for (const item of plan.adverse ?? []) {
      adverseCount += 1;
      const itemId = uuid('a005', adverseCount);
      const on = addDays(until, -2) > plan.openedOn ? addDays(until, -2) : plan.openedOn;
      adverseRows.push({ id: itemId, applicationId: id, forceId: DEMO_FORCE, category: item.category, disposal: item.disposal, occurredOn: item.occurredOn, source: item.source, description: item.description, weighing: d ? item.weighing : null, createdBy: users.vettingOfficer, createdAt: at(on, 15 * 60 + adverseCount) });
      event('add_adverse_item', on, users.vettingOfficer, null, { itemId, category: item.category, disposal: item.disposal });
    }
    const checklist = Object.fromEntries(TRANSFEREE_CHECKLIST.slice(0, plan.checklistDone ?? 0).map((item) => [item, 'Received from the previous force and read']));
    if (plan.checklistDone) event('update_checklist', workingDayOnOrAfter(addDays(plan.openedOn, 5)), users.vettingOfficer, null, { items: Object.keys(checklist) });
    if (d) {
      event('decide', d.on, users.vettingOfficer, d.rationale, { outcome: d.outcome, awaitingApproval: state === 'awaiting_approval', rebuttal: null });
      if (d.approvedOn) event('approve', d.approvedOn, users.vettingManager, 'Agree: the risk is understood and managed.', { decidedBy: users.vettingOfficer, outcome: d.outcome });
      if (d.appeal) event('lodge_appeal', d.appeal.on, users.vettingOfficer, d.appeal.grounds, null);
    }
    applicationRows.push({
      id, reference: `${DEMO_FORCE}-V-${year}-${String(number).padStart(6, '0')}`, forceId: DEMO_FORCE, personId: plan.member.id, level: plan.level, kind: plan.kind, state,
      openedBy: users.vettingOfficer, openedOn: plan.openedOn, transfereeChecklist: checklist,
      outcome: d?.outcome ?? null, decidedBy: d ? users.vettingOfficer : null, decidedOn: d?.on ?? null, rationale: d?.rationale ?? null,
      conditions: d ? d.conditions ?? [] : null, conditionsReviewOn: d?.conditionsReviewOn ?? null,
      approvedBy: d?.approvedOn ? users.vettingManager : null, approvedOn: d?.approvedOn ?? null,
      appealDueBy: d?.outcome === 'refused' ? addDays(d.on, APPEAL_WINDOW_DAYS) : null, version: minute, createdAt: at(plan.openedOn, 10 * 60),
    });
    const clearance = clearances.find((c) => c.id === plan.clearanceId);
    if (clearance) clearance.applicationId = id;
  }

  // ---- Reviews: the cases' triggers, then the stories' own ----
  const reviews: ReviewRow[] = [];
  const openAt = new Map<string, ReviewRow>();
  const liveOn = (personId: string, on: string) => {
    const c = current.get(personId);
    return c && c.grantedOn <= on && (c.expiresOn ?? on) >= on ? c : null;
  };
  let reviewMinute = 0;
  const reviewEvent = (review: ReviewRow, action: string, on: string, actorId: string | null, rationale: string | null, data: Record<string, unknown> | null) =>
    events.push({ forceId: DEMO_FORCE, reviewId: review.id, action, actorId, actedOn: on, rationale, data, createdAt: at(on, 13 * 60 + (++reviewMinute % 240)) });
  const openReview = (personId: string, clearance: ClearanceRow, trigger: { kind: string; on: string; caseId: string | null; detail: string; at: Date }) => {
    const open = openAt.get(clearance.id);
    if (open && (open.decidedOn ?? '9999') >= trigger.on) {
      reviewEvent(open, 'further_trigger', trigger.on, null, trigger.detail, { trigger: trigger.kind, caseId: trigger.caseId });
      return open;
    }
    const review: ReviewRow = { id: uuid('a004', reviews.length + 1), clearanceId: clearance.id, personId, forceId: DEMO_FORCE, trigger: trigger.kind, triggerCaseId: trigger.caseId, triggerDetail: trigger.detail, openedOn: trigger.on, state: 'open', createdAt: trigger.at };
    reviews.push(review);
    openAt.set(clearance.id, review);
    reviewEvent(review, 'open_review', trigger.on, null, trigger.detail, { trigger: trigger.kind, caseId: trigger.caseId });
    // Reviews opened more than four months ago ended with the clearance maintained; the stories decide their own.
    const decideOn = workingDayOnOrAfter(addDays(trigger.on, random.int(30, 80)));
    if (trigger.on < ago(120) && !special.has(personId)) {
      Object.assign(review, { state: 'maintained', decidedBy: users.vettingOfficer, decidedOn: decideOn, rationale: 'Maintained: the matter is being dealt with through the conduct process and raises no vetting risk the clearance cannot carry.' });
      reviewEvent(review, 'maintain', decideOn, users.vettingOfficer, review.rationale ?? null, { result: null, accompaniedBy: null });
    }
    return review;
  };

  // E: concerns at the annual integrity review opened a review; the later allegation joins it.
  const concerned = cast.reviewThenAllegation;
  const concernsOn = workingDayOnOrAfter(ago(150));
  const concernedClearance = current.get(concerned.id);
  if (concernedClearance) {
    const review = openReview(concerned.id, concernedClearance, { kind: 'integrity_review', on: concernsOn, caseId: null, detail: `Concerns raised at the annual integrity review completed ${concernsOn}`, at: at(concernsOn, 11 * 60) });
    reviewEvent(review, 'integrity_review_concerns', concernsOn, users.vettingOfficer, 'Declared a new partner but not the partner’s brother, known to the force for fraud; supervisor reports unexplained spending.', null);
  }
  const sortedTriggers = [...triggers].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const t of sortedTriggers) {
    const on = t.kind === 'allegation' ? t.receivedOn : t.on;
    const clearance = liveOn(t.personId, on);
    if (!clearance) continue;
    const detail = t.kind === 'allegation'
      ? `New allegation in case ${t.reference} (received ${t.receivedOn}) tagged ${t.tags.map((x) => x.replaceAll('_', ' ')).join(', ')}`
      : `Misconduct proceedings in case ${t.reference} ended on ${t.on} in ${t.outcome.replaceAll('_', ' ')}`;
    const review = openReview(t.personId, clearance, { kind: t.kind, on, caseId: t.caseId, detail, at: t.at });
    if (t.personId === cast.withdrawal.id && review.state === 'open') withdraw(review, clearance);
    if (t.personId === cast.sexualThenDomesticAbuse.id && t.kind === 'allegation' && on > ago(120) && review.state === 'open') serveNotice(review);
  }

  function serveNotice(review: ReviewRow) {
    const served = workingDayOnOrAfter(ago(10));
    Object.assign(review, { state: 'notice_served', noticeServedOn: served, representationsDue: addDays(served, 14) });
    reviewEvent(review, 'serve_withdrawal_notice', served, users.vettingManager, 'The allegation, if proved, is incompatible with holding clearance: withdrawal assessment started.', { result: null, accompaniedBy: null });
  }
  function withdraw(review: ReviewRow, clearance: ClearanceRow) {
    const served = workingDayOnOrAfter(addDays(review.openedOn, 40));
    const representations = workingDayOnOrAfter(addDays(served, 12));
    const withdrawnOn = workingDayOnOrAfter(ago(21));
    Object.assign(review, {
      state: 'withdrawn', noticeServedOn: served, representationsDue: addDays(served, 14), representationsReceivedOn: representations,
      decidedBy: users.vettingManager, decidedOn: withdrawnOn, rationale: 'Charged with supplying controlled drugs: the officer cannot hold clearance while the risk of corruption and coercion stands.',
      hrActionRequired: true, hrActionRecordedOn: null,
    });
    reviewEvent(review, 'serve_withdrawal_notice', served, users.vettingManager, 'Notice of a withdrawal assessment served on the officer.', { result: null, accompaniedBy: null });
    reviewEvent(review, 'record_representations', representations, users.vettingOfficer, 'Written representations through the officer’s police friend: denies the charge.', { result: null, accompaniedBy: 'police_friend' });
    reviewEvent(review, 'withdraw', withdrawnOn, users.vettingManager, review.rationale ?? null, { result: null, accompaniedBy: null });
    Object.assign(clearance, { status: 'withdrawn', endedOn: withdrawnOn });
  }

  // ---- Annual integrity reviews: most done in the last year, some overdue ----
  const integrityRows: (typeof integrityReviews.$inferInsert)[] = [];
  const live = [...current.values()].filter((c) => c.status === undefined && (c.expiresOn ?? today) >= today && c.grantedOn <= ago(365));
  const overdue = new Set<string>();
  const eligibleForOverdue = live.filter((c) => c.personId !== concerned.id);
  while (overdue.size < Math.min(7, eligibleForOverdue.length)) overdue.add(random.pick(eligibleForOverdue).personId);
  for (const c of live) {
    const last = overdue.has(c.personId) ? ago(random.int(380, 560)) : c.personId === concerned.id ? concernsOn : ago(random.int(15, 330));
    if (last < c.grantedOn) continue;
    const concerns = c.personId === concerned.id;
    const row = (on: string) => integrityRows.push({
      personId: c.personId, forceId: DEMO_FORCE, completedOn: on, recordedBy: users.vettingOfficer, concernsRaised: concerns && on === concernsOn, createdAt: at(on, 14 * 60),
      declarations: concerns && on === concernsOn
        ? { changesInCircumstances: 'New partner, living together since the spring', associations: 'None declared', finances: 'No change', businessInterests: 'None' }
        : random.pick(DECLARATIONS),
      supervisorAppraisal: concerns && on === concernsOn ? 'Spending does not match salary; partner’s family known to the force. Referred to the vetting unit.' : random.pick(APPRAISALS),
    });
    row(last);
    const before = addDays(last, -random.int(350, 380));
    if (before >= c.grantedOn && random.chance(0.5)) row(before);
  }

  if (applicationRows.length > 0) await tx.insert(vettingApplications).values(applicationRows);
  for (let i = 0; i < checkRows.length; i += 300) await tx.insert(vettingChecks).values(checkRows.slice(i, i + 300));
  if (adverseRows.length > 0) await tx.insert(vettingAdverseItems).values(adverseRows);
  for (let i = 0; i < clearances.length; i += 300) await tx.insert(vettingClearances).values(clearances.slice(i, i + 300));
  if (reviews.length > 0) await tx.insert(vettingReviews).values(reviews);
  for (let i = 0; i < events.length; i += 300) await tx.insert(vettingEvents).values(events.slice(i, i + 300));
  for (let i = 0; i < integrityRows.length; i += 300) await tx.insert(integrityReviews).values(integrityRows.slice(i, i + 300));
  return { clearances: clearances.length, applications: applicationRows.length, reviews: reviews.length, integrityReviews: integrityRows.length };
}

const DECLARATIONS = [
  { changesInCircumstances: 'None', associations: 'None to declare', finances: 'No change', businessInterests: 'None' },
  { changesInCircumstances: 'Moved house in the summer; new address given to HR', associations: 'None to declare', finances: 'New mortgage, affordable', businessInterests: 'None' },
  { changesInCircumstances: 'Married in May', associations: 'None to declare', finances: 'No change', businessInterests: 'Occasional paid refereeing at weekends (approved)' },
  { changesInCircumstances: 'None', associations: 'A cousin was arrested for a public order offence; no contact beyond family events', finances: 'No change', businessInterests: 'None' },
] as const;
const APPRAISALS = [
  'Reliable and professional; no concerns.',
  'Works well with colleagues and the public; no integrity concerns.',
  'A steady year; attendance and conduct good; no concerns.',
  'Takes on extra responsibility willingly; no concerns.',
] as const;
