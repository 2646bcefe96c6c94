// Request and response schemas of vetting (server/modules/vetting).
import { z } from 'zod';
import { ZIsoDate, ZUuid } from './contracts.js';
import {
  ADVERSE_CATEGORIES, ADVERSE_DISPOSALS, APPLICATION_KINDS, APPLICATION_STATES, CHECK_RESULTS, CHECK_TYPES, CLEARANCE_STATUSES,
  DECISION_OUTCOMES, NATIONAL_SECURITY_LEVELS, REVIEW_STATES, REVIEW_TRIGGERS, TRANSFEREE_CHECKLIST,
} from './vetting-vocabulary.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const ZVersion = z.number().int().min(1).describe('The version you read; a stale version gets 409');

export const ZVettingLevel = z.object({
  code: z.string(),
  label: z.string(),
  validityMonths: z.number().int(),
  requiredChecks: z.array(z.enum(CHECK_TYPES)),
  reminderDays: z.array(z.number().int()),
});
export type TVettingLevel = z.infer<typeof ZVettingLevel>;

export const ZOpenApplication = z.strictObject({
  forceId: z.string().min(1).max(10),
  personId: ZUuid,
  level: z.string().min(1).max(10).describe('A level code from GET /api/vetting/levels'),
  kind: z.enum(APPLICATION_KINDS),
  openedOn: ZIsoDate.optional().describe('Defaults to today'),
});
export type TOpenApplication = z.infer<typeof ZOpenApplication>;

export const ZRecordCheck = z.strictObject({
  version: ZVersion,
  checkType: z.enum(CHECK_TYPES),
  result: z.enum(CHECK_RESULTS),
  reason: z.string().trim().max(2_000).nullable().optional().describe('Required when the check could not be completed'),
  notes: z.string().trim().max(10_000).nullable().optional(),
});
export type TRecordCheck = z.infer<typeof ZRecordCheck>;

export const ZAddAdverseItem = z.strictObject({
  version: ZVersion,
  category: z.enum(ADVERSE_CATEGORIES),
  disposal: z.enum(ADVERSE_DISPOSALS).describe('A conviction or caution for dishonesty, violence or targeting a vulnerable person raises a presumption of refusal'),
  occurredOn: ZIsoDate.nullable().optional(),
  source: text(500),
  description: text(10_000),
});
export type TAddAdverseItem = z.infer<typeof ZAddAdverseItem>;

export const ZTransfereeChecklistUpdate = z.strictObject({
  version: ZVersion,
  items: z.array(z.strictObject({ item: z.enum(TRANSFEREE_CHECKLIST), note: text(2_000) })).min(1).max(TRANSFEREE_CHECKLIST.length),
});
export type TTransfereeChecklistUpdate = z.infer<typeof ZTransfereeChecklistUpdate>;

export const ZVettingDecision = z.strictObject({
  version: ZVersion,
  outcome: z.enum(DECISION_OUTCOMES),
  decidedOn: ZIsoDate,
  rationale: text(10_000),
  weighings: z.array(z.strictObject({ itemId: ZUuid, weighing: text(5_000) })).max(100).default([]).describe('How each adverse item was weighed: one per item'),
  rebuttal: z.string().trim().max(10_000).nullable().optional().describe('Required to grant despite a presumption of refusal'),
  conditions: z.array(text(2_000)).max(20).default([]).describe('Risk-mitigation conditions (granted_with_conditions)'),
  conditionsReviewOn: ZIsoDate.nullable().optional(),
});
export type TVettingDecision = z.infer<typeof ZVettingDecision>;

export const ZVettingApproval = z.strictObject({
  version: ZVersion,
  approve: z.boolean(),
  decidedOn: ZIsoDate,
  rationale: text(10_000),
});
export type TVettingApproval = z.infer<typeof ZVettingApproval>;

export const ZLodgeAppeal = z.strictObject({ version: ZVersion, lodgedOn: ZIsoDate, grounds: text(10_000) });
export type TLodgeAppeal = z.infer<typeof ZLodgeAppeal>;

export const ZDecideAppeal = z.strictObject({
  version: ZVersion,
  result: z.enum(['upheld', 'dismissed']).describe('upheld: the refusal is overturned and clearance granted'),
  decidedOn: ZIsoDate,
  rationale: text(10_000),
});
export type TDecideAppeal = z.infer<typeof ZDecideAppeal>;

