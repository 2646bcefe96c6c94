// Request and response schemas of public hearing notices (server/modules/hearings): the public page of each force,
// and the appropriate authority's drafting, publication decision, outcome and withdrawal. The public schemas have
// no field for anything withheld, the reason it was withheld or who decided: serialization drops them.
import { z } from 'zod';
import { ZIsoDate, ZUuid } from './contracts.js';
import { HEARING_FORMS, HEARING_LIMITS, NOTICE_STATUSES, WITHHOLDABLE_FIELDS } from './hearing-vocabulary.js';

const tooLong = (max: number) => `must be ${max.toLocaleString('en-GB')} characters or fewer`;
const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, tooLong(max));
const optionalText = (max: number) => z.string().trim().max(max, tooLong(max)).nullable().optional().transform((v) => (v ? v : null));
const ZVersion = z.number().int().min(1);

// ---- Public ----

export const ZPublicHearingNotice = z.object({
  id: ZUuid,
  officerName: z.string().nullable().describe('Null when withheld'),
  rank: z.string().nullable().describe('Null when withheld or not recorded'),
  allegationSummary: z.string().nullable().describe('Null when withheld'),
  hearingOn: ZIsoDate,
  venue: z.string().nullable().describe('Null when withheld'),
  outcomeSummary: z.string().nullable().describe('Null until the outcome is added, or when withheld'),
  outcomeOn: ZIsoDate.nullable(),
  withheld: z.array(z.enum(WITHHOLDABLE_FIELDS)).describe('Which details the force decided not to publish (never what they are, or why)'),
  publishedOn: ZIsoDate,
  availableUntil: ZIsoDate,
});
export type TPublicHearingNotice = z.infer<typeof ZPublicHearingNotice>;

export const ZPublicForceHearings = z.object({
  forceId: z.string(),
  forceName: z.string(),
  asOf: ZIsoDate.describe('The day the list is for: notices whose publication period includes it'),
  notices: z.array(ZPublicHearingNotice).describe('By hearing date, earliest first'),
});
export type TPublicForceHearings = z.infer<typeof ZPublicForceHearings>;

export const ZPublicHearingForces = z.object({
  asOf: ZIsoDate,
  forces: z.array(z.object({ id: z.string(), name: z.string(), notices: z.number().int().describe('Notices on the force’s page today') })),
});
export type TPublicHearingForces = z.infer<typeof ZPublicHearingForces>;

// ---- Staff ----

export const ZHearingCandidate = z.object({
  caseId: ZUuid,
  caseReference: z.string(),
  subjectId: ZUuid,
  personId: ZUuid,
  forceId: z.string(),
  form: z.enum(HEARING_FORMS),
  hearingOn: ZIsoDate.nullable(),
  officerName: z.string().describe('From the register: the current name'),
  rank: z.string().nullable().describe('From the register: the latest employment in the force'),
  allegationSummary: z.string().describe('A starting point: the Standards the allegations concern'),
  noticeId: ZUuid.nullable().describe('The draft or published notice for this hearing, if there is one'),
  noticeStatus: z.enum(NOTICE_STATUSES).nullable(),
});
export type THearingCandidate = z.infer<typeof ZHearingCandidate>;
export const ZHearingCandidates = z.object({ items: z.array(ZHearingCandidate) });
export type THearingCandidates = z.infer<typeof ZHearingCandidates>;

export const ZNoticeListQuery = z.strictObject({ status: z.enum(NOTICE_STATUSES).optional() });

export const ZHearingNoticeSummary = z.object({
  id: ZUuid,
  forceId: z.string(),
  caseId: ZUuid,
  caseReference: z.string(),
  officerName: z.string(),
  hearingOn: ZIsoDate,
  status: z.enum(NOTICE_STATUSES),
  publishFrom: ZIsoDate.nullable(),
  publishUntil: ZIsoDate.nullable(),
  isOnPublicPage: z.boolean().describe('Published, and today is within its publication period'),
  hasOutcome: z.boolean(),
  withheldCount: z.number().int(),
});
export type THearingNoticeSummary = z.infer<typeof ZHearingNoticeSummary>;
export const ZHearingNoticeList = z.object({ items: z.array(ZHearingNoticeSummary) });
export type THearingNoticeList = z.infer<typeof ZHearingNoticeList>;

