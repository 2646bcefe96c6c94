// The annual integrity review of everyone cleared (Vetting Code of Practice 2023): declarations of changes in
// circumstances, associations, finances and business interests, and the supervisor's appraisal.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TRecordIntegrityReview } from '../../../shared/vetting-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { openReviewFor } from './review.service.js';
import { activeClearancesOf, insertIntegrityReview, insertVettingEvent, listOverdueIntegrityReviews } from './vetting.repo.js';

export async function recordIntegrityReview({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TRecordIntegrityReview }) {
  authorize(ctx, 'vetting:record');
  const today = todayInEngland();
  if (input.completedOn > today) throw fieldError('completedOn', `must not be after today (${today})`);
  const clearance = (await activeClearancesOf(db, input.personId)).find((c) => c.expiresOn === null || c.expiresOn >= input.completedOn);
  if (!clearance) throw new AppError('CONFLICT', 'This person holds no live clearance: an integrity review is for people cleared', { errors: [{ path: 'personId', message: 'no active clearance' }] });
  if (input.completedOn < clearance.grantedOn) throw fieldError('completedOn', `must not be before the clearance was granted (${clearance.grantedOn})`);
  const actor = authorize(ctx, 'vetting:record', { forceIds: [clearance.forceId] }, { outOfReach: 'forbidden' });
  const reviewId = await db.transaction(async (tx) => {
    await insertIntegrityReview(tx, {
      personId: input.personId, forceId: clearance.forceId, completedOn: input.completedOn, declarations: input.declarations,
      supervisorAppraisal: input.supervisorAppraisal, concernsRaised: input.concernsRaised, recordedBy: actor.id,
    });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.integrity_review.record', entityType: 'person', entityId: input.personId, forceId: clearance.forceId, detail: { completedOn: input.completedOn, concernsRaised: input.concernsRaised } })]);
    if (!input.concernsRaised) return null;
    const id = await openReviewFor(tx, input.personId, { trigger: 'integrity_review', detail: `Concerns raised at the annual integrity review completed ${input.completedOn}`, on: input.completedOn, actorId: actor.id },
      (e) => auditEvent(ctx, { action: e.action, entityType: 'vetting_review', entityId: e.entityId, forceId: e.forceId, detail: e.detail }));
    if (id) await insertVettingEvent(tx, { forceId: clearance.forceId, reviewId: id, action: 'integrity_review_concerns', actorId: actor.id, actedOn: input.completedOn, rationale: input.supervisorAppraisal });
    return id;
  });
  return { personId: input.personId, completedOn: input.completedOn, reviewId };
}

export async function listOverdueIntegrity({ db, ctx, forceId }: { db: Db; ctx: RequestContext; forceId?: string }) {
  const actor = authorize(ctx, 'vetting:read');
  if (forceId && decide(actor, 'vetting:read', { forceIds: [forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only list your own force');
  const scope = forceId ?? forceScope(actor, 'vetting:read');
  const today = todayInEngland();
  const rows = await listOverdueIntegrityReviews(db, { forceId: scope, today });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.integrity_review.overdue_list', entityType: 'person', forceId: scope })]));
  return {
    items: rows.map((r) => ({
      personId: r.person_id, personName: `${r.given_names} ${r.family_name}`, forceId: r.force_id, level: r.level, lastCompletedOn: r.last_on, dueOn: r.due_on,
      daysOverdue: Math.round((Date.parse(today) - Date.parse(r.due_on)) / 86_400_000),
    })),
  };
}
