// Hearing notices for the appropriate authority: a draft for a subject whose misconduct hearing is arranged (filled
// in from the register), an explicit publication decision with any withheld details and their reason, the outcome
// afterwards, and withdrawal with a reason. Every write claims the notice's next version and is audited with it.
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { forceScope } from '../../../shared/policy.js';
import { STANDARD_LABELS, type Standard } from '../../../shared/case-vocabulary.js';
import type {
  TDraftNotice, TEditNotice, THearingCandidates, THearingNotice, THearingNoticeList, TNoticeOutcome, TPublishNotice, TWithdrawNotice,
} from '../../../shared/hearing-contracts.js';
import { HEARING_FORMS, NOTICE_STATUSES, WITHHOLDABLE_FIELDS, type HearingForm, type NoticeStatus, type WithholdableField } from '../../../shared/hearing-vocabulary.js';
import { appendAuditEvents, readAuditEventsFor } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { findCandidate, findLiveNotice, findNotice, insertNotice, listCandidateRows, listNoticeRows, lockSubject, updateNoticeAtVersion, userNames, type NoticeRow } from './hearing.repo.js';
import { defaultPublishUntil, isOnPublicPage, periodProblem, publishUntilWithOutcome } from './notice-period.js';

type Base = { db: Db; ctx: RequestContext };
const ENTITY = 'hearing_notice';
const CANDIDATE_LIMIT = 200;

const isHearingForm = (form: string | null): form is HearingForm => form !== null && (HEARING_FORMS as readonly string[]).includes(form);
const isNoticeStatus = (status: string | null): status is NoticeStatus => status !== null && (NOTICE_STATUSES as readonly string[]).includes(status);
const isStandard = (value: string): value is Standard => Object.hasOwn(STANDARD_LABELS, value);

/** A first line for the notice: the Standards of Professional Behaviour the allegations concern, in words. */
export function summariseStandards(standards: readonly string[]): string {
  const named = standards.filter(isStandard).map((s) => STANDARD_LABELS[s]);
  if (named.length === 0) return 'It is alleged that the officer breached the Standards of Professional Behaviour.';
  return `It is alleged that the officer breached the Standards of Professional Behaviour in respect of: ${named.join('; ')}.`;
}

export async function listHearingCandidates({ db, ctx }: Base): Promise<THearingCandidates> {
  const actor = authorize(ctx, 'hearing:publish');
  const rows = await listCandidateRows(db, forceScope(actor, 'hearing:publish'), CANDIDATE_LIMIT);
  return {
    items: rows.flatMap((r) => {
      const form = r.form;
      if (!isHearingForm(form)) return [];
      return [{
        caseId: r.case_id, caseReference: r.case_reference, subjectId: r.subject_id, personId: r.person_id, forceId: r.force_id,
        form, hearingOn: r.hearing_on, officerName: `${r.given_names} ${r.family_name}`, rank: r.rank,
        allegationSummary: summariseStandards(r.standards), noticeId: r.notice_id, noticeStatus: isNoticeStatus(r.notice_status) ? r.notice_status : null,
      }];
    }),
  };
}

export async function listHearingNotices({ db, ctx, status, today = todayInEngland() }: Base & { status?: NoticeStatus | undefined; today?: string }): Promise<THearingNoticeList> {
  const actor = authorize(ctx, 'hearing:publish');
  const rows = await listNoticeRows(db, { forceId: forceScope(actor, 'hearing:publish'), status });
  return {
    items: rows.map(({ notice: n, caseReference }) => ({
      id: n.id, forceId: n.forceId, caseId: n.caseId, caseReference, officerName: n.officerName, hearingOn: n.hearingOn, status: n.status,
      publishFrom: n.publishFrom, publishUntil: n.publishUntil, isOnPublicPage: isOnPublicPage(n, today), hasOutcome: n.outcomeSummary !== null,
      withheldCount: n.withheldFields.length,
    })),
  };
}

async function loadVisibleNotice(db: Db, ctx: RequestContext, noticeId: string) {
  authorize(ctx, 'hearing:publish');
  const found = await findNotice(db, noticeId);
  if (!found) throw notFound('hearing notice');
  const actor = authorize(ctx, 'hearing:publish', { forceIds: [found.notice.forceId], restricted: found.restricted }, { what: 'hearing notice' });
  return { ...found, actor };
}

export async function getHearingNotice({ db, ctx, config, noticeId }: Base & { config: Config; noticeId: string }): Promise<THearingNotice> {
  const notice = await presentNotice(db, ctx, config, noticeId);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'hearing.notice.read', entityType: ENTITY, entityId: noticeId, forceId: notice.forceId })]));
  return notice;
}

