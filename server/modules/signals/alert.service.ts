// The alert queue: alerts in the force, each explaining itself with the exact rows that raised it. An alert is
// closed only with a disposition and a reason; it re-opens if the pattern grows afterwards.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import { ZRuleDefinition, type TAlert } from '../../../shared/signal-contracts.js';
import { DISPOSITIONS, type Disposition } from '../../../shared/signal-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { toRoles } from '../users/auth.service.js';
import { openReviewFor } from '../vetting/review.service.js';
import { describeRule } from './describe-rule.js';
import { ageingRows, alertEvents, alertEvidence, findAlert, findUserForce, insertAlertEvent, listActiveUsers, listAlertRows, listEvidence, updateAlert } from './signals.repo.js';

const PAGE_SIZE = 50;
const ageDays = (from: Date) => Math.max(0, Math.floor((Date.now() - from.getTime()) / 86_400_000));

export async function listAlerts({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { status: 'open' | 'closed'; forceId?: string; rule?: string; mine?: 'true' | 'false'; page: number } }) {
  const actor = authorize(ctx, 'signal:read');
  if (query.forceId && decide(actor, 'signal:read', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only see alerts of your own force');
  const scope = { forceId: forceScope(actor, 'signal:read') };
  const { rows, total } = await listAlertRows(db, { scope, status: query.status, forceId: query.forceId, ruleCode: query.rule, ownerId: query.mine === 'true' ? actor.id : undefined, page: query.page, pageSize: PAGE_SIZE });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.alert.list', entityType: 'signal_alert', forceId: scope.forceId, detail: { status: query.status, page: query.page } })]));
  return {
    items: rows.map((r) => ({
      id: r.alert.id, personId: r.alert.personId, personName: `${r.givenNames} ${r.familyName}`, forceId: r.alert.forceId, ruleCode: r.code, ruleName: r.ruleName,
      severity: r.alert.severity, status: r.alert.status, ownerName: r.ownerName, openedAt: r.alert.openedAt.toISOString(), ageDays: ageDays(r.alert.openedAt),
      evidenceCount: r.alert.evidence.allegationIds.length + r.alert.evidence.listEntryIds.length, reopenedCount: r.alert.reopenedCount, explanation: r.alert.explanation,
      disposition: r.alert.disposition, closedAt: r.alert.closedAt ? r.alert.closedAt.toISOString() : null,
    })),
    total, page: query.page, pageSize: PAGE_SIZE,
  };
}

async function loadVisibleAlert(db: Db, ctx: RequestContext, id: string, action: 'signal:read' | 'signal:dispose') {
  authorize(ctx, action);
  const found = await findAlert(db, id);
  if (!found) throw notFound('alert');
  const actor = authorize(ctx, 'signal:read', { forceIds: [found.alert.forceId] }, { what: 'alert' });
  authorize(ctx, action, { forceIds: [found.alert.forceId] }, { what: 'alert' });
  return { ...found, actor };
}

export async function getAlert({ db, ctx, alertId }: { db: Db; ctx: RequestContext; alertId: string }): Promise<TAlert> {
  return presentAlert(db, ctx, alertId, { audit: true });
}

async function presentAlert(db: Db, ctx: RequestContext, alertId: string, { audit }: { audit: boolean }): Promise<TAlert> {
  const { alert: a, code, givenNames, familyName, ownerName, version } = await loadVisibleAlert(db, ctx, alertId, 'signal:read');
  const [evidence, lists, events] = await Promise.all([alertEvidence(db, a.evidence.allegationIds), listEvidence(db, a.evidence.listEntryIds), alertEvents(db, a.id)]);
  if (audit) await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.alert.read', entityType: 'signal_alert', entityId: a.id, forceId: a.forceId })]));
  return {
    id: a.id, personId: a.personId, personName: `${givenNames} ${familyName}`, forceId: a.forceId, ruleCode: code, ruleName: version.name, ruleVersion: a.ruleVersion,
    ruleDescription: describeRule(ZRuleDefinition.parse(version.definition)), severity: a.severity, status: a.status, ownerId: a.ownerId, ownerName,
    openedAt: a.openedAt.toISOString(), ageDays: ageDays(a.openedAt), evidenceCount: a.evidence.allegationIds.length + a.evidence.listEntryIds.length,
    reopenedCount: a.reopenedCount, explanation: a.explanation, version: a.version,
    evidence: evidence.map((e) => ({ allegationId: e.allegation_id, caseId: e.case_id, caseReference: e.reference, forceId: e.force_id, forceName: e.force_name, receivedOn: e.received_on, standard: e.standard, iopcCategory: e.iopc_category, tags: e.tags, caseToAnswer: e.case_to_answer, outcome: e.outcome })),
    listEvidence: lists.map((l) => ({ entryId: l.id, list: l.list, name: `${l.given_names} ${l.family_name}`, decidedOn: l.decided_on, reason: l.reason })),
    disposition: a.disposition, dispositionReason: a.dispositionReason, closedAt: a.closedAt ? a.closedAt.toISOString() : null,
    events: events.map((e) => ({
      action: e.event.action, actorName: e.actorName, note: e.event.note, at: e.event.createdAt.toISOString(),
      disposition: isDisposition(e.event.data?.disposition) ? e.event.data.disposition : null,
      ownerName: typeof e.event.data?.ownerName === 'string' ? e.event.data.ownerName : null,
    })),
  };
}

function staleVersion(expected: number): AppError {
  return new AppError('STALE_VERSION', `The alert was changed by someone else: you had version ${expected}. Reload it and try again`, { errors: [{ path: 'version', message: 'out of date' }] });
}

export async function assignAlert({ db, ctx, alertId, input }: { db: Db; ctx: RequestContext; alertId: string; input: { version: number; ownerId: string | null } }): Promise<TAlert> {
  const { alert, actor } = await loadVisibleAlert(db, ctx, alertId, 'signal:dispose');
  if (input.ownerId) {
    const owner = await findUserForce(db, input.ownerId);
    const ownerActor = owner ? { id: owner.id, roles: toRoles(owner.roles), forceId: owner.forceId } : null;
    if (!ownerActor || decide(ownerActor, 'signal:read', { forceIds: [alert.forceId] }) !== 'allow') throw fieldError('ownerId', "not a user who may work this force's alerts");
  }
  const ownerName = input.ownerId ? (await findUserForce(db, input.ownerId))?.displayName ?? null : null;
  await db.transaction(async (tx) => {
    if (!(await updateAlert(tx, alertId, input.version, { ownerId: input.ownerId }))) throw staleVersion(input.version);
    await insertAlertEvent(tx, { alertId, action: 'assigned', actorId: actor.id, data: { ownerId: input.ownerId, ownerName } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.alert.assign', entityType: 'signal_alert', entityId: alertId, forceId: alert.forceId, detail: { ownerId: input.ownerId } })]);
  });
  return presentAlert(db, ctx, alertId, { audit: false });
}

export async function disposeAlert({ db, ctx, alertId, input }: { db: Db; ctx: RequestContext; alertId: string; input: { version: number; disposition: NonNullable<TAlert['disposition']>; reason: string } }): Promise<TAlert> {
  const { alert, actor } = await loadVisibleAlert(db, ctx, alertId, 'signal:dispose');
  if (alert.status === 'closed') throw new AppError('CONFLICT', 'The alert is already closed; it re-opens by itself if the pattern grows', { errors: [{ path: 'status', message: 'closed' }] });
  await db.transaction(async (tx) => {
    if (!(await updateAlert(tx, alertId, input.version, { status: 'closed', disposition: input.disposition, dispositionReason: input.reason, closedBy: actor.id, closedAt: new Date() }))) throw staleVersion(input.version);
    let reviewId: string | null = null;
    if (input.disposition === 'open_vetting_review') {
      reviewId = await openReviewFor(tx, alert.personId, { trigger: 'early_warning', detail: `Early-warning alert: ${alert.explanation}. ${input.reason}`, on: new Date().toISOString().slice(0, 10), actorId: actor.id },
        (e) => auditEvent(ctx, { action: e.action, entityType: 'vetting_review', entityId: e.entityId, forceId: e.forceId, detail: e.detail }));
      if (!reviewId) throw fieldError('disposition', 'this person holds no live clearance to review; choose another disposition');
    }
    await insertAlertEvent(tx, { alertId, action: 'closed', actorId: actor.id, note: input.reason, data: { disposition: input.disposition, vettingReviewId: reviewId } });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.alert.dispose', entityType: 'signal_alert', entityId: alertId, forceId: alert.forceId, detail: { disposition: input.disposition } })]);
  });
  return presentAlert(db, ctx, alertId, { audit: false });
}

const isDisposition = (value: unknown): value is Disposition => typeof value === 'string' && (DISPOSITIONS as readonly string[]).includes(value);

/** Who may own the alerts of the reader's force: users who may read them. */
export async function listOwners({ db, ctx }: { db: Db; ctx: RequestContext }) {
  const actor = authorize(ctx, 'signal:dispose');
  const scope = forceScope(actor, 'signal:dispose');
  const users = await listActiveUsers(db, scope);
  return { items: users.filter((u) => decide({ id: u.id, roles: toRoles(u.roles), forceId: u.forceId }, 'signal:read', { forceIds: [u.forceId ?? actor.forceId ?? ''] }) === 'allow').map((u) => ({ id: u.id, displayName: u.displayName })) };
}

const BANDS = [['0-7', 0, 7], ['8-30', 8, 30], ['31-90', 31, 90], ['91+', 91, Number.POSITIVE_INFINITY]] as const;

/** For supervisors: how old the open alerts are, and who holds them. */
export async function getAgeing({ db, ctx }: { db: Db; ctx: RequestContext }) {
  const actor = authorize(ctx, 'signal:read');
  const scope = { forceId: forceScope(actor, 'signal:read') };
  const rows = await ageingRows(db, scope);
  const owners = new Map<string | null, { open: number; oldestDays: number }>();
  for (const r of rows) {
    const o = owners.get(r.owner_name) ?? { open: 0, oldestDays: 0 };
    owners.set(r.owner_name, { open: o.open + 1, oldestDays: Math.max(o.oldestDays, r.age_days) });
  }
  return {
    bands: BANDS.map(([band, min, max]) => {
      const inBand = rows.filter((r) => r.age_days >= min && r.age_days <= max);
      return { band, open: inBand.length, unassigned: inBand.filter((r) => r.owner_name === null).length };
    }),
    byOwner: [...owners.entries()].map(([ownerName, v]) => ({ ownerName, ...v })).sort((a, b) => b.oldestDays - a.oldestDays),
  };
}
