import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import { ZMatchReview, ZMatchReviewDecision, ZMatchReviewQuery, ZStartWashRun, ZWashRun } from '../../../shared/national-index-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { decideMatchReview, getMatchReview, getWashRun, listMatchReviews, listWashRunsFor, runWash, startWashRun } from './data-wash.service.js';

type RunRow = Awaited<ReturnType<typeof getWashRun>>;
const presentRun = (r: RunRow) => ({ id: r.id, forceId: r.forceId, status: r.status, total: r.total, processed: r.processed, hits: r.hits, error: r.error, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null });
type ReviewRow = Awaited<ReturnType<typeof decideMatchReview>>;
const presentReview = (r: ReviewRow) => ({
  id: r.id, kind: r.kind, forceId: r.forceId, personId: r.personId, person: r.person, otherPersonId: r.otherPersonId, listEntryId: r.listEntryId, caseSubjectId: r.caseSubjectId,
  washRunId: r.washRunId, score: r.score, band: r.band, reasons: r.reasons, status: r.status, decisionReason: r.decisionReason, decidedAt: r.decidedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export function registerDataWashRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.post('/api/wash-runs', {
    config: { access: 'wash:run' },
    schema: {
      tags: ['national index'], summary: 'Start a data wash of your force (or, for a national user, every force); it runs in the background',
      body: ZStartWashRun, response: { 202: ZWashRun },
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
      querystring: ZMatchReviewQuery,
      response: { 200: z.array(ZMatchReview) },
    },
  }, async (request) => (await listMatchReviews({ db, ctx: request.ctx, ...request.query })).map(presentReview));

  api.get('/api/match-reviews/:id', {
    config: { access: 'match:review' },
    schema: { tags: ['national index'], summary: 'One possible match, with the reasons for its score (audited)', params: z.strictObject({ id: ZUuid }), response: { 200: ZMatchReview } },
  }, async (request) => presentReview(await getMatchReview({ db, ctx: request.ctx, reviewId: request.params.id })));

  api.post('/api/match-reviews/:id/decision', {
    config: { access: 'match:review' },
    schema: {
      tags: ['national index'], summary: 'Confirm or reject a possible match, with the reason',
      params: z.strictObject({ id: ZUuid }),
      body: ZMatchReviewDecision,
      response: { 200: ZMatchReview },
    },
  }, async (request) => presentReview(await decideMatchReview({ db, ctx: request.ctx, reviewId: request.params.id, ...request.body })));
}
