import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZIsoDate, ZUuid } from '../../../shared/contracts.js';
import {
  ZAddAdverseItem, ZApplicationList, ZApplicationListQuery, ZClearanceList, ZClearanceListQuery, ZConsistency, ZConsistencyQuery, ZDecideAppeal,
  ZIntegrityReviewOverdue, ZLodgeAppeal, ZNationalSecurityClearance, ZOpenApplication, ZOpenReview, ZPersonVetting, ZRandomRevettingDraw, ZRandomRevettingDrawList,
  ZRandomRevettingDrawListQuery, ZRandomRevettingRequest, ZRecordCheck, ZRecordIntegrityReview, ZRecordNationalSecurityClearance, ZReviewList, ZReviewListQuery, ZReviewStep, ZTransfereeChecklistUpdate, ZVettingApplication, ZVettingApproval, ZVettingDecision,
  ZVettingLevel, ZVettingReview,
} from '../../../shared/vetting-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import {
  addAdverseItem, approveDecision, decideApplication, decideAppeal, getApplication, listApplications, listLevels, lodgeAppeal, openApplication, recordCheck,
  updateTransfereeChecklist,
} from './application.service.js';
import { getPersonVetting, listClearances } from './clearance.service.js';
import { getConsistency } from './consistency.service.js';
import { listOverdueIntegrity, recordIntegrityReview } from './integrity-review.service.js';
import { recordNationalSecurityClearance } from './national-security.service.js';
import { drawRandomRevetting, getReview, listHrActions, listRandomRevettingDraws, listReviews, openReview, recordHrAction, stepReview } from './review.service.js';

const ZIdParams = z.strictObject({ id: ZUuid });
const tags = ['vetting'];

