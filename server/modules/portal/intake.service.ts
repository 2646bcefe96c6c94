// Staff intake of portal complaints (intake:triage: PSD investigators and appropriate authorities). A complaint
// with a force waits in that force's intake; one whose force the complainant did not know waits in the triage
// queue, which every force's intake staff see so that whoever recognises it can route it to the right force.
// From intake a complaint is recorded as a case (through the cases module, so it starts 'logged' like any public
// complaint) or closed without a case, with a reason the complainant is shown.
import type { Db } from '../../db/client.js';
import { auditEvent, authorize, type RequestContext, type SignedInUser } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { forceScope } from '../../../shared/policy.js';
import type {
  TCloseComplaint, TIntakeComplaint, TIntakeList, TIntakeListQuery, TRecordComplaintAsCase, TRouteComplaint,
} from '../../../shared/portal-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { createCase } from '../cases/case.service.js';
import {
  claimForCase, closeComplaintRow, findComplaint, findForceName, listIntakeRows, routeComplaintRow, setComplaintCase,
} from './portal.repo.js';

type Found = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;

const ENTITY = 'public_complaint';

/** A complaint the actor may see: their force's (or any, for a national user), or one in the triage queue. */
async function loadVisibleComplaint(db: Db, ctx: RequestContext, id: string): Promise<{ found: Found; actor: SignedInUser }> {
  authorize(ctx, 'intake:triage');
  const found = await findComplaint(db, id);
  if (!found) throw notFound('complaint');
  const forceId = found.complaint.forceId;
  const actor = authorize(ctx, 'intake:triage', forceId === null ? undefined : { forceIds: [forceId] }, { what: 'complaint' });
  return { found, actor };
}

function present({ complaint: c, forceName, triagedBy, caseReference }: Found): TIntakeComplaint {
  return {
    id: c.id,
    reference: c.reference,
    forceId: c.forceId,
    forceName,
    status: c.status,
    receivedOn: c.receivedOn,
    consentedAt: c.consentedAt.toISOString(),
    officer: { name: c.officerDetails.name ?? null, collarNumber: c.officerDetails.collarNumber ?? null, description: c.officerDetails.description ?? null },
    incidentOn: c.incidentOn,
    incidentPlace: c.incidentPlace,
    whatHappened: c.whatHappened,
    complainant: {
      name: c.complainantName, email: c.email, phone: c.phone, preferredContact: c.preferredContact, postalAddress: c.postalAddress, accessibilityNeeds: c.accessibilityNeeds,
    },
    triagedBy,
    note: c.triageNote,
    caseId: c.caseId,
    caseReference,
  };
}

async function reload(db: Db, id: string): Promise<TIntakeComplaint> {
  const found = await findComplaint(db, id);
  if (!found) throw notFound('complaint');
  return present(found);
}

export async function listIntake({ db, ctx, query }: { db: Db; ctx: RequestContext; query: TIntakeListQuery }): Promise<TIntakeList> {
  const actor = authorize(ctx, 'intake:triage');
  const { items, total } = await listIntakeRows(db, { scopeForceId: forceScope(actor, 'intake:triage'), query });
  // Each line names an officer and part of a complainant's account: the read is audited with what was shown.
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'public_complaint.list', entityType: ENTITY, forceId: actor.forceId,
    detail: { queue: query.queue, status: query.status ?? null, page: query.page, ids: items.map((i) => i.id) },
  })]));
  return {
    items: items.map((i) => ({
      id: i.id, reference: i.reference, forceId: i.forceId, forceName: i.forceName, status: i.status, receivedOn: i.receivedOn,
      officerName: i.officerDetails.name ?? null, collarNumber: i.officerDetails.collarNumber ?? null, excerpt: i.excerpt,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getIntakeComplaint({ db, ctx, id }: { db: Db; ctx: RequestContext; id: string }): Promise<TIntakeComplaint> {
  const { found } = await loadVisibleComplaint(db, ctx, id);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.read', entityType: ENTITY, entityId: id, forceId: found.complaint.forceId })]));
  return present(found);
}

const notReceived = (found: Found): AppError =>
  new AppError('CONFLICT', `Complaint ${found.complaint.reference} has already been ${found.complaint.status === 'recorded_as_case' ? 'recorded as a case' : 'closed'}`);
const changedMeanwhile = (): AppError => new AppError('CONFLICT', 'Someone else dealt with this complaint while you were working on it. Reload it to see what changed');

export async function routeComplaint({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: TRouteComplaint }): Promise<TIntakeComplaint> {
  const { found, actor } = await loadVisibleComplaint(db, ctx, id);
  const from = found.complaint.forceId;
  if (found.complaint.status !== 'received') throw notReceived(found);
  if (input.forceId === from) throw fieldError('forceId', 'is the force the complaint is already with');
  const toName = await findForceName(db, input.forceId);
  if (!toName) throw fieldError('forceId', `no force with code ${input.forceId}`);
  await db.transaction(async (tx) => {
    if (!(await routeComplaintRow(tx, { id, fromForceId: from, toForceId: input.forceId, userId: actor.id, note: input.note }))) throw changedMeanwhile();
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.route', entityType: ENTITY, entityId: id, forceId: input.forceId, detail: { from, to: input.forceId, note: input.note } })]);
  });
  // The router may no longer see it (routed to another force): they get back what they sent, not a fresh read.
  return reload(db, id);
}

export async function recordComplaintAsCase({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: TRecordComplaintAsCase }): Promise<TIntakeComplaint> {
  const { found, actor } = await loadVisibleComplaint(db, ctx, id);
  const c = found.complaint;
  if (c.status !== 'received') throw notReceived(found);
  const forceId = c.forceId;
  if (forceId === null) throw new AppError('CONFLICT', 'Route the complaint to a force before recording it as a case');
  await db.transaction(async (tx) => {
    if (!(await claimForCase(tx, { id, forceId, userId: actor.id }))) throw changedMeanwhile();
    // The cases module's own intake, in this transaction (a savepoint): the case, the complaint and both audit
    // events commit together or not at all.
    const created = await createCase({ db: tx, ctx, input: {
      forceId,
      source: 'public_complaint',
      summary: input.summary,
      receivedOn: c.receivedOn,
      restricted: false,
      parties: [{ kind: 'complainant', name: c.complainantName, email: c.email, phone: c.phone, accessibilityNeeds: c.accessibilityNeeds }],
      // An allegation without its own date or place takes the complainant's.
      subjects: input.subjects.map((s) => ({
        ...s,
        allegations: s.allegations.map((a) => ({ ...a, occurredOn: a.occurredOn === undefined ? c.incidentOn : a.occurredOn, place: a.place === undefined ? c.incidentPlace : a.place })),
      })),
    } });
    await setComplaintCase(tx, id, created.id);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.record_as_case', entityType: ENTITY, entityId: id, forceId, detail: { caseId: created.id, caseReference: created.reference } })]);
  });
  return reload(db, id);
}

export async function closeComplaint({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: TCloseComplaint }): Promise<TIntakeComplaint> {
  const { found, actor } = await loadVisibleComplaint(db, ctx, id);
  if (found.complaint.status !== 'received') throw notReceived(found);
  await db.transaction(async (tx) => {
    if (!(await closeComplaintRow(tx, { id, forceId: found.complaint.forceId, userId: actor.id, reason: input.reason }))) throw changedMeanwhile();
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'public_complaint.close', entityType: ENTITY, entityId: id, forceId: found.complaint.forceId, detail: { reason: input.reason } })]);
  });
  return reload(db, id);
}
