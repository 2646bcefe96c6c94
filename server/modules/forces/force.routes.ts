import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZForce } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { listForces } from './force.service.js';

export function registerForceRoutes(app: FastifyInstance, { db }: Deps): void {
  withZod(app).get('/api/forces', {
    config: { access: 'force:list' },
    schema: { tags: ['forces'], summary: 'Forces and national bodies, with their stable codes', response: { 200: z.array(ZForce) } },
  }, (request) => listForces({ db, ctx: request.ctx }));
}
