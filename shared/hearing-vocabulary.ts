// Vocabularies of public hearing notices (server/modules/hearings). Zod-free so the web app can import them.

export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

/** The forms of misconduct proceedings that are held in public and so have a notice (Police (Conduct) Regulations 2020, reg. 36). */
export const HEARING_FORMS = ['misconduct_hearing', 'accelerated_hearing'] as const;
export type HearingForm = (typeof HEARING_FORMS)[number];
export const HEARING_FORM_LABELS: Record<HearingForm, string> = {
  misconduct_hearing: 'Misconduct hearing',
  accelerated_hearing: 'Accelerated misconduct hearing',
};

/**
 * Details the appropriate authority may keep off the public page, with a recorded reason (for example to protect a
 * complainant or a witness, or because the chair has ordered part of the hearing to be held in private). The date
 * and the force are always published: a hearing held in public must be findable.
 */
export const WITHHOLDABLE_FIELDS = ['officerName', 'rank', 'allegationSummary', 'venue', 'outcomeSummary'] as const;
export type WithholdableField = (typeof WITHHOLDABLE_FIELDS)[number];
export const WITHHOLDABLE_FIELD_LABELS: Record<WithholdableField, string> = {
  officerName: 'Officer’s name',
  rank: 'Rank',
  allegationSummary: 'Summary of the allegations',
  venue: 'Venue',
  outcomeSummary: 'Outcome',
};

export const HEARING_LIMITS = {
  officerName: 200,
  rank: 100,
  allegationSummary: 2_000,
  venue: 500,
  outcomeSummary: 2_000,
  rationale: 5_000,
  reason: 2_000,
} as const;
