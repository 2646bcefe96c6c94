// Vetting reviews of people already cleared: opened by a trigger (a new allegation with the tags that matter,
// misconduct that did not end in dismissal, an arrest, a change of circumstances, a random draw, concerns at an
// integrity review), ended as "maintained" or by a withdrawal assessment (review-workflow.ts).
import { randomInt } from 'node:crypto';
import type { Db, Queryable, Tx } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TOpenReview, TReviewStep, TVettingReview } from '../../../shared/vetting-contracts.js';
import { isManagedLevel, REVIEW_STATE_LABELS, REVIEW_TRIGGER_TAGS, type ReviewState, type ReviewTrigger } from '../../../shared/vetting-vocabulary.js';
import { appendAuditEvents, type NewAuditEvent } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { allowedReviewActions, isReviewOpen, nextReviewState, reviewTransitionFor } from './review-workflow.js';
import {
  activeClearancesOf, claimReviewVersion, eligibleForRevetting, findOpenReview, findReview, findRevettingDraw, insertReview, insertRevettingDraw,
  insertVettingEvent, listReviewRows, listRevettingDraws, listVettingEvents, setClearanceStatus, updateReview, type ClearanceRow, type ReviewRow,
} from './vetting.repo.js';

const resourceOf = (r: Pick<ReviewRow, 'forceId'>) => ({ forceIds: [r.forceId] });

/**
 * The clearance a trigger reviews: the person's active, unexpired clearance (the most recent) at a level Warrant
 * manages. A national security clearance (CTC, SC, DV) is reviewed by its sponsor, never here.
 */
async function liveClearanceOf(db: Queryable, personId: string, today: string): Promise<ClearanceRow | undefined> {
  const active = await activeClearancesOf(db, personId);
  return active.find((c) => isManagedLevel(c.level) && (c.expiresOn === null || c.expiresOn >= today));
}

type Trigger = { trigger: ReviewTrigger; detail: string; caseId?: string | null; on: string; actorId: string | null };

/**
 * Opens a review of the person's clearance, or adds the trigger to the review already open (one review per
 * clearance at a time). Returns the review id, or null when the person holds no live clearance.
 */
export async function openReviewFor(tx: Tx, personId: string, trigger: Trigger, audit: (e: { action: string; entityId: string; forceId: string; detail: Record<string, unknown> }) => NewAuditEvent): Promise<string | null> {
  const clearance = await liveClearanceOf(tx, personId, trigger.on);
  if (!clearance) return null;
  const open = await findOpenReview(tx, clearance.id);
  if (open) {
    await insertVettingEvent(tx, { forceId: open.forceId, reviewId: open.id, action: 'further_trigger', actorId: trigger.actorId, actedOn: trigger.on, rationale: trigger.detail, data: { trigger: trigger.trigger, caseId: trigger.caseId ?? null } });
    await appendAuditEvents(tx, [audit({ action: 'vetting.review.further_trigger', entityId: open.id, forceId: open.forceId, detail: { trigger: trigger.trigger } })]);
    return open.id;
  }
  const review = await insertReview(tx, {
    clearanceId: clearance.id, personId, forceId: clearance.forceId, trigger: trigger.trigger, triggerCaseId: trigger.caseId ?? null, triggerDetail: trigger.detail,
    openedOn: trigger.on, state: 'open',
  });
  await insertVettingEvent(tx, { forceId: review.forceId, reviewId: review.id, action: 'open_review', actorId: trigger.actorId, actedOn: trigger.on, rationale: trigger.detail, data: { trigger: trigger.trigger, caseId: trigger.caseId ?? null } });
  await appendAuditEvents(tx, [audit({ action: 'vetting.review.open', entityId: review.id, forceId: review.forceId, detail: { trigger: trigger.trigger, personId } })]);
  return review.id;
}

const auditWith = (ctx: RequestContext) => (e: { action: string; entityId: string; forceId: string; detail: Record<string, unknown> }) =>
  auditEvent(ctx, { action: e.action, entityType: 'vetting_review', entityId: e.entityId, forceId: e.forceId, detail: e.detail });

