// Request and response schemas of quality-assurance dip sampling (server/modules/quality-assurance): drawing a
// stratified random sample of closed decisions from a recorded seed, reviewing each against a checklist, the report
// of disagreement rates by stratum, and the decision-makers' responses.
import { z } from 'zod';
import { ZIsoDate, ZUuid } from './contracts.js';
import { ZCount, ZEstimate } from './insight-contracts.js';
import { ADVERSE_CATEGORIES, DECISION_OUTCOMES, VETTING_LEVELS } from './vetting-vocabulary.js';
import { IOPC_CATEGORIES, THEMATIC_TAGS } from './case-vocabulary.js';
import {
  CASE_DECISION_TYPES, FILTERS_BY_POPULATION, QA_ANSWERS, QA_LIMITS, QA_POPULATIONS, QA_VERDICTS, STRATIFIERS, STRATIFIERS_BY_POPULATION,
} from './qa-vocabulary.js';

const tooLong = (max: number) => `must be ${max.toLocaleString('en-GB')} characters or fewer`;
const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, tooLong(max));
const optionalText = (max: number) => z.string().trim().max(max, tooLong(max)).nullable().optional().transform((v) => (v ? v : null));
const list = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).max(values.length).optional();

export const ZChecklist = z.object({
  id: ZUuid,
  name: z.string(),
  population: z.enum(QA_POPULATIONS),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type TChecklist = z.infer<typeof ZChecklist>;
export const ZChecklists = z.object({ items: z.array(ZChecklist) });
export type TChecklists = z.infer<typeof ZChecklists>;

/** Every version of the checklists, newest first: the active one of each kind of decision and those it replaced. */
export const ZChecklistVersion = ZChecklist.extend({
  active: z.boolean(),
  createdAt: z.string(),
  samples: z.number().int().describe('Samples drawn with this version: their reviews keep its questions'),
});
export type TChecklistVersion = z.infer<typeof ZChecklistVersion>;
export const ZChecklistVersions = z.object({ items: z.array(ZChecklistVersion) });
export type TChecklistVersions = z.infer<typeof ZChecklistVersions>;

export const ZReplaceChecklist = z.strictObject({
  population: z.enum(QA_POPULATIONS),
  replaces: ZUuid.describe('The active checklist this version replaces: refused with 409 if someone replaced it meanwhile'),
  name: requiredText(QA_LIMITS.name),
  questions: z.array(requiredText(QA_LIMITS.question)).min(1, 'give at least one question').max(QA_LIMITS.questions, `give at most ${QA_LIMITS.questions} questions`)
    .describe('In order. A question worded as in the replaced version keeps its id, so the answers stay comparable'),
}).superRefine((v, ctx) => {
  const seen = new Set<string>();
  v.questions.forEach((q, i) => {
    const key = q.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['questions', i], message: 'asks the same question twice' });
    seen.add(key);
  });
});
export type TReplaceChecklist = z.infer<typeof ZReplaceChecklist>;

export const ZSampleFilters = z.strictObject({
  outcome: list(DECISION_OUTCOMES),
  adverseCategory: list(ADVERSE_CATEGORIES),
  level: list(VETTING_LEVELS),
  decisionType: list(CASE_DECISION_TYPES),
  tag: list(THEMATIC_TAGS),
  iopcCategory: list(IOPC_CATEGORIES),
});
export type TSampleFilters = z.infer<typeof ZSampleFilters>;

