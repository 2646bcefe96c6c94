// Early-warning rules: listed for everyone who works the queue, created and changed by administrators. A change
// adds a version; alerts keep the version that raised them and their dispositions.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext, type SignedInUser } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide } from '../../../shared/policy.js';
import type { TCreateRule, TRule, TRuleInput } from '../../../shared/signal-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { describeRule } from './describe-rule.js';
import { findRuleByCode, insertRule, insertRuleVersion, listRules, refreshPeerThresholds, setRuleVersion, type RuleRow } from './signals.repo.js';

const present = (r: RuleRow): TRule => ({
  id: r.id, code: r.code, forceId: r.forceId, version: r.version, active: r.active, name: r.name, severity: r.severity, definition: r.definition,
  description: describeRule(r.definition), editedAt: r.editedAt.toISOString(), editedByName: r.editedByName, reason: r.reason,
});

export async function getRules({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<TRule[]> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (decide(actor, 'signal:read') !== 'allow' && decide(actor, 'signal:rules') !== 'allow') throw new AppError('FORBIDDEN', 'Your role does not allow reading early-warning rules');
  return (await listRules(db, { activeOnly: false })).map(present);
}

/** National rules are changed by a national administrator; a force's by its own. */
function authorizeRuleScope(ctx: RequestContext, forceId: string | null): SignedInUser {
  const actor = authorize(ctx, 'signal:rules');
  if (forceId === null ? actor.forceId !== null : decide(actor, 'signal:rules', { forceIds: [forceId] }) !== 'allow') {
    throw new AppError('FORBIDDEN', forceId === null ? 'Only a national administrator may change a national rule' : `You may only change rules of your own force`);
  }
  return actor;
}

export async function createRule({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TCreateRule }): Promise<TRule> {
  const actor = authorizeRuleScope(ctx, input.forceId);
  if (await findRuleByCode(db, input.code)) throw fieldError('code', `a rule with code ${input.code} already exists`);
  await db.transaction(async (tx) => {
    const rule = await insertRule(tx, { code: input.code, forceId: input.forceId, active: input.active });
    await insertRuleVersion(tx, { ruleId: rule.id, version: 1, name: input.name, severity: input.severity, definition: input.definition, reason: input.reason, editedBy: actor.id });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.rule.create', entityType: 'signal_rule', entityId: rule.id, forceId: input.forceId, detail: { code: input.code, definition: input.definition } })]);
  });
  const created = await findRuleByCode(db, input.code);
  if (!created) throw new Error('rule vanished');
  return present(created);
}

export async function changeRule({ db, ctx, code, input }: { db: Db; ctx: RequestContext; code: string; input: TRuleInput }): Promise<TRule> {
  authorize(ctx, 'signal:rules');
  const rule = await findRuleByCode(db, code);
  if (!rule) throw notFound('rule');
  const actor = authorizeRuleScope(ctx, rule.forceId);
  const version = rule.version + 1;
  await db.transaction(async (tx) => {
    await insertRuleVersion(tx, { ruleId: rule.id, version, name: input.name, severity: input.severity, definition: input.definition, reason: input.reason, editedBy: actor.id });
    await setRuleVersion(tx, rule.id, version, input.active);
    // Thresholds of the old definition no longer apply; the next full evaluation makes new ones.
    await refreshPeerThresholds(tx, rule, null);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.rule.change', entityType: 'signal_rule', entityId: rule.id, forceId: rule.forceId, detail: { code, version, from: rule.definition, to: input.definition, active: input.active } })]);
  });
  const changed = await findRuleByCode(db, code);
  if (!changed) throw new Error('rule vanished');
  return present(changed);
}
