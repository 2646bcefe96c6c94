import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import {
  ZChecklist, ZChecklists, ZChecklistVersions, ZDecisionReview, ZDecisionReviews, ZDrawSample, ZQaReport, ZQaReportQuery, ZRecordReview, ZReplaceChecklist, ZReproduction, ZRespondToReview, ZSample, ZSampleItem, ZSampleList,
} from '../../../shared/qa-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { getQaReport } from './report.service.js';
import { getSampleItem, listDecisionReviews, recordReview, respondToReview } from './review.service.js';
import { listQaChecklists, listQaChecklistVersions, replaceChecklist } from './checklist.service.js';
import { drawSample, getSample, listSamples, reproduceSample } from './sample.service.js';

const tags = ['quality assurance'];
const ZIdParams = z.strictObject({ id: ZUuid });

export function registerQaRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);

  api.get('/api/qa/checklists', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'The active review checklists, one set of questions per kind of decision', response: { 200: ZChecklists } },
  }, (request) => listQaChecklists({ db, ctx: request.ctx }));

  api.get('/api/qa/checklists/versions', {
    config: { access: 'qa:checklists' },
    schema: { tags, summary: 'Every version of the review checklists, newest first, with the samples drawn with each', response: { 200: ZChecklistVersions } },
  }, (request) => listQaChecklistVersions({ db, ctx: request.ctx }));

  api.post('/api/qa/checklists', {
    config: { access: 'qa:checklists' },
    schema: {
      tags,
      summary: 'Change the questions of a review checklist: adds a version and retires the one it replaces',
      description: 'Samples already drawn keep the questions they were reviewed against; a question worded as before keeps its id. National reach only (docs/voices.md).',
      body: ZReplaceChecklist, response: { 201: ZChecklist },
    },
  }, async (request, reply) => reply.status(201).send(await replaceChecklist({ db, ctx: request.ctx, input: request.body })));

  api.post('/api/qa/samples', {
    config: { access: 'qa:sample' },
    schema: {
      tags,
      summary: 'Draw a stratified random sample of closed vetting or case decisions from a recorded seed',
      description: 'Strata, rounding and the seeded generator: docs/voices.md. Vetting decisions need vetting:read or vetting:consistency in the force, case decisions case:read; a national sample needs national reach.',
      body: ZDrawSample, response: { 201: ZSample },
    },
  }, async (request, reply) => reply.status(201).send(await drawSample({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/qa/samples', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'Dip samples in your reach, newest first, with their progress', response: { 200: ZSampleList } },
  }, (request) => listSamples({ db, ctx: request.ctx }));

  api.get('/api/qa/samples/:id', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'A sample: its parameters and seed, its strata, and every sampled decision with its review (the read is audited)', params: ZIdParams, response: { 200: ZSample } },
  }, (request) => getSample({ db, ctx: request.ctx, sampleId: request.params.id }));

  api.get('/api/qa/samples/:id/report', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'Disagreement rates by stratum with Wilson 95% intervals, and the disagreements for action', params: ZIdParams, querystring: ZQaReportQuery, response: { 200: ZQaReport } },
  }, (request) => getQaReport({ db, ctx: request.ctx, sampleId: request.params.id, view: request.query.view, threshold: config.insight.suppressionThreshold }));

  api.get('/api/qa/samples/:id/reproduction', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'Draw again from the recorded seed and parameters and compare with the sample', params: ZIdParams, response: { 200: ZReproduction } },
  }, (request) => reproduceSample({ db, ctx: request.ctx, sampleId: request.params.id }));

  api.get('/api/qa/items/:id', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'A sampled decision with what the reviewer needs and the checklist (the read is audited)', params: ZIdParams, response: { 200: ZSampleItem } },
  }, (request) => getSampleItem({ db, ctx: request.ctx, itemId: request.params.id }));

  api.post('/api/qa/items/:id/review', {
    config: { access: 'qa:sample' },
    schema: { tags, summary: 'Record the review: an answer to every question, agree or disagree, and the reasons (required to disagree)', params: ZIdParams, body: ZRecordReview, response: { 200: ZSampleItem } },
  }, (request) => recordReview({ db, ctx: request.ctx, itemId: request.params.id, input: request.body }));

  api.get('/api/qa/decision-reviews', {
    config: { access: 'qa:respond' },
    schema: { tags, summary: 'Reviews that disagreed with decisions you made, those awaiting your response first', response: { 200: ZDecisionReviews } },
  }, (request) => listDecisionReviews({ db, ctx: request.ctx }));

  api.post('/api/qa/items/:id/response', {
    config: { access: 'qa:respond' },
    schema: { tags, summary: 'Respond to a review that disagreed with your decision (once)', params: ZIdParams, body: ZRespondToReview, response: { 200: ZDecisionReview } },
  }, (request) => respondToReview({ db, ctx: request.ctx, itemId: request.params.id, response: request.body.response }));
}
