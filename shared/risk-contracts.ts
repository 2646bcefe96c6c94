// The risk score of one person (server/modules/signals/risk): the score, where it stands among everyone
// scored, the model it came from and the factors that moved it most, in words. Never a protected characteristic.
import { z } from 'zod';
import { ZIsoDate, ZUuid } from './contracts.js';

export const ZRiskFactor = z.object({
  factor: z.string().describe('Feature group, e.g. allegations_sexual, matters, role'),
  description: z.string().describe('The person’s values for this factor, in words'),
  contribution: z.number().describe('Change in log-odds against the average person scored (coefficient × standardised value, summed over the group)'),
  direction: z.enum(['raises', 'lowers']),
});

export const ZPersonRisk = z.object({
  personId: ZUuid,
  model: z.object({
    version: z.number().int(),
    asOf: ZIsoDate.describe('Scores use what was on record by this day'),
    trainedAt: z.string(),
    label: z.string().describe('What the score predicts'),
  }).nullable().describe('null: no model has been trained yet (warrant signals train)'),
  score: z.number().min(0).max(1).nullable().describe('Estimated probability of the outcome in the model’s label; null when the person was not serving on the model’s date'),
  percentile: z.number().min(0).max(100).nullable().describe('Share of the people scored with a lower score'),
  factors: z.array(ZRiskFactor).describe('The factors with the largest effect, largest first'),
});
export type TPersonRisk = z.infer<typeof ZPersonRisk>;