export function registerVettingRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);

  api.get('/api/vetting/levels', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Vetting levels: validity and the minimum checks each requires', response: { 200: z.array(ZVettingLevel) } },
  }, (request) => listLevels({ db, ctx: request.ctx }));

  api.get('/api/vetting/applications', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Vetting applications in your force', querystring: ZApplicationListQuery, response: { 200: ZApplicationList } },
  }, (request) => listApplications({ db, ctx: request.ctx, query: request.query }));

  api.post('/api/vetting/applications', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Open an application; professional-standards history and the Barred and Advisory Lists are filled in from every force', body: ZOpenApplication, response: { 201: ZVettingApplication } },
  }, async (request, reply) => reply.status(201).send(await openApplication({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/vetting/applications/:id', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: "An application: checks, adverse information, the person's history in every force, decision", params: ZIdParams, response: { 200: ZVettingApplication } },
  }, (request) => getApplication({ db, ctx: request.ctx, applicationId: request.params.id }));

  api.post('/api/vetting/applications/:id/checks', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Record the result of a required check', params: ZIdParams, body: ZRecordCheck, response: { 200: ZVettingApplication } },
  }, (request) => recordCheck({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.post('/api/vetting/applications/:id/adverse-items', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Add an item of adverse information', params: ZIdParams, body: ZAddAdverseItem, response: { 200: ZVettingApplication } },
  }, (request) => addAdverseItem({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.put('/api/vetting/applications/:id/transferee-checklist', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Complete items of the transferee checklist (transferees and re-joiners)', params: ZIdParams, body: ZTransfereeChecklistUpdate, response: { 200: ZVettingApplication } },
  }, (request) => updateTransfereeChecklist({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.post('/api/vetting/applications/:id/decision', {
    config: { access: 'vetting:decide' },
    schema: {
      tags, summary: 'Decide: grant, grant with conditions, or refuse',
      description: '409 until every required check has a result; a grant despite adverse information waits for a second approval.',
      params: ZIdParams, body: ZVettingDecision, response: { 200: ZVettingApplication },
    },
  }, (request) => decideApplication({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.post('/api/vetting/applications/:id/approval', {
    config: { access: 'vetting:approve' },
    schema: { tags, summary: 'Second approval of a grant despite adverse information (never by the decider)', params: ZIdParams, body: ZVettingApproval, response: { 200: ZVettingApplication } },
  }, (request) => approveDecision({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.post('/api/vetting/applications/:id/appeal', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: "Record the applicant's appeal against a refusal (within the appeal window)", params: ZIdParams, body: ZLodgeAppeal, response: { 200: ZVettingApplication } },
  }, (request) => lodgeAppeal({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.post('/api/vetting/applications/:id/appeal/decision', {
    config: { access: 'vetting:approve' },
    schema: { tags, summary: 'Decide the appeal (never by the original decider)', params: ZIdParams, body: ZDecideAppeal, response: { 200: ZVettingApplication } },
  }, (request) => decideAppeal({ db, ctx: request.ctx, applicationId: request.params.id, input: request.body }));

  api.get('/api/vetting/clearances', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Clearances expiring (with the renewal reminder due), lapsed, under review, withdrawn, or with conditions due for review', querystring: ZClearanceListQuery, response: { 200: ZClearanceList } },
  }, (request) => listClearances({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/vetting/reviews', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Vetting reviews and withdrawal assessments', querystring: ZReviewListQuery, response: { 200: ZReviewList } },
  }, (request) => listReviews({ db, ctx: request.ctx, query: request.query }));

  api.post('/api/vetting/reviews', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Open a review on an arrest or a change of circumstances', body: ZOpenReview, response: { 201: ZVettingReview } },
  }, async (request, reply) => reply.status(201).send(await openReview({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/vetting/reviews/:id', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'A review: trigger, withdrawal assessment, timeline', params: ZIdParams, response: { 200: ZVettingReview } },
  }, (request) => getReview({ db, ctx: request.ctx, reviewId: request.params.id }));

  api.post('/api/vetting/reviews/:id/steps', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Take a step: maintain, withdrawal notice, representations, withdraw, appeals', description: 'Illegal steps get 409 naming the current state and the allowed steps.', params: ZIdParams, body: ZReviewStep, response: { 200: ZVettingReview } },
  }, (request) => stepReview({ db, ctx: request.ctx, reviewId: request.params.id, step: request.body }));

  api.get('/api/vetting/hr-actions', {
    config: { access: 'vetting:outcome' },
    schema: { tags, summary: 'Withdrawn clearances HR has not yet acted on (dismissal without notice)', response: { 200: z.object({ items: z.array(z.object({ id: ZUuid, personId: ZUuid, personName: z.string(), forceId: z.string(), level: z.string(), withdrawnOn: ZIsoDate })) }) } },
  }, (request) => listHrActions({ db, ctx: request.ctx }));

  api.post('/api/vetting/reviews/:id/hr-action', {
    config: { access: 'vetting:outcome' },
    schema: { tags, summary: 'Record the HR action taken on a withdrawal', params: ZIdParams, body: z.strictObject({ actionOn: ZIsoDate, note: z.string().trim().min(1).max(5_000) }), response: { 200: z.object({ id: ZUuid, hrActionRecordedOn: ZIsoDate }) } },
  }, (request) => recordHrAction({ db, ctx: request.ctx, reviewId: request.params.id, input: request.body }));

  api.get('/api/vetting/integrity-reviews/overdue', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'People cleared whose annual integrity review is overdue', querystring: z.strictObject({ forceId: z.string().max(10).optional() }), response: { 200: ZIntegrityReviewOverdue } },
  }, (request) => listOverdueIntegrity({ db, ctx: request.ctx, forceId: request.query.forceId }));

  api.post('/api/vetting/integrity-reviews', {
    config: { access: 'vetting:record' },
    schema: { tags, summary: 'Record an annual integrity review; concerns open a vetting review', body: ZRecordIntegrityReview, response: { 201: z.object({ personId: ZUuid, completedOn: ZIsoDate, reviewId: ZUuid.nullable() }) } },
  }, async (request, reply) => reply.status(201).send(await recordIntegrityReview({ db, ctx: request.ctx, input: request.body })));

  api.post('/api/vetting/random-revetting', {
    config: { access: 'vetting:approve' },
    schema: { tags, summary: "Draw this year's randomised re-vetting sample (once per force and year)", body: ZRandomRevettingRequest, response: { 201: ZRandomRevettingDraw } },
  }, async (request, reply) => reply.status(201).send(await drawRandomRevetting({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/vetting/random-revetting', {
    config: { access: 'vetting:read' },
    schema: { tags, summary: 'Randomised re-vetting draws made in your force (auditors: every force)', querystring: ZRandomRevettingDrawListQuery, response: { 200: ZRandomRevettingDrawList } },
  }, (request) => listRandomRevettingDraws({ db, ctx: request.ctx, query: request.query }));

  api.post('/api/vetting/national-security-clearances', {
    config: { access: 'vetting:record' },
    schema: {
      tags, summary: 'Record a national security clearance (CTC, SC, DV) granted by the national security vetting process',
      description: 'Recorded only: never reviewed, re-vetted, integrity-reviewed or reminded about here.',
      body: ZRecordNationalSecurityClearance, response: { 201: ZNationalSecurityClearance },
    },
  }, async (request, reply) => reply.status(201).send(await recordNationalSecurityClearance({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/vetting/consistency', {
    config: { access: 'vetting:consistency' },
    schema: { tags, summary: 'Grant and refusal rates by adverse category and by decider; grants despite adverse information', querystring: ZConsistencyQuery, response: { 200: ZConsistency } },
  }, (request) => getConsistency({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/people/:id/vetting', {
    config: { access: 'signed-in' },
    schema: { tags, summary: "A person's vetting as your role may see it: the file (vetting unit), the status (PSD) or the outcome (HR)", params: ZIdParams, response: { 200: ZPersonVetting } },
  }, (request) => getPersonVetting({ db, ctx: request.ctx, personId: request.params.id }));
}
