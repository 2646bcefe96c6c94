// Request and response schemas of the public complaint portal and of the staff intake of its complaints
// (server/modules/portal). Every free-text field has a size limit; what people type is stored and returned as text.
import { z } from 'zod';
import { ZNewAllegation } from './case-contracts.js';
import { ZIsoDate, ZUuid } from './contracts.js';
import {
  COMPLAINT_STATUSES, normalizeReference, PORTAL_LIMITS, PREFERRED_CONTACTS, PROGRESS_STAGES, REFERENCE_LENGTH, REFERENCE_PATTERN,
} from './portal-vocabulary.js';

const tooLong = (max: number) => `must be ${max.toLocaleString('en-GB')} characters or fewer`;
// PostgreSQL text cannot hold U+0000: refused here as bad input rather than failing in the database.
const noNul = (v: string) => !v.includes('\u0000');
const NUL_MESSAGE = 'must not contain a null character';
const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, tooLong(max)).refine(noNul, NUL_MESSAGE);
/** Optional text: blank and missing both mean "not given" (null). */
const optionalText = (max: number) => z.string().trim().max(max, tooLong(max)).refine(noNul, NUL_MESSAGE).nullable().optional().transform((v) => (v ? v : null));

export const ZComplaintReference = z.string().max(40).transform(normalizeReference)
  .pipe(z.string().regex(REFERENCE_PATTERN, `must be the ${REFERENCE_LENGTH}-character reference you were given`));

export const ZComplaintForm = z.object({
  formToken: z.string().describe('Send it back with the complaint; a complaint sent within a few seconds of it is refused'),
  minimumSeconds: z.number().int(),
  forces: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TComplaintForm = z.infer<typeof ZComplaintForm>;

export const ZSubmitComplaint = z.strictObject({
  formToken: z.string().min(1).max(200),
  website: z.string().max(0, 'must be left empty').optional().describe('Leave empty: a field people never see, which only scripts fill in'),
  forceId: z.string().trim().min(1).max(10).nullable().describe("Null when the complainant does not know the force: the complaint goes to the triage queue"),
  officer: z.strictObject({
    name: optionalText(PORTAL_LIMITS.officerName),
    collarNumber: optionalText(PORTAL_LIMITS.collarNumber),
    description: optionalText(PORTAL_LIMITS.officerDescription),
  }).default({ name: null, collarNumber: null, description: null }),
  incidentOn: ZIsoDate.nullable().optional().transform((v) => v ?? null),
  incidentPlace: optionalText(PORTAL_LIMITS.incidentPlace),
  whatHappened: requiredText(PORTAL_LIMITS.whatHappened),
  name: requiredText(PORTAL_LIMITS.name),
  email: z.email('must be an email address, like name@example.com').max(PORTAL_LIMITS.email, tooLong(PORTAL_LIMITS.email)),
  phone: optionalText(PORTAL_LIMITS.phone),
  preferredContact: z.enum(PREFERRED_CONTACTS),
  postalAddress: optionalText(PORTAL_LIMITS.postalAddress),
  accessibilityNeeds: optionalText(PORTAL_LIMITS.accessibilityNeeds),
  consent: z.literal(true, { error: 'must be given: we cannot deal with a complaint without it' }),
}).superRefine((v, ctx) => {
  if (v.preferredContact === 'phone' && !v.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'is needed to contact you by phone' });
  if (v.preferredContact === 'post' && !v.postalAddress) ctx.addIssue({ code: 'custom', path: ['postalAddress'], message: 'is needed to contact you by post' });
});
export type TSubmitComplaint = z.infer<typeof ZSubmitComplaint>;
export type TSubmitComplaintInput = z.input<typeof ZSubmitComplaint>;

export const ZComplaintReceipt = z.object({
  reference: z.string(),
  receivedOn: ZIsoDate,
  forceName: z.string().nullable(),
});
export type TComplaintReceipt = z.infer<typeof ZComplaintReceipt>;

export const ZStatusCodeRequest = z.strictObject({
  reference: ZComplaintReference,
  email: z.email('must be an email address, like name@example.com').max(PORTAL_LIMITS.email, tooLong(PORTAL_LIMITS.email)),
});
export const ZStatusCodeSent = z.object({ message: z.string() });
export type TStatusCodeSent = z.infer<typeof ZStatusCodeSent>;

export const ZStatusCheck = z.strictObject({
  reference: ZComplaintReference,
  code: z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from the email'),
});

export const ZComplaintProgress = z.object({
  reference: z.string(),
  receivedOn: ZIsoDate,
  forceName: z.string().nullable(),
  stage: z.enum(PROGRESS_STAGES),
  headline: z.string(),
  explanation: z.string(),
  reason: z.string().nullable().describe('Why the force closed it without recording a case, in its own words'),
});
export type TComplaintProgress = z.infer<typeof ZComplaintProgress>;

// Staff intake.
export const ZIntakeListQuery = z.strictObject({
  queue: z.enum(['force', 'triage']).default('force').describe("force: complaints in your force's intake; triage: complaints whose force is not known"),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TIntakeListQuery = z.infer<typeof ZIntakeListQuery>;

export const ZIntakeSummary = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string().nullable(),
  forceName: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: ZIsoDate,
  officerName: z.string().nullable(),
  collarNumber: z.string().nullable(),
  excerpt: z.string().describe('The start of what happened'),
});
export const ZIntakeList = z.object({ items: z.array(ZIntakeSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TIntakeList = z.infer<typeof ZIntakeList>;

export const ZIntakeComplaint = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string().nullable(),
  forceName: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: ZIsoDate,
  consentedAt: z.string(),
  officer: z.object({ name: z.string().nullable(), collarNumber: z.string().nullable(), description: z.string().nullable() }),
  incidentOn: ZIsoDate.nullable(),
  incidentPlace: z.string().nullable(),
  whatHappened: z.string(),
  complainant: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    preferredContact: z.enum(PREFERRED_CONTACTS),
    postalAddress: z.string().nullable(),
    accessibilityNeeds: z.string().nullable(),
  }),
  triagedBy: z.string().nullable().describe('Who last routed or closed it'),
  note: z.string().nullable().describe('The routing note, or the reason it was closed without a case (shown to the complainant)'),
  caseId: ZUuid.nullable(),
  caseReference: z.string().nullable(),
});
export type TIntakeComplaint = z.infer<typeof ZIntakeComplaint>;

export const ZRouteComplaint = z.strictObject({
  forceId: z.string().trim().min(1).max(10),
  note: optionalText(PORTAL_LIMITS.note),
});
export type TRouteComplaint = z.infer<typeof ZRouteComplaint>;

export const ZRecordComplaintAsCase = z.strictObject({
  summary: requiredText(5_000),
  subjects: z.array(z.strictObject({
    personId: ZUuid,
    allegations: z.array(ZNewAllegation).min(1).max(50),
  })).min(1).max(20),
});
export type TRecordComplaintAsCase = z.infer<typeof ZRecordComplaintAsCase>;

export const ZCloseComplaint = z.strictObject({
  reason: requiredText(PORTAL_LIMITS.note).describe('Shown to the complainant when they check progress'),
});
export type TCloseComplaint = z.infer<typeof ZCloseComplaint>;
