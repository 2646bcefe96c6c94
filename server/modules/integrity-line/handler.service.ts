// The handler's side of the integrity line (integrity:handle: counter-corruption and appropriate authorities, own
// force): the list, the report with its thread (the read is audited), replies, status changes with the day they
// happened, and turning a report into a case through the cases module. Handlers are audited as for any other record.
import type { Db } from '../../db/client.js';
import { auditEvent, authorize, type RequestContext, type SignedInUser } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { decide, forceScope, type Actor } from '../../../shared/policy.js';
import type {
  TChangeReportStatus, THandlerReply, THandlerReport, TMakeCaseFromReport, TReportList, TReportListQuery,
} from '../../../shared/integrity-line-contracts.js';
import { nextStatuses } from '../../../shared/integrity-line-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { createCase } from '../cases/case.service.js';
import { todayInEngland } from '../clock/working-days.js';
import {
  changeStatusRow, claimHandler, findReport, insertMessage, listMessages, listReportRows, lockReport, setReportCase,
} from './integrity-line.repo.js';
import { asCategory } from './report-fields.js';

const ENTITY = 'integrity_report';

type Found = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** A report in the actor's reach, looked up with the force filter in the SQL; anything else is a 404. */
async function loadVisibleReport(db: Db, ctx: RequestContext, id: string): Promise<{ found: Found; actor: SignedInUser }> {
  const actor = authorize(ctx, 'integrity:handle');
  const found = await findReport(db, id, forceScope(actor, 'integrity:handle'));
  if (!found) throw notFound('report');
  authorize(ctx, 'integrity:handle', { forceIds: [found.report.forceId] }, { what: 'report' });
  return { found, actor };
}

/** A restricted case made from a report stays invisible to handlers who may not read restricted cases. */
const maySeeCase = (actor: Actor, forceId: string, restricted: boolean | null): boolean =>
  decide(actor, 'case:read', { forceIds: [forceId], restricted: restricted ?? false }) === 'allow';

async function present(db: Db, actor: Actor, { report, forceName, handlerName, caseReference, caseRestricted }: Found): Promise<THandlerReport> {
  const messages = await listMessages(db, report.id);
  const caseShown = report.caseId && caseReference && maySeeCase(actor, report.forceId, caseRestricted) ? { id: report.caseId, reference: caseReference } : null;
  return {
    id: report.id,
    reference: report.reference,
    forceId: report.forceId,
    forceName,
    category: asCategory(report.category),
    whatHappened: report.summary,
    status: report.status,
    outcomeClass: report.outcomeClass,
    receivedOn: report.receivedOn,
    statusChangedOn: report.statusChangedOn,
    handler: report.handlerId && handlerName ? { id: report.handlerId, name: handlerName } : null,
    hasCase: report.caseId !== null,
    case: caseShown,
    nextStatuses: [...nextStatuses(report.status)],
    messages,
  };
}

async function reload(db: Db, actor: Actor, id: string): Promise<THandlerReport> {
  const found = await findReport(db, id, null);
  if (!found) throw notFound('report');
  return present(db, actor, found);
}

export async function listReports({ db, ctx, query }: { db: Db; ctx: RequestContext; query: TReportListQuery }): Promise<TReportList> {
  const actor = authorize(ctx, 'integrity:handle');
  const { items, total } = await listReportRows(db, { scopeForceId: forceScope(actor, 'integrity:handle'), query });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'integrity_report.list', entityType: ENTITY, forceId: actor.forceId,
    detail: { status: query.status ?? null, page: query.page, ids: items.map((i) => i.id) },
  })]));
  return {
    items: items.map(({ caseRestricted, forceId, ...i }) => ({
      ...i,
      category: asCategory(i.category),
      caseReference: maySeeCase(actor, forceId, caseRestricted) ? i.caseReference : null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getReport({ db, ctx, id }: { db: Db; ctx: RequestContext; id: string }): Promise<THandlerReport> {
  const { found, actor } = await loadVisibleReport(db, ctx, id);
  const report = await present(db, actor, found);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'integrity_report.read', entityType: ENTITY, entityId: id, forceId: found.report.forceId })]));
  return report;
}

export async function replyAsHandler({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: THandlerReply }): Promise<THandlerReport> {
  const { found, actor } = await loadVisibleReport(db, ctx, id);
  await db.transaction(async (tx) => {
    await lockReport(tx, id);
    const seq = await insertMessage(tx, { reportId: id, fromReporter: false, handlerId: actor.id, body: input.body, sentOn: todayInEngland() });
    await claimHandler(tx, id, actor.id);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'integrity_report.message', entityType: ENTITY, entityId: id, forceId: found.report.forceId, detail: { seq } })]);
  });
  return reload(db, actor, id);
}

const changedMeanwhile = (): AppError => new AppError('CONFLICT', 'Someone else changed the status of this report while you were working on it. Reload it to see what changed');

export async function changeReportStatus({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: TChangeReportStatus }): Promise<THandlerReport> {
  const { found, actor } = await loadVisibleReport(db, ctx, id);
  const from = found.report.status;
  if (input.currentStatus !== from) throw changedMeanwhile();
  if (!nextStatuses(from).includes(input.status)) {
    throw new AppError('CONFLICT', from === 'closed' ? 'The report is closed: its status cannot change again' : `A report that is ${from.replace('_', ' ')} cannot become ${input.status.replace('_', ' ')}`);
  }
  // The reporter sees the day of the change, never the time.
  const on = todayInEngland();
  await db.transaction(async (tx) => {
    if (!(await changeStatusRow(tx, { id, from, to: input.status, outcomeClass: input.outcomeClass, on }))) throw changedMeanwhile();
    await claimHandler(tx, id, actor.id);
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'integrity_report.status', entityType: ENTITY, entityId: id, forceId: found.report.forceId,
      detail: { from, to: input.status, outcomeClass: input.outcomeClass, on },
    })]);
  });
  return reload(db, actor, id);
}

/**
 * Records a case from the report through the cases module (source integrity_line, received the day the report was),
 * with the subjects the handler chose from the register. The reporter is not a party: they have no name here.
 */
export async function makeCaseFromReport({ db, ctx, id, input }: { db: Db; ctx: RequestContext; id: string; input: TMakeCaseFromReport }): Promise<THandlerReport> {
  const { found, actor } = await loadVisibleReport(db, ctx, id);
  const report = found.report;
  if (report.caseId) throw new AppError('CONFLICT', `A case has already been made from report ${report.reference}`);
  await db.transaction(async (tx) => {
    // The cases module's own intake, in this transaction (a savepoint): the case, the link and both audit events
    // commit together or not at all.
    const created = await createCase({ db: tx, ctx, input: {
      forceId: report.forceId,
      source: 'integrity_line',
      summary: input.summary,
      receivedOn: report.receivedOn,
      restricted: input.restricted,
      parties: [],
      subjects: input.subjects,
    } });
    if (!(await setReportCase(tx, id, created.id))) throw new AppError('CONFLICT', `Someone else made a case from report ${report.reference} while you were working on it. Reload it`);
    await claimHandler(tx, id, actor.id);
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'integrity_report.make_case', entityType: ENTITY, entityId: id, forceId: report.forceId,
      detail: { caseId: created.id, caseReference: created.reference, restricted: input.restricted },
    })]);
  });
  return reload(db, actor, id);
}
