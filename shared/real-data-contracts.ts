// Request and response schemas of the real-data figures (server/modules/real-data/real-data-figures.ts): the same
// figures `warrant report` writes, for one force, on all imported rows and without the rows flagged for data
// quality. Aggregates only: no person ids, suppressed as Insight suppresses.
import { z } from 'zod';
import { ZCaseToAnswer, ZDisproportionality, ZRepeatDistribution } from './insight-contracts.js';

/** The files of `warrant report`, one per figure; the CSV export of the web page serves the same text. */
export const REAL_DATA_CSV_FIGURES = ['repeat-distribution', 'concentration', 'case-to-answer', 'disproportionality', 'alerts', 'data-quality'] as const;
export type RealDataCsvFigure = (typeof REAL_DATA_CSV_FIGURES)[number];

const scopeFields = {
  forceId: z.string().trim().min(1).max(10).describe('The force code (any jurisdiction, e.g. CHI for an imported US department)'),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('The last calendar year of the period; defaults to the year of the force\'s latest case with a subject'),
  years: z.coerce.number().int().min(1).max(20).optional().describe('How many calendar years the period covers, ending with year; defaults to every year with cases (at most 20)'),
};
export const ZRealDataQuery = z.strictObject(scopeFields);
export type TRealDataQuery = z.infer<typeof ZRealDataQuery>;

export const ZRealDataCsvQuery = z.strictObject({
  ...scopeFields,
  figure: z.enum(REAL_DATA_CSV_FIGURES).describe('Which figure: the same file `warrant report` writes as FIGURE.csv'),
});
export type TRealDataCsvQuery = z.infer<typeof ZRealDataCsvQuery>;

const ZSmall = z.enum(['primary']).nullable().describe('"primary" when the number is hidden because it rests on fewer people than the threshold');

const ZFigureSet = z.object({
  repeatByCases: ZRepeatDistribution,
  repeatByAllegations: ZRepeatDistribution,
  concentration: z.object({
    subjects: z.number().int(),
    allegations: z.number().int(),
    top: z.array(z.object({
      percent: z.number().int(),
      subjects: z.number().int(),
      allegations: z.number().int().nullable(),
      share: z.number().nullable(),
      suppressed: ZSmall,
    })),
  }).describe('Share of allegations of the top 1%, 5% and 10% of subjects'),
  caseToAnswer: ZCaseToAnswer,
  disproportionality: ZDisproportionality,
  alerts: z.array(z.object({ code: z.string(), name: z.string(), people: z.number().int().nullable(), suppressed: ZSmall })).describe('People with an alert, per active early-warning rule'),
});

export const ZRealDataFigures = z.object({
  force: z.object({ id: z.string(), name: z.string(), jurisdiction: z.string() }),
  definitions: z.object({ concentration: z.string(), alerts: z.string(), withoutFlagged: z.string(), dataQuality: z.string() }),
  period: z.object({ year: z.number().int(), years: z.number().int(), from: z.iso.date(), to: z.iso.date() }),
  alertsAsOf: z.iso.date(),
  threshold: z.number().int(),
  all: ZFigureSet.describe('Every imported row'),
  withoutFlagged: ZFigureSet.describe('Without the rows behind the flags marked excluded'),
  dataQuality: z.object({
    flags: z.array(z.object({ flag: z.string(), label: z.string(), excluded: z.boolean(), rows: z.number().int() })),
    linkage: z.record(z.string(), z.number().int()).describe('Accused rows by how their officer was linked: linked, review, created'),
    unidentifiedSubjects: z.number().int().describe('Rows naming no usable officer (rejected at import, counted)'),
    nonPersonSubjects: z.number().int().describe('Subjects that are not people (e.g. Organisational), kept out of person statistics'),
    subjectRows: z.number().int(),
  }),
});
export type TRealDataFigures = z.infer<typeof ZRealDataFigures>;
