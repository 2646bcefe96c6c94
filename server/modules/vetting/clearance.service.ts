// Clearances held: granted from an application, expiring per level, lapsed, under review or withdrawn; and what
// a person's page shows of vetting to each role (the file, the status, or the outcome).
import type { Db, Tx } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { decide, forceScope, type Resource } from '../../../shared/policy.js';
import type { TPersonVetting } from '../../../shared/vetting-contracts.js';
import { isManagedLevel, type ClearanceStatus } from '../../../shared/vetting-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { addDays, addMonths, todayInEngland } from '../clock/working-days.js';
import { findPeopleByIds } from '../cases/case.repo.js';
import {
  activeClearancesOf, applicationsOf, clearanceReviewFlags, clearancesOf, employmentsWithForce, insertClearance, listClearanceRows, listLevels,
  nationalSecuritySponsors, reviewsOf, setClearanceStatus, type ApplicationRow, type ClearanceRow, type LevelRow,
} from './vetting.repo.js';

/** Active clearances are "expiring" inside the longest reminder period, "lapsed" after expiry. */
export function clearanceStatus(c: Pick<ClearanceRow, 'status' | 'expiresOn'>, today: string, underReview: boolean, reminderHorizonDays = 90): ClearanceStatus {
  if (c.status !== 'active') return c.status;
  if (c.expiresOn !== null && c.expiresOn < today) return 'lapsed';
  if (underReview) return 'under_review';
  if (c.expiresOn !== null && c.expiresOn <= addDays(today, reminderHorizonDays)) return 'expiring';
  return 'active';
}

/** The reminder now due (e.g. 90 or 30 days before expiry): the smallest threshold the clearance is inside. */
export function reminderDue(expiresOn: string | null, today: string, reminderDays: readonly number[]): number | null {
  if (expiresOn === null || expiresOn < today) return null;
  const inside = reminderDays.filter((d) => expiresOn <= addDays(today, d));
  return inside.length === 0 ? null : Math.min(...inside);
}

export const expiryOf = (grantedOn: string, level: Pick<LevelRow, 'validityMonths'>): string => addMonths(grantedOn, level.validityMonths);

/** Grants the clearance in the same transaction as the decision; a renewal supersedes the clearance it renews. */
export async function grantClearance(tx: Tx, application: Pick<ApplicationRow, 'id' | 'personId' | 'forceId' | 'level' | 'conditions' | 'conditionsReviewOn'>, level: LevelRow, grantedOn: string): Promise<ClearanceRow> {
  const existing = await activeClearancesOf(tx, application.personId);
  for (const old of existing.filter((c) => c.level === application.level)) await setClearanceStatus(tx, old.id, 'superseded', grantedOn);
  return insertClearance(tx, {
    personId: application.personId, forceId: application.forceId, level: application.level, applicationId: application.id, grantedOn,
    expiresOn: expiryOf(grantedOn, level), conditions: application.conditions ?? [], conditionsReviewOn: application.conditionsReviewOn ?? null,
  });
}

