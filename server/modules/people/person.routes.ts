import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZCreatePerson, ZEndEmployment, ZPerson, ZRecordAddress, ZPersonSearchQuery, ZPersonSearchResult, ZUuid } from '../../../shared/contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { createPerson, endEmployment, getPerson, recordAddress, searchPeople } from './person.service.js';

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

  api.post('/api/people/:id/employments/:employmentId/end', {
    config: { access: 'person:update' },
    schema: {
      tags: ['people'],
      summary: 'Record that an employment ended',
      description: 'Resigning or retiring is refused (409) while the person is subject to a live allegation that could lead to dismissal; leaving any other way continues their cases as a former officer with an Advisory List report.',
      params: z.strictObject({ id: ZUuid, employmentId: ZUuid }),
      body: ZEndEmployment,
      response: { 200: ZPerson },
    },
  }, (request) => endEmployment({ db, ctx: request.ctx, personId: request.params.id, employmentId: request.params.employmentId, input: request.body }));

  api.post('/api/people/:id/addresses', {
    config: { access: 'person:read' },
    schema: {
      tags: ['people'],
      summary: 'Add an address (postcode) to a person\'s history',
      description: 'HR records a move (source hr_record, needs person:update); a vetting officer records the address history an application declared (vetting_declaration, needs vetting:record). An address without an end date becomes the current one and ends the previous current address from the same source the day before. The matching engine compares address histories.',
      params: z.strictObject({ id: ZUuid }),
      body: ZRecordAddress,
      response: { 201: ZPerson },
    },
  }, async (request, reply) => reply.status(201).send(await recordAddress({ db, ctx: request.ctx, personId: request.params.id, input: request.body })));

  api.post('/api/people', {
    config: { access: 'person:create' },
    schema: { tags: ['people'], summary: 'Add a person with their first employment', body: ZCreatePerson, response: { 201: ZPerson } },
  }, async (request, reply) => reply.status(201).send(await createPerson({ db, ctx: request.ctx, input: request.body })));
}
