import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZCreatePerson, ZPerson, ZPersonSearchQuery, ZPersonSearchResult, ZUuid } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { createPerson, getPerson, searchPeople } from './person.service.js';

export function registerPersonRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.get('/api/people', {
    config: { access: 'person:search' },
    schema: {
      tags: ['people'],
      summary: 'Search the national person register',
      description: 'Name matches current, previous and alias names, ignoring case, accents and punctuation; each word may be partial.',
      querystring: ZPersonSearchQuery,
      response: { 200: ZPersonSearchResult },
    },
  }, (request) => searchPeople({ db, ctx: request.ctx, query: request.query }));

  api.get('/api/people/:id', {
    config: { access: 'person:read' },
    schema: { tags: ['people'], summary: 'A person and their career across forces', params: z.strictObject({ id: ZUuid }), response: { 200: ZPerson } },
  }, (request) => getPerson({ db, ctx: request.ctx, personId: request.params.id }));

  api.post('/api/people', {
    config: { access: 'person:create' },
    schema: { tags: ['people'], summary: 'Add a person with their first employment', body: ZCreatePerson, response: { 201: ZPerson } },
  }, async (request, reply) => reply.status(201).send(await createPerson({ db, ctx: request.ctx, input: request.body })));
}