/**
 * Called by the cases module in the transaction that records new allegations: an allegation of sexual
 * misconduct, DA, discrimination, dishonesty or criminal links against a cleared person opens a review.
 */
export async function openReviewsForAllegations(tx: Tx, ctx: RequestContext, input: { caseId: string; caseReference: string; receivedOn: string; subjects: { personId: string; tags: readonly string[] }[] }): Promise<string[]> {
  const opened: string[] = [];
  const triggering = new Set<string>(REVIEW_TRIGGER_TAGS);
  for (const subject of input.subjects) {
    const tags = [...new Set(subject.tags.filter((t) => triggering.has(t)))].sort();
    if (tags.length === 0) continue;
    const id = await openReviewFor(tx, subject.personId, {
      trigger: 'allegation', caseId: input.caseId, on: todayInEngland(), actorId: ctx.actor?.id ?? null,
      detail: `New allegation in case ${input.caseReference} (received ${input.receivedOn}) tagged ${tags.map((t) => t.replaceAll('_', ' ')).join(', ')}`,
    }, auditWith(ctx));
    if (id) opened.push(id);
  }
  return opened;
}

const NOT_DISMISSAL = new Set(['written_warning', 'final_written_warning', 'reduction_in_rank']);

/** Vetting Code of Practice 2023: misconduct that did not end in dismissal means vetting is repeated. */
export async function openReviewForOutcome(tx: Tx, ctx: RequestContext, input: { caseId: string; caseReference: string; personId: string; outcome: string; outcomeOn: string }): Promise<string | null> {
  if (!NOT_DISMISSAL.has(input.outcome)) return null;
  return openReviewFor(tx, input.personId, {
    trigger: 'misconduct_outcome', caseId: input.caseId, on: todayInEngland(), actorId: ctx.actor?.id ?? null,
    detail: `Misconduct proceedings in case ${input.caseReference} ended on ${input.outcomeOn} in ${input.outcome.replaceAll('_', ' ')}`,
  }, auditWith(ctx));
}

export async function openReview({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TOpenReview }): Promise<TVettingReview> {
  authorize(ctx, 'vetting:record');
  const today = todayInEngland();
  const on = input.openedOn ?? today;
  if (on > today) throw fieldError('openedOn', `must not be after today (${today})`);
  const clearance = await liveClearanceOf(db, input.personId, today);
  if (!clearance) throw new AppError('CONFLICT', 'This person holds no live clearance to review', { errors: [{ path: 'personId', message: 'no active clearance' }] });
  const actor = authorize(ctx, 'vetting:record', { forceIds: [clearance.forceId] }, { outOfReach: 'forbidden' });
  const id = await db.transaction((tx) => openReviewFor(tx, input.personId, { trigger: input.trigger, detail: input.detail, on, actorId: actor.id }, auditWith(ctx)));
  if (!id) throw new AppError('CONFLICT', 'This person holds no live clearance to review');
  return presentReview(db, ctx, id, { audit: false });
}

async function loadVisibleReview(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx, 'vetting:read');
  const found = await findReview(db, id);
  if (!found) throw notFound('vetting review');
  const actor = authorize(ctx, 'vetting:read', resourceOf(found.review), { what: 'vetting review' });
  return { ...found, actor };
}

export async function getReview({ db, ctx, reviewId }: { db: Db; ctx: RequestContext; reviewId: string }): Promise<TVettingReview> {
  return presentReview(db, ctx, reviewId, { audit: true });
}

