// Reviewing a sampled decision against the checklist, and the decision-maker's side: the disagreements about
// decisions they made, and their response. Reads of a decision are audited like any read of a person's record.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TChecklist, TDecisionReview, TDecisionReviews, TRecordReview, TSampleItem } from '../../../shared/qa-contracts.js';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../shared/vetting-vocabulary.js';
import { QA_ANSWERS, type QaAnswer } from '../../../shared/qa-vocabulary.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { canSeeSample } from './qa-access.js';
import { caseDetails, findChecklist, findForceName, findItem, findSampleRow, itemViewRows, updateResponse, updateReview, vettingDetails, type ChecklistRow, type ItemViewRow } from './qa.repo.js';
import { toItemSummary, toIso } from './sample.service.js';
import { parseStratumKey } from './stratified-sample.js';

type Base = { db: Db; ctx: RequestContext };

const isOutcome = (value: string): value is DecisionOutcome => (DECISION_OUTCOMES as readonly string[]).includes(value);
const isAnswer = (value: string): value is QaAnswer => (QA_ANSWERS as readonly string[]).includes(value);

/** Stored answers as the contract has them (they were validated on the way in; anything else is dropped). */
function answersOf(stored: Record<string, string> | null): Record<string, QaAnswer> {
  return Object.fromEntries(Object.entries(stored ?? {}).filter((entry): entry is [string, QaAnswer] => isAnswer(entry[1])));
}
const toChecklist = (c: ChecklistRow): TChecklist => ({ id: c.id, name: c.name, population: c.population, questions: c.questions });

async function loadVisibleItem(db: Db, ctx: RequestContext, itemId: string) {
  const actor = authorize(ctx, 'qa:sample');
  const item = await findItem(db, itemId);
  const sample = item ? await findSampleRow(db, item.sampleId) : undefined;
  if (!item || !sample || !canSeeSample(actor, sample)) throw notFound('sampled decision');
  return { item, sample, actor };
}

async function presentItem(db: Db, ctx: RequestContext, itemId: string): Promise<TSampleItem> {
  const { item, sample, actor } = await loadVisibleItem(db, ctx, itemId);
  const [[view], checklist, forceName] = await Promise.all([itemViewRows(db, sql`i.id = ${itemId}::uuid`), findChecklist(db, sample.checklistId), findForceName(db, item.forceId)]);
  if (!view || !checklist || !view.person_id) throw notFound('sampled decision');
  const details = await detailsOf(db, item.entityType, item.entityId);
  const isOwnDecision = item.deciderId === actor.id;
  return {
    ...toItemSummary(view),
    sampleId: sample.id, sampleName: sample.name, forceName: forceName ?? item.forceId, personId: view.person_id, values: parseStratumKey(item.stratum),
    details, checklist: toChecklist(checklist),
    review: item.verdict && item.reviewedAt
      ? { verdict: item.verdict, answers: answersOf(item.answers), reasons: item.reasons, reviewerName: view.reviewer_name, reviewedAt: item.reviewedAt.toISOString() }
      : null,
    response: item.deciderResponse && item.respondedAt ? { text: item.deciderResponse, respondedAt: item.respondedAt.toISOString() } : null,
    isOwnDecision,
    canReview: !isOwnDecision && item.deciderResponse === null,
  };
}

async function detailsOf(db: Db, entityType: 'vetting_application' | 'case_subject', entityId: string): Promise<TSampleItem['details']> {
  if (entityType === 'vetting_application') {
    const found = await vettingDetails(db, entityId);
    const outcome = found?.application.outcome;
    if (!found || outcome === undefined || !isOutcome(outcome)) throw notFound('sampled decision');
    const a = found.application;
    return {
      kind: 'vetting', level: a.level, applicationKind: a.kind, outcome, rationale: a.rationale, rebuttal: a.rebuttal, conditions: a.conditions ?? [],
      approvedByName: a.approved_by_name, adverseItems: found.adverse, checks: found.checks.map((c) => ({ checkType: c.check_type, result: c.result })),
    };
  }
  const found = await caseDetails(db, entityId);
  if (!found) throw notFound('sampled decision');
  return {
    kind: 'case', caseId: found.subject.case_id, severity: found.subject.severity, caseToAnswer: found.subject.case_to_answer, outcome: found.subject.outcome,
    allegations: found.allegations.map((a) => ({ description: a.description, standard: a.standard, iopcCategory: a.iopc_category, tags: a.tags, caseToAnswer: a.case_to_answer })),
    decisions: found.decisions.map((d) => ({ action: d.action, decidedOn: d.decided_on, deciderName: d.decider_name, rationale: d.rationale })),
  };
}

export async function getSampleItem({ db, ctx, itemId }: Base & { itemId: string }): Promise<TSampleItem> {
  const item = await presentItem(db, ctx, itemId);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'qa.item.read', entityType: 'dip_sample_item', entityId: itemId, forceId: item.forceId, detail: { sampleId: item.sampleId, [item.entityType]: item.entityId },
  })]));
  return item;
}

