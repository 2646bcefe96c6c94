import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import {
  ZCloseComplaint, ZComplaintForm, ZComplaintProgress, ZComplaintReceipt, ZIntakeComplaint, ZIntakeList, ZIntakeListQuery, ZRecordComplaintAsCase,
  ZRouteComplaint, ZStatusCheck, ZStatusCodeRequest, ZStatusCodeSent, ZSubmitComplaint,
} from '../../../shared/portal-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { checkProgress, getComplaintForm, requestStatusCode, submitComplaint } from './complaint.service.js';
import { closeComplaint, getIntakeComplaint, listIntake, recordComplaintAsCase, routeComplaint } from './intake.service.js';

const ZParams = z.strictObject({ id: ZUuid });

export function registerPortalRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);
  // Floods from one address are slowed per route; the form token and the honeypot turn away simple scripts.
  const publicAccess = { access: 'public' as const, rateLimit: { max: config.portal.ratePerHour, timeWindow: '1 hour' } };
  const publicSchema = { tags: ['public complaints'], security: [] };

  api.get('/api/public/complaints/form', {
    // Every page of the form may fetch it, so it gets more room than the writes.
    config: { ...publicAccess, rateLimit: { max: config.portal.ratePerHour * 5, timeWindow: '1 hour' } },
    schema: { ...publicSchema, summary: 'Start a complaint: the forces to choose from and the form token to send back', response: { 200: ZComplaintForm } },
  }, () => getComplaintForm({ db, config }));

  api.post('/api/public/complaints', {
    config: publicAccess,
    schema: {
      ...publicSchema,
      summary: 'Make a complaint about the police (no sign-in); returns the reference',
      description: 'forceId null sends it to the triage queue. Refused with 400: an empty or oversized field, consent not given, the website field filled in, or a form token that is forged, expired or younger than minimumSeconds.',
      body: ZSubmitComplaint,
      response: { 201: ZComplaintReceipt },
    },
  }, async (request, reply) => reply.status(201).send(await submitComplaint({ db, config, ctx: request.ctx, input: request.body })));

  api.post('/api/public/complaints/status-code', {
    config: publicAccess,
    schema: {
      ...publicSchema,
      summary: 'Ask for a one-time code to check progress; it is emailed to the address on the complaint',
      description: 'The answer is the same whether or not the reference exists and the email matches it.',
      body: ZStatusCodeRequest,
      response: { 202: ZStatusCodeSent },
    },
  }, async (request, reply) => reply.status(202).send(await requestStatusCode({ db, config, ctx: request.ctx, input: request.body })));

  api.post('/api/public/complaints/status', {
    config: publicAccess,
    schema: {
      ...publicSchema,
      summary: 'Check the progress of a complaint with its reference and a one-time code',
      description: 'A wrong code, an unknown reference and a locked reference (5 wrong codes lock it for 30 minutes) all get the same 400.',
      body: ZStatusCheck,
      response: { 200: ZComplaintProgress },
    },
  }, (request) => checkProgress({ db, ctx: request.ctx, input: request.body }));

  api.get('/api/intake/complaints', {
    config: { access: 'intake:triage' },
    schema: { tags: ['public complaints'], summary: "Portal complaints in your force's intake, or the triage queue of complaints whose force is not known", querystring: ZIntakeListQuery, response: { 200: ZIntakeList } },
  }, (request) => listIntake({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/intake/complaints/:id', {
    config: { access: 'intake:triage' },
    schema: { tags: ['public complaints'], summary: 'A portal complaint as the complainant made it (the read is audited)', params: ZParams, response: { 200: ZIntakeComplaint } },
  }, (request) => getIntakeComplaint({ db, ctx: request.ctx, id: request.params.id }));

  api.post('/api/intake/complaints/:id/route', {
    config: { access: 'intake:triage' },
    schema: { tags: ['public complaints'], summary: 'Send a complaint to the force that should deal with it', params: ZParams, body: ZRouteComplaint, response: { 200: ZIntakeComplaint } },
  }, (request) => routeComplaint({ db, ctx: request.ctx, id: request.params.id, input: request.body }));

  api.post('/api/intake/complaints/:id/case', {
    config: { access: 'intake:triage' },
    schema: {
      tags: ['public complaints'],
      summary: 'Record the complaint as a case: its subjects from the register and their classified allegations',
      description: "Creates a public-complaint case (first state logged) with the complainant as a party. An allegation without occurredOn or place takes the complainant's. Needs case:create in the force too.",
      params: ZParams, body: ZRecordComplaintAsCase, response: { 201: ZIntakeComplaint },
    },
  }, async (request, reply) => reply.status(201).send(await recordComplaintAsCase({ db, ctx: request.ctx, id: request.params.id, input: request.body })));

  api.post('/api/intake/complaints/:id/close', {
    config: { access: 'intake:triage' },
    schema: { tags: ['public complaints'], summary: 'Close the complaint without a case; the reason is shown to the complainant', params: ZParams, body: ZCloseComplaint, response: { 200: ZIntakeComplaint } },
  }, (request) => closeComplaint({ db, ctx: request.ctx, id: request.params.id, input: request.body }));
}
