// Around the workflow: the consistency aid, reports to the local policing body, complainants' reviews,
// and the overdue and time-in-stage views for managers.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TCase, TComparables, TRestrictionReview } from '../../../shared/case-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { findComparables } from './case-consistency.js';
import { findRestriction, findSubject, updateRestriction, insertCaseEvent, overdueByForce, overdueByInvestigator, setComplainantReview, timeInStage, type CaseScope } from './case.repo.js';
import { claimCaseVersionOrFail, loadVisibleCase, presentCase, resourceOf } from './case.service.js';
import type { SignedInUser } from '../../context.js';
import { listActiveUsers } from '../signals/signals.repo.js';
import { toRoles } from '../users/auth.service.js';


export async function getComparables({ db, ctx, caseId, subjectId }: { db: Db; ctx: RequestContext; caseId: string; subjectId: string }): Promise<TComparables> {
  const { actor } = await loadVisibleCase(db, ctx, caseId);
  const subject = await findSubject(db, caseId, subjectId);
  if (!subject) throw notFound('subject');
  return findComparables(db, actor, subject);
}

/** The report due to the local policing body (and the IOPC for Schedule 3 matters) 12 months after receipt, then every 6 months. */
export async function recordLocalPolicingBodyReport({ db, ctx, caseId, input }: { db: Db; ctx: RequestContext; caseId: string; input: { version: number; decidedOn: string; rationale: string } }): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'case:decide', resourceOf(c), { what: 'case' });
  if (input.decidedOn > todayInEngland()) throw fieldError('decidedOn', 'must not be in the future');
  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, input.version);
    await insertCaseEvent(tx, { caseId, forceId: c.forceId, action: 'report_to_local_policing_body', decidedBy: actor.id, decidedOn: input.decidedOn, rationale: input.rationale, data: { alsoToIopc: c.source === 'public_complaint' } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.report_to_local_policing_body', entityType: 'case', entityId: caseId, forceId: c.forceId })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

/** A complainant's request for a review by the local policing body or the IOPC, and its result. */
export async function recordComplainantReview({ db, ctx, caseId, input }: { db: Db; ctx: RequestContext; caseId: string; input: { version: number; body: 'local_policing_body' | 'iopc'; requestedOn: string; outcome?: 'upheld' | 'not_upheld' | null; decidedOn?: string | null } }): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'case:decide', resourceOf(c), { what: 'case' });
  if (c.source !== 'public_complaint') throw new AppError('CONFLICT', 'Only a complainant can ask for a review: this case is not a public complaint');
  if (input.outcome && !input.decidedOn) throw fieldError('decidedOn', 'give the date of the review decision');
  if (input.decidedOn && input.decidedOn < input.requestedOn) throw fieldError('decidedOn', 'must not be before the request');
  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, input.version);
    await setComplainantReview(tx, caseId, { body: input.body, requestedOn: input.requestedOn, outcome: input.outcome ?? null, decidedOn: input.decidedOn ?? null });
    await insertCaseEvent(tx, { caseId, forceId: c.forceId, action: input.outcome ? 'complainant_review_decided' : 'complainant_review_requested', decidedBy: actor.id, decidedOn: input.decidedOn ?? input.requestedOn, rationale: null, data: { ...input } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.complainant_review', entityType: 'case', entityId: caseId, forceId: c.forceId, detail: { body: input.body, outcome: input.outcome ?? null } })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

export function caseScopeOf(actor: SignedInUser): CaseScope {
  const canSeeRestricted = decide(actor, 'case:restricted') === 'allow';
  return { forceId: forceScope(actor, 'case:list'), canSeeRestricted, restrictedForceId: canSeeRestricted ? forceScope(actor, 'case:restricted') : null, actorId: actor.id };
}

export async function getOverdueSummary({ db, ctx }: { db: Db; ctx: RequestContext }) {
  const actor = authorize(ctx, 'case:list');
  const scope = caseScopeOf(actor);
  const today = todayInEngland();
  const [byForce, byInvestigator, stages] = await Promise.all([overdueByForce(db, scope, today), overdueByInvestigator(db, scope, today), timeInStage(db, scope)]);
  return { today, byForce, byInvestigator, timeInStage: stages };
}

/** A restriction's review: it continues to a new review date, or ends. */
export async function reviewRestriction({ db, ctx, caseId, restrictionId, input }: { db: Db; ctx: RequestContext; caseId: string; restrictionId: string; input: TRestrictionReview }): Promise<TCase> {
  const { case: c, actor } = await loadVisibleCase(db, ctx, caseId);
  authorize(ctx, 'case:decide', resourceOf(c), { what: 'case' });
  const restriction = await findRestriction(db, caseId, restrictionId);
  if (!restriction) throw notFound('restriction');
  if (restriction.endedOn) throw new AppError('CONFLICT', `This restriction ended on ${restriction.endedOn}`);
  if (input.reviewedOn > todayInEngland()) throw fieldError('reviewedOn', 'must not be in the future');
  if (input.reviewedOn < restriction.decidedOn) throw fieldError('reviewedOn', `must not be before the restriction was decided (${restriction.decidedOn})`);
  if (input.decision === 'continue' && (!input.nextReviewOn || input.nextReviewOn <= input.reviewedOn)) {
    throw fieldError('nextReviewOn', 'give the next review date, after this review');
  }
  await db.transaction(async (tx) => {
    await claimCaseVersionOrFail(tx, caseId, input.version);
    await updateRestriction(tx, restrictionId, input.decision === 'end' ? { endedOn: input.reviewedOn } : { reviewOn: input.nextReviewOn ?? restriction.reviewOn });
    await insertCaseEvent(tx, { caseId, subjectId: restriction.subjectId, forceId: c.forceId, action: `restriction_${input.decision === 'end' ? 'ended' : 'continued'}`, decidedBy: actor.id, decidedOn: input.reviewedOn, rationale: input.rationale, data: { kind: restriction.kind, nextReviewOn: input.nextReviewOn ?? null } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'case.restriction_review', entityType: 'case_subject', entityId: restriction.subjectId, forceId: c.forceId, detail: { caseId, restrictionId, decision: input.decision } })]);
  });
  return presentCase(db, ctx, caseId, { audit: false });
}

/** The people who may lead an investigation in the reader's force: enabled accounts with case:investigate. */
export async function listInvestigators({ db, ctx }: { db: Db; ctx: RequestContext }) {
  // Asked by whoever starts an investigation (case:investigate), to name who leads it.
  const actor = authorize(ctx, 'case:investigate');
  const users = await listActiveUsers(db, forceScope(actor, 'case:investigate'));
  return {
    items: users
      .filter((u) => u.forceId !== null && decide({ id: u.id, roles: toRoles(u.roles), forceId: u.forceId }, 'case:investigate', { forceIds: [u.forceId] }) === 'allow')
      .map((u) => ({ id: u.id, displayName: u.displayName, forceId: u.forceId ?? '' })),
  };
}