export const ZHearingNotice = z.object({
  id: ZUuid,
  forceId: z.string(),
  forceName: z.string(),
  caseId: ZUuid,
  caseReference: z.string(),
  subjectId: ZUuid,
  form: z.enum(HEARING_FORMS).nullable(),
  officerName: z.string(),
  rank: z.string().nullable(),
  allegationSummary: z.string(),
  hearingOn: ZIsoDate,
  venue: z.string(),
  outcomeSummary: z.string().nullable(),
  outcomeOn: ZIsoDate.nullable(),
  caseOutcome: z.string().nullable().describe('The outcome recorded on the case, to start the notice’s outcome from'),
  caseOutcomeOn: ZIsoDate.nullable(),
  withheldFields: z.array(z.enum(WITHHOLDABLE_FIELDS)),
  withheldReason: z.string().nullable(),
  status: z.enum(NOTICE_STATUSES),
  publishedByName: z.string().nullable(),
  publishDecisionRationale: z.string().nullable(),
  publishFrom: ZIsoDate.nullable(),
  publishUntil: ZIsoDate.nullable(),
  isOnPublicPage: z.boolean(),
  defaultPublishUntil: ZIsoDate.describe('What the publication period ends on if not chosen: days after the hearing (or the outcome)'),
  noticeDaysAfter: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
  history: z.array(z.object({
    action: z.string(),
    at: z.iso.datetime({ offset: true }),
    actorName: z.string().nullable(),
    note: z.string().nullable().describe('The rationale or reason recorded with the step'),
  })),
});
export type THearingNotice = z.infer<typeof ZHearingNotice>;

const noticeDetails = {
  officerName: requiredText(HEARING_LIMITS.officerName),
  rank: optionalText(HEARING_LIMITS.rank),
  allegationSummary: requiredText(HEARING_LIMITS.allegationSummary),
  hearingOn: ZIsoDate,
  venue: requiredText(HEARING_LIMITS.venue),
};

export const ZDraftNotice = z.strictObject({ subjectId: ZUuid.describe('The case subject whose misconduct hearing this is'), ...noticeDetails });
export type TDraftNotice = z.infer<typeof ZDraftNotice>;
export type TDraftNoticeInput = z.input<typeof ZDraftNotice>;

export const ZEditNotice = z.strictObject({ version: ZVersion, ...noticeDetails });
export type TEditNotice = z.infer<typeof ZEditNotice>;
export type TEditNoticeInput = z.input<typeof ZEditNotice>;

export const ZPublishNotice = z.strictObject({
  version: ZVersion,
  rationale: requiredText(HEARING_LIMITS.rationale).describe('The publication decision: why the notice is published, and why in this form'),
  withheldFields: z.array(z.enum(WITHHOLDABLE_FIELDS)).max(WITHHOLDABLE_FIELDS.length).default([]),
  withheldReason: optionalText(HEARING_LIMITS.reason).describe('Required when any detail is withheld'),
  publishFrom: ZIsoDate.optional().describe('Default: today'),
  publishUntil: ZIsoDate.optional().describe('Default: WARRANT_HEARING_NOTICE_DAYS after the hearing (or the outcome)'),
}).superRefine((v, ctx) => {
  if (new Set(v.withheldFields).size !== v.withheldFields.length) ctx.addIssue({ code: 'custom', path: ['withheldFields'], message: 'lists a detail twice' });
  if (v.withheldFields.length > 0 && !v.withheldReason) ctx.addIssue({ code: 'custom', path: ['withheldReason'], message: 'is needed when any detail is withheld' });
});
export type TPublishNotice = z.infer<typeof ZPublishNotice>;
export type TPublishNoticeInput = z.input<typeof ZPublishNotice>;

export const ZNoticeOutcome = z.strictObject({
  version: ZVersion,
  outcomeSummary: requiredText(HEARING_LIMITS.outcomeSummary),
  outcomeOn: ZIsoDate,
  publishUntil: ZIsoDate.optional().describe('Default: the later of the current end and WARRANT_HEARING_NOTICE_DAYS after the outcome'),
});
export type TNoticeOutcome = z.infer<typeof ZNoticeOutcome>;
export type TNoticeOutcomeInput = z.input<typeof ZNoticeOutcome>;

export const ZWithdrawNotice = z.strictObject({ version: ZVersion, reason: requiredText(HEARING_LIMITS.reason) });
export type TWithdrawNotice = z.infer<typeof ZWithdrawNotice>;
