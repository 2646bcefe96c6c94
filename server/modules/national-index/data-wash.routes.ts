import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { decideMatchReview, getWashRun, listMatchReviews, listWashRunsFor, runWash, startWashRun } from './data-wash.service.js';

const ZWashRun = z.object({
  id: ZUuid, forceId: z.string().nullable(), status: z.enum(['running', 'completed', 'failed']), total: z.number().int(), processed: z.number().int(),
  hits: z.number().int(), error: z.string().nullable(), startedAt: z.string(), finishedAt: z.string().nullable(),
});
const ZReview = z.object({
  id: ZUuid, kind: z.enum(['list_hit', 'open_case_elsewhere', 'register_duplicate']), forceId: z.string().nullable(), personId: ZUuid,
  otherPersonId: ZUuid.nullable(), listEntryId: ZUuid.nullable(), caseSubjectId: ZUuid.nullable(), washRunId: ZUuid.nullable(),
  score: z.number().nullable(), band: z.enum(['match', 'review']).nullable(),
  reasons: z.array(z.object({ field: z.string(), agreement: z.string(), weight: z.number() })).nullable(),
  status: z.enum(['open', 'confirmed', 'rejected']), decisionReason: z.string().nullable(), decidedAt: z.string().nullable(),
});

type RunRow = Awaited<ReturnType<typeof getWashRun>>;
const presentRun = (r: RunRow) => ({ id: r.id, forceId: r.forceId, status: r.status, total: r.total, processed: r.processed, hits: r.hits, error: r.error, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null });
type ReviewRow = Awaited<ReturnType<typeof decideMatchReview>>;
const presentReview = (r: ReviewRow) => ({
  id: r.id, kind: r.kind, forceId: r.forceId, personId: r.personId, otherPersonId: r.otherPersonId, listEntryId: r.listEntryId, caseSubjectId: r.caseSubjectId,
  washRunId: r.washRunId, score: r.score, band: r.band, reasons: r.reasons, status: r.status, decisionReason: r.decisionReason, decidedAt: r.decidedAt?.toISOString() ?? null,
});

export function registerDataWashRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.post('/api/wash-runs', {
    config: { access: 'wash:run' },
    schema: {
      tags: ['national index'], summary: 'Start a data wash of your force (or, for a national user, every force); it runs in the background',
      body: z.strictObject({ forceId: z.string().max(10).nullable() }), response: { 202: ZWashRun },
    },
  }, async (request, reply) => {
    const run = await startWashRun({ db, ctx: request.ctx, forceId: request.body.forceId });
    void runWash({ db, runId: run.id }).catch((error: unknown) => request.log.error({ err: error, runId: run.id }, 'data wash failed'));
    return reply.status(202).send(presentRun(run));
  });

  api.get('/api/wash-runs', {
    config: { access: 'wash:run' },
    schema: { tags: ['national index'], summary: 'Recent data wash runs in your scope', response: { 200: z.array(ZWashRun) } },
  }, async (request) => (await listWashRunsFor({ db, ctx: request.ctx })).map(presentRun));

  api.get('/api/wash-runs/:id', {
    config: { access: 'wash:run' },
    schema: { tags: ['national index'], summary: 'Progress of a data wash (poll it)', params: z.strictObject({ id: ZUuid }), response: { 200: ZWashRun } },
  }, async (request) => presentRun(await getWashRun({ db, ctx: request.ctx, runId: request.params.id })));

  api.get('/api/match-reviews', {
    config: { access: 'match:review' },
    schema: {
      tags: ['national index'], summary: 'Possible matches waiting for a decision (or decided), in your force',
      querystring: z.strictObject({ status: z.enum(['open', 'confirmed', 'rejected']).optional(), washRunId: ZUuid.optional() }),
      response: { 200: z.array(ZReview) },
    },
  }, async (request) => (await listMatchReviews({ db, ctx: request.ctx, ...request.query })).map(presentReview));

  api.post('/api/match-reviews/:id/decision', {
    config: { access: 'match:review' },
    schema: {
      tags: ['national index'], summary: 'Confirm or reject a possible match, with the reason',
      params: z.strictObject({ id: ZUuid }),
      body: z.strictObject({ decision: z.enum(['confirm', 'reject']), reason: z.string().trim().min(1).max(5000) }),
      response: { 200: ZReview },
    },
  }, async (request) => presentReview(await decideMatchReview({ db, ctx: request.ctx, reviewId: request.params.id, ...request.body })));
}
