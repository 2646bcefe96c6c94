import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import {
  ZAlert, ZAlertAgeing, ZAlertList, ZAlertOwners, ZFairness, ZAlertListQuery, ZAssignAlert, ZCreateRule, ZDisposeAlert, ZEvaluationResult, ZRule, ZRuleInput,
} from '../../../shared/signal-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { assignAlert, disposeAlert, getAgeing, getAlert, listAlerts, listOwners } from './alert.service.js';
import { runEvaluation } from './evaluate.service.js';
import { getFairness } from './fairness.service.js';
import { changeRule, createRule, getRules } from './rule.service.js';
import { registerRiskRoutes } from './risk/risk.routes.js';

const tags = ['early warning'];
const ZIdParams = z.strictObject({ id: ZUuid });

export function registerSignalRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);

  api.get('/api/signals/alerts', {
    config: { access: 'signal:read' },
    schema: { tags, summary: "The alert queue of your force: highest severity and oldest first", querystring: ZAlertListQuery, response: { 200: ZAlertList } },
  }, (request) => listAlerts({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/signals/alerts/ageing', {
    config: { access: 'signal:read' },
    schema: { tags, summary: 'Open alerts by age band and by owner, for supervisors', response: { 200: ZAlertAgeing } },
  }, (request) => getAgeing({ db, ctx: request.ctx }));

  api.get('/api/signals/owners', {
    config: { access: 'signal:dispose' },
    schema: { tags, summary: 'The users who may own alerts of your force', response: { 200: ZAlertOwners } },
  }, (request) => listOwners({ db, ctx: request.ctx }));

  api.get('/api/signals/fairness', {
    config: { access: 'signal:read' },
    schema: { tags, summary: 'Fairness monitor: open-alert and high-score rates by ethnicity and sex, with the relative rate index and 95% CI (suppressed below the threshold)', querystring: z.strictObject({ forceId: z.string().max(10).optional() }), response: { 200: ZFairness } },
  }, (request) => getFairness({ db, ctx: request.ctx, threshold: config.insight.suppressionThreshold, forceId: request.query.forceId }));

  api.get('/api/signals/alerts/:id', {
    config: { access: 'signal:read' },
    schema: { tags, summary: 'An alert with the rule in words and the exact rows that raised it', params: ZIdParams, response: { 200: ZAlert } },
  }, (request) => getAlert({ db, ctx: request.ctx, alertId: request.params.id }));

  api.post('/api/signals/alerts/:id/assignment', {
    config: { access: 'signal:dispose' },
    schema: { tags, summary: 'Give the alert an owner (or none)', params: ZIdParams, body: ZAssignAlert, response: { 200: ZAlert } },
  }, (request) => assignAlert({ db, ctx: request.ctx, alertId: request.params.id, input: request.body }));

  api.post('/api/signals/alerts/:id/disposition', {
    config: { access: 'signal:dispose' },
    schema: { tags, summary: 'Close the alert with a disposition and its reason (open_vetting_review opens one)', params: ZIdParams, body: ZDisposeAlert, response: { 200: ZAlert } },
  }, (request) => disposeAlert({ db, ctx: request.ctx, alertId: request.params.id, input: request.body }));

  api.get('/api/signals/rules', {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Early-warning rules with their current version, in words', response: { 200: z.array(ZRule) } },
  }, (request) => getRules({ db, ctx: request.ctx }));

  api.post('/api/signals/rules', {
    config: { access: 'signal:rules' },
    schema: { tags, summary: 'Add a rule (national rules: national administrators only)', body: ZCreateRule, response: { 201: ZRule } },
  }, async (request, reply) => reply.status(201).send(await createRule({ db, ctx: request.ctx, input: request.body })));

  api.put('/api/signals/rules/:code', {
    config: { access: 'signal:rules' },
    schema: { tags, summary: 'Change a rule: adds a version; existing alerts and dispositions are kept', params: z.strictObject({ code: z.string().max(60) }), body: ZRuleInput, response: { 200: ZRule } },
  }, (request) => changeRule({ db, ctx: request.ctx, code: request.params.code, input: request.body }));

  api.post('/api/signals/evaluations', {
    config: { access: 'signal:evaluate' },
    schema: { tags, summary: 'Evaluate every active rule over everyone now (it also runs every night)', response: { 200: ZEvaluationResult } },
  }, (request) => runEvaluation({ db, ctx: request.ctx }));

  registerRiskRoutes(app, { db, config });
}
