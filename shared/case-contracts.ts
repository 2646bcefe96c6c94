// Request and response schemas of complaints and misconduct cases (server/modules/cases).
import { z } from 'zod';
import {
  CASE_SOURCES, CASE_TO_ANSWER_DECISIONS, INVESTIGATION_TYPES, IOPC_CATEGORIES, OUTCOMES, PARTY_KINDS,
  PROCEEDINGS_FORMS, RESTRICTION_KINDS, SEVERITIES, STANDARDS, THEMATIC_TAGS,
} from './case-vocabulary.js';
import { ZIsoDate, ZUuid } from './contracts.js';
import { CLEARANCE_STATUSES } from './vetting-vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZNewAllegation = z.strictObject({
  description: text(10_000),
  occurredOn: ZIsoDate.nullable().optional(),
  place: z.string().trim().max(500).nullable().optional(),
  standard: z.enum(STANDARDS),
  iopcCategory: z.enum(IOPC_CATEGORIES),
  tags: z.array(z.enum(THEMATIC_TAGS)).max(THEMATIC_TAGS.length).default([]),
});

export const ZCreateCase = z.strictObject({
  forceId: z.string().min(1).max(10),
  source: z.enum(CASE_SOURCES),
  summary: text(5_000),
  receivedOn: ZIsoDate.describe('The day the matter reached the appropriate authority'),
  restricted: z.boolean().default(false).describe('Counter-corruption only: hidden from every other role'),
  parties: z.array(z.strictObject({
    kind: z.enum(PARTY_KINDS),
    name: text(200),
    email: z.email().max(320).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    accessibilityNeeds: z.string().trim().max(2_000).nullable().optional(),
  })).max(20).default([]),
  subjects: z.array(z.strictObject({
    personId: ZUuid,
    allegations: z.array(ZNewAllegation).min(1).max(50),
  })).min(1).max(20),
});
export type TCreateCase = z.infer<typeof ZCreateCase>;

const base = {
  version: z.number().int().min(1).describe('The case version you read; a stale version gets 409'),
  rationale: text(10_000),
  decidedOn: ZIsoDate,
};
const acknowledged = z.literal(true, { error: "Confirm you have read the subject's full history" });

export const ZTransitionRequest = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('record_complaint'), ...base }),
  z.strictObject({ action: z.literal('handle_outside_schedule_3'), ...base, complainantAgreed: z.literal(true, { error: 'The complainant must agree to handling outside Schedule 3' }) }),
  z.strictObject({ action: z.literal('assess_severity'), ...base, historyAcknowledged: acknowledged, severity: z.enum(SEVERITIES), likelyProceedings: z.enum(PROCEEDINGS_FORMS).nullable().optional() }),
  z.strictObject({ action: z.literal('complete_reflective_practice'), ...base }),
  z.strictObject({
    action: z.literal('decide_iopc_referral'), ...base,
    referred: z.boolean(),
    criteria: z.array(z.string().max(60)).max(20).default([]),
    iopcDecision: z.enum(['local', 'directed', 'independent', 'returned']).nullable().optional(),
  }),
  z.strictObject({ action: z.literal('start_investigation'), ...base, investigationType: z.enum(INVESTIGATION_TYPES), investigatorId: ZUuid.nullable().optional() }),
  z.strictObject({ action: z.literal('submit_investigation_report'), ...base }),
  z.strictObject({
    action: z.literal('decide_case_to_answer'), ...base,
    historyAcknowledged: acknowledged,
    decision: z.enum(CASE_TO_ANSWER_DECISIONS),
    bringProceedings: z.boolean(),
    allegationFindings: z.array(z.strictObject({ allegationId: ZUuid, caseToAnswer: z.boolean() })).max(50).default([]),
    departsFromNorm: z.boolean().default(false),
  }),
  z.strictObject({
    action: z.literal('arrange_proceedings'), ...base,
    form: z.enum(PROCEEDINGS_FORMS),
    noticeServedOn: ZIsoDate,
    proceedingsOn: ZIsoDate,
    panel: z.strictObject({ chair: text(200), layMembers: z.array(text(200)).length(2), legalAdviser: text(200) }).nullable().optional(),
    publicNoticeOn: ZIsoDate.nullable().optional(),
    specialConditionsCertified: z.boolean().default(false),
  }),
  z.strictObject({
    action: z.literal('record_outcome'), ...base,
    outcome: z.enum(OUTCOMES),
    finalWrittenWarningYears: z.number().int().min(2).max(5).nullable().optional(),
    departsFromNorm: z.boolean().default(false).describe('The outcome departs from comparable cases; the rationale explains why'),
  }),
  z.strictObject({ action: z.literal('lodge_appeal'), ...base, appealTo: z.enum(['internal', 'police_appeals_tribunal']) }),
  z.strictObject({ action: z.literal('decide_appeal'), ...base, result: z.enum(['dismissed', 'allowed', 'varied']), variedOutcome: z.enum(OUTCOMES).nullable().optional() }),
  z.strictObject({ action: z.literal('close'), ...base }),
  z.strictObject({ action: z.literal('withdraw'), ...base }),
  z.strictObject({ action: z.literal('reopen'), ...base }),
]);
export type TTransitionRequest = z.infer<typeof ZTransitionRequest>;

