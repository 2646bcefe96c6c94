import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ZCase, ZCaseList, ZCaseListQuery, ZCaseNote, ZComparables, ZComplainantReview, ZCreateCase, ZOverdueSummary, ZRestrictionReview, ZRegulation17Notice, ZRestrictionRequest, ZSubjectHistory, ZTransitionRequest,
} from '../../../shared/case-contracts.js';
import { ZUuid } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { createCase, getCase, getSubjectHistory, listCases, recordRestriction, serveRegulation17Notice, transitionSubject } from './case.service.js';
import { getClassificationGuide, getPersonCaseHistory } from './classification.service.js';
import { getComparables, getOverdueSummary, listInvestigators, recordComplainantReview, recordLocalPolicingBodyReport, reviewRestriction } from './case-tracking.service.js';

const ZCaseParams = z.strictObject({ id: ZUuid });
const ZSubjectParams = z.strictObject({ id: ZUuid, subjectId: ZUuid });

export function registerCaseRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);

  api.get('/api/cases', {
    config: { access: 'case:list' },
    schema: { tags: ['cases'], summary: 'Cases in your scope, filtered; mine=true sorts by what is due', querystring: ZCaseListQuery, response: { 200: ZCaseList } },
  }, (request) => listCases({ db, ctx: request.ctx, query: request.query }));

  api.post('/api/cases', {
    config: { access: 'case:create' },
    schema: { tags: ['cases'], summary: 'Record a complaint, conduct matter or report with its subjects and allegations', body: ZCreateCase, response: { 201: ZCase } },
  }, async (request, reply) => reply.status(201).send(await createCase({ db, ctx: request.ctx, input: request.body })));

  api.get('/api/cases/investigators', {
    config: { access: 'case:investigate' },
    schema: { tags: ['cases'], summary: 'Who may lead an investigation in your force', response: { 200: z.object({ items: z.array(z.object({ id: ZUuid, displayName: z.string(), forceId: z.string() })) }) } },
  }, (request) => listInvestigators({ db, ctx: request.ctx }));

  api.get('/api/cases/:id', {
    config: { access: 'case:read' },
    schema: { tags: ['cases'], summary: 'A case: subjects, allegations, timeline, clocks', params: ZCaseParams, response: { 200: ZCase } },
  }, (request) => getCase({ db, ctx: request.ctx, caseId: request.params.id }));

  api.get('/api/cases/:id/subjects/:subjectId/history', {
    config: { access: 'person:history' },
    schema: { tags: ['cases'], summary: "The subject's other cases in every force, live warnings and restrictions", params: ZSubjectParams, response: { 200: ZSubjectHistory } },
  }, (request) => getSubjectHistory({ db, ctx: request.ctx, caseId: request.params.id, subjectId: request.params.subjectId }));

  api.post('/api/cases/:id/subjects/:subjectId/transitions', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      summary: 'Take a workflow step for one subject (the decision, its date and rationale)',
      description: 'Illegal steps get 409 naming the current state and the allowed steps; a stale version gets 409 STALE_VERSION.',
      params: ZSubjectParams, body: ZTransitionRequest, response: { 200: ZCase },
    },
  }, (request) => transitionSubject({ db, ctx: request.ctx, caseId: request.params.id, subjectId: request.params.subjectId, request: request.body }));

  api.post('/api/cases/:id/subjects/:subjectId/regulation-17-notice', {
    config: { access: 'case:investigate' },
    schema: { tags: ['cases'], summary: 'Record service of the Regulation 17 written notice (response due in 10 working days)', params: ZSubjectParams, body: ZRegulation17Notice, response: { 200: ZCase } },
  }, (request) => serveRegulation17Notice({ db, ctx: request.ctx, caseId: request.params.id, subjectId: request.params.subjectId, notice: request.body }));

  api.post('/api/cases/:id/subjects/:subjectId/restrictions', {
    config: { access: 'case:decide' },
    schema: { tags: ['cases'], summary: 'Suspend, redeploy or restrict the duties of a subject, with conditions and a review date', params: ZSubjectParams, body: ZRestrictionRequest, response: { 200: ZCase } },
  }, (request) => recordRestriction({ db, ctx: request.ctx, caseId: request.params.id, subjectId: request.params.subjectId, input: request.body }));

  api.get('/api/cases/overdue', {
    config: { access: 'case:list' },
    schema: { tags: ['cases'], summary: 'Open and overdue cases per force and per investigator, and time in each stage', response: { 200: ZOverdueSummary } },
  }, (request) => getOverdueSummary({ db, ctx: request.ctx }));

  api.get('/api/cases/:id/subjects/:subjectId/comparables', {
    config: { access: 'case:read' },
    schema: { tags: ['cases'], summary: 'Comparable closed matters and the distribution of their decisions and outcomes', params: ZSubjectParams, response: { 200: ZComparables } },
  }, (request) => getComparables({ db, ctx: request.ctx, caseId: request.params.id, subjectId: request.params.subjectId }));

  api.post('/api/cases/:id/restrictions/:restrictionId/review', {
    config: { access: 'case:decide' },
    schema: { tags: ['cases'], summary: 'Review a suspension, redeployment or restriction: continue it to a new review date, or end it', params: z.strictObject({ id: ZUuid, restrictionId: ZUuid }), body: ZRestrictionReview, response: { 200: ZCase } },
  }, (request) => reviewRestriction({ db, ctx: request.ctx, caseId: request.params.id, restrictionId: request.params.restrictionId, input: request.body }));

  api.post('/api/cases/:id/local-policing-body-reports', {
    config: { access: 'case:decide' },
    schema: { tags: ['cases'], summary: 'Record the report made to the local policing body (and the IOPC) on an investigation open 12 months or more', params: ZCaseParams, body: ZCaseNote, response: { 200: ZCase } },
  }, (request) => recordLocalPolicingBodyReport({ db, ctx: request.ctx, caseId: request.params.id, input: request.body }));

  api.post('/api/cases/:id/complainant-review', {
    config: { access: 'case:decide' },
    schema: { tags: ['cases'], summary: "Record the complainant's request for a review, and its result", params: ZCaseParams, body: ZComplainantReview, response: { 200: ZCase } },
  }, (request) => recordComplainantReview({ db, ctx: request.ctx, caseId: request.params.id, input: request.body }));

  api.get('/api/classification', {
    config: { access: 'case:create' },
    schema: {
      tags: ['cases'],
      summary: 'Thematic tag definitions in force and the IOPC referral criteria, shown while classifying',
      response: { 200: z.object({
        tagDefinitionsVersion: z.number().int(),
        tags: z.array(z.object({ tag: z.string(), label: z.string(), definition: z.string(), guidance: z.string() })),
        referralCriteria: z.array(z.object({ code: z.string(), label: z.string(), description: z.string(), mandatory: z.boolean(), suggestedByTags: z.array(z.string()) })),
      }) },
    },
  }, (request) => getClassificationGuide({ db, ctx: request.ctx }));

  api.get('/api/people/:id/cases', {
    config: { access: 'person:history' },
    schema: { tags: ['people'], summary: "A person's cases in every force you may see, with live warnings and restrictions", params: ZCaseParams, response: { 200: ZSubjectHistory } },
  }, (request) => getPersonCaseHistory({ db, ctx: request.ctx, personId: request.params.id }));
}