export async function recordReview({ db, ctx, itemId, input }: Base & { itemId: string; input: TRecordReview }): Promise<TSampleItem> {
  const { item, sample, actor } = await loadVisibleItem(db, ctx, itemId);
  if (item.deciderId === actor.id) throw new AppError('CONFLICT', 'You made this decision: someone else must review it', { errors: [{ path: 'verdict', message: 'own decision' }] });
  if (item.deciderResponse !== null) throw new AppError('CONFLICT', 'The decision-maker has already responded to this review, so it can no longer be changed', { errors: [{ path: 'verdict', message: 'responded' }] });
  const checklist = await findChecklist(db, sample.checklistId);
  if (!checklist) throw new Error(`sample ${sample.id} has no checklist`);
  const unanswered = checklist.questions.find((q) => !Object.hasOwn(input.answers, q.id));
  if (unanswered) throw fieldError(`answers.${unanswered.id}`, 'answer every question of the checklist');
  const unknown = Object.keys(input.answers).find((id) => !checklist.questions.some((q) => q.id === id));
  if (unknown) throw fieldError(`answers.${unknown}`, 'is not a question of this checklist');
  await db.transaction(async (tx) => {
    if (!(await updateReview(tx, itemId, { reviewerId: actor.id, verdict: input.verdict, answers: input.answers, reasons: input.reasons }))) {
      throw new AppError('CONFLICT', 'The decision-maker has already responded to this review, so it can no longer be changed', { errors: [{ path: 'verdict', message: 'responded' }] });
    }
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'qa.item.review', entityType: 'dip_sample_item', entityId: itemId, forceId: item.forceId,
      detail: { sampleId: sample.id, verdict: input.verdict, answers: input.answers, replaced: item.verdict !== null },
    })]);
  });
  return presentItem(db, ctx, itemId);
}

function toDecisionReview(r: ItemViewRow, checklist: ChecklistRow | undefined): TDecisionReview {
  const answers = r.answers ?? {};
  return {
    itemId: r.id, sampleName: r.sample_name, entityType: r.entity_type, entityId: r.entity_id, forceId: r.force_id, reference: r.reference ?? 'No longer on record',
    subjectName: r.subject_name ?? 'Unknown', decision: r.decision ?? 'unknown', decidedOn: r.decided_on, reviewerName: r.reviewer_name,
    reviewedAt: toIso(r.reviewed_at) ?? new Date(0).toISOString(), reasons: r.reasons,
    answers: (checklist?.questions ?? []).flatMap((q) => {
      const answer = answers[q.id];
      return answer ? [{ question: q.text, answer }] : [];
    }),
    response: r.decider_response, respondedAt: toIso(r.responded_at),
  };
}

async function decisionReviewRows(db: Db, where: ReturnType<typeof sql>) {
  const rows = await itemViewRows(db, where);
  const checklists = new Map<string, ChecklistRow | undefined>();
  for (const id of new Set(rows.map((r) => r.checklist_id))) checklists.set(id, await findChecklist(db, id));
  return rows.map((r) => toDecisionReview(r, checklists.get(r.checklist_id)));
}

/** Disagreements about decisions the signed-in user made, in the forces their qa:respond reaches. */
export async function listDecisionReviews({ db, ctx }: Base): Promise<TDecisionReviews> {
  const actor = authorize(ctx, 'qa:respond');
  const scope = forceScope(actor, 'qa:respond');
  const items = await decisionReviewRows(db, sql`i.decider_id = ${actor.id}::uuid and i.verdict = 'disagree' and (${scope}::text is null or i.force_id = ${scope})`);
  items.sort((a, b) => (a.response === null) === (b.response === null) ? b.reviewedAt.localeCompare(a.reviewedAt) : a.response === null ? -1 : 1);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'qa.decision_review.list', entityType: 'dip_sample_item', forceId: scope, detail: { items: items.length } })]));
  return { items };
}

export async function respondToReview({ db, ctx, itemId, response }: Base & { itemId: string; response: string }): Promise<TDecisionReview> {
  const actor = authorize(ctx, 'qa:respond');
  const item = await findItem(db, itemId);
  // Only a disagreement about your own decision, in your reach: anything else does not exist for you.
  if (!item || item.deciderId !== actor.id || item.verdict !== 'disagree' || decide(actor, 'qa:respond', { forceIds: [item.forceId] }) !== 'allow') throw notFound('review of your decision');
  if (item.deciderResponse !== null) throw new AppError('CONFLICT', 'You have already responded to this review', { errors: [{ path: 'response', message: 'already responded' }] });
  await db.transaction(async (tx) => {
    if (!(await updateResponse(tx, itemId, response))) throw new AppError('CONFLICT', 'You have already responded to this review', { errors: [{ path: 'response', message: 'already responded' }] });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'qa.item.respond', entityType: 'dip_sample_item', entityId: itemId, forceId: item.forceId, detail: { sampleId: item.sampleId } })]);
  });
  const [review] = await decisionReviewRows(db, sql`i.id = ${itemId}::uuid`);
  if (!review) throw notFound('review of your decision');
  return review;
}
