// Early-warning rules, alerts and the queue (server/modules/signals). Rules are data validated by these schemas.
import { z } from 'zod';
import { CASE_SOURCES, IOPC_CATEGORIES, STANDARDS, THEMATIC_TAGS } from './case-vocabulary.js';
import { ZIsoDate, ZUuid } from './contracts.js';
import { DISPOSITIONS, SIGNAL_SEVERITIES } from './signal-vocabulary.js';

// Which allegations a rule counts. Empty lists mean "any"; a list means "any of these".
export const ZRuleFilters = z.strictObject({
  tags: z.array(z.enum(THEMATIC_TAGS)).max(THEMATIC_TAGS.length).default([]),
  standards: z.array(z.enum(STANDARDS)).max(STANDARDS.length).default([]),
  categories: z.array(z.enum(IOPC_CATEGORIES)).max(IOPC_CATEGORIES.length).default([]),
  sources: z.array(z.enum(CASE_SOURCES)).max(CASE_SOURCES.length).default([]),
  excludeNoCaseToAnswer: z.boolean().default(false).describe('Leave out allegations that ended in no case to answer'),
});
export type TRuleFilters = z.infer<typeof ZRuleFilters>;

const windowMonths = z.number().int().min(1).max(600).describe('Look back this many months from the evaluation date');

export const ZRuleDefinition = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('count'),
    windowMonths: windowMonths.nullable().describe('null = over the whole career'),
    threshold: z.number().int().min(1).max(1_000),
    filters: ZRuleFilters,
  }),
  z.strictObject({ kind: z.literal('during_live_warning'), warnings: z.array(z.enum(['written_warning', 'final_written_warning'])).min(1), filters: ZRuleFilters }),
  z.strictObject({ kind: z.literal('during_vetting_review'), filters: ZRuleFilters }),
  z.strictObject({ kind: z.literal('list_match'), lists: z.array(z.enum(['barred', 'advisory'])).min(1) }),
  z.strictObject({
    kind: z.literal('peer_percentile'),
    windowMonths,
    percentile: z.number().min(50).max(99.9).describe('Alert above this percentile of peers'),
    minAllegations: z.number().int().min(1).max(100).describe('Never alert on fewer allegations than this, whatever the peers'),
    filters: ZRuleFilters,
  }),
]);
export type TRuleDefinition = z.infer<typeof ZRuleDefinition>;

export const ZRule = z.object({
  id: ZUuid,
  code: z.string(),
  forceId: z.string().nullable().describe('null = a national rule'),
  version: z.number().int(),
  active: z.boolean(),
  name: z.string(),
  severity: z.enum(SIGNAL_SEVERITIES),
  definition: ZRuleDefinition,
  description: z.string().describe('The rule in words'),
  editedAt: z.string(),
  editedByName: z.string().nullable(),
  reason: z.string(),
});
export type TRule = z.infer<typeof ZRule>;

export const ZRuleInput = z.strictObject({
  name: z.string().trim().min(3).max(200),
  severity: z.enum(SIGNAL_SEVERITIES),
  definition: ZRuleDefinition,
  active: z.boolean().default(true),
  reason: z.string().trim().min(1).max(2_000).describe('Why the rule is being added or changed (kept with the version)'),
});
export const ZCreateRule = ZRuleInput.extend({
  code: z.string().trim().regex(/^[a-z0-9-]{3,60}$/, 'lower-case letters, digits and hyphens, 3 to 60 characters'),
  forceId: z.string().min(1).max(10).nullable().describe('null = national (national administrators only)'),
});
export type TCreateRule = z.infer<typeof ZCreateRule>;
export type TRuleInput = z.infer<typeof ZRuleInput>;

export const ZAlertListQuery = z.strictObject({
  status: z.enum(['open', 'closed']).default('open'),
  forceId: z.string().max(10).optional(),
  rule: z.string().max(60).optional(),
  mine: z.enum(['true', 'false']).optional().describe('true: only alerts assigned to you'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export const ZAlertSummary = z.object({
  id: ZUuid, personId: ZUuid, personName: z.string(), forceId: z.string(), ruleCode: z.string(), ruleName: z.string(), severity: z.enum(SIGNAL_SEVERITIES),
  status: z.enum(['open', 'closed']), ownerName: z.string().nullable(), openedAt: z.string(), ageDays: z.number().int(), evidenceCount: z.number().int(), reopenedCount: z.number().int(),
  explanation: z.string(),
  disposition: z.enum(DISPOSITIONS).nullable(),
  closedAt: z.string().nullable(),
});
export const ZAlertList = z.object({ items: z.array(ZAlertSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ZAlert = ZAlertSummary.extend({
  ruleVersion: z.number().int(),
  ruleDescription: z.string(),
  ownerId: ZUuid.nullable(),
  version: z.number().int(),
  evidence: z.array(z.object({
    allegationId: ZUuid, caseId: ZUuid, caseReference: z.string(), forceId: z.string(), forceName: z.string(), receivedOn: ZIsoDate, standard: z.string(), iopcCategory: z.string(),
    tags: z.array(z.string()), caseToAnswer: z.string().nullable(), outcome: z.string().nullable(),
  })),
  listEvidence: z.array(z.object({ entryId: ZUuid, list: z.enum(['barred', 'advisory']), name: z.string(), decidedOn: ZIsoDate, reason: z.string() })),
  dispositionReason: z.string().nullable(),
  events: z.array(z.object({
    action: z.string(), actorName: z.string().nullable(), note: z.string().nullable(), at: z.string(),
    disposition: z.enum(DISPOSITIONS).nullable().describe('On "closed" events'),
    ownerName: z.string().nullable().describe('On "assigned" events: the new owner, null for none'),
  })),
});
export type TAlert = z.infer<typeof ZAlert>;

export const ZDisposeAlert = z.strictObject({
  version: z.number().int().min(1),
  disposition: z.enum(DISPOSITIONS),
  reason: z.string().trim().min(1).max(5_000).describe('Required for every disposition: what was decided and why'),
});
export const ZAssignAlert = z.strictObject({ version: z.number().int().min(1), ownerId: ZUuid.nullable() });

export const ZAlertOwners = z.object({ items: z.array(z.object({ id: ZUuid, displayName: z.string() })) });

export const ZAlertAgeing = z.object({
  bands: z.array(z.object({ band: z.enum(['0-7', '8-30', '31-90', '91+']), open: z.number().int(), unassigned: z.number().int() })),
  byOwner: z.array(z.object({ ownerName: z.string().nullable(), open: z.number().int(), oldestDays: z.number().int() })),
});

export const ZEvaluationResult = z.object({
  asOf: ZIsoDate, rules: z.number().int(), hits: z.number().int(), opened: z.number().int(), reopened: z.number().int(), updated: z.number().int(), millis: z.number(),
});

const ZFairnessRow = z.object({
  group: z.string(),
  people: z.number().int().nullable(),
  events: z.number().int().nullable(),
  rate: z.number().nullable(),
  rri: z.object({ value: z.number(), lower: z.number(), upper: z.number(), zeroCellCorrected: z.boolean() }).nullable(),
  suppressed: z.boolean(),
});
export const ZFairness = z.object({
  asOf: ZIsoDate,
  forceId: z.string().nullable(),
  threshold: z.number().int(),
  modelVersion: z.number().int().nullable(),
  measures: z.array(z.object({
    measure: z.enum(['open_alert', 'high_score']),
    dimension: z.enum(['ethnicity', 'sex']),
    reference: z.string(),
    definition: z.string(),
    rows: z.array(ZFairnessRow),
  })),
});
export type TFairness = z.infer<typeof ZFairness>;
