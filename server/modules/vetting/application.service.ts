// Vetting applications: open, record every minimum check, weigh adverse information, decide, second approval,
// appeal. The inspectorate found people cleared with rape, DA and criminal links on record; here a decision
// cannot be saved until every required check has a result, and a grant despite adverse information waits for a
// vetting manager who is not the decider.
import type { Db, Tx } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext, type SignedInUser } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type {
  TAddAdverseItem, TDecideAppeal, TLodgeAppeal, TOpenApplication, TRecordCheck, TTransfereeChecklistUpdate, TVettingApplication, TVettingApproval,
  TVettingDecision, TVettingLevel,
} from '../../../shared/vetting-contracts.js';
import {
  APPLICATION_STATE_LABELS, CHECK_LABELS, CHECK_TYPES, CHECKLIST_KINDS, PREFILLED_CHECKS, TRANSFEREE_CHECKLIST, raisesPresumptionOfRefusal,
  type AdverseCategory, type AdverseDisposal, type ApplicationState, type CheckType,
} from '../../../shared/vetting-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { addDays, todayInEngland } from '../clock/working-days.js';
import { findHistoryOf, findPeopleByIds } from '../cases/case.repo.js';
import { clearanceStatus, grantClearance } from './clearance.service.js';
import { listsCheck, professionalStandardsCheck } from './prefill.js';
import {
  claimApplicationVersion, clearancesOf, employmentsWithForce, findApplication, findClearanceByApplication, findLevel, insertAdverseItem, insertApplication,
  insertVettingEvent, listAdverseItems, listApplicationRows, listChecks, listLevels as listLevelRows, listVettingEvents, nextApplicationReference,
  setWeighing, updateApplication, upsertCheck, userNames, type ApplicationRow, type LevelRow,
} from './vetting.repo.js';

// APP Vetting: a refused applicant may appeal within 14 days of being told.
export const APPEAL_WINDOW_DAYS = 14;
const PAGE_SIZE = 50;

const resourceOf = (a: ApplicationRow) => ({ forceIds: [a.forceId] });
const isCheckType = (value: string): value is CheckType => (CHECK_TYPES as readonly string[]).includes(value);
const requiredChecksOf = (level: LevelRow): CheckType[] => level.requiredChecks.filter(isCheckType);

