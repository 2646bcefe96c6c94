// Request and response schemas of the anonymous integrity line (server/modules/integrity-line): the reporter's side,
// which has no account and proves itself with a reference and a passphrase sent in the body (never in a URL), and the
// handler's side (integrity:handle). Every free-text field has a size limit; what people type is stored as text.
import { z } from 'zod';
import { ZNewAllegation } from './case-contracts.js';
import { ZIsoDate, ZUuid } from './contracts.js';
import { INTEGRITY_LIMITS, OUTCOME_CLASSES, REPORT_CATEGORIES, REPORT_STATUSES } from './integrity-line-vocabulary.js';

const tooLong = (max: number) => `must be ${max.toLocaleString('en-GB')} characters or fewer`;
// PostgreSQL text cannot hold U+0000: refused here as bad input rather than failing in the database.
const noNul = (v: string) => !v.includes('\u0000');
const NUL_MESSAGE = 'must not contain a null character';
const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, tooLong(max)).refine(noNul, NUL_MESSAGE);

// --- The reporter. ---

export const ZReportForm = z.object({
  forces: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TReportForm = z.infer<typeof ZReportForm>;

export const ZMakeReport = z.strictObject({
  website: z.string().max(0, 'must be left empty').optional().describe('Leave empty: a field people never see, which only scripts fill in'),
  forceId: z.string().trim().min(1).max(10).refine(noNul, NUL_MESSAGE).describe('The force the report is about: its counter-corruption unit handles it'),
  category: z.enum(REPORT_CATEGORIES),
  whatHappened: requiredText(INTEGRITY_LIMITS.whatHappened),
});
export type TMakeReport = z.infer<typeof ZMakeReport>;
export type TMakeReportInput = z.input<typeof ZMakeReport>;

export const ZReportReceipt = z.object({
  reference: z.string(),
  passphrase: z.string().describe('Shown this once: only an argon2id hash of it is kept, so it cannot be shown or sent again'),
  receivedOn: ZIsoDate,
  forceName: z.string(),
});
export type TReportReceipt = z.infer<typeof ZReportReceipt>;

// Lengths are checked loosely: a malformed reference gets the same answer as a wrong one.
const credentials = {
  reference: z.string().trim().min(1, 'must not be empty').max(40),
  passphrase: z.string().trim().min(1, 'must not be empty').max(100),
};

export const ZOpenReport = z.strictObject(credentials);
export type TOpenReport = z.infer<typeof ZOpenReport>;

export const ZReporterReply = z.strictObject({ ...credentials, body: requiredText(INTEGRITY_LIMITS.message) });
export type TReporterReply = z.infer<typeof ZReporterReply>;

export const ZReporterView = z.object({
  reference: z.string(),
  forceName: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  whatHappened: z.string(),
  receivedOn: ZIsoDate,
  status: z.enum(REPORT_STATUSES),
  outcomeClass: z.enum(OUTCOME_CLASSES).nullable(),
  statusChangedOn: ZIsoDate,
  headline: z.string().describe('The status in words'),
  explanation: z.string(),
  messages: z.array(z.object({
    seq: z.number().int(),
    from: z.enum(['you', 'handler']),
    body: z.string(),
    sentOn: ZIsoDate,
    isNew: z.boolean().describe('A message from the handler the reporter had not opened before'),
  })),
});
export type TReporterView = z.infer<typeof ZReporterView>;

// --- The handler. ---

export const ZReportListQuery = z.strictObject({
  status: z.enum(REPORT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TReportListQuery = z.infer<typeof ZReportListQuery>;

export const ZReportSummary = z.object({
  id: ZUuid,
  reference: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  status: z.enum(REPORT_STATUSES),
  outcomeClass: z.enum(OUTCOME_CLASSES).nullable(),
  receivedOn: ZIsoDate,
  statusChangedOn: ZIsoDate,
  handlerName: z.string().nullable(),
  caseReference: z.string().nullable().describe('Null also when the case is restricted and you may not see it'),
  messageCount: z.number().int(),
  awaitingReply: z.boolean().describe('The last message is from the reporter'),
});
export const ZReportList = z.object({ items: z.array(ZReportSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TReportList = z.infer<typeof ZReportList>;

export const ZHandlerReport = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string(),
  forceName: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  whatHappened: z.string(),
  status: z.enum(REPORT_STATUSES),
  outcomeClass: z.enum(OUTCOME_CLASSES).nullable(),
  receivedOn: ZIsoDate,
  statusChangedOn: ZIsoDate,
  handler: z.object({ id: ZUuid, name: z.string() }).nullable(),
  hasCase: z.boolean(),
  case: z.object({ id: ZUuid, reference: z.string() }).nullable().describe('Null also when the case is restricted and you may not see it'),
  nextStatuses: z.array(z.enum(REPORT_STATUSES)),
  messages: z.array(z.object({
    seq: z.number().int(),
    fromReporter: z.boolean(),
    handlerName: z.string().nullable(),
    body: z.string(),
    sentOn: ZIsoDate,
    readByReporter: z.boolean(),
  })),
});
export type THandlerReport = z.infer<typeof ZHandlerReport>;

export const ZHandlerReply = z.strictObject({ body: requiredText(INTEGRITY_LIMITS.message) });
export type THandlerReply = z.infer<typeof ZHandlerReply>;

export const ZChangeReportStatus = z.strictObject({
  currentStatus: z.enum(REPORT_STATUSES).describe('The status you read: a report changed meanwhile by someone else is refused with 409'),
  status: z.enum(['assessed', 'investigation_opened', 'closed']),
  outcomeClass: z.enum(OUTCOME_CLASSES).nullable().optional().transform((v) => v ?? null).describe('Needed when closing, and only then'),
}).superRefine((v, ctx) => {
  if (v.status === 'closed' && !v.outcomeClass) ctx.addIssue({ code: 'custom', path: ['outcomeClass'], message: 'is needed to close a report' });
  if (v.status !== 'closed' && v.outcomeClass) ctx.addIssue({ code: 'custom', path: ['outcomeClass'], message: 'is given only when closing a report' });
});
export type TChangeReportStatus = z.infer<typeof ZChangeReportStatus>;
export type TChangeReportStatusInput = z.input<typeof ZChangeReportStatus>;

export const ZMakeCaseFromReport = z.strictObject({
  summary: requiredText(5_000),
  restricted: z.boolean().default(false).describe('Counter-corruption only: the case is hidden from every other role'),
  subjects: z.array(z.strictObject({
    personId: ZUuid,
    allegations: z.array(ZNewAllegation).min(1).max(50),
  })).min(1).max(20),
});
export type TMakeCaseFromReport = z.infer<typeof ZMakeCaseFromReport>;
export type TMakeCaseFromReportInput = z.input<typeof ZMakeCaseFromReport>;