export const ZDrawSample = z.strictObject({
  name: requiredText(QA_LIMITS.name),
  population: z.enum(QA_POPULATIONS),
  forceId: z.string().trim().min(1).max(10).nullable().describe('One force, or null for every force (national reviewers only)'),
  periodFrom: ZIsoDate.describe('Decisions made on or after this day'),
  periodTo: ZIsoDate.describe('… and on or before this day'),
  stratifyBy: z.array(z.enum(STRATIFIERS)).max(4).default([]).describe('Empty: one stratum, a simple random sample'),
  filters: ZSampleFilters.default({}),
  sizePerStratum: z.number().int().min(1).max(QA_LIMITS.sizePerStratum).nullable().optional().describe('Draw this many from each stratum (all of a smaller one)'),
  proportion: z.number().gt(0).max(1).nullable().optional().describe('Or draw this share of each stratum, rounded up'),
  seed: z.string().trim().min(1).max(QA_LIMITS.seed).optional().describe('Leave out for a random one; it is recorded either way'),
  checklistId: ZUuid.optional().describe('Default: the active checklist of the population'),
}).superRefine((v, ctx) => {
  const hasSize = v.sizePerStratum !== null && v.sizePerStratum !== undefined;
  const hasProportion = v.proportion !== null && v.proportion !== undefined;
  if (hasSize === hasProportion) ctx.addIssue({ code: 'custom', path: ['sizePerStratum'], message: 'give either a sample size per stratum or a proportion, not both' });
  if (v.periodTo < v.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be before the start of the period' });
  if (new Set(v.stratifyBy).size !== v.stratifyBy.length) ctx.addIssue({ code: 'custom', path: ['stratifyBy'], message: 'lists a stratifier twice' });
  const allowed = STRATIFIERS_BY_POPULATION[v.population];
  v.stratifyBy.forEach((s, i) => {
    if (!allowed.includes(s)) ctx.addIssue({ code: 'custom', path: ['stratifyBy', i], message: `cannot stratify ${v.population.replace('_', ' ')}s by ${s}` });
  });
  for (const [key, values] of Object.entries(v.filters)) {
    if (values && values.length > 0 && !FILTERS_BY_POPULATION[v.population].some((f) => f === key)) {
      ctx.addIssue({ code: 'custom', path: ['filters', key], message: `does not apply to ${v.population.replace('_', ' ')}s` });
    }
  }
});
export type TDrawSample = z.infer<typeof ZDrawSample>;
export type TDrawSampleInput = z.input<typeof ZDrawSample>;

const ZStratumValue = z.object({ by: z.enum(STRATIFIERS), value: z.string() });

export const ZSampleSummary = z.object({
  id: ZUuid,
  name: z.string(),
  population: z.enum(QA_POPULATIONS),
  forceId: z.string().nullable(),
  forceName: z.string().nullable(),
  periodFrom: ZIsoDate,
  periodTo: ZIsoDate,
  stratifyBy: z.array(z.enum(STRATIFIERS)),
  sizePerStratum: z.number().int().nullable(),
  proportion: z.number().nullable(),
  seed: z.string(),
  drawnByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  items: z.number().int(),
  reviewed: z.number().int(),
  disagreements: z.number().int(),
});
export type TSampleSummary = z.infer<typeof ZSampleSummary>;
export const ZSampleList = z.object({ items: z.array(ZSampleSummary) });
export type TSampleList = z.infer<typeof ZSampleList>;

export const ZSampleItemSummary = z.object({
  id: ZUuid,
  stratum: z.string(),
  entityType: z.enum(['vetting_application', 'case_subject']),
  entityId: ZUuid,
  forceId: z.string(),
  reference: z.string().describe('The vetting application or case reference'),
  subjectName: z.string(),
  decision: z.string().describe('What was decided: a vetting outcome or a case decision type'),
  decidedOn: ZIsoDate.nullable(),
  deciderName: z.string().nullable(),
  verdict: z.enum(QA_VERDICTS).nullable(),
  reviewedAt: z.iso.datetime({ offset: true }).nullable(),
  reviewerName: z.string().nullable(),
  hasResponse: z.boolean(),
});
export type TSampleItemSummary = z.infer<typeof ZSampleItemSummary>;

export const ZSample = ZSampleSummary.extend({
  filters: ZSampleFilters,
  checklist: z.object({ id: ZUuid, name: z.string() }),
  strata: z.array(z.object({
    key: z.string(),
    values: z.array(ZStratumValue),
    population: z.number().int().nullable().describe('Decisions in the stratum when the sample was drawn'),
    drawn: z.number().int(),
    reviewed: z.number().int(),
    disagreed: z.number().int(),
  })),
  sampleItems: z.array(ZSampleItemSummary).describe('By stratum, then reference'),
});
export type TSample = z.infer<typeof ZSample>;

const ZVettingDetails = z.object({
  kind: z.literal('vetting'),
  level: z.string(),
  applicationKind: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  rationale: z.string().nullable(),
  rebuttal: z.string().nullable(),
  conditions: z.array(z.string()),
  approvedByName: z.string().nullable(),
  adverseItems: z.array(z.object({ category: z.string(), disposal: z.string(), description: z.string(), weighing: z.string().nullable() })),
  checks: z.array(z.object({ checkType: z.string(), result: z.string() })),
});

const ZCaseDetails = z.object({
  kind: z.literal('case'),
  caseId: ZUuid,
  severity: z.string().nullable(),
  caseToAnswer: z.string().nullable(),
  outcome: z.string().nullable(),
  allegations: z.array(z.object({ description: z.string(), standard: z.string(), iopcCategory: z.string(), tags: z.array(z.string()), caseToAnswer: z.boolean().nullable() })),
  decisions: z.array(z.object({ action: z.string(), decidedOn: ZIsoDate, deciderName: z.string().nullable(), rationale: z.string().nullable() })),
});

export const ZReview = z.object({
  verdict: z.enum(QA_VERDICTS),
  answers: z.record(z.string(), z.enum(QA_ANSWERS)),
  reasons: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.iso.datetime({ offset: true }),
});

export const ZSampleItem = ZSampleItemSummary.extend({
  sampleId: ZUuid,
  sampleName: z.string(),
  forceName: z.string(),
  personId: ZUuid,
  values: z.array(ZStratumValue),
  details: z.discriminatedUnion('kind', [ZVettingDetails, ZCaseDetails]),
  checklist: ZChecklist,
  review: ZReview.nullable(),
  response: z.object({ text: z.string(), respondedAt: z.iso.datetime({ offset: true }) }).nullable(),
  isOwnDecision: z.boolean().describe('You made the decision: someone else must review it'),
  canReview: z.boolean(),
});
export type TSampleItem = z.infer<typeof ZSampleItem>;

export const ZRecordReview = z.strictObject({
  answers: z.record(z.string().max(60), z.enum(QA_ANSWERS)).describe('One answer per checklist question id'),
  verdict: z.enum(QA_VERDICTS),
  reasons: optionalText(QA_LIMITS.reasons).describe('Required on disagree: what the decision should have been, and why'),
}).superRefine((v, ctx) => {
  if (v.verdict === 'disagree' && !v.reasons) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'are needed when you disagree with the decision' });
});
export type TRecordReview = z.infer<typeof ZRecordReview>;
export type TRecordReviewInput = z.input<typeof ZRecordReview>;