export async function listLevels({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<TVettingLevel[]> {
  authorize(ctx, 'vetting:read');
  const rows = await listLevelRows(db);
  return rows.map((l) => ({ code: l.code, label: l.label, validityMonths: l.validityMonths, requiredChecks: requiredChecksOf(l), reminderDays: l.reminderDays }));
}

async function loadLevel(db: Db | Tx, code: string): Promise<LevelRow> {
  const level = await findLevel(db, code);
  if (level) return level;
  const known = (await listLevelRows(db)).map((l) => l.code).join(', ');
  throw fieldError('level', `unknown vetting level ${code}; known levels: ${known}`);
}

async function loadVisibleApplication(db: Db | Tx, ctx: RequestContext, id: string, action: 'vetting:read' | 'vetting:record' | 'vetting:decide' | 'vetting:approve') {
  authorize(ctx, action);
  const found = await findApplication(db, id);
  if (!found) throw notFound('vetting application');
  // Reading is the first gate (404 when out of reach); the step's own permission is the second (403).
  const actor = authorize(ctx, 'vetting:read', resourceOf(found.application), { what: 'vetting application' });
  authorize(ctx, action, resourceOf(found.application), { what: 'vetting application' });
  return { ...found, actor };
}

function assertState(application: ApplicationRow, wanted: readonly ApplicationState[], doing: string): void {
  if (wanted.includes(application.state)) return;
  const allowed = wanted.map((s) => APPLICATION_STATE_LABELS[s].toLowerCase()).join(' or ');
  throw new AppError('CONFLICT', `You cannot ${doing} while the application is ${APPLICATION_STATE_LABELS[application.state].toLowerCase()}; it must be ${allowed}`, {
    errors: [{ path: 'state', message: `current state ${application.state}; ${doing} needs ${wanted.join(' or ')}` }],
  });
}

async function claimVersionOrFail(tx: Tx, application: ApplicationRow, expected: number): Promise<void> {
  if (await claimApplicationVersion(tx, application.id, expected)) return;
  throw new AppError('STALE_VERSION', `The application was changed by someone else: you had version ${expected}. Reload it and try again`, {
    errors: [{ path: 'version', message: `your version ${expected} is out of date` }],
  });
}

function assertDay(path: string, value: string, { notBefore, notAfter }: { notBefore?: [string, string]; notAfter?: [string, string] }): void {
  if (notAfter && value > notAfter[0]) throw fieldError(path, `must not be after ${notAfter[1]} (${notAfter[0]})`);
  if (notBefore && value < notBefore[0]) throw fieldError(path, `must not be before ${notBefore[1]} (${notBefore[0]})`);
}

export async function openApplication({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TOpenApplication }): Promise<TVettingApplication> {
  const actor = authorize(ctx, 'vetting:record', { forceIds: [input.forceId] }, { outOfReach: 'forbidden' });
  const level = await loadLevel(db, input.level);
  const [person] = await findPeopleByIds(db, [input.personId]);
  if (!person) throw fieldError('personId', 'no person with that id in the register');
  const today = todayInEngland();
  const openedOn = input.openedOn ?? today;
  assertDay('openedOn', openedOn, { notAfter: [today, 'today'] });
  const required = new Set(requiredChecksOf(level));
  const id = await db.transaction(async (tx) => {
    const reference = await nextApplicationReference(tx, input.forceId, Number(openedOn.slice(0, 4)));
    const row = await insertApplication(tx, {
      reference, forceId: input.forceId, personId: input.personId, level: level.code, kind: input.kind, state: 'checks_in_progress', openedBy: actor.id, openedOn,
    }).catch((error: unknown) => {
      const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
      throw code === '23503' ? fieldError('forceId', `no force with code ${input.forceId}`) : error;
    });
    // Filled from Warrant's own records of the person in every force.
    const prefilled = await Promise.all([
      required.has('professional_standards') ? professionalStandardsCheck(tx, person.id) : null,
      required.has('barred_advisory_lists') ? listsCheck(tx, person) : null,
    ]);
    for (const check of prefilled) {
      if (!check) continue;
      await upsertCheck(tx, { applicationId: row.id, forceId: row.forceId, checkType: check.checkType, result: check.result, notes: check.notes, detail: check.detail, prefilled: true, recordedBy: null });
    }
    await insertVettingEvent(tx, { forceId: row.forceId, applicationId: row.id, action: 'open_application', actorId: actor.id, actedOn: openedOn, data: { level: level.code, kind: input.kind } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.application.open', entityType: 'vetting_application', entityId: row.id, forceId: row.forceId, detail: { reference, personId: person.id, level: level.code, kind: input.kind } })]);
    return row.id;
  });
  return presentApplication(db, ctx, id, { audit: false });
}

export async function listApplications({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { state?: ApplicationState; forceId?: string; page: number } }) {
  const actor = authorize(ctx, 'vetting:read');
  if (query.forceId && decide(actor, 'vetting:read', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', `You may only list vetting applications of your own force`);
  const scope = query.forceId ?? forceScope(actor, 'vetting:read');
  const { rows, total } = await listApplicationRows(db, { forceId: scope, state: query.state, page: query.page, pageSize: PAGE_SIZE });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.application.list', entityType: 'vetting_application', forceId: scope, detail: { state: query.state ?? null, page: query.page } })]));
  return {
    items: rows.map((r) => ({
      id: r.application.id, reference: r.application.reference, forceId: r.application.forceId, personId: r.application.personId,
      personName: `${r.givenNames} ${r.familyName}`, level: r.application.level, kind: r.application.kind, state: r.application.state, openedOn: r.application.openedOn,
      missingChecks: Math.max(0, r.requiredChecks.length - r.requiredDone), adverseItems: r.adverseItems,
    })),
    total, page: query.page, pageSize: PAGE_SIZE,
  };
}

export async function getApplication({ db, ctx, applicationId }: { db: Db; ctx: RequestContext; applicationId: string }): Promise<TVettingApplication> {
  return presentApplication(db, ctx, applicationId, { audit: true });
}

export async function recordCheck({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TRecordCheck }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:record');
  assertState(application, ['checks_in_progress'], 'record a check');
  const level = await loadLevel(db, application.level);
  if (!requiredChecksOf(level).includes(input.checkType)) {
    throw fieldError('checkType', `${CHECK_LABELS[input.checkType]} is not required for ${level.code}; required: ${requiredChecksOf(level).join(', ')}`);
  }
  if (PREFILLED_CHECKS.includes(input.checkType)) {
    throw fieldError('checkType', `${CHECK_LABELS[input.checkType]} is filled in from Warrant's own records in every force and cannot be typed in`);
  }
  if (input.result === 'not_completed' && !input.reason) throw fieldError('reason', 'say why the check could not be completed');
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    await upsertCheck(tx, { applicationId, forceId: application.forceId, checkType: input.checkType, result: input.result, reason: input.reason ?? null, notes: input.notes ?? null, recordedBy: actor.id, prefilled: false });
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'record_check', actorId: actor.id, actedOn: todayInEngland(), rationale: input.reason ?? null, data: { checkType: input.checkType, result: input.result } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.check.record', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId, detail: { checkType: input.checkType, result: input.result } })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

export async function addAdverseItem({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TAddAdverseItem }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:record');
  assertState(application, ['checks_in_progress'], 'add adverse information');
  if (input.occurredOn) assertDay('occurredOn', input.occurredOn, { notAfter: [todayInEngland(), 'today'] });
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    const item = await insertAdverseItem(tx, {
      applicationId, forceId: application.forceId, category: input.category, disposal: input.disposal, occurredOn: input.occurredOn ?? null,
      source: input.source, description: input.description, createdBy: actor.id,
    });
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'add_adverse_item', actorId: actor.id, actedOn: todayInEngland(), data: { itemId: item.id, category: input.category, disposal: input.disposal } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.adverse_item.add', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId, detail: { itemId: item.id, category: input.category } })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

export async function updateTransfereeChecklist({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TTransfereeChecklistUpdate }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:record');
  if (!CHECKLIST_KINDS.includes(application.kind)) {
    throw new AppError('CONFLICT', `The transferee checklist applies to transferees and re-joiners; this is a ${application.kind.replace('_', ' ')} application`, { errors: [{ path: 'items', message: 'not a transferee or re-joiner' }] });
  }
  assertState(application, ['checks_in_progress'], 'update the transferee checklist');
  const merged = { ...application.transfereeChecklist };
  for (const { item, note } of input.items) merged[item] = note;
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    await updateApplication(tx, applicationId, { transfereeChecklist: merged });
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'update_checklist', actorId: actor.id, actedOn: todayInEngland(), data: { items: input.items.map((i) => i.item) } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.checklist.update', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId, detail: { items: input.items.map((i) => i.item) } })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

type Readiness = { missingChecks: CheckType[]; missingChecklist: string[] };

async function readinessOf(db: Db | Tx, application: ApplicationRow, level: LevelRow): Promise<Readiness> {
  const checks = await listChecks(db, application.id);
  const done = new Set(checks.map((c) => c.checkType));
  return {
    missingChecks: requiredChecksOf(level).filter((c) => !done.has(c)),
    missingChecklist: CHECKLIST_KINDS.includes(application.kind) ? TRANSFEREE_CHECKLIST.filter((i) => !(i in application.transfereeChecklist)) : [],
  };
}

export async function decideApplication({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TVettingDecision }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:decide');
  assertState(application, ['checks_in_progress'], 'record a decision');
  assertDay('decidedOn', input.decidedOn, { notBefore: [application.openedOn, 'the day the application was opened'], notAfter: [todayInEngland(), 'today'] });
  const level = await loadLevel(db, application.level);
  const { missingChecks, missingChecklist } = await readinessOf(db, application, level);
  if (missingChecks.length > 0) {
    throw new AppError('CONFLICT', `A decision cannot be recorded until every required check has a result. Missing: ${missingChecks.map((c) => CHECK_LABELS[c]).join('; ')}`, {
      errors: missingChecks.map((c) => ({ path: `checks.${c}`, message: 'no result recorded' })),
    });
  }
  if (missingChecklist.length > 0) {
    throw new AppError('CONFLICT', `Complete the transferee checklist before a decision. Missing: ${missingChecklist.join(', ')}`, {
      errors: missingChecklist.map((i) => ({ path: `transfereeChecklist.${i}`, message: 'not completed' })),
    });
  }
  const items = await listAdverseItems(db, applicationId);
  const weighings = new Map<string, string>();
  input.weighings.forEach((w, i) => {
    if (!items.some((item) => item.id === w.itemId)) throw fieldError(`weighings.${i}.itemId`, 'not an adverse item of this application');
    weighings.set(w.itemId, w.weighing);
  });
  const unweighed = items.findIndex((item) => !weighings.has(item.id));
  if (unweighed >= 0) throw fieldError('weighings', `record how each adverse item was weighed: item ${unweighed + 1} (${items[unweighed]?.category}) has no weighing`);
  const isGrant = input.outcome !== 'refused';
  const presumption = items.filter((item) => raisesPresumptionOfRefusal({ category: item.category as AdverseCategory, disposal: item.disposal as AdverseDisposal }));
  if (isGrant && presumption.length > 0 && !input.rebuttal) {
    throw fieldError('rebuttal', `a ${presumption.map((p) => `${p.disposal} for ${p.category.replace('_', ' ')}`).join(', ')} leads to refusal unless you record why the presumption is rebutted (Vetting Code of Practice 2023)`);
  }
  if (input.outcome === 'granted_with_conditions') {
    if (input.conditions.length === 0) throw fieldError('conditions', 'record at least one risk-mitigation condition');
    if (!input.conditionsReviewOn) throw fieldError('conditionsReviewOn', 'set the date the conditions are reviewed');
    assertDay('conditionsReviewOn', input.conditionsReviewOn, { notBefore: [addDays(input.decidedOn, 1), 'the day after the decision'] });
  } else if (input.conditions.length > 0) {
    throw fieldError('conditions', 'conditions go with a grant with risk-mitigation conditions');
  }
  const needsApproval = isGrant && items.length > 0;
  const state: ApplicationState = input.outcome === 'refused' ? 'refused' : needsApproval ? 'awaiting_approval' : 'granted';
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    for (const [itemId, weighing] of weighings) await setWeighing(tx, itemId, weighing);
    await updateApplication(tx, applicationId, {
      state, outcome: input.outcome, decidedBy: actor.id, decidedOn: input.decidedOn, rationale: input.rationale, rebuttal: input.rebuttal ?? null,
      conditions: input.conditions, conditionsReviewOn: input.conditionsReviewOn ?? null,
      appealDueBy: input.outcome === 'refused' ? addDays(input.decidedOn, APPEAL_WINDOW_DAYS) : null,
    });
    if (state === 'granted') await grantClearance(tx, { ...application, conditions: input.conditions, conditionsReviewOn: input.conditionsReviewOn ?? null }, level, input.decidedOn);
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'decide', actorId: actor.id, actedOn: input.decidedOn, rationale: input.rationale, data: { outcome: input.outcome, awaitingApproval: state === 'awaiting_approval', rebuttal: input.rebuttal ?? null } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.application.decide', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId, detail: { outcome: input.outcome, state } })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

export async function approveDecision({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TVettingApproval }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:approve');
  assertState(application, ['awaiting_approval'], 'approve a decision');
  if (application.decidedBy === actor.id) throw new AppError('FORBIDDEN', 'You decided this application: a different vetting manager must give the second approval');
  assertDay('decidedOn', input.decidedOn, { notBefore: [application.decidedOn ?? application.openedOn, 'the decision'], notAfter: [todayInEngland(), 'today'] });
  const level = await loadLevel(db, application.level);
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    if (input.approve) {
      await updateApplication(tx, applicationId, { state: 'granted', approvedBy: actor.id, approvedOn: input.decidedOn });
      await grantClearance(tx, application, level, input.decidedOn);
    } else {
      // Sent back: the decision is undone and the file goes back to the decider with the approver's reasons.
      await updateApplication(tx, applicationId, { state: 'checks_in_progress', outcome: null, decidedBy: null, decidedOn: null, rationale: null, rebuttal: null, conditions: null, conditionsReviewOn: null });
    }
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: input.approve ? 'approve' : 'refuse_approval', actorId: actor.id, actedOn: input.decidedOn, rationale: input.rationale, data: { decidedBy: application.decidedBy, outcome: application.outcome } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: input.approve ? 'vetting.application.approve' : 'vetting.application.refuse_approval', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

export async function lodgeAppeal({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TLodgeAppeal }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:record');
  assertState(application, ['refused'], 'record an appeal');
  if (!application.appealDueBy || !application.decidedOn) throw new AppError('CONFLICT', 'This refusal has already been appealed');
  assertDay('lodgedOn', input.lodgedOn, { notBefore: [application.decidedOn, 'the refusal'], notAfter: [todayInEngland(), 'today'] });
  if (input.lodgedOn > application.appealDueBy) {
    throw new AppError('CONFLICT', `The appeal window closed on ${application.appealDueBy} (${APPEAL_WINDOW_DAYS} days after the refusal)`, { errors: [{ path: 'lodgedOn', message: `after ${application.appealDueBy}` }] });
  }
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    await updateApplication(tx, applicationId, { state: 'appeal_lodged' });
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'lodge_appeal', actorId: actor.id, actedOn: input.lodgedOn, rationale: input.grounds });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.appeal.lodge', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

export async function decideAppeal({ db, ctx, applicationId, input }: { db: Db; ctx: RequestContext; applicationId: string; input: TDecideAppeal }): Promise<TVettingApplication> {
  const { application, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:approve');
  assertState(application, ['appeal_lodged'], 'decide an appeal');
  if (application.decidedBy === actor.id) throw new AppError('FORBIDDEN', 'You made the original decision: the appeal must be decided by someone else');
  assertDay('decidedOn', input.decidedOn, { notBefore: [application.decidedOn ?? application.openedOn, 'the refusal'], notAfter: [todayInEngland(), 'today'] });
  const level = await loadLevel(db, application.level);
  await db.transaction(async (tx) => {
    await claimVersionOrFail(tx, application, input.version);
    if (input.result === 'upheld') {
      // The appeal decider is a vetting manager other than the decider: that is the second approval.
      await updateApplication(tx, applicationId, { state: 'granted', approvedBy: actor.id, approvedOn: input.decidedOn, appealDueBy: null });
      await grantClearance(tx, { ...application, conditions: [], conditionsReviewOn: null }, level, input.decidedOn);
    } else {
      await updateApplication(tx, applicationId, { state: 'refused', appealDueBy: null });
    }
    await insertVettingEvent(tx, { forceId: application.forceId, applicationId, action: 'decide_appeal', actorId: actor.id, actedOn: input.decidedOn, rationale: input.rationale, data: { result: input.result } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.appeal.decide', entityType: 'vetting_application', entityId: applicationId, forceId: application.forceId, detail: { result: input.result } })]);
  });
  return presentApplication(db, ctx, applicationId, { audit: false });
}

type AllowedAction = TVettingApplication['allowedActions'][number];

function allowedActionsFor(actor: SignedInUser, application: ApplicationRow): AllowedAction[] {
  const can = (action: 'vetting:record' | 'vetting:decide' | 'vetting:approve') => decide(actor, action, resourceOf(application)) === 'allow';
  const actions: AllowedAction[] = [];
  if (application.state === 'checks_in_progress' && can('vetting:record')) {
    actions.push('record_check', 'add_adverse_item');
    if (CHECKLIST_KINDS.includes(application.kind)) actions.push('update_checklist');
  }
  if (application.state === 'checks_in_progress' && can('vetting:decide')) actions.push('decide');
  if (application.state === 'awaiting_approval' && can('vetting:approve') && application.decidedBy !== actor.id) actions.push('approve');
  if (application.state === 'refused' && application.appealDueBy && can('vetting:record')) actions.push('lodge_appeal');
  if (application.state === 'appeal_lodged' && can('vetting:approve') && application.decidedBy !== actor.id) actions.push('decide_appeal');
  return actions;
}

export async function presentApplication(db: Db, ctx: RequestContext, applicationId: string, { audit }: { audit: boolean }): Promise<TVettingApplication> {
  const { application: a, forceName, givenNames, familyName, dateOfBirth, actor } = await loadVisibleApplication(db, ctx, applicationId, 'vetting:read');
  const level = await loadLevel(db, a.level);
  const [checks, items, events, clearance, employmentRows, history, clearanceRows] = await Promise.all([
    listChecks(db, a.id), listAdverseItems(db, a.id), listVettingEvents(db, { applicationId: a.id }), findClearanceByApplication(db, a.id),
    employmentsWithForce(db, a.personId), findHistoryOf(db, a.personId, null), clearancesOf(db, a.personId),
  ]);
  const names = await userNames(db, [a.openedBy, a.decidedBy, a.approvedBy, ...checks.map((c) => c.recordedBy)]);
  const required = requiredChecksOf(level);
  const checkTypes = [...required, ...checks.map((c) => c.checkType).filter((c): c is CheckType => isCheckType(c) && !required.includes(c))];
  const today = todayInEngland();
  if (audit) {
    await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.application.read', entityType: 'vetting_application', entityId: a.id, forceId: a.forceId })]));
  }
  const allegationsBySubject = new Map<string, string[]>();
  for (const al of history.allegations) allegationsBySubject.set(al.subjectId, [...(allegationsBySubject.get(al.subjectId) ?? []), ...al.tags]);
  return {
    id: a.id,
    reference: a.reference,
    forceId: a.forceId,
    forceName,
    personId: a.personId,
    personName: `${givenNames} ${familyName}`,
    dateOfBirth,
    level: a.level,
    levelLabel: level.label,
    kind: a.kind,
    state: a.state,
    openedOn: a.openedOn,
    openedByName: names.get(a.openedBy) ?? null,
    version: a.version,
    checks: checkTypes.map((type) => {
      const c = checks.find((x) => x.checkType === type);
      return {
        checkType: type, required: required.includes(type), result: c?.result ?? null, reason: c?.reason ?? null, notes: c?.notes ?? null,
        prefilled: c?.prefilled ?? PREFILLED_CHECKS.includes(type), recordedByName: c?.recordedBy ? names.get(c.recordedBy) ?? null : null,
        recordedAt: c ? c.recordedAt.toISOString() : null, detail: c?.detail ?? null,
      };
    }),
    missingChecks: required.filter((type) => !checks.some((c) => c.checkType === type)),
    adverseItems: items.map((i) => ({
      id: i.id, category: i.category as AdverseCategory, disposal: i.disposal as AdverseDisposal, occurredOn: i.occurredOn, source: i.source, description: i.description,
      weighing: i.weighing, presumptionOfRefusal: raisesPresumptionOfRefusal({ category: i.category as AdverseCategory, disposal: i.disposal as AdverseDisposal }),
    })),
    transfereeChecklist: CHECKLIST_KINDS.includes(a.kind)
      ? TRANSFEREE_CHECKLIST.map((item) => ({ item, required: true, note: a.transfereeChecklist[item] ?? null }))
      : null,
    decision: a.outcome && a.decidedOn && a.rationale !== null ? {
      outcome: a.outcome, decidedBy: a.decidedBy, decidedByName: a.decidedBy ? names.get(a.decidedBy) ?? null : null, decidedOn: a.decidedOn, rationale: a.rationale,
      rebuttal: a.rebuttal, conditions: a.conditions ?? [], conditionsReviewOn: a.conditionsReviewOn,
      approvedByName: a.approvedBy ? names.get(a.approvedBy) ?? null : null, approvedOn: a.approvedOn, appealDueBy: a.appealDueBy,
    } : null,
    needsSecondApproval: a.state === 'awaiting_approval',
    clearanceId: clearance?.id ?? null,
    history: {
      employments: employmentRows.map((e) => ({ forceId: e.employment.forceId, forceName: e.forceName, role: e.employment.role, rank: e.employment.rank, startDate: e.employment.startDate, endDate: e.employment.endDate, leavingReason: e.employment.leavingReason })),
      // Restricted counter-corruption cases stay out of the vetting file (see prefill.ts).
      cases: history.rows.filter((r) => !r.case.restricted).map((r) => ({
        caseReference: r.case.reference, forceName: r.forceName, receivedOn: r.case.receivedOn, state: r.subject.state, caseToAnswer: r.subject.caseToAnswer, outcome: r.subject.outcome,
        tags: [...new Set(allegationsBySubject.get(r.subject.id) ?? [])],
      })),
      clearances: clearanceRows.map((c) => ({ level: c.level, forceId: c.forceId, grantedOn: c.grantedOn, expiresOn: c.expiresOn, status: clearanceStatus(c, today, false) })),
    },
    events: events.map((e) => ({ id: e.event.id, action: e.event.action, actorName: e.actorName, actedOn: e.event.actedOn, rationale: e.event.rationale, data: e.event.data ?? null })),
    allowedActions: allowedActionsFor(actor, a),
  };
}
