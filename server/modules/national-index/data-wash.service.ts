// The data wash (DESIGN.md §6): re-check the workforce, or one force, against the Barred and Advisory Lists
// and against open cases in other forces — their own, and those of another register record the matching engine
// takes for the same person (someone who left under investigation and joined again under another name). Each
// batch commits its hits together with the cursor, so a run killed part-way resumes where it stopped, with no hit
// recorded twice and no one skipped.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { forceScope } from '../../../shared/policy.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { createMatcher } from '../matching/match-engine.js';
import { loadListRecords, toRegisterRecord } from '../matching/match-sources.js';
import {
  advanceWashRun, countWorkforce, decideReview, findReview, findWashRun, finishWashRun, insertReviews, insertWashRun, linkPeople,
  findRunningWashRuns, linkedPairs, listReviews, listWashRuns, openCaseSubjects, workforceBatch, type MatchReviewWithPerson, type WashRunRow,
} from './data-wash.repo.js';

export async function startWashRun({ db, ctx, forceId }: { db: Db; ctx: RequestContext; forceId: string | null }): Promise<WashRunRow> {
  const actor = ctx.actor ? authorize(ctx, 'wash:run', forceId ? { forceIds: [forceId] } : undefined, { outOfReach: 'forbidden' }) : null;
  if (actor && forceId === null && forceScope(actor, 'wash:run') !== null) throw fieldError('forceId', 'choose your force: only a national user may wash every force');
  const total = await countWorkforce(db, forceId);
  return db.transaction(async (tx) => {
    const run = await insertWashRun(tx, { forceId, total, startedBy: actor?.id ?? null });
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'wash.start', entityType: 'wash_run', entityId: run.id, forceId, detail: { total } })]);
    return run;
  });
}

export type WashProgress = { processed: number; total: number; hits: number };

/**
 * Runs (or resumes) a wash to the end. `stopAfterBatches` ends it early as a crash would (for tests):
 * the run stays 'running' and a later call carries on from its cursor.
 */
export async function runWash({ db, runId, batchSize = 500, onProgress, stopAfterBatches }: {
  db: Db; runId: string; batchSize?: number; onProgress?: (p: WashProgress) => void; stopAfterBatches?: number;
}): Promise<WashRunRow> {
  const run = await findWashRun(db, runId);
  if (!run) throw notFound('wash run');
  if (run.status === 'completed') return run;
  try {
    const matcher = createMatcher(await loadListRecords(db));
    // Subjects of open cases, to be found among the workforce under another register record (a re-registration).
    const subjects = await openCaseSubjects(db);
    const subjectMatcher = createMatcher(subjects.records.map(toRegisterRecord));
    const openElsewhere = (personId: string, currentForceId: string | null) => (subjects.casesOf.get(personId) ?? []).filter((c) => c.forceId !== currentForceId);
    let cursor = run.cursor;
    let processed = run.processed;
    let hits = run.hits;
    for (let batches = 0; ; batches++) {
      if (stopAfterBatches !== undefined && batches >= stopAfterBatches) return (await findWashRun(db, runId)) ?? run;
      const batch = await workforceBatch(db, run.forceId, cursor, batchSize);
      if (batch.length === 0) break;
      const records = batch.map(toRegisterRecord);
      const forceOf = new Map(batch.map((p) => [p.id, p.currentForceId]));
      const listHits = matcher(records).map((pair) => ({
        kind: 'list_hit' as const, forceId: forceOf.get(pair.leftId) ?? null, personId: pair.leftId, listEntryId: pair.rightId, washRunId: runId,
        score: pair.score, band: pair.band === 'match' ? ('match' as const) : ('review' as const), reasons: pair.reasons,
        dedupeKey: `${runId}:list:${pair.leftId}:${pair.rightId}`,
      }));
      const elsewhere = batch.flatMap((p) => openElsewhere(p.id, p.currentForceId).map((hit) => ({
        kind: 'open_case_elsewhere' as const, forceId: p.currentForceId, personId: p.id, caseSubjectId: hit.subjectId, washRunId: runId,
        reasons: [{ field: 'case', agreement: `open case ${hit.reference} in ${hit.forceId}`, weight: 0 }],
        dedupeKey: `${runId}:case:${p.id}:${hit.subjectId}`,
      })));
      const linked = await linkedPairs(db, batch.map((p) => p.id));
      const reRegistered = subjectMatcher(records).flatMap((pair) => {
        if (pair.leftId === pair.rightId || linked.has(`${pair.leftId} ${pair.rightId}`)) return [];
        const current = forceOf.get(pair.leftId) ?? null;
        const open = openElsewhere(pair.rightId, current);
        const [latest] = open;
        if (!latest) return [];
        return [{
          kind: 'register_duplicate' as const, forceId: current, personId: pair.leftId, otherPersonId: pair.rightId, caseSubjectId: latest.subjectId, washRunId: runId,
          score: pair.score, band: pair.band === 'match' ? ('match' as const) : ('review' as const),
          reasons: [...pair.reasons, ...open.map((c) => ({ field: 'case', agreement: `the other record is a subject of open case ${c.reference} in ${c.forceId}`, weight: 0 }))],
          dedupeKey: `${runId}:record:${pair.leftId}:${pair.rightId}`,
        }];
      });
      const last = batch[batch.length - 1];
      if (!last) break;
      const inserted = await db.transaction(async (tx) => {
        const n = await insertReviews(tx, [...listHits, ...elsewhere, ...reRegistered]);
        await advanceWashRun(tx, runId, { processed: batch.length, hits: n, cursor: last.id });
        return n;
      });
      cursor = last.id;
      processed += batch.length;
      hits += inserted;
      onProgress?.({ processed, total: run.total, hits });
    }
    await db.transaction(async (tx) => {
      await finishWashRun(tx, runId, 'completed', null);
      await appendAuditEvents(tx, [{ actorId: run.startedBy, action: 'wash.complete', entityType: 'wash_run', entityId: runId, forceId: run.forceId, requestId: null, clientAddress: null, detail: { processed, hits } }]);
    });
  } catch (error) {
    await finishWashRun(db, runId, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  }
  return (await findWashRun(db, runId)) ?? run;
}

function visibleRun(ctx: RequestContext, run: WashRunRow | undefined): WashRunRow {
  if (!run) throw notFound('wash run');
  authorize(ctx, 'wash:run', run.forceId ? { forceIds: [run.forceId] } : undefined, { what: 'wash run' });
  const actor = ctx.actor;
  if (actor && run.forceId === null && forceScope(actor, 'wash:run') !== null) throw notFound('wash run');
  return run;
}

export async function getWashRun({ db, ctx, runId }: { db: Db; ctx: RequestContext; runId: string }): Promise<WashRunRow> {
  authorize(ctx, 'wash:run');
  return visibleRun(ctx, await findWashRun(db, runId));
}

export async function listWashRunsFor({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<WashRunRow[]> {
  const actor = authorize(ctx, 'wash:run');
  return listWashRuns(db, forceScope(actor, 'wash:run'));
}

export async function listMatchReviews({ db, ctx, status, washRunId }: { db: Db; ctx: RequestContext; status?: string; washRunId?: string }): Promise<MatchReviewWithPerson[]> {
  const actor = authorize(ctx, 'match:review');
  const rows = await listReviews(db, { forceId: forceScope(actor, 'match:review'), ...(status ? { status } : {}), ...(washRunId ? { washRunId } : {}) });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'match_review.list', entityType: 'match_review', detail: { status: status ?? null, washRunId: washRunId ?? null, returned: rows.length } })]));
  return rows;
}

