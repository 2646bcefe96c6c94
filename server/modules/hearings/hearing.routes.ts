import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZUuid } from '../../../shared/contracts.js';
import {
  ZDraftNotice, ZEditNotice, ZHearingCandidates, ZHearingNotice, ZHearingNoticeList, ZNoticeListQuery, ZNoticeOutcome, ZPublicForceHearings,
  ZPublicHearingForces, ZPublishNotice, ZWithdrawNotice,
} from '../../../shared/hearing-contracts.js';
import { withZod, type Deps } from '../../routes-context.js';
import {
  addHearingOutcome, draftHearingNotice, editHearingNotice, getHearingNotice, listHearingCandidates, listHearingNotices, publishHearingNotice,
  withdrawHearingNotice,
} from './hearing.service.js';
import { listPublicHearingForces, listPublicHearings } from './public-hearing.service.js';

const tags = ['hearing notices'];
const ZIdParams = z.strictObject({ id: ZUuid });

export function registerHearingRoutes(app: FastifyInstance, { db, config }: Deps): void {
  const api = withZod(app);
  // Public pages are read by anyone; a generous limit per address keeps a script from hammering the database.
  const publicAccess = { access: 'public' as const, rateLimit: { max: 120, timeWindow: '1 minute' } };

  api.get('/api/public/hearings', {
    config: publicAccess,
    schema: { tags, security: [], summary: 'Forces and how many misconduct hearing notices each publishes today (no sign-in)', response: { 200: ZPublicHearingForces } },
  }, () => listPublicHearingForces({ db }));

  api.get('/api/public/forces/:forceId/hearings', {
    config: publicAccess,
    schema: {
      tags, security: [],
      summary: "A force's public misconduct hearing notices and outcomes (no sign-in)",
      description: 'Notices whose publication period includes today, by hearing date. Details the force withheld are null and named in `withheld`; their values never leave the server.',
      params: z.strictObject({ forceId: z.string().trim().min(1).max(10) }),
      response: { 200: ZPublicForceHearings },
    },
  }, (request) => listPublicHearings({ db, forceId: request.params.forceId }));

  api.get('/api/hearings/candidates', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Subjects of your force’s cases with a misconduct hearing arranged, pre-filled from the register, and their notice if any', response: { 200: ZHearingCandidates } },
  }, (request) => listHearingCandidates({ db, ctx: request.ctx }));

  api.get('/api/hearings/notices', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Hearing notices of your force: drafts, published and withdrawn', querystring: ZNoticeListQuery, response: { 200: ZHearingNoticeList } },
  }, (request) => listHearingNotices({ db, ctx: request.ctx, status: request.query.status }));

  api.post('/api/hearings/notices', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Draft a notice of a misconduct hearing (not public until a publication decision is recorded)', body: ZDraftNotice, response: { 201: ZHearingNotice } },
  }, async (request, reply) => reply.status(201).send(await draftHearingNotice({ db, ctx: request.ctx, config, input: request.body })));

  api.get('/api/hearings/notices/:id', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'A hearing notice with its publication decision, withheld details and history (the read is audited)', params: ZIdParams, response: { 200: ZHearingNotice } },
  }, (request) => getHearingNotice({ db, ctx: request.ctx, config, noticeId: request.params.id }));

  api.put('/api/hearings/notices/:id', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Change a draft notice', params: ZIdParams, body: ZEditNotice, response: { 200: ZHearingNotice } },
  }, (request) => editHearingNotice({ db, ctx: request.ctx, config, noticeId: request.params.id, input: request.body }));

  api.post('/api/hearings/notices/:id/publication', {
    config: { access: 'hearing:publish' },
    schema: {
      tags,
      summary: 'Publish a notice: the decision and its rationale, details withheld with the reason, and the publication period',
      description: 'The period defaults to today until WARRANT_HEARING_NOTICE_DAYS days after the hearing. A publication without a rationale is refused (400).',
      params: ZIdParams, body: ZPublishNotice, response: { 200: ZHearingNotice },
    },
  }, (request) => publishHearingNotice({ db, ctx: request.ctx, config, noticeId: request.params.id, input: request.body }));

  api.post('/api/hearings/notices/:id/outcome', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Add the outcome of the hearing; a published notice stays up at least WARRANT_HEARING_NOTICE_DAYS days after it', params: ZIdParams, body: ZNoticeOutcome, response: { 200: ZHearingNotice } },
  }, (request) => addHearingOutcome({ db, ctx: request.ctx, config, noticeId: request.params.id, input: request.body }));

  api.post('/api/hearings/notices/:id/withdrawal', {
    config: { access: 'hearing:publish' },
    schema: { tags, summary: 'Withdraw a notice, with the reason; it leaves the public page at once', params: ZIdParams, body: ZWithdrawNotice, response: { 200: ZHearingNotice } },
  }, (request) => withdrawHearingNotice({ db, ctx: request.ctx, config, noticeId: request.params.id, input: request.body }));
}