export async function stepReview({ db, ctx, reviewId, step }: { db: Db; ctx: RequestContext; reviewId: string; step: TReviewStep }): Promise<TVettingReview> {
  const { review, actor } = await loadVisibleReview(db, ctx, reviewId);
  const transition = reviewTransitionFor(step.action);
  authorize(ctx, transition.permission, resourceOf(review));
  const state = review.state as ReviewState;
  if (!transition.from.includes(state)) {
    const allowed = allowedReviewActions(state);
    throw new AppError('CONFLICT', `You cannot ${transition.label.toLowerCase()} while the review is "${REVIEW_STATE_LABELS[state].toLowerCase()}". What can happen now: ${allowed.map((a) => reviewTransitionFor(a).label.toLowerCase()).join('; ') || 'nothing'}`, {
      errors: [{ path: 'action', message: `current state ${state}; allowed: ${allowed.join(', ') || 'none'}` }],
    });
  }
  const today = todayInEngland();
  if (step.decidedOn > today) throw fieldError('decidedOn', `must not be after today (${today})`);
  if (step.decidedOn < review.openedOn) throw fieldError('decidedOn', `must not be before the review was opened (${review.openedOn})`);
  const events = await listVettingEvents(db, { reviewId });
  const withdrewBy = [...events].reverse().find((e) => e.event.action === 'withdraw')?.event.actorId ?? null;
  if (step.action === 'serve_withdrawal_notice' && step.representationsDue <= step.decidedOn) throw fieldError('representationsDue', 'must be after the notice is served');
  if (step.action === 'withdraw' && !review.representationsReceivedOn && review.representationsDue && step.decidedOn <= review.representationsDue) {
    throw new AppError('CONFLICT', `The officer has until ${review.representationsDue} to make representations; record them or wait until then`, { errors: [{ path: 'decidedOn', message: `representations due ${review.representationsDue}` }] });
  }
  if ((step.action === 'decide_panel_appeal' || step.action === 'decide_tribunal_appeal') && withdrewBy === actor.id) {
    throw new AppError('FORBIDDEN', 'You withdrew the clearance: the appeal is decided by someone else');
  }
  if (step.action === 'appeal_to_tribunal' && !events.some((e) => e.event.action === 'decide_panel_appeal')) {
    throw new AppError('CONFLICT', 'An appeal goes to a panel first; the Police Appeals Tribunal hears it after the panel', { errors: [{ path: 'action', message: 'no panel decision yet' }] });
  }
  if (step.action === 'appeal_to_panel' && events.some((e) => e.event.action === 'decide_panel_appeal')) {
    throw new AppError('CONFLICT', 'A panel has already heard the appeal; a further appeal goes to the Police Appeals Tribunal', { errors: [{ path: 'action', message: 'panel already decided' }] });
  }
  const result = 'result' in step ? step.result : undefined;
  const next = nextReviewState(step.action, result);
  const newState = next === 'unchanged' ? state : next;
  await db.transaction(async (tx) => {
    if (!(await claimReviewVersion(tx, reviewId, step.version))) {
      throw new AppError('STALE_VERSION', `The review was changed by someone else: you had version ${step.version}. Reload it and try again`, { errors: [{ path: 'version', message: 'out of date' }] });
    }
    const values: Partial<ReviewRow> = { state: newState };
    if (step.action === 'serve_withdrawal_notice') Object.assign(values, { noticeServedOn: step.decidedOn, representationsDue: step.representationsDue });
    if (step.action === 'record_representations') values.representationsReceivedOn = step.decidedOn;
    if (newState !== state && !isReviewOpen(newState)) Object.assign(values, { decidedBy: actor.id, decidedOn: step.decidedOn, rationale: step.rationale });
    // Withdrawal ends in dismissal without notice: the clearance goes, and HR is told to act.
    if (newState === 'withdrawn' && state !== 'withdrawn') {
      await setClearanceStatus(tx, review.clearanceId, 'withdrawn', step.decidedOn);
      Object.assign(values, { hrActionRequired: true, hrActionRecordedOn: null });
    }
    if (newState === 'reinstated' || newState === 'maintained') {
      await setClearanceStatus(tx, review.clearanceId, 'active', null);
      values.hrActionRequired = false;
    }
    await updateReview(tx, reviewId, values);
    await insertVettingEvent(tx, { forceId: review.forceId, reviewId, action: step.action, actorId: actor.id, actedOn: step.decidedOn, rationale: step.rationale, data: { result: result ?? null, accompaniedBy: 'accompaniedBy' in step ? step.accompaniedBy : null } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: `vetting.review.${step.action}`, entityType: 'vetting_review', entityId: reviewId, forceId: review.forceId, detail: { from: state, to: newState } })]);
  });
  return presentReview(db, ctx, reviewId, { audit: false });
}

