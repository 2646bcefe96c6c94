// The pure rules of a hearing notice's life on the public page: when it is shown, how long by default, how the
// outcome extends it, and what the public may see of it. "Today" is always passed in, so the rules can be tested
// on any day (notice-period.test.ts) and the page needs no job to take notices down: the query asks for today.
import type { TPublicHearingNotice } from '../../../shared/hearing-contracts.js';
import { WITHHOLDABLE_FIELDS, type NoticeStatus, type WithholdableField } from '../../../shared/hearing-vocabulary.js';
import { addDays } from '../clock/working-days.js';

const later = (a: string, b: string): string => (a > b ? a : b);

/** The default end of the publication period: `days` after the hearing, or after the outcome once there is one. */
export function defaultPublishUntil({ hearingOn, outcomeOn, days }: { hearingOn: string; outcomeOn: string | null; days: number }): string {
  return addDays(later(hearingOn, outcomeOn ?? hearingOn), days);
}

/**
 * Adding the outcome keeps the notice up for at least `days` after the outcome; a period already running longer is
 * left as it is. An explicit end replaces both.
 */
export function publishUntilWithOutcome({ current, outcomeOn, days, chosen }: { current: string | null; outcomeOn: string; days: number; chosen?: string | undefined }): string {
  if (chosen) return chosen;
  const fromOutcome = addDays(outcomeOn, days);
  return current ? later(current, fromOutcome) : fromOutcome;
}

/** A notice is on the public page from the first day of its period to the last, both included. */
export function isOnPublicPage(notice: { status: NoticeStatus; publishFrom: string | null; publishUntil: string | null }, today: string): boolean {
  return notice.status === 'published' && notice.publishFrom !== null && notice.publishUntil !== null && notice.publishFrom <= today && today <= notice.publishUntil;
}

/**
 * Why a publication period cannot be used, as [field, message], or null. It starts today or later (a notice cannot
 * have been public before it was published), and runs at least until the hearing and its own start.
 */
export function periodProblem({ from, until, hearingOn, today }: { from: string; until: string; hearingOn: string; today: string }): [string, string] | null {
  if (from < today) return ['publishFrom', `must be today (${today}) or later: a notice cannot be published in the past`];
  if (until < from) return ['publishUntil', `must not be before the first day of publication (${from})`];
  if (until < hearingOn) return ['publishUntil', `must not be before the hearing (${hearingOn})`];
  return null;
}

export type NoticeForPublic = {
  id: string;
  officerName: string;
  rank: string | null;
  allegationSummary: string;
  hearingOn: string;
  venue: string;
  outcomeSummary: string | null;
  outcomeOn: string | null;
  withheldFields: readonly string[];
  publishFrom: string | null;
  publishUntil: string | null;
};

/**
 * What the public sees of a published notice. Every withheld detail is replaced by null here, on the server, so its
 * value never reaches the response; the reason it was withheld and the decision-maker are not part of it at all.
 */
export function toPublicNotice(notice: NoticeForPublic): TPublicHearingNotice {
  const withheld = WITHHOLDABLE_FIELDS.filter((field) => notice.withheldFields.includes(field));
  const shown = <T>(field: WithholdableField, value: T): T | null => (withheld.includes(field) ? null : value);
  if (!notice.publishFrom || !notice.publishUntil) throw new Error(`notice ${notice.id} has no publication period`);
  return {
    id: notice.id,
    officerName: shown('officerName', notice.officerName),
    rank: shown('rank', notice.rank),
    allegationSummary: shown('allegationSummary', notice.allegationSummary),
    hearingOn: notice.hearingOn,
    venue: shown('venue', notice.venue),
    outcomeSummary: shown('outcomeSummary', notice.outcomeSummary),
    outcomeOn: notice.outcomeOn,
    withheld,
    publishedOn: notice.publishFrom,
    availableUntil: notice.publishUntil,
  };
}
