// One person's risk score for those who work the alert queue, scoped like alerts: to the person's current force.
import type { Db } from '../../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../../context.js';
import { notFound } from '../../../errors.js';
import type { TPersonRisk } from '../../../../shared/risk-contracts.js';
import { appendAuditEvents } from '../../audit/audit.repo.js';
import { describeFactor } from './features.js';
import { currentForceOf, findRiskScore, latestRiskModel } from './risk.repo.js';

export async function getPersonRisk({ db, ctx, personId }: { db: Db; ctx: RequestContext; personId: string }): Promise<TPersonRisk> {
  authorize(ctx, 'signal:read');
  const forceId = await currentForceOf(db, personId);
  if (!forceId) throw notFound('person');
  authorize(ctx, 'signal:read', { forceIds: [forceId] }, { what: 'person' });
  const model = await latestRiskModel(db);
  const score = model ? await findRiskScore(db, personId, model.version) : undefined;
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'signals.risk.read', entityType: 'person', entityId: personId, forceId,
    detail: { modelVersion: model?.version ?? null, score: score?.score ?? null },
  })]));
  return {
    personId,
    model: model ? { version: model.version, asOf: model.asOf, trainedAt: model.createdAt.toISOString(), label: model.label } : null,
    score: score?.score ?? null,
    percentile: score?.percentile ?? null,
    factors: (score?.contributions ?? []).map((c) => ({
      factor: c.factor, description: describeFactor(c.factor, c.values), contribution: c.contribution, direction: c.contribution > 0 ? 'raises' : 'lowers',
    })),
  };
}
