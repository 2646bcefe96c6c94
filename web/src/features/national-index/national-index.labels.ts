// Words for the national index's coded values, and the pure helpers its pages share: a score's explanation as
// rows a person can read, the overall result of a list check, and a data wash's progress.
import type { TListHit, TMatchReason, TMatchReview, TWashRun } from '../../../../shared/national-index-contracts.js';
import { formatDate, pluralise } from '../../components/format.js';

export type ListName = TListHit['entry']['list'];
export type MatchBand = 'match' | 'review' | 'no_match';
export type ReviewKind = TMatchReview['kind'];
export type ReviewStatus = TMatchReview['status'];
export type WashRunStatus = TWashRun['status'];

export const LIST_LABELS: Record<ListName, string> = { barred: 'Barred List', advisory: 'Advisory List' };

export const BAND_LABELS: Record<MatchBand, string> = { match: 'Match', review: 'Possible match', no_match: 'No match' };
const BAND_TAG_CLASSES: Record<MatchBand, string> = { match: 'govuk-tag govuk-tag--red', review: 'govuk-tag govuk-tag--yellow', no_match: 'govuk-tag govuk-tag--grey' };

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  list_hit: 'Barred or Advisory List entry',
  open_case_elsewhere: 'Open case in another force',
  register_duplicate: 'Possible duplicate in the register',
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { open: 'To review', confirmed: 'Confirmed', rejected: 'Rejected' };
const REVIEW_STATUS_TAG_CLASSES: Record<ReviewStatus, string> = { open: 'govuk-tag govuk-tag--blue', confirmed: 'govuk-tag govuk-tag--red', rejected: 'govuk-tag govuk-tag--grey' };

export const WASH_STATUS_LABELS: Record<WashRunStatus, string> = { running: 'Running', completed: 'Completed', failed: 'Failed' };
const WASH_STATUS_TAG_CLASSES: Record<WashRunStatus, string> = { running: 'govuk-tag govuk-tag--blue', completed: 'govuk-tag govuk-tag--green', failed: 'govuk-tag govuk-tag--red' };

export const bandTagClass = (band: MatchBand): string => BAND_TAG_CLASSES[band];
export const reviewStatusTagClass = (status: ReviewStatus): string => REVIEW_STATUS_TAG_CLASSES[status];
export const washStatusTagClass = (status: WashRunStatus): string => WASH_STATUS_TAG_CLASSES[status];

/** The band of a stored review or hit; a review without one (an open case elsewhere) is not a scored match. */
export const bandOf = (band: 'match' | 'review' | null): MatchBand => band ?? 'no_match';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  family_name: 'Family name',
  given_name: 'Given name',
  date_of_birth: 'Date of birth',
  name_order: 'Name order',
  sex: 'Sex',
  service: 'Service',
  address: 'Address history',
  case: 'Case',
};

export type ExplanationRow = { field: string; agreement: string; weight: string };

/** A score's weight as a signed number, with a true minus sign so it reads (and is read out) as negative. */
export function formatWeight(weight: number): string {
  if (weight === 0) return '0';
  const size = Number.isInteger(weight) ? String(Math.abs(weight)) : Math.abs(weight).toFixed(2).replace(/0$/, '');
  return `${weight > 0 ? '+' : '−'}${size}`;
}

export function formatScore(score: number | null): string {
  if (score === null) return 'Not scored';
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, '');
}

const capitalise = (text: string): string => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text);

/** Which fields agreed and how much each added, in the order the engine scored them. */
export function explanationRows(reasons: readonly TMatchReason[] | null): ExplanationRow[] {
  return (reasons ?? []).map((reason) => ({
    field: FIELD_LABELS[reason.field] ?? capitalise(reason.field.replaceAll('_', ' ')),
    agreement: capitalise(reason.agreement),
    weight: formatWeight(reason.weight),
  }));
}

/** The result of a whole check: the strongest band among its hits, "no match" when there are none. */
export function overallBand(hits: readonly Pick<TListHit, 'band'>[]): MatchBand {
  if (hits.some((hit) => hit.band === 'match')) return 'match';
  if (hits.some((hit) => hit.band === 'review')) return 'review';
  return 'no_match';
}

/** A list's date of birth: a full date, or only a year where the list gives no more. */
export function formatListBirthDate(value: string | null): string {
  if (!value) return 'Not recorded';
  return /^\d{4}$/.test(value) ? `${value} (only the year is known)` : formatDate(value);
}

export type WashProgress = { percent: number; checked: string; found: string };

export function washProgress(run: Pick<TWashRun, 'status' | 'total' | 'processed' | 'hits'>): WashProgress {
  const percent = run.total > 0 ? Math.min(100, Math.floor((run.processed / run.total) * 100)) : run.status === 'completed' ? 100 : 0;
  return {
    percent,
    checked: `${run.processed.toLocaleString('en-GB')} of ${pluralise(run.total, 'person', 'people')} checked`,
    found: pluralise(run.hits, 'possible match', 'possible matches'),
  };
}

/**
 * The sentence the progress page's live region holds. While running it moves in steps of 10%, so a screen reader
 * hears progress now and then rather than every few seconds.
 */
export function washStatusMessage(run: Pick<TWashRun, 'status' | 'total' | 'processed' | 'hits' | 'error'>): string {
  const progress = washProgress(run);
  switch (run.status) {
    case 'running':
      return `Running: about ${Math.floor(progress.percent / 10) * 10}% of the workforce checked so far.`;
    case 'completed':
      return `Completed: ${progress.checked}, ${progress.found} found.`;
    case 'failed':
      return `Failed after ${progress.checked}. ${run.error ? `The error was: ${run.error}` : 'The data wash stopped with an error.'}`;
  }
}

/** Whether a page showing these runs should keep asking for their progress. */
export const isAnyRunning = (runs: readonly Pick<TWashRun, 'status'>[]): boolean => runs.some((run) => run.status === 'running');