const ZVettingEvent = z.object({
  id: ZUuid,
  action: z.string(),
  actorName: z.string().nullable(),
  actedOn: ZIsoDate,
  rationale: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const ZVettingCheck = z.object({
  checkType: z.enum(CHECK_TYPES),
  required: z.boolean(),
  result: z.enum(CHECK_RESULTS).nullable(),
  reason: z.string().nullable(),
  notes: z.string().nullable(),
  prefilled: z.boolean(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const ZAdverseItem = z.object({
  id: ZUuid,
  category: z.enum(ADVERSE_CATEGORIES),
  disposal: z.enum(ADVERSE_DISPOSALS),
  occurredOn: ZIsoDate.nullable(),
  source: z.string(),
  description: z.string(),
  weighing: z.string().nullable(),
  presumptionOfRefusal: z.boolean(),
});

// The person's history as the application shows it: every force, every outcome (incl. no case to answer).
export const ZVettingPersonHistory = z.object({
  employments: z.array(z.object({ forceId: z.string(), forceName: z.string(), role: z.string(), rank: z.string().nullable(), startDate: ZIsoDate, endDate: ZIsoDate.nullable(), leavingReason: z.string().nullable() })),
  cases: z.array(z.object({ caseReference: z.string(), forceName: z.string(), receivedOn: ZIsoDate, state: z.string(), caseToAnswer: z.string().nullable(), outcome: z.string().nullable(), tags: z.array(z.string()) })),
  clearances: z.array(z.object({ level: z.string(), forceId: z.string(), grantedOn: ZIsoDate, expiresOn: ZIsoDate.nullable(), status: z.enum(CLEARANCE_STATUSES) })),
});

export const ZVettingApplication = z.object({
  id: ZUuid,
  reference: z.string(),
  forceId: z.string(),
  forceName: z.string(),
  personId: ZUuid,
  personName: z.string(),
  dateOfBirth: ZIsoDate.nullable(),
  level: z.string(),
  levelLabel: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  state: z.enum(APPLICATION_STATES),
  openedOn: ZIsoDate,
  openedByName: z.string().nullable(),
  version: z.number().int(),
  checks: z.array(ZVettingCheck),
  missingChecks: z.array(z.enum(CHECK_TYPES)).describe('Required checks without a result: a decision is refused until this is empty'),
  adverseItems: z.array(ZAdverseItem),
  transfereeChecklist: z.array(z.object({ item: z.enum(TRANSFEREE_CHECKLIST), required: z.boolean(), note: z.string().nullable() })).nullable(),
  decision: z.object({
    outcome: z.enum(DECISION_OUTCOMES),
    decidedByName: z.string().nullable(),
    decidedBy: ZUuid.nullable(),
    decidedOn: ZIsoDate,
    rationale: z.string(),
    rebuttal: z.string().nullable(),
    conditions: z.array(z.string()),
    conditionsReviewOn: ZIsoDate.nullable(),
    approvedByName: z.string().nullable(),
    approvedOn: ZIsoDate.nullable(),
    appealDueBy: ZIsoDate.nullable(),
  }).nullable(),
  needsSecondApproval: z.boolean().describe('A grant despite adverse information waits for a vetting manager who is not the decider'),
  clearanceId: ZUuid.nullable(),
  history: ZVettingPersonHistory,
  events: z.array(ZVettingEvent),
  allowedActions: z.array(z.enum(['record_check', 'add_adverse_item', 'update_checklist', 'decide', 'approve', 'lodge_appeal', 'decide_appeal'])),
});
export type TVettingApplication = z.infer<typeof ZVettingApplication>;

export const ZApplicationListQuery = z.strictObject({
  state: z.enum(APPLICATION_STATES).optional(),
  forceId: z.string().max(10).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export const ZApplicationSummary = z.object({
  id: ZUuid, reference: z.string(), forceId: z.string(), personId: ZUuid, personName: z.string(), level: z.string(), kind: z.enum(APPLICATION_KINDS),
  state: z.enum(APPLICATION_STATES), openedOn: ZIsoDate, missingChecks: z.number().int(), adverseItems: z.number().int(),
});
export const ZApplicationList = z.object({ items: z.array(ZApplicationSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ZClearanceListQuery = z.strictObject({
  status: z.enum(['expiring', 'lapsed', 'under_review', 'withdrawn', 'conditions_due']).describe('expiring: within the longest reminder period; conditions_due: condition review date passed'),
  forceId: z.string().max(10).optional(),
});
export const ZClearanceSummary = z.object({
  id: ZUuid, personId: ZUuid, personName: z.string(), forceId: z.string(), level: z.string(), grantedOn: ZIsoDate, expiresOn: ZIsoDate.nullable(),
  status: z.enum(CLEARANCE_STATUSES), reminderDue: z.number().int().nullable().describe('The reminder (days before expiry) now due, e.g. 90 or 30'),
  conditions: z.array(z.string()), conditionsReviewOn: ZIsoDate.nullable(),
});
export const ZClearanceList = z.object({ items: z.array(ZClearanceSummary) });

export const ZOpenReview = z.strictObject({
  personId: ZUuid,
  trigger: z.enum(['arrest', 'change_of_circumstances']),
  detail: text(5_000),
  openedOn: ZIsoDate.optional(),
});
export type TOpenReview = z.infer<typeof ZOpenReview>;

export const ZReviewStep = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('maintain'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000) }),
  z.strictObject({ action: z.literal('serve_withdrawal_notice'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000), representationsDue: ZIsoDate }),
  z.strictObject({ action: z.literal('record_representations'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000).describe('Summary of the representations'), accompaniedBy: z.enum(['none', 'police_friend', 'lawyer']) }),
  z.strictObject({ action: z.literal('withdraw'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000) }),
  z.strictObject({ action: z.literal('appeal_to_panel'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000).describe('Grounds of appeal') }),
  z.strictObject({ action: z.literal('decide_panel_appeal'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000), result: z.enum(['allowed', 'dismissed']) }),
  z.strictObject({ action: z.literal('appeal_to_tribunal'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000) }),
  z.strictObject({ action: z.literal('decide_tribunal_appeal'), version: ZVersion, decidedOn: ZIsoDate, rationale: text(10_000), result: z.enum(['allowed', 'dismissed']) }),
]);
export type TReviewStep = z.infer<typeof ZReviewStep>;

export const ZVettingReview = z.object({
  id: ZUuid,
  personId: ZUuid,
  personName: z.string(),
  forceId: z.string(),
  clearanceId: ZUuid,
  level: z.string(),
  trigger: z.enum(REVIEW_TRIGGERS),
  triggerDetail: z.string(),
  triggerCaseId: ZUuid.nullable(),
  openedOn: ZIsoDate,
  state: z.enum(REVIEW_STATES),
  noticeServedOn: ZIsoDate.nullable(),
  representationsDue: ZIsoDate.nullable(),
  representationsReceivedOn: ZIsoDate.nullable(),
  decidedOn: ZIsoDate.nullable(),
  rationale: z.string().nullable(),
  hrActionRequired: z.boolean(),
  hrActionRecordedOn: ZIsoDate.nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
  events: z.array(ZVettingEvent),
});
export type TVettingReview = z.infer<typeof ZVettingReview>;

export const ZReviewListQuery = z.strictObject({ open: z.enum(['true', 'false']).optional(), forceId: z.string().max(10).optional(), trigger: z.enum(REVIEW_TRIGGERS).optional() });
export const ZReviewSummary = z.object({
  id: ZUuid, personId: ZUuid, personName: z.string(), forceId: z.string(), level: z.string(), trigger: z.enum(REVIEW_TRIGGERS), triggerDetail: z.string(),
  openedOn: ZIsoDate, state: z.enum(REVIEW_STATES), hrActionRequired: z.boolean(),
});
export const ZReviewList = z.object({ items: z.array(ZReviewSummary) });

export const ZRecordIntegrityReview = z.strictObject({
  personId: ZUuid,
  completedOn: ZIsoDate,
  declarations: z.strictObject({
    changesInCircumstances: text(5_000),
    associations: text(5_000),
    finances: text(5_000),
    businessInterests: text(5_000),
  }),
  supervisorAppraisal: text(10_000),
  concernsRaised: z.boolean().describe('Concerns open a vetting review of the clearance'),
});
export type TRecordIntegrityReview = z.infer<typeof ZRecordIntegrityReview>;
export const ZIntegrityReviewOverdue = z.object({
  items: z.array(z.object({ personId: ZUuid, personName: z.string(), forceId: z.string(), level: z.string(), lastCompletedOn: ZIsoDate.nullable(), dueOn: ZIsoDate, daysOverdue: z.number().int() })),
});

export const ZRandomRevettingRequest = z.strictObject({
  forceId: z.string().min(1).max(10),
  year: z.number().int().min(2020).max(2100),
  share: z.number().gt(0).max(1).describe('Share of the force holding clearance to re-vet, e.g. 0.05'),
});
export const ZRandomRevettingDraw = z.object({ forceId: z.string(), year: z.number().int(), share: z.number(), eligible: z.number().int(), selected: z.number().int(), reviewIds: z.array(ZUuid) });
export type TRandomRevettingRequest = z.infer<typeof ZRandomRevettingRequest>;
export type TRandomRevettingDraw = z.infer<typeof ZRandomRevettingDraw>;
export const ZRandomRevettingDrawListQuery = z.strictObject({ forceId: z.string().max(10).optional() });
export const ZRandomRevettingDrawList = z.object({
  items: z.array(z.object({
    forceId: z.string(), forceName: z.string(), year: z.number().int(), share: z.number(), eligible: z.number().int(), selected: z.number().int(),
    drawnByName: z.string(), drawnAt: z.string(),
  })),
});
export type TRandomRevettingDrawList = z.infer<typeof ZRandomRevettingDrawList>;

// National security clearances (CTC, SC, DV) are granted by the national security vetting process: Warrant records
// that a person holds one, and never reviews, re-vets or reminds about it.
export const ZRecordNationalSecurityClearance = z.strictObject({
  forceId: z.string().min(1).max(10),
  personId: ZUuid,
  level: z.enum(NATIONAL_SECURITY_LEVELS),
  grantedOn: ZIsoDate,
  expiresOn: ZIsoDate.nullable().optional(),
  sponsor: text(500).describe('The sponsoring body and its reference, e.g. "Counter Terrorism Policing, NSV/2025/0413"'),
});
export type TRecordNationalSecurityClearance = z.infer<typeof ZRecordNationalSecurityClearance>;
export const ZNationalSecurityClearance = z.object({
  id: ZUuid, personId: ZUuid, forceId: z.string(), level: z.enum(NATIONAL_SECURITY_LEVELS), grantedOn: ZIsoDate, expiresOn: ZIsoDate.nullable(), sponsor: z.string(),
});
export type TNationalSecurityClearance = z.infer<typeof ZNationalSecurityClearance>;

// Decision consistency (per vetting unit): figures a supervisor or the inspectorate audits.
export const ZConsistencyQuery = z.strictObject({ forceId: z.string().max(10).optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
const ZRateRow = z.object({ decisions: z.number().int(), granted: z.number().int(), refused: z.number().int(), grantRate: z.number().nullable() });
export const ZConsistency = z.object({
  forceId: z.string().nullable(),
  from: ZIsoDate,
  to: ZIsoDate,
  overall: ZRateRow,
  byCategory: z.array(ZRateRow.extend({ category: z.enum(ADVERSE_CATEGORIES) })),
  byDecider: z.array(ZRateRow.extend({ deciderId: ZUuid, deciderName: z.string(), withAdverse: z.number().int(), grantedDespiteAdverse: z.number().int() })),
  grantsDespiteAdverse: z.array(z.object({
    applicationId: ZUuid, reference: z.string(), personName: z.string(), decidedOn: ZIsoDate, deciderName: z.string(), approverName: z.string().nullable(),
    categories: z.array(z.enum(ADVERSE_CATEGORIES)), rebuttal: z.string().nullable(), conditions: z.array(z.string()),
  })),
});
export type TConsistency = z.infer<typeof ZConsistency>;

// What a person's page shows of vetting, cut to the reader's role: the file (vetting), status (PSD), outcome (HR).
export const ZPersonVetting = z.object({
  view: z.enum(['file', 'status', 'outcome']),
  clearances: z.array(z.object({
    id: ZUuid, level: z.string(), forceId: z.string(), grantedOn: ZIsoDate, expiresOn: ZIsoDate.nullable(), status: z.enum(CLEARANCE_STATUSES),
    conditions: z.array(z.string()).nullable().describe('Vetting unit only'),
    nationalSecurity: z.boolean().describe('CTC, SC or DV: recorded from the national security vetting process, not managed here'),
    sponsor: z.string().nullable().describe('National security clearances, vetting unit only: the sponsoring body and reference'),
  })),
  applications: z.array(z.object({ id: ZUuid, reference: z.string(), level: z.string(), kind: z.enum(APPLICATION_KINDS), state: z.enum(APPLICATION_STATES), openedOn: ZIsoDate, outcome: z.enum(DECISION_OUTCOMES).nullable(), decidedOn: ZIsoDate.nullable() })),
  reviews: z.array(z.object({ id: ZUuid, trigger: z.enum(REVIEW_TRIGGERS).nullable().describe('Vetting unit only'), openedOn: ZIsoDate, state: z.enum(REVIEW_STATES), hrActionRequired: z.boolean(), hrActionRecordedOn: ZIsoDate.nullable() })),
});
export type TPersonVetting = z.infer<typeof ZPersonVetting>;
