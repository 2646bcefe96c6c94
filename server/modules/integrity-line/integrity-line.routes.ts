import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import {
  ZChangeReportStatus, ZHandlerReply, ZHandlerReport, ZMakeCaseFromReport, ZMakeReport, ZOpenReport, ZReportForm, ZReportList, ZReportListQuery,
  ZReportReceipt, ZReporterReply, ZReporterView,
} from '../../../shared/integrity-line-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { anonymousRoute } from './anonymous-route.js';
import { changeReportStatus, getReport, listReports, makeCaseFromReport, replyAsHandler } from './handler.service.js';
import { getReportForm, makeReport, openReport, replyAsReporter } from './reporter.service.js';

const ZParams = z.strictObject({ id: ZUuid });

/** Requests per client address per hour. The counters live in memory only and hold a keyed hash of the address. */
export const REPORTER_RATE_PER_HOUR = { form: 120, report: 10, open: 30, reply: 30 } as const;
const perHour = (max: number) => ({ max, timeWindow: '1 hour' });

export function registerIntegrityLineRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  // The reporter never signs in: the reference and passphrase travel in the body, never in a URL, so they reach no
  // log, history or referrer. The route services take no request context, so they cannot record who is asking.
  const publicSchema = { tags: ['integrity line'], security: [] };
  const sameAnswer = 'An unknown reference, a wrong passphrase and a locked report get the same 400. Five wrong passphrases in a row lock the report until the next day.';

  api.get('/api/public/integrity/form', {
    ...anonymousRoute(perHour(REPORTER_RATE_PER_HOUR.form)),
    schema: { ...publicSchema, summary: 'Start a report to the integrity line: the forces to choose from', response: { 200: ZReportForm } },
  }, () => getReportForm({ db }));

  api.post('/api/public/integrity/reports', {
    ...anonymousRoute(perHour(REPORTER_RATE_PER_HOUR.report)),
    schema: {
      ...publicSchema,
      summary: 'Report wrongdoing anonymously (no sign-in); returns the reference and the passphrase, shown once',
      description: 'Nothing identifying is kept: no address, user agent, account or time finer than the day. Refused with 400: an empty or oversized field, an unknown force, or the website field filled in.',
      body: ZMakeReport,
      response: { 201: ZReportReceipt },
    },
  }, async (request, reply) => reply.status(201).send(await makeReport({ db, input: request.body })));

  api.post('/api/public/integrity/reports/open', {
    ...anonymousRoute(perHour(REPORTER_RATE_PER_HOUR.open)),
    schema: {
      ...publicSchema,
      summary: 'Open a report with its reference and passphrase: its status in words and the messages',
      description: sameAnswer,
      body: ZOpenReport,
      response: { 200: ZReporterView },
    },
  }, (request) => openReport({ db, input: request.body }));

  api.post('/api/public/integrity/reports/messages', {
    ...anonymousRoute(perHour(REPORTER_RATE_PER_HOUR.reply)),
    schema: {
      ...publicSchema,
      summary: 'Send a message to the handler of a report, with its reference and passphrase',
      description: sameAnswer,
      body: ZReporterReply,
      response: { 201: ZReporterView },
    },
  }, async (request, reply) => reply.status(201).send(await replyAsReporter({ db, input: request.body })));

  const tags = ['integrity line'];
  api.get('/api/integrity/reports', {
    config: { access: 'integrity:handle' },
    schema: { tags, summary: "Integrity line reports to your force's counter-corruption unit (the read is audited)", querystring: ZReportListQuery, response: { 200: ZReportList } },
  }, (request) => listReports({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/integrity/reports/:id', {
    config: { access: 'integrity:handle' },
    schema: { tags, summary: 'A report with its messages (the read is audited)', params: ZParams, response: { 200: ZHandlerReport } },
  }, (request) => getReport({ db, ctx: request.ctx, id: request.params.id }));

  api.post('/api/integrity/reports/:id/messages', {
    config: { access: 'integrity:handle' },
    schema: { tags, summary: 'Send the reporter a message; they read it when they next open the report', params: ZParams, body: ZHandlerReply, response: { 201: ZHandlerReport } },
  }, async (request, reply) => reply.status(201).send(await replyAsHandler({ db, ctx: request.ctx, id: request.params.id, input: request.body })));

  api.post('/api/integrity/reports/:id/status', {
    config: { access: 'integrity:handle' },
    schema: {
      tags,
      summary: 'Mark a report assessed, investigation opened, or closed with an outcome class; the reporter sees it, with the day',
      description: 'Forward only. 409 when the report is no longer in currentStatus, or the change goes backwards.',
      params: ZParams, body: ZChangeReportStatus, response: { 200: ZHandlerReport },
    },
  }, (request) => changeReportStatus({ db, ctx: request.ctx, id: request.params.id, input: request.body }));

  api.post('/api/integrity/reports/:id/case', {
    config: { access: 'integrity:handle' },
    schema: {
      tags,
      summary: 'Record a case from the report: its subjects from the register and their classified allegations',
      description: 'An integrity-line case in the report\'s force, received the day the report was, with no parties. Needs case:create in the force too; restricted needs case:restricted.',
      params: ZParams, body: ZMakeCaseFromReport, response: { 201: ZHandlerReport },
    },
  }, async (request, reply) => reply.status(201).send(await makeCaseFromReport({ db, ctx: request.ctx, id: request.params.id, input: request.body })));
}
