import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../../shared/contracts.js';
import { ZPersonRisk } from '../../../../shared/risk-contracts.js';
import { withZod, type Deps } from '../../../routes-context.js';
import { getPersonRisk } from './risk-score.service.js';

export function registerRiskRoutes(app: FastifyInstance, { db }: Deps): void {
  withZod(app).get('/api/signals/people/:id/risk', {
    config: { access: 'signal:read' },
    schema: {
      tags: ['early warning'],
      summary: "A person's risk score: percentile, model and the factors that moved it most, in words (people of your force)",
      params: z.strictObject({ id: ZUuid }),
      response: { 200: ZPersonRisk },
    },
  }, (request) => getPersonRisk({ db, ctx: request.ctx, personId: request.params.id }));
}
