import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  ZCaseToAnswer, ZDisproportionality, ZDisproportionalityTrend, ZInsightQuery, ZRepeatDistribution, ZRepeatDrilldown, ZRepeatDrilldownQuery, ZRepeatQuery, ZTimeliness,
} from '../../../shared/insight-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { caseToAnswerCsv, disproportionalityCsv, disproportionalityTrendCsv, repeatDistributionCsv, timelinessCsv } from './insight-csv.js';
import { getCaseToAnswer, getDisproportionality, getDisproportionalityTrend, getRepeatDistribution, getRepeatDrilldown, getTimeliness } from './insight.service.js';

const ZCsv = z.string().describe('text/csv: the same figures, suppressed the same way, with the definition above the table');

const sendCsv = (reply: FastifyReply, name: string, body: string) =>
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(body);

export function registerInsightRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);
  const threshold = config.insight.suppressionThreshold;
  const tags = ['insight'];

  api.get('/api/insight/disproportionality', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Relative rate index (95% CI) by ethnicity and sex at each stage, workforce to dismissal', querystring: ZInsightQuery, response: { 200: ZDisproportionality } },
  }, (request) => getDisproportionality({ db, ctx: request.ctx, threshold, query: request.query }));

  api.get('/api/insight/disproportionality.csv', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Disproportionality as CSV', querystring: ZInsightQuery, response: { 200: ZCsv } },
  }, async (request, reply) => sendCsv(reply, 'disproportionality', disproportionalityCsv(await getDisproportionality({ db, ctx: request.ctx, threshold, query: request.query }))));

  api.get('/api/insight/disproportionality-trend', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Disproportionality for each calendar year of the period', querystring: ZInsightQuery, response: { 200: ZDisproportionalityTrend } },
  }, (request) => getDisproportionalityTrend({ db, ctx: request.ctx, threshold, query: request.query }));

  api.get('/api/insight/disproportionality-trend.csv', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Disproportionality year by year as CSV', querystring: ZInsightQuery, response: { 200: ZCsv } },
  }, async (request, reply) => sendCsv(reply, 'disproportionality-trend', disproportionalityTrendCsv(await getDisproportionalityTrend({ db, ctx: request.ctx, threshold, query: request.query }))));

  api.get('/api/insight/repeat-distribution', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'People by number of allegations (1, 2, 3–5, 6+) and where they stand now', querystring: ZRepeatQuery, response: { 200: ZRepeatDistribution } },
  }, (request) => getRepeatDistribution({ db, ctx: request.ctx, threshold, query: request.query }));

  api.get('/api/insight/repeat-distribution.csv', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Repeat distribution as CSV', querystring: ZRepeatQuery, response: { 200: ZCsv } },
  }, async (request, reply) => sendCsv(reply, 'repeat-distribution', repeatDistributionCsv(await getRepeatDistribution({ db, ctx: request.ctx, threshold, query: request.query }))));

  api.get('/api/insight/repeat-distribution/people', {
    config: { access: 'insight:drilldown' },
    schema: {
      tags,
      summary: 'The named people behind the repeat distribution (audited; never with protected characteristics)',
      querystring: ZRepeatDrilldownQuery,
      response: { 200: ZRepeatDrilldown },
    },
  }, (request) => getRepeatDrilldown({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/insight/case-to-answer', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Case-to-answer rates (Wilson 95% CI) by IOPC category, Standard and thematic tag', querystring: ZInsightQuery, response: { 200: ZCaseToAnswer } },
  }, (request) => getCaseToAnswer({ db, ctx: request.ctx, threshold, query: request.query }));

  api.get('/api/insight/case-to-answer.csv', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Case-to-answer rates as CSV', querystring: ZInsightQuery, response: { 200: ZCsv } },
  }, async (request, reply) => sendCsv(reply, 'case-to-answer', caseToAnswerCsv(await getCaseToAnswer({ db, ctx: request.ctx, threshold, query: request.query }))));

  api.get('/api/insight/timeliness', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Days from receipt to each step and to closure (median, 75th, 90th percentile) by IOPC category', querystring: ZInsightQuery, response: { 200: ZTimeliness } },
  }, (request) => getTimeliness({ db, ctx: request.ctx, threshold, query: request.query }));

  api.get('/api/insight/timeliness.csv', {
    config: { access: 'insight:read' },
    schema: { tags, summary: 'Timeliness as CSV', querystring: ZInsightQuery, response: { 200: ZCsv } },
  }, async (request, reply) => sendCsv(reply, 'timeliness', timelinessCsv(await getTimeliness({ db, ctx: request.ctx, threshold, query: request.query }))));
}
