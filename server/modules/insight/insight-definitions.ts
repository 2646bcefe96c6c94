// The definition and formula shown next to each figure (the same words as docs/statistics.md).
import type { InsightFigure } from '../../../shared/insight-vocabulary.js';

export const POPULATION_RULE =
  'The workforce is everyone with an employment of the chosen roles in the force (any force, nationally) that overlaps the period by at least one day: people who joined or left during the period count once, in full (a headcount, not full-time equivalents). Matters are the subjects of cases received in the period by that force who are in that workforce; counter-corruption (restricted) cases are left out.';

export const FIGURE_TEXT: Record<InsightFigure, { title: string; definition: string; formula: string }> = {
  disproportionality: {
    title: 'Disproportionality at each stage',
    definition: `People at each stage, by ethnicity (against White) and by sex (against male): in the workforce, subject of an allegation, found a case to answer, referred to misconduct proceedings, given a sanction, dismissed. A person reaches a stage when one of their matters did; each stage requires the earlier ones on the same matter. ${POPULATION_RULE}`,
    formula: 'RRI = (a / n1) ÷ (b / n2), where a of n1 people in the group and b of n2 in the reference group reached the stage (n = the workforce for "per head", or the previous stage). 95% CI = exp(ln RRI ± 1.96 × SE), SE = √(1/a − 1/n1 + 1/b − 1/n2). With a zero count, 0.5 is added to every cell of the 2×2 table (Haldane–Anscombe). Rates of the previous stage have Wilson 95% intervals.',
  },
  'disproportionality-trend': {
    title: 'Disproportionality year by year',
    definition: 'The disproportionality figures for each calendar year of the period on its own: the workforce and the matters of that year, by the same rules.',
    formula: 'As for disproportionality at each stage, year by year. Each year is suppressed on its own.',
  },
  'repeat-distribution': {
    title: 'People by number of allegations',
    definition: `People who were the subject of allegations in the period, by how many allegations they faced (1, 2, 3–5, 6 or more), and where they stand now: dismissed (by any force), still serving, or left. ${POPULATION_RULE}`,
    formula: 'Count of people per band; allegations counted one by one across all their matters in scope (or, with count=cases, the cases they are a subject of).',
  },
  'case-to-answer': {
    title: 'Case to answer by category, Standard and theme',
    definition: `Allegations against matters in scope that have a case-to-answer decision, and the share found a case to answer, by IOPC category, Standard of Professional Behaviour and thematic tag. An allegation with several tags counts under each, so the tag rows do not add up. ${POPULATION_RULE}`,
    formula: 'Rate = x / n (allegations found a case to answer / allegations decided); 95% Wilson score interval: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96.',
  },
  timeliness: {
    title: 'Days from receipt to each step',
    definition: `For each matter, calendar days from the day the case was received to the first time each step was taken, and to closure (the last closing step of a matter closed now), by IOPC category. A matter counts in each category its allegations carry. Only matters that reached a step count for that step. ${POPULATION_RULE}`,
    formula: 'Median, 75th and 90th percentile with linear interpolation between ranks (PostgreSQL percentile_cont).',
  },
};

export const suppressionRule = (threshold: number): string =>
  `Counts from 1 to ${threshold - 1} are shown as "<${threshold}". Where one could be worked out from a total, the next smallest count in that row or column is hidden too and shown as "[c]". No rate or ratio is shown over a hidden count.`;
