import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TConsistency } from '../../../shared/vetting-contracts.js';
import type { AdverseCategory } from '../../../shared/vetting-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { addMonths, todayInEngland } from '../clock/working-days.js';
import { computeConsistency } from './consistency.js';
import { adverseCategoriesOf, decidedApplications, userNames } from './vetting.repo.js';

export async function getConsistency({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { forceId?: string; from?: string; to?: string } }): Promise<TConsistency> {
  const actor = authorize(ctx, 'vetting:consistency');
  if (query.forceId && decide(actor, 'vetting:consistency', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only see your own force');
  const scope = query.forceId ?? forceScope(actor, 'vetting:consistency');
  const to = query.to ?? todayInEngland();
  const from = query.from ?? addMonths(to, -12);
  if (from > to) throw fieldError('from', `must not be after "to" (${to})`);
  const rows = (await decidedApplications(db, { forceId: scope, from, to })).filter((r) => r.application.state !== 'awaiting_approval');
  const [categories, names] = await Promise.all([
    adverseCategoriesOf(db, rows.map((r) => r.application.id)),
    userNames(db, rows.flatMap((r) => [r.application.decidedBy, r.application.approvedBy])),
  ]);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.consistency.read', entityType: 'vetting_application', forceId: scope, detail: { from, to } })]));
  const figures = computeConsistency(rows.flatMap(({ application: a, givenNames, familyName }) => (a.outcome && a.decidedOn && a.decidedBy ? [{
    applicationId: a.id, reference: a.reference, personName: `${givenNames} ${familyName}`, outcome: a.outcome, decidedOn: a.decidedOn,
    deciderId: a.decidedBy, deciderName: names.get(a.decidedBy) ?? 'unknown', approverName: a.approvedBy ? names.get(a.approvedBy) ?? null : null,
    categories: (categories.get(a.id) ?? []) as AdverseCategory[], rebuttal: a.rebuttal, conditions: a.conditions ?? [],
  }] : [])));
  return { forceId: scope, from, to, ...figures };
}