export const ZRegulation17Notice = z.strictObject({
  version: z.number().int().min(1),
  servedOn: ZIsoDate,
  // The contents Regulation 17 requires the written notice to state.
  contents: z.strictObject({
    conductDescribed: z.literal(true, { error: 'The notice must describe the conduct and the Standards it may breach' }),
    severityStated: z.literal(true, { error: 'The notice must state whether it is misconduct or gross misconduct' }),
    proceedingsLikely: z.literal(true, { error: 'The notice must state the likely form of proceedings' }),
    rightToPoliceFriend: z.literal(true, { error: 'The notice must tell the officer of the right to a police friend' }),
    rightToLegalAdvice: z.literal(true, { error: 'The notice must tell the officer of the right to legal advice' }),
    rightToRespond: z.literal(true, { error: 'The notice must tell the officer they may respond within 10 working days' }),
    harmfulInformationWithheld: z.boolean().describe('Whether information was withheld under the harm test'),
  }),
});
export type TRegulation17Notice = z.infer<typeof ZRegulation17Notice>;

export const ZRestrictionRequest = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(RESTRICTION_KINDS),
  conditions: text(5_000),
  decidedOn: ZIsoDate,
  reviewOn: ZIsoDate,
});

export const ZHistoryItem = z.object({
  caseId: ZUuid.nullable().describe('Null when the case is in a force or restriction you cannot open'),
  caseReference: z.string().nullable(),
  forceId: z.string(),
  forceName: z.string(),
  receivedOn: ZIsoDate,
  state: z.string(),
  severity: z.enum(SEVERITIES).nullable(),
  caseToAnswer: z.enum(CASE_TO_ANSWER_DECISIONS).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomeOn: ZIsoDate.nullable(),
  liveUntil: ZIsoDate.nullable(),
  allegations: z.array(z.object({ standard: z.string(), iopcCategory: z.string(), tags: z.array(z.string()), caseToAnswer: z.boolean().nullable() })),
});

export const ZSubjectHistory = z.object({
  personId: ZUuid,
  items: z.array(ZHistoryItem).describe('Every other case of this person in every force, newest first, including no case to answer and withdrawn'),
  liveWarnings: z.array(z.object({ outcome: z.enum(OUTCOMES), liveUntil: ZIsoDate, forceId: z.string() })),
  openRestrictions: z.array(z.object({ kind: z.enum(RESTRICTION_KINDS), reviewOn: ZIsoDate, conditions: z.string() })),
  vetting: z.array(z.object({ level: z.string(), forceId: z.string(), status: z.enum(CLEARANCE_STATUSES), expiresOn: ZIsoDate.nullable() }))
    .nullable().describe("The subject's clearances and whether they are under review (status only); null when your role may not see vetting"),
});
export type TSubjectHistory = z.infer<typeof ZSubjectHistory>;

export const ZAllegation = z.object({
  id: ZUuid,
  description: z.string(),
  occurredOn: ZIsoDate.nullable(),
  place: z.string().nullable(),
  standard: z.enum(STANDARDS),
  iopcCategory: z.enum(IOPC_CATEGORIES),
  tags: z.array(z.enum(THEMATIC_TAGS)),
  tagDefinitionsVersion: z.number().int(),
  caseToAnswer: z.boolean().nullable(),
});

export const ZCaseSubject = z.object({
  id: ZUuid,
  personId: ZUuid,
  name: z.string(),
  currentForceName: z.string().nullable(),
  formerOfficer: z.boolean(),
  state: z.string(),
  stateEnteredAt: z.string(),
  allowedActions: z.array(z.string()).describe('Transitions you may take now'),
  severity: z.enum(SEVERITIES).nullable(),
  suggestedReferralCriteria: z.array(z.object({ code: z.string(), label: z.string(), mandatory: z.boolean() })).describe('IOPC referral criteria the allegation tags suggest; the decider confirms'),
  iopcReferred: z.boolean().nullable(),
  investigationType: z.enum(INVESTIGATION_TYPES).nullable(),
  regulation17ServedOn: ZIsoDate.nullable(),
  regulation17ResponseDue: ZIsoDate.nullable(),
  caseToAnswer: z.enum(CASE_TO_ANSWER_DECISIONS).nullable(),
  proceedingsForm: z.enum(PROCEEDINGS_FORMS).nullable(),
  proceedingsOn: ZIsoDate.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomeOn: ZIsoDate.nullable(),
  liveUntil: ZIsoDate.nullable(),
  allegations: z.array(ZAllegation),
  restrictions: z.array(z.object({ id: ZUuid, kind: z.enum(RESTRICTION_KINDS), conditions: z.string(), decidedOn: ZIsoDate, reviewOn: ZIsoDate, endedOn: ZIsoDate.nullable() })),
});