const ZReportRow = z.object({
  key: z.string(),
  values: z.array(ZStratumValue),
  drawn: z.number().int().nullable().describe('Null in the publication view'),
  reviewed: ZCount,
  agreed: ZCount,
  disagreed: ZCount,
  disagreementRate: ZEstimate.describe('Disagreed / reviewed with a Wilson 95% interval'),
});
export type TReportRow = z.infer<typeof ZReportRow>;

export const ZQaReportQuery = z.strictObject({
  view: z.enum(['full', 'publication']).default('full').describe('publication: small counts suppressed as in Insight, and no named list'),
});

export const ZQaReport = z.object({
  sampleId: ZUuid,
  name: z.string(),
  population: z.enum(QA_POPULATIONS),
  view: z.enum(['full', 'publication']),
  threshold: z.number().int(),
  stratifyBy: z.array(z.enum(STRATIFIERS)),
  strata: z.array(ZReportRow),
  total: ZReportRow,
  disagreements: z.array(ZSampleItemSummary.extend({ reasons: z.string().nullable(), response: z.string().nullable(), respondedAt: z.iso.datetime({ offset: true }).nullable() }))
    .describe('Every disagreement, for action (empty in the publication view)'),
  asOf: z.iso.datetime({ offset: true }),
});
export type TQaReport = z.infer<typeof ZQaReport>;

export const ZReproduction = z.object({
  reproduced: z.boolean().describe('Drawing again from the recorded seed and parameters gives exactly the same decisions'),
  original: z.number().int(),
  drawnAgain: z.number().int(),
  missing: z.number().int().describe('Decisions in the sample that the new draw did not pick'),
  extra: z.number().int().describe('Decisions the new draw picked that are not in the sample'),
  note: z.string(),
});
export type TReproduction = z.infer<typeof ZReproduction>;

export const ZDecisionReview = z.object({
  itemId: ZUuid,
  sampleName: z.string(),
  entityType: z.enum(['vetting_application', 'case_subject']),
  entityId: ZUuid,
  forceId: z.string(),
  reference: z.string(),
  subjectName: z.string(),
  decision: z.string(),
  decidedOn: ZIsoDate.nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.iso.datetime({ offset: true }),
  reasons: z.string().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.enum(QA_ANSWERS) })),
  response: z.string().nullable(),
  respondedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TDecisionReview = z.infer<typeof ZDecisionReview>;
export const ZDecisionReviews = z.object({ items: z.array(ZDecisionReview) });
export type TDecisionReviews = z.infer<typeof ZDecisionReviews>;

export const ZRespondToReview = z.strictObject({ response: requiredText(QA_LIMITS.response) });
export type TRespondToReview = z.infer<typeof ZRespondToReview>;
