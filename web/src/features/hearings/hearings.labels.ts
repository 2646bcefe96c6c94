// How hearing notices read on the page: status tags, what happened in a notice's history, withheld details.
import type { NoticeStatus } from '../../../../shared/hearing-vocabulary.js';

export const NOTICE_STATUS_TAGS: Record<NoticeStatus, string> = {
  draft: 'govuk-tag govuk-tag--grey',
  published: 'govuk-tag govuk-tag--green',
  withdrawn: 'govuk-tag govuk-tag--red',
};

export const HISTORY_LABELS: Record<string, string> = {
  drafted: 'Notice drafted',
  edited: 'Notice changed',
  published: 'Publication decided: notice published',
  outcome_added: 'Outcome added',
  withdrawn: 'Notice withdrawn',
};

export const historyLabel = (action: string): string => HISTORY_LABELS[action] ?? action;

/** What the public page shows in place of a detail the force withheld. */
export const WITHHELD_TEXT = 'Not published';

export const noticePath = (id: string): string => `/hearing-notices/${id}`;
