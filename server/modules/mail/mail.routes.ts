import type { FastifyInstance } from 'fastify';
import { ZOutbox } from '../../../shared/mail-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { listOutbox } from './mail.service.js';

export function registerMailRoutes(app: FastifyInstance, { db, config }: Deps): void {
  withZod(app).get('/api/mail/outbox', {
    config: { access: 'mail:outbox' },
    schema: { tags: ['mail'], summary: 'The latest 200 messages Warrant wrote, and whether each was sent (bodies only while nothing is sent by SMTP)', response: { 200: ZOutbox } },
  }, (request) => listOutbox({ db, ctx: request.ctx, config }));
}
