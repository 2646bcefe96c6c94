// Closed vocabularies of Insight, free of zod so the web app can import them cheaply.
export const INSIGHT_ROLE_FILTERS = ['all', 'officers', 'staff'] as const;
export type InsightRoleFilter = (typeof INSIGHT_ROLE_FILTERS)[number];

export const DISPROPORTIONALITY_STAGES = ['workforce', 'allegation', 'case_to_answer', 'proceedings', 'sanction', 'dismissal'] as const;
export type DisproportionalityStage = (typeof DISPROPORTIONALITY_STAGES)[number];

export const REPEAT_BANDS = ['1', '2', '3-5', '6+'] as const;
export type RepeatBand = (typeof REPEAT_BANDS)[number];
export const REPEAT_OUTCOMES = ['dismissed', 'serving', 'left'] as const;
export type RepeatOutcome = (typeof REPEAT_OUTCOMES)[number];
/** What the repeat distribution counts per person: allegations (the default) or matters (cases they are a subject of). */
export const REPEAT_UNITS = ['allegations', 'cases'] as const;
export type RepeatUnit = (typeof REPEAT_UNITS)[number];

export const TIMELINESS_STAGES = [
  'assess_severity', 'decide_iopc_referral', 'start_investigation', 'submit_investigation_report', 'decide_case_to_answer',
  'arrange_proceedings', 'record_outcome', 'closed',
] as const;
export type TimelinessStage = (typeof TIMELINESS_STAGES)[number];

export const INSIGHT_FIGURES = ['disproportionality', 'disproportionality-trend', 'repeat-distribution', 'case-to-answer', 'timeliness'] as const;
export type InsightFigure = (typeof INSIGHT_FIGURES)[number];
