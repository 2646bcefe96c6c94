// Request and response schemas of Insight (server/modules/insight): aggregate figures with their definitions,
// the suppression applied, and the drill-down of named people for authorised roles. Aggregate responses carry
// no person ids, and no response carries a named person's protected characteristics.
import { z } from 'zod';
import {
  DISPROPORTIONALITY_STAGES, INSIGHT_FIGURES, INSIGHT_ROLE_FILTERS, REPEAT_BANDS, REPEAT_OUTCOMES, REPEAT_UNITS, TIMELINESS_STAGES,
} from './insight-vocabulary.js';

const scopeFields = {
  forceId: z.string().trim().min(1).max(10).optional().describe('A force code; leave out for every force in your reach (national users) or your own force'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('The last calendar year of the period; defaults to the current year'),
  years: z.coerce.number().int().min(1).max(20).default(1).describe('How many calendar years the period covers, ending with year'),
  role: z.enum(INSIGHT_ROLE_FILTERS).default('all').describe('officers: police officers; staff: police staff and PCSOs; all: both'),
};
export const ZInsightQuery = z.strictObject(scopeFields);
export type TInsightQuery = z.infer<typeof ZInsightQuery>;

export const ZRepeatQuery = z.strictObject({
  ...scopeFields,
  count: z.enum(REPEAT_UNITS).default('allegations').describe('Band people by their allegations, or by the cases they are a subject of'),
});
export type TRepeatQuery = z.infer<typeof ZRepeatQuery>;

export const ZRepeatDrilldownQuery = z.strictObject({
  ...scopeFields,
  minAllegations: z.coerce.number().int().min(1).max(1000).default(2).describe('List people with at least this many allegations in the period'),
});
export type TRepeatDrilldownQuery = z.infer<typeof ZRepeatDrilldownQuery>;

/**
 * A count that may be hidden (value null): 'primary' when it is small (shown as "<5"), 'secondary' when it is
 * hidden so that a small one cannot be worked out from the totals (shown as "[c]").
 */
export const ZCount = z.object({
  value: z.number().int().nullable(),
  suppressed: z.enum(['primary', 'secondary']).nullable(),
});
export type TCount = z.infer<typeof ZCount>;

/** A ratio or proportion with its 95% interval; all null (with a note saying why) when it cannot be shown. */
export const ZEstimate = z.object({
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  note: z.string().nullable(),
});
export type TEstimate = z.infer<typeof ZEstimate>;

export const ZFigureMeta = z.object({
  figure: z.enum(INSIGHT_FIGURES),
  title: z.string(),
  definition: z.string(),
  formula: z.string(),
  scope: z.object({
    forceId: z.string().nullable(),
    forceName: z.string(),
    from: z.iso.date(),
    to: z.iso.date(),
    role: z.enum(INSIGHT_ROLE_FILTERS),
  }),
  suppression: z.object({
    threshold: z.number().int(),
    primary: z.number().int().describe('Cells hidden because they are small'),
    secondary: z.number().int().describe('Cells hidden so a small one cannot be worked out from totals'),
    rule: z.string(),
  }),
  warnings: z.array(z.string()),
  asOf: z.iso.datetime({ offset: true }).describe('When the figures were read. They come from a summary kept in each writing transaction (docs/statistics.md, Performance), so they include every change committed before then'),
});
export type TFigureMeta = z.infer<typeof ZFigureMeta>;

const ZDisproportionalityRow = z.object({
  group: z.string(),
  label: z.string(),
  isReference: z.boolean(),
  count: ZCount,
  rateOfPrevious: ZEstimate.describe('Proportion of the group at the previous stage who reached this stage (Wilson 95% CI)'),
  rriPerHead: ZEstimate.describe('Relative rate index per head of the workforce, against the reference group (log-method 95% CI)'),
  rriVsPrevious: ZEstimate.describe('Relative rate index of reaching this stage from the previous one, against the reference group'),
});
export const ZDisproportionalityTable = z.object({
  dimension: z.enum(['ethnicity', 'sex']),
  reference: z.string(),
  stages: z.array(z.object({
    stage: z.enum(DISPROPORTIONALITY_STAGES),
    label: z.string(),
    total: ZCount,
    rows: z.array(ZDisproportionalityRow),
  })),
});
export type TDisproportionalityTable = z.infer<typeof ZDisproportionalityTable>;
export const ZDisproportionality = z.object({
  meta: ZFigureMeta,
  byEthnicity: ZDisproportionalityTable,
  bySex: ZDisproportionalityTable,
});
export type TDisproportionality = z.infer<typeof ZDisproportionality>;

/** The same tables for each calendar year of the period, each year suppressed on its own. */
export const ZDisproportionalityTrend = z.object({
  meta: ZFigureMeta,
  years: z.array(z.object({ year: z.number().int(), byEthnicity: ZDisproportionalityTable, bySex: ZDisproportionalityTable })),
});
export type TDisproportionalityTrend = z.infer<typeof ZDisproportionalityTrend>;

export const ZRepeatDistribution = z.object({
  meta: ZFigureMeta,
  count: z.enum(REPEAT_UNITS),
  bands: z.array(z.object({
    band: z.enum(REPEAT_BANDS),
    label: z.string(),
    people: ZCount,
    outcomes: z.object({ dismissed: ZCount, serving: ZCount, left: ZCount }),
  })),
  total: z.object({ people: ZCount, outcomes: z.object({ dismissed: ZCount, serving: ZCount, left: ZCount }) }),
});
export type TRepeatDistribution = z.infer<typeof ZRepeatDistribution>;

export const ZRepeatDrilldown = z.object({
  scope: ZFigureMeta.shape.scope,
  minAllegations: z.number().int(),
  people: z.array(z.object({
    personId: z.uuid(),
    name: z.string(),
    forces: z.array(z.string()),
    allegations: z.number().int(),
    cases: z.number().int(),
    status: z.enum(REPEAT_OUTCOMES),
  })),
  truncated: z.boolean(),
});
export type TRepeatDrilldown = z.infer<typeof ZRepeatDrilldown>;

const ZCaseToAnswerRow = z.object({
  key: z.string(),
  label: z.string(),
  decided: ZCount,
  caseToAnswer: ZCount,
  noCaseToAnswer: ZCount,
  rate: ZEstimate,
});
export const ZCaseToAnswerTable = z.object({
  dimension: z.enum(['iopc_category', 'standard', 'tag']),
  rows: z.array(ZCaseToAnswerRow),
  total: ZCaseToAnswerRow.nullable().describe('Null where rows overlap (an allegation may carry several tags)'),
});
export type TCaseToAnswerTable = z.infer<typeof ZCaseToAnswerTable>;
export const ZCaseToAnswer = z.object({
  meta: ZFigureMeta,
  byCategory: ZCaseToAnswerTable,
  byStandard: ZCaseToAnswerTable,
  byTag: ZCaseToAnswerTable,
});
export type TCaseToAnswer = z.infer<typeof ZCaseToAnswer>;

export const ZTimeliness = z.object({
  meta: ZFigureMeta,
  stages: z.array(z.object({ stage: z.enum(TIMELINESS_STAGES), label: z.string() })),
  rows: z.array(z.object({
    key: z.string(),
    label: z.string(),
    stages: z.array(z.object({
      stage: z.enum(TIMELINESS_STAGES),
      matters: ZCount,
      median: z.number().nullable(),
      p75: z.number().nullable(),
      p90: z.number().nullable(),
    })),
  })),
});
export type TTimeliness = z.infer<typeof ZTimeliness>;