export async function listReviews({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { open?: 'true' | 'false'; forceId?: string; trigger?: ReviewTrigger } }) {
  const actor = authorize(ctx, 'vetting:read');
  if (query.forceId && decide(actor, 'vetting:read', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only list reviews of your own force');
  const scope = query.forceId ?? forceScope(actor, 'vetting:read');
  const rows = await listReviewRows(db, { forceId: scope, open: query.open === undefined ? undefined : query.open === 'true', ...(query.trigger ? { trigger: query.trigger } : {}) });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.review.list', entityType: 'vetting_review', forceId: scope, detail: query.trigger ? { trigger: query.trigger } : null })]));
  return { items: rows.map(summaryOf) };
}

const summaryOf = (r: Awaited<ReturnType<typeof listReviewRows>>[number]) => ({
  id: r.review.id, personId: r.review.personId, personName: `${r.givenNames} ${r.familyName}`, forceId: r.review.forceId, level: r.level,
  trigger: r.review.trigger as ReviewTrigger, triggerDetail: r.review.triggerDetail, openedOn: r.review.openedOn, state: r.review.state as ReviewState, hrActionRequired: r.review.hrActionRequired,
});

/** Withdrawals HR has not yet acted on: the person must be dismissed without notice (Police (Vetting) Regulations 2025). */
export async function listHrActions({ db, ctx }: { db: Db; ctx: RequestContext }) {
  const actor = authorize(ctx, 'vetting:outcome');
  const scope = forceScope(actor, 'vetting:outcome');
  const rows = await listReviewRows(db, { forceId: scope, hrAction: true });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.hr_action.list', entityType: 'vetting_review', forceId: scope })]));
  // HR sees the outcome, not the vetting file: no trigger, no rationale.
  return { items: rows.map((r) => ({ id: r.review.id, personId: r.review.personId, personName: `${r.givenNames} ${r.familyName}`, forceId: r.review.forceId, level: r.level, withdrawnOn: r.review.decidedOn ?? r.review.openedOn })) };
}

export async function recordHrAction({ db, ctx, reviewId, input }: { db: Db; ctx: RequestContext; reviewId: string; input: { actionOn: string; note: string } }) {
  authorize(ctx, 'vetting:outcome');
  const found = await findReview(db, reviewId);
  if (!found) throw notFound('vetting review');
  authorize(ctx, 'vetting:outcome', resourceOf(found.review), { what: 'vetting review' });
  if (!found.review.hrActionRequired || found.review.hrActionRecordedOn) throw new AppError('CONFLICT', 'No HR action is outstanding on this review');
  if (found.review.decidedOn && input.actionOn < found.review.decidedOn) throw fieldError('actionOn', `must not be before the withdrawal (${found.review.decidedOn})`);
  if (input.actionOn > todayInEngland()) throw fieldError('actionOn', 'must not be in the future');
  await db.transaction(async (tx) => {
    await updateReview(tx, reviewId, { hrActionRecordedOn: input.actionOn });
    await insertVettingEvent(tx, { forceId: found.review.forceId, reviewId, action: 'record_hr_action', actorId: ctx.actor?.id ?? null, actedOn: input.actionOn, rationale: input.note });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.hr_action.record', entityType: 'vetting_review', entityId: reviewId, forceId: found.review.forceId })]);
  });
  return { id: reviewId, hrActionRecordedOn: input.actionOn };
}

/**
 * Randomised re-vetting (2024 APP): a share of those holding clearance in the force, drawn once a year with a
 * cryptographic RNG so nobody can predict or steer who is picked.
 */
export async function drawRandomRevetting({ db, ctx, input }: { db: Db; ctx: RequestContext; input: { forceId: string; year: number; share: number } }) {
  const actor = authorize(ctx, 'vetting:approve', { forceIds: [input.forceId] }, { outOfReach: 'forbidden' });
  const today = todayInEngland();
  if (input.year > Number(today.slice(0, 4))) throw fieldError('year', 'cannot draw for a future year');
  if (await findRevettingDraw(db, input.forceId, input.year)) throw new AppError('CONFLICT', `The ${input.year} draw for ${input.forceId} has already been made`, { errors: [{ path: 'year', message: 'already drawn' }] });
  const eligible = await eligibleForRevetting(db, input.forceId, today);
  const count = Math.min(eligible.length, Math.ceil(eligible.length * input.share));
  // Partial Fisher–Yates: the first `count` positions are a uniform sample.
  const pool = [...eligible];
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as ClearanceRow, pool[i] as ClearanceRow];
  }
  const chosen = pool.slice(0, count);
  const reviewIds = await db.transaction(async (tx) => {
    await insertRevettingDraw(tx, { forceId: input.forceId, year: input.year, share: input.share, eligible: eligible.length, selected: count, drawnBy: actor.id });
    const ids: string[] = [];
    for (const c of chosen) {
      const id = await openReviewFor(tx, c.personId, { trigger: 'random_revetting', detail: `Selected in the ${input.year} randomised re-vetting draw (${Math.round(input.share * 1000) / 10}% of ${eligible.length})`, on: today, actorId: actor.id }, auditWith(ctx));
      if (id) ids.push(id);
    }
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.random_revetting.draw', entityType: 'random_revetting_draw', forceId: input.forceId, detail: { year: input.year, share: input.share, eligible: eligible.length, selected: count } })]);
    return ids;
  });
  return { forceId: input.forceId, year: input.year, share: input.share, eligible: eligible.length, selected: count, reviewIds };
}