export const ZCaseEvent = z.object({
  id: ZUuid,
  subjectId: ZUuid.nullable(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedOn: ZIsoDate,
  rationale: z.string().nullable(),
  historyAcknowledged: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.string(),
});

export const ZCase = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string(),
  forceName: z.string(),
  source: z.enum(CASE_SOURCES),
  restricted: z.boolean(),
  summary: z.string(),
  receivedOn: ZIsoDate,
  investigatorId: ZUuid.nullable(),
  complainantReview: z.object({ body: z.enum(['local_policing_body', 'iopc']), requestedOn: ZIsoDate, outcome: z.string().nullable(), decidedOn: ZIsoDate.nullable() }).nullable(),
  version: z.number().int(),
  clocks: z.object({
    daysOpen: z.number().int(),
    localPolicingBodyReportDue: ZIsoDate.nullable().describe('Due when an investigation is open 12 months after receipt, then every 6 months'),
  }),
  parties: z.array(z.object({ id: ZUuid, kind: z.enum(PARTY_KINDS), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), accessibilityNeeds: z.string().nullable() })).nullable().describe('Null when your role may not see complainants and witnesses'),
  subjects: z.array(ZCaseSubject),
  events: z.array(ZCaseEvent),
});
export type TCase = z.infer<typeof ZCase>;

export const ZCaseListQuery = z.strictObject({
  forceId: z.string().max(10).optional(),
  state: z.string().max(40).optional(),
  tag: z.enum(THEMATIC_TAGS).optional(),
  investigatorId: ZUuid.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TCaseListQuery = z.infer<typeof ZCaseListQuery>;

export const ZCaseSummary = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string(),
  source: z.enum(CASE_SOURCES),
  restricted: z.boolean(),
  receivedOn: ZIsoDate,
  subjects: z.array(z.object({ name: z.string(), state: z.string() })),
  tags: z.array(z.string()),
  nextDue: z.object({ what: z.string(), on: ZIsoDate }).nullable(),
  overdue: z.boolean(),
});
export const ZCaseList = z.object({ items: z.array(ZCaseSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TCaseList = z.infer<typeof ZCaseList>;

const ZTally = z.array(z.object({ value: z.string(), count: z.number().int(), share: z.number() }));
export const ZComparables = z.object({
  basis: z.object({ severity: z.enum(SEVERITIES).nullable(), standards: z.array(z.string()), tags: z.array(z.string()) }),
  total: z.number().int(),
  caseToAnswer: ZTally,
  outcomes: ZTally,
  recent: z.array(z.object({
    caseId: ZUuid.nullable(), reference: z.string(), forceId: z.string(), receivedOn: ZIsoDate,
    severity: z.enum(SEVERITIES).nullable(), caseToAnswer: z.enum(CASE_TO_ANSWER_DECISIONS).nullable(), outcome: z.enum(OUTCOMES).nullable(),
    standards: z.array(z.string()), tags: z.array(z.string()),
  })),
});
export type TComparables = z.infer<typeof ZComparables>;

export const ZCaseNote = z.strictObject({ version: z.number().int().min(1), decidedOn: ZIsoDate, rationale: z.string().trim().min(1).max(10_000) });
export const ZComplainantReview = z.strictObject({
  version: z.number().int().min(1),
  body: z.enum(['local_policing_body', 'iopc']),
  requestedOn: ZIsoDate,
  outcome: z.enum(['upheld', 'not_upheld']).nullable().optional(),
  decidedOn: ZIsoDate.nullable().optional(),
});

export const ZOverdueSummary = z.object({
  today: ZIsoDate,
  byForce: z.array(z.object({ forceId: z.string(), open: z.number().int(), overdue: z.number().int() })),
  byInvestigator: z.array(z.object({ investigatorId: ZUuid.nullable(), investigatorName: z.string().nullable(), open: z.number().int(), overdue: z.number().int() })),
  timeInStage: z.array(z.object({ state: z.string(), open: z.number().int(), medianDays: z.number().nullable(), maxDays: z.number().nullable() })),
});

export const ZRestrictionReview = z.strictObject({
  version: z.number().int().min(1),
  reviewedOn: ZIsoDate,
  decision: z.enum(['continue', 'end']),
  nextReviewOn: ZIsoDate.nullable().optional().describe('Required when the restriction continues'),
  rationale: z.string().trim().min(1).max(10_000),
});
export type TRestrictionReview = z.infer<typeof ZRestrictionReview>;
