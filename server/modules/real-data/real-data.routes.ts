// The real-data figures on the web: the same computeRealDataFigures `warrant report` runs (no special path), read
// as the signed-in user (Insight's permission and reach), as JSON for the page and as the report's own CSV files.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditEvent, type RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { ZRealDataCsvQuery, ZRealDataFigures, ZRealDataQuery, type TRealDataQuery } from '../../../shared/real-data-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { computeRealDataFigures, type RealDataFigures } from './real-data-figures.js';
import { figuresToCsv } from './real-data-report.service.js';

/** Works the figures out for the reader and records that they were read (aggregates: no person is named). */
async function readFigures(db: Db, ctx: RequestContext, threshold: number, query: TRealDataQuery, format: string): Promise<RealDataFigures> {
  const figures = await computeRealDataFigures({ db, ctx, threshold, forceId: query.forceId, ...(query.year ? { year: query.year } : {}), ...(query.years ? { years: query.years } : {}) });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'real_data.figures', entityType: 'insight', forceId: figures.force.id, detail: { ...figures.period, format, threshold },
  })]));
  return figures;
}

export function registerRealDataRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);
  const threshold = config.insight.suppressionThreshold;
  const tags = ['insight'];

  api.get('/api/real-data/figures', {
    config: { access: 'insight:read' },
    schema: {
      tags,
      summary: 'The figures of `warrant report` for one force (repeat distribution, concentration, case to answer, disproportionality, alerts), with and without the rows flagged for data quality, and the flags',
      querystring: ZRealDataQuery,
      response: { 200: ZRealDataFigures },
    },
  }, (request) => readFigures(db, request.ctx, threshold, request.query, 'json'));

  api.get('/api/real-data/figures.csv', {
    config: { access: 'insight:read' },
    schema: {
      tags,
      summary: 'One figure as the CSV file `warrant report` writes (each row marked all or without_flagged)',
      querystring: ZRealDataCsvQuery,
      response: { 200: z.string().describe('text/csv: the same text as FIGURE.csv of `warrant report`') },
    },
  }, async (request, reply) => {
    const { figure, ...query } = request.query;
    const figures = await readFigures(db, request.ctx, threshold, query, `csv:${figure}`);
    const text = figuresToCsv(figures)[`${figure}.csv`] ?? '';
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${figures.force.id}-${figure}.csv"`).send(text);
  });
}