const HISTORY_ACTIONS: Record<string, string> = {
  'hearing.notice.draft': 'drafted',
  'hearing.notice.edit': 'edited',
  'hearing.notice.publish': 'published',
  'hearing.notice.outcome': 'outcome_added',
  'hearing.notice.withdraw': 'withdrawn',
};

async function presentNotice(db: Db, ctx: RequestContext, config: Config, noticeId: string, today = todayInEngland()): Promise<THearingNotice> {
  const { notice: n, forceName, caseReference, form, caseOutcome, caseOutcomeOn } = await loadVisibleNotice(db, ctx, noticeId);
  // The audit trail is the notice's history: every step is there with who took it and the reason given.
  const events = (await readAuditEventsFor(db, ENTITY, n.id)).filter((e) => Object.hasOwn(HISTORY_ACTIONS, e.action));
  const names = await userNames(db, [n.createdBy, n.publishedBy, ...events.map((e) => e.actorId)]);
  const days = config.hearings.noticeDaysAfter;
  return {
    id: n.id, forceId: n.forceId, forceName, caseId: n.caseId, caseReference, subjectId: n.subjectId, form: isHearingForm(form) ? form : null,
    officerName: n.officerName, rank: n.rank, allegationSummary: n.allegationSummary, hearingOn: n.hearingOn, venue: n.venue,
    outcomeSummary: n.outcomeSummary, outcomeOn: n.outcomeOn, caseOutcome, caseOutcomeOn,
    withheldFields: n.withheldFields.filter(isWithholdableField), withheldReason: n.withheldReason, status: n.status,
    publishedByName: n.publishedBy ? names.get(n.publishedBy) ?? null : null, publishDecisionRationale: n.publishDecisionRationale,
    publishFrom: n.publishFrom, publishUntil: n.publishUntil, isOnPublicPage: isOnPublicPage(n, today),
    defaultPublishUntil: defaultPublishUntil({ hearingOn: n.hearingOn, outcomeOn: n.outcomeOn, days }), noticeDaysAfter: days,
    createdByName: names.get(n.createdBy) ?? null, createdAt: n.createdAt.toISOString(), version: n.version,
    history: events.map((e) => ({
      action: HISTORY_ACTIONS[e.action] ?? e.action,
      at: new Date(e.at).toISOString(),
      actorName: e.actorId ? names.get(e.actorId) ?? null : null,
      note: noteOf(e.detail),
    })),
  };
}

const isWithholdableField = (field: string): field is WithholdableField => (WITHHOLDABLE_FIELDS as readonly string[]).includes(field);

function noteOf(detail: Record<string, unknown> | null): string | null {
  for (const key of ['rationale', 'reason']) {
    const value = detail?.[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}

function staleVersion(expected: number, current: number | undefined): AppError {
  return new AppError('STALE_VERSION', `The notice was changed by someone else: you had version ${expected}, it is now ${current ?? 'unknown'}. Reload it and try again`, {
    errors: [{ path: 'version', message: `current version is ${current ?? 'unknown'}` }],
  });
}

function requireStatus(notice: NoticeRow, allowed: readonly NoticeStatus[], what: string): void {
  if (allowed.includes(notice.status)) return;
  throw new AppError('CONFLICT', `You cannot ${what}: the notice is ${notice.status}`, { errors: [{ path: 'status', message: notice.status }] });
}

/** Writes one change at the version read, with its audit event, in one transaction; 409 if someone got there first. */
async function changeNotice(db: Db, ctx: RequestContext, notice: NoticeRow, version: number, patch: Parameters<typeof updateNoticeAtVersion>[3], event: { action: string; detail: Record<string, unknown> }): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await updateNoticeAtVersion(tx, notice.id, version, patch))) {
      const current = await findNotice(tx, notice.id);
      throw staleVersion(version, current?.notice.version);
    }
    await appendAuditEvents(tx, [auditEvent(ctx, { action: event.action, entityType: ENTITY, entityId: notice.id, forceId: notice.forceId, detail: event.detail })]);
  });
}

export async function draftHearingNotice({ db, ctx, config, input }: Base & { config: Config; input: TDraftNotice }): Promise<THearingNotice> {
  authorize(ctx, 'hearing:publish');
  const subject = await findCandidate(db, input.subjectId);
  if (!subject) throw notFound('case subject');
  const actor = authorize(ctx, 'hearing:publish', { forceIds: [subject.force_id], restricted: subject.restricted }, { what: 'case subject' });
  if (!isHearingForm(subject.form)) {
    throw new AppError('CONFLICT', 'No misconduct hearing is arranged for this subject: a notice is only for proceedings held in public', { errors: [{ path: 'subjectId', message: 'no hearing arranged' }] });
  }
  const id = await db.transaction(async (tx) => {
    // Two drafts for one hearing at once: the second waits for the first here, then sees its notice.
    await lockSubject(tx, subject.subject_id);
    const existing = await findLiveNotice(tx, input.subjectId);
    if (existing) {
      throw new AppError('CONFLICT', `This hearing already has a ${existing.status} notice: change that one, or withdraw it first`, { errors: [{ path: 'subjectId', message: `notice ${existing.id} is ${existing.status}` }] });
    }
    const row = await insertNotice(tx, {
      forceId: subject.force_id, caseId: subject.case_id, subjectId: subject.subject_id, officerName: input.officerName, rank: input.rank,
      allegationSummary: input.allegationSummary, hearingOn: input.hearingOn, venue: input.venue, createdBy: actor.id,
    });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'hearing.notice.draft', entityType: ENTITY, entityId: row.id, forceId: subject.force_id, detail: { caseId: subject.case_id, subjectId: subject.subject_id } })]);
    return row.id;
  });
  return presentNotice(db, ctx, config, id);
}

