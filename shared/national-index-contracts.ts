// Request and response schemas of the national index (server/modules/national-index): Barred and Advisory List
// checks and entries, the data wash and the review queue of possible matches. The web app imports the types only.
import { z } from 'zod';
import { ZIsoDate, ZUuid } from './contracts.js';

export const LISTS = ['barred', 'advisory'] as const;
export const WASH_RUN_STATUSES = ['running', 'completed', 'failed'] as const;
export const MATCH_REVIEW_KINDS = ['list_hit', 'open_case_elsewhere', 'register_duplicate'] as const;
export const MATCH_REVIEW_STATUSES = ['open', 'confirmed', 'rejected'] as const;
export const MATCH_DECISIONS = ['confirm', 'reject'] as const;

export const ZMatchReason = z.object({
  field: z.string().describe('family_name, given_name, date_of_birth, name_order, or case for an open case elsewhere'),
  agreement: z.string(),
  weight: z.number().describe('What the field added to the score (negative when it counted against)'),
});
export type TMatchReason = z.infer<typeof ZMatchReason>;

export const ZListEntry = z.object({
  id: ZUuid,
  list: z.enum(LISTS),
  jurisdiction: z.string(),
  personId: ZUuid.nullable(),
  givenNames: z.string(),
  familyName: z.string(),
  otherFamilyNames: z.array(z.string()),
  dateOfBirth: z.string().nullable().describe('YYYY-MM-DD, or YYYY where the list gives only the year'),
  lastForce: z.string().nullable(),
  role: z.string().nullable(),
  reason: z.string(),
  decidedOn: ZIsoDate,
  source: z.enum(['warrant', 'import']),
  sourceCaseId: ZUuid.nullable(),
  reviewEligibleOn: ZIsoDate.nullable(),
});
export type TListEntry = z.infer<typeof ZListEntry>;

export const ZListCheckQuery = z.strictObject({
  givenNames: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  otherFamilyNames: z.string().max(1000).optional().describe('Previous or married family names, separated by ;'),
  dateOfBirth: z.union([ZIsoDate, z.string().regex(/^\d{4}$/)]).optional(),
  list: z.enum(LISTS).optional(),
});
export type TListCheckQuery = z.infer<typeof ZListCheckQuery>;

export const ZListHit = z.object({
  entry: ZListEntry,
  score: z.number(),
  band: z.enum(['match', 'review']).describe('"review": a possible match a person must look at'),
  reasons: z.array(ZMatchReason),
});
export type TListHit = z.infer<typeof ZListHit>;

export const ZListCheckResult = z.object({ hits: z.array(ZListHit) });
export type TListCheckResult = z.infer<typeof ZListCheckResult>;

export const ZWashRun = z.object({
  id: ZUuid,
  forceId: z.string().nullable(),
  status: z.enum(WASH_RUN_STATUSES),
  total: z.number().int(),
  processed: z.number().int(),
  hits: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TWashRun = z.infer<typeof ZWashRun>;

export const ZStartWashRun = z.strictObject({
  forceId: z.string().max(10).nullable().describe('Your force; null (every force) only for a national user'),
});
export type TStartWashRun = z.infer<typeof ZStartWashRun>;

export const ZMatchReview = z.object({
  id: ZUuid,
  kind: z.enum(MATCH_REVIEW_KINDS),
  forceId: z.string().nullable(),
  personId: ZUuid,
  person: z.object({ givenNames: z.string(), familyName: z.string(), dateOfBirth: ZIsoDate.nullable() }).describe('The person in the register the possible match is about'),
  otherPersonId: ZUuid.nullable(),
  listEntryId: ZUuid.nullable(),
  caseSubjectId: ZUuid.nullable(),
  washRunId: ZUuid.nullable(),
  score: z.number().nullable(),
  band: z.enum(['match', 'review']).nullable(),
  reasons: z.array(ZMatchReason).nullable(),
  status: z.enum(MATCH_REVIEW_STATUSES),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TMatchReview = z.infer<typeof ZMatchReview>;

export const ZMatchReviewQuery = z.strictObject({
  status: z.enum(MATCH_REVIEW_STATUSES).optional(),
  washRunId: ZUuid.optional(),
});
export type TMatchReviewQuery = z.infer<typeof ZMatchReviewQuery>;

export const ZMatchReviewDecision = z.strictObject({
  decision: z.enum(MATCH_DECISIONS),
  reason: z.string().trim().min(1).max(5000),
});
export type TMatchReviewDecision = z.infer<typeof ZMatchReviewDecision>;
