import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import { ZListCheckQuery, ZListCheckResult, ZListEntry } from '../../../shared/national-index-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import { checkLists, getListEntry, type ListCheckHit } from './list-entry.service.js';
import type { ListEntryRow } from './list-entry.repo.js';

const present = (e: ListEntryRow) => ({
  id: e.id, list: e.list, jurisdiction: e.jurisdiction, personId: e.personId, givenNames: e.givenNames, familyName: e.familyName,
  otherFamilyNames: e.otherFamilyNames, dateOfBirth: e.dateOfBirth, lastForce: e.lastForce, role: e.role, reason: e.reason,
  decidedOn: e.decidedOn, source: e.source, sourceCaseId: e.sourceCaseId, reviewEligibleOn: e.reviewEligibleOn,
});
const presentHit = (h: ListCheckHit) => ({ entry: present(h.entry), score: h.score, band: h.band, reasons: h.reasons });

export function registerListEntryRoutes(app: FastifyInstance, { db }: Deps): void {
  const api = withZod(app);
  api.get('/api/national-index/checks', {
    config: { access: 'list:check' },
    schema: {
      tags: ['national index'],
      summary: 'Check a person against the Barred and Advisory Lists (audited)',
      description: 'Uses the person matching engine: variant spellings, nicknames, previous names, swapped names and date-of-birth typos are found, each hit with the reasons for its score.',
      querystring: ZListCheckQuery,
      response: { 200: ZListCheckResult },
    },
  }, async (request) => {
    const q = request.query;
    const hits = await checkLists({ db, ctx: request.ctx, query: {
      givenNames: q.givenNames, familyName: q.familyName, dateOfBirth: q.dateOfBirth ?? null, list: q.list,
      otherFamilyNames: q.otherFamilyNames ? q.otherFamilyNames.split(';').map((n) => n.trim()).filter(Boolean) : [],
    } });
    return { hits: hits.map(presentHit) };
  });

  api.get('/api/national-index/entries/:id', {
    config: { access: 'list:check' },
    schema: { tags: ['national index'], summary: 'One list entry (audited)', params: z.strictObject({ id: ZUuid }), response: { 200: ZListEntry } },
  }, async (request) => present(await getListEntry({ db, ctx: request.ctx, entryId: request.params.id })));
}