/** The randomised re-vetting draws made: the force's own, or every force's for an auditor. */
export async function listRandomRevettingDraws({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { forceId?: string } }) {
  const actor = authorize(ctx, 'vetting:read');
  if (query.forceId && decide(actor, 'vetting:read', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only list the draws of your own force');
  const scope = query.forceId ?? forceScope(actor, 'vetting:read');
  const rows = await listRevettingDraws(db, { forceId: scope });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.random_revetting.list', entityType: 'random_revetting_draw', forceId: scope })]));
  return {
    items: rows.map((r) => ({
      forceId: r.draw.forceId, forceName: r.forceName, year: r.draw.year, share: r.draw.share, eligible: r.draw.eligible, selected: r.draw.selected,
      drawnByName: r.drawnByName, drawnAt: r.draw.createdAt.toISOString(),
    })),
  };
}

export async function presentReview(db: Db, ctx: RequestContext, reviewId: string, { audit }: { audit: boolean }): Promise<TVettingReview> {
  const { review: r, level, givenNames, familyName, actor } = await loadVisibleReview(db, ctx, reviewId);
  const events = await listVettingEvents(db, { reviewId });
  if (audit) await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.review.read', entityType: 'vetting_review', entityId: r.id, forceId: r.forceId })]));
  const state = r.state as ReviewState;
  return {
    id: r.id, personId: r.personId, personName: `${givenNames} ${familyName}`, forceId: r.forceId, clearanceId: r.clearanceId, level,
    trigger: r.trigger as ReviewTrigger, triggerDetail: r.triggerDetail, triggerCaseId: r.triggerCaseId, openedOn: r.openedOn, state,
    noticeServedOn: r.noticeServedOn, representationsDue: r.representationsDue, representationsReceivedOn: r.representationsReceivedOn,
    decidedOn: r.decidedOn, rationale: r.rationale, hrActionRequired: r.hrActionRequired, hrActionRecordedOn: r.hrActionRecordedOn, version: r.version,
    allowedActions: allowedReviewActions(state).filter((a) => decide(actor, reviewTransitionFor(a).permission, resourceOf(r)) === 'allow'),
    events: events.map((e) => ({ id: e.event.id, action: e.event.action, actorName: e.actorName, actedOn: e.event.actedOn, rationale: e.event.rationale, data: e.event.data ?? null })),
  };
}