export async function editHearingNotice({ db, ctx, config, noticeId, input }: Base & { config: Config; noticeId: string; input: TEditNotice }): Promise<THearingNotice> {
  const { notice } = await loadVisibleNotice(db, ctx, noticeId);
  requireStatus(notice, ['draft'], 'change a notice once it is published (withdraw it and publish a new one)');
  const { version, ...details } = input;
  await changeNotice(db, ctx, notice, version, details, { action: 'hearing.notice.edit', detail: { fields: Object.keys(details) } });
  return presentNotice(db, ctx, config, noticeId);
}

export async function publishHearingNotice({ db, ctx, config, noticeId, input, today = todayInEngland() }: Base & { config: Config; noticeId: string; input: TPublishNotice; today?: string }): Promise<THearingNotice> {
  const { notice, actor } = await loadVisibleNotice(db, ctx, noticeId);
  requireStatus(notice, ['draft'], 'publish it again');
  const from = input.publishFrom ?? today;
  const until = input.publishUntil ?? defaultPublishUntil({ hearingOn: notice.hearingOn, outcomeOn: notice.outcomeOn, days: config.hearings.noticeDaysAfter });
  const problem = periodProblem({ from, until, hearingOn: notice.hearingOn, today });
  if (problem) throw fieldError(...problem);
  await changeNotice(db, ctx, notice, input.version, {
    status: 'published', publishedBy: actor.id, publishDecisionRationale: input.rationale, withheldFields: [...input.withheldFields],
    withheldReason: input.withheldFields.length > 0 ? input.withheldReason : null, publishFrom: from, publishUntil: until,
  }, { action: 'hearing.notice.publish', detail: { rationale: input.rationale, withheldFields: input.withheldFields, withheldReason: input.withheldReason, publishFrom: from, publishUntil: until } });
  return presentNotice(db, ctx, config, noticeId, today);
}

export async function addHearingOutcome({ db, ctx, config, noticeId, input, today = todayInEngland() }: Base & { config: Config; noticeId: string; input: TNoticeOutcome; today?: string }): Promise<THearingNotice> {
  const { notice } = await loadVisibleNotice(db, ctx, noticeId);
  requireStatus(notice, ['draft', 'published'], 'add an outcome to a withdrawn notice');
  if (input.outcomeOn < notice.hearingOn) throw fieldError('outcomeOn', `must not be before the hearing (${notice.hearingOn})`);
  if (input.outcomeOn > today) throw fieldError('outcomeOn', `must not be after today (${today})`);
  if (input.publishUntil && input.publishUntil < input.outcomeOn) throw fieldError('publishUntil', `must not be before the outcome (${input.outcomeOn})`);
  // A draft gets its period when it is published; a published notice stays up long enough for the outcome to be read.
  const publishUntil = notice.status === 'published'
    ? publishUntilWithOutcome({ current: notice.publishUntil, outcomeOn: input.outcomeOn, days: config.hearings.noticeDaysAfter, chosen: input.publishUntil })
    : notice.publishUntil;
  await changeNotice(db, ctx, notice, input.version, { outcomeSummary: input.outcomeSummary, outcomeOn: input.outcomeOn, publishUntil },
    { action: 'hearing.notice.outcome', detail: { outcomeOn: input.outcomeOn, publishUntil } });
  return presentNotice(db, ctx, config, noticeId, today);
}

export async function withdrawHearingNotice({ db, ctx, config, noticeId, input }: Base & { config: Config; noticeId: string; input: TWithdrawNotice }): Promise<THearingNotice> {
  const { notice } = await loadVisibleNotice(db, ctx, noticeId);
  requireStatus(notice, ['draft', 'published'], 'withdraw it again');
  await changeNotice(db, ctx, notice, input.version, { status: 'withdrawn' }, { action: 'hearing.notice.withdraw', detail: { reason: input.reason, wasPublished: notice.status === 'published' } });
  return presentNotice(db, ctx, config, noticeId);
}