export async function listClearances({ db, ctx, query }: { db: Db; ctx: RequestContext; query: { status: 'expiring' | 'lapsed' | 'under_review' | 'withdrawn' | 'conditions_due'; forceId?: string } }) {
  const actor = authorize(ctx, 'vetting:read');
  if (query.forceId && decide(actor, 'vetting:read', { forceIds: [query.forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only list clearances of your own force');
  const scope = query.forceId ?? forceScope(actor, 'vetting:read');
  const levels = await listLevels(db);
  const today = todayInEngland();
  const horizon = addDays(today, Math.max(90, ...levels.flatMap((l) => l.reminderDays)));
  const rows = await listClearanceRows(db, { forceId: scope, status: query.status, today, horizon });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.clearance.list', entityType: 'vetting_clearance', forceId: scope, detail: { status: query.status } })]));
  return {
    items: rows.map((r) => {
      const level = levels.find((l) => l.code === r.clearance.level);
      return {
        id: r.clearance.id, personId: r.clearance.personId, personName: `${r.givenNames} ${r.familyName}`, forceId: r.clearance.forceId, level: r.clearance.level,
        grantedOn: r.clearance.grantedOn, expiresOn: r.clearance.expiresOn, status: clearanceStatus(r.clearance, today, r.underReview),
        reminderDue: reminderDue(r.clearance.expiresOn, today, level?.reminderDays ?? [90, 30]),
        conditions: r.clearance.conditions, conditionsReviewOn: r.clearance.conditionsReviewOn,
      };
    }),
  };
}

/** The forces a person's vetting belongs to: where they work or worked, and where they applied or hold clearance. */
async function personResource(db: Db, personId: string): Promise<{ resource: Resource; clearances: ClearanceRow[]; applications: ApplicationRow[] }> {
  const [employmentRows, clearances, applications] = await Promise.all([employmentsWithForce(db, personId), clearancesOf(db, personId), applicationsOf(db, personId)]);
  const forceIds = [...new Set([...employmentRows.map((e) => e.employment.forceId), ...clearances.map((c) => c.forceId), ...applications.map((a) => a.forceId)])];
  return { resource: { forceIds }, clearances, applications };
}

/**
 * What a person's page shows of vetting. The vetting unit (and auditors) see the file; PSD only whether the
 * person is cleared and under review; HR only outcomes it must act on. Anyone else: 403.
 */
export async function getPersonVetting({ db, ctx, personId }: { db: Db; ctx: RequestContext; personId: string }): Promise<TPersonVetting> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const grantsAny = (['vetting:read', 'vetting:status', 'vetting:outcome'] as const).some((a) => decide(actor, a) === 'allow');
  if (!grantsAny) throw new AppError('FORBIDDEN', 'Your role does not allow reading vetting');
  const [person] = await findPeopleByIds(db, [personId]);
  if (!person) throw notFound('person');
  const { resource, clearances, applications } = await personResource(db, personId);
  const view = decide(actor, 'vetting:read', resource) === 'allow' ? 'file'
    : decide(actor, 'vetting:status', resource) === 'allow' ? 'status'
      : decide(actor, 'vetting:outcome', resource) === 'allow' ? 'outcome' : null;
  if (view === null) throw notFound('person');
  const reviews = await reviewsOf(db, personId);
  const underReview = await clearanceReviewFlags(db, clearances.map((c) => c.id));
  const sponsors = view === 'file' ? await nationalSecuritySponsors(db, clearances.filter((c) => !isManagedLevel(c.level)).map((c) => c.id)) : new Map<string, string>();
  const today = todayInEngland();
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'vetting.person.read', entityType: 'person', entityId: personId, detail: { view } })]));
  return {
    view,
    clearances: clearances.map((c) => ({
      id: c.id, level: c.level, forceId: c.forceId, grantedOn: c.grantedOn, expiresOn: c.expiresOn, status: clearanceStatus(c, today, underReview.has(c.id)),
      conditions: view === 'file' ? c.conditions : null,
      nationalSecurity: !isManagedLevel(c.level),
      sponsor: sponsors.get(c.id) ?? null,
    })),
    applications: view === 'status' ? [] : applications
      .filter((a) => view === 'file' || a.state === 'granted' || a.state === 'refused')
      .map((a) => ({ id: a.id, reference: a.reference, level: a.level, kind: a.kind, state: a.state, openedOn: a.openedOn, outcome: a.state === 'awaiting_approval' ? null : a.outcome, decidedOn: a.state === 'awaiting_approval' ? null : a.decidedOn })),
    reviews: reviews
      // HR sees a review only once it has ended in something to act on.
      .filter((r) => view !== 'outcome' || r.state === 'withdrawn' || r.state === 'reinstated')
      .map((r) => ({ id: r.id, trigger: view === 'file' ? r.trigger as TPersonVetting['reviews'][number]['trigger'] : null, openedOn: r.openedOn, state: r.state as TPersonVetting['reviews'][number]['state'], hrActionRequired: r.hrActionRequired, hrActionRecordedOn: r.hrActionRecordedOn })),
  };
}
