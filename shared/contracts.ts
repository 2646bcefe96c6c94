// Request and response schemas shared by the server (validation + OpenAPI) and the web app (types).
// Responses are zod schemas too, so serialization drops any field not declared here: protected
// characteristics are never part of a person response.
import { z } from 'zod';
import { ROLES } from './roles.js';
import { ACTIONS } from './policy.js';
import { ERROR_CODES, type ErrorCode } from './error-codes.js';
import { isValid as isValidPostcode, toNormalised as normalisePostcode } from 'postcode';
import { ADDRESS_SOURCES, EMPLOYMENT_ROLES, LEAVING_REASONS, NAME_KINDS, SEXES } from './vocabulary.js';

export const ZIsoDate = z.iso.date();
export const ZUuid = z.uuid();

export const ZForce = z.object({
  id: z.string().describe('Stable force code, e.g. MPS'),
  name: z.string(),
  kind: z.enum(['territorial', 'national']),
  jurisdiction: z.string(),
});
export type TForce = z.infer<typeof ZForce>;

export const ZRole = z.enum(ROLES);

export const ZCurrentUser = z.object({
  id: ZUuid,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  forceId: z.string().nullable(),
  forceName: z.string().nullable(),
  permissions: z.array(z.enum(ACTIONS)).describe('Actions this user may perform somewhere; the server still checks each record'),
});
export type TCurrentUser = z.infer<typeof ZCurrentUser>;

export const ZSession = z.object({ user: ZCurrentUser, csrfToken: z.string() });
export type TSession = z.infer<typeof ZSession>;

export const ZLoginRequest = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});


export const ZPersonName = z.object({
  kind: z.enum(NAME_KINDS),
  givenNames: z.string(),
  familyName: z.string(),
});

/** A UK postcode in any case and spacing, stored in its normal form ("sw1a1aa" → "SW1A 1AA"). */
export const ZPostcode = z.string().trim()
  .refine((v) => isValidPostcode(v), { message: 'must be a UK postcode, like SW1A 1AA' })
  .transform((v) => normalisePostcode(v) ?? v);

export const ZPersonAddress = z.object({
  id: ZUuid,
  postcode: z.string(),
  fromDate: ZIsoDate,
  toDate: ZIsoDate.nullable().describe('Null for the current address'),
  source: z.enum(ADDRESS_SOURCES),
});
export type TPersonAddress = z.infer<typeof ZPersonAddress>;

export const ZRecordAddress = z.strictObject({
  postcode: ZPostcode,
  fromDate: ZIsoDate,
  toDate: ZIsoDate.nullable().optional().describe('Leave out for the address the person lives at now'),
  source: z.enum(ADDRESS_SOURCES),
});
export type TRecordAddress = z.infer<typeof ZRecordAddress>;

export const ZEmployment = z.object({
  id: ZUuid,
  forceId: z.string(),
  forceName: z.string(),
  role: z.enum(EMPLOYMENT_ROLES),
  rank: z.string().nullable(),
  collarNumber: z.string().nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  leavingReason: z.enum(LEAVING_REASONS).nullable(),
});
export type TEmployment = z.infer<typeof ZEmployment>;

export const ZPersonSummary = z.object({
  id: ZUuid,
  givenNames: z.string(),
  familyName: z.string(),
  dateOfBirth: ZIsoDate.nullable(),
  currentForceId: z.string().nullable(),
  currentForceName: z.string().nullable(),
  currentRole: z.enum(EMPLOYMENT_ROLES).nullable(),
  collarNumbers: z.array(z.string()),
  matchedName: z.string().nullable().describe('A previous name or alias that matched the search, if not the current name'),
  matchedNameKind: z.enum(['previous', 'alias']).nullable(),
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPerson = z.object({
  id: ZUuid,
  givenNames: z.string(),
  familyName: z.string(),
  dateOfBirth: ZIsoDate.nullable(),
  sex: z.enum(SEXES),
  names: z.array(ZPersonName),
  employments: z.array(ZEmployment),
  addresses: z.array(ZPersonAddress).describe('Postcodes lived at, newest first: from the HR record and declared on vetting applications'),
  leavingBlocked: z.boolean().describe('Subject to a live allegation that could lead to dismissal: may not resign or retire'),
  linkedRecords: z.array(z.object({ id: ZUuid, name: z.string(), dateOfBirth: ZIsoDate.nullable(), forceIds: z.array(z.string()), linkedOn: ZIsoDate }))
    .describe('Other register records confirmed to be the same person; their cases count in this person\'s history'),
  version: z.number().int(),
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonSearchQuery = z.strictObject({
  name: z.string().trim().max(200).optional(),
  dateOfBirth: ZIsoDate.optional(),
  collarNumber: z.string().trim().max(20).optional(),
  forceId: z.string().max(10).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPersonSearchQuery = z.infer<typeof ZPersonSearchQuery>;

export const ZPersonSearchResult = z.object({
  items: z.array(ZPersonSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TPersonSearchResult = z.infer<typeof ZPersonSearchResult>;

export const ZCreatePerson = z.strictObject({
  givenNames: z.string().trim().min(1).max(200),
  familyName: z.string().trim().min(1).max(200),
  dateOfBirth: ZIsoDate.nullable().optional(),
  sex: z.enum(SEXES),
  otherNames: z.array(z.strictObject({ kind: z.enum(['previous', 'alias']), givenNames: z.string().trim().max(200), familyName: z.string().trim().min(1).max(200) })).max(20).default([]),
  employment: z.strictObject({
    forceId: z.string().min(1).max(10),
    role: z.enum(EMPLOYMENT_ROLES),
    rank: z.string().trim().max(100).nullable().optional(),
    collarNumber: z.string().trim().max(20).nullable().optional(),
    startDate: ZIsoDate,
  }),
});
export type TCreatePerson = z.infer<typeof ZCreatePerson>;

export const ZAuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable().describe('Display name of the acting user; null for the system or the CLI'),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  hash: z.string(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type TAuditVerifyResult = z.infer<typeof ZAuditVerifyResult>;

export const ZUserSummary = z.object({
  id: ZUuid,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  forceId: z.string().nullable(),
  forceName: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
});
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const ZCreateUser = z.strictObject({
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(ZRole).min(1),
  forceId: z.string().max(10).nullable(),
  password: z.string().min(12).max(1024).optional().describe('Omit for an account that signs in only through single sign-on'),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  correlationId: z.string().optional(),
}).describe('RFC 9457 problem details, served as application/problem+json');

export const ZEndEmployment = z.strictObject({
  endDate: ZIsoDate,
  leavingReason: z.enum(LEAVING_REASONS),
});
export type TEndEmployment = z.infer<typeof ZEndEmployment>;