/** One possible match, for the page that decides it. Audited as a read, like the queue. */
export async function getMatchReview({ db, ctx, reviewId }: { db: Db; ctx: RequestContext; reviewId: string }): Promise<MatchReviewWithPerson> {
  authorize(ctx, 'match:review');
  const review = await findReview(db, reviewId);
  if (!review) throw notFound('review');
  authorize(ctx, 'match:review', { forceIds: review.forceId ? [review.forceId] : [] }, { what: 'review' });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'match_review.read', entityType: 'match_review', entityId: reviewId, forceId: review.forceId })]));
  return review;
}

/** Confirms or rejects a possible match. A confirmed register duplicate links the two records; neither history is lost. */
export async function decideMatchReview({ db, ctx, reviewId, decision, reason }: { db: Db; ctx: RequestContext; reviewId: string; decision: 'confirm' | 'reject'; reason: string }): Promise<MatchReviewWithPerson> {
  authorize(ctx, 'match:review');
  const review = await findReview(db, reviewId);
  if (!review) throw notFound('review');
  const actor = authorize(ctx, 'match:review', { forceIds: review.forceId ? [review.forceId] : [] }, { what: 'review' });
  await db.transaction(async (tx) => {
    if (!(await decideReview(tx, reviewId, { status: decision === 'confirm' ? 'confirmed' : 'rejected', decidedBy: actor.id, reason }))) {
      throw new AppError('CONFLICT', 'This possible match has already been decided');
    }
    if (decision === 'confirm' && review.kind === 'register_duplicate' && review.otherPersonId) {
      await linkPeople(tx, review.personId, review.otherPersonId, actor.id, reviewId);
    }
    await appendAuditEvents(tx, [auditEvent(ctx, { action: `match_review.${decision}`, entityType: 'match_review', entityId: reviewId, forceId: review.forceId, detail: { kind: review.kind, personId: review.personId } })]);
  });
  const decided = await findReview(db, reviewId);
  if (!decided) throw notFound('review');
  return decided;
}

export const runningWashRuns = async (db: Db): Promise<string[]> => (await findRunningWashRuns(db)).map((r) => r.id);
