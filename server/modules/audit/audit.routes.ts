import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZAuditEvent, ZAuditVerifyResult } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { listAuditEvents, verifyAuditChainAsUser } from './audit.service.js';

export function registerAuditRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.get('/api/audit/events', {
    config: { access: 'audit:read' },
    schema: {
      tags: ['audit'],
      summary: 'The newest audit events',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: { 200: z.array(ZAuditEvent) },
    },
  }, (request) => listAuditEvents({ db, ctx: request.ctx, limit: request.query.limit }));

  api.post('/api/audit/verify', {
    config: { access: 'audit:verify' },
    schema: { tags: ['audit'], summary: 'Verify the whole hash chain', response: { 200: ZAuditVerifyResult } },
  }, (request) => verifyAuditChainAsUser({ db, ctx: request.ctx }));
}
