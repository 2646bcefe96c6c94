import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZCreateUser, ZUserSummary, ZUuid } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { createUser, listUsers, updateUser } from './user.service.js';

export function registerUserRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.get('/api/users', {
    config: { access: 'user:list' },
    schema: { tags: ['users'], summary: 'Accounts in your scope', response: { 200: z.array(ZUserSummary) } },
  }, (request) => listUsers({ db, ctx: request.ctx }));

  api.post('/api/users', {
    config: { access: 'user:create' },
    schema: { tags: ['users'], summary: 'Create a local account', body: ZCreateUser, response: { 201: ZUserSummary } },
  }, async (request, reply) => reply.status(201).send(await createUser({ db, ctx: request.ctx, input: request.body })));

  api.patch('/api/users/:id', {
    config: { access: 'user:update' },
    schema: {
      tags: ['users'],
      summary: 'Disable, enable or unlock an account',
      params: z.strictObject({ id: ZUuid }),
      body: z.strictObject({ disabled: z.boolean().optional(), unlock: z.literal(true).optional() }),
      response: { 200: ZUserSummary },
    },
  }, (request) => updateUser({ db, ctx: request.ctx, userId: request.params.id, patch: request.body }));
}
