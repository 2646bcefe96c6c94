// The review queue's filters in the address, its pages, and the decision form. Pure, so each rule is tested alone.
import type { TMatchReview, TMatchReviewDecision, TMatchReviewQuery } from '../../../../shared/national-index-contracts.js';
import { formString, type FormError } from '../../components/form-errors.js';
import type { ReviewStatus } from './national-index.labels.js';

export const QUEUE_PATH = '/match-reviews';
export const QUEUE_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly ReviewStatus[] = ['open', 'confirmed', 'rejected'];

export type QueueFilters = { status: ReviewStatus | 'all'; washRunId: string | undefined; page: number };

const isStatus = (value: string | null): value is ReviewStatus => STATUSES.some((status) => status === value);

/** The filters in the address; the queue opens on what is still to review. Unknown values are dropped. */
export function queueFiltersFrom(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const washRunId = params.get('washRunId');
  const page = Number(params.get('page'));
  return {
    status: status === 'all' ? 'all' : isStatus(status) ? status : 'open',
    washRunId: washRunId && UUID.test(washRunId) ? washRunId : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function queueQueryFor(filters: QueueFilters): TMatchReviewQuery {
  const query: TMatchReviewQuery = {};
  if (filters.status !== 'all') query.status = filters.status;
  if (filters.washRunId) query.washRunId = filters.washRunId;
  return query;
}

/** The queue's address for these filters: the default status and the first page are left out. */
export function queuePathFor(filters: Omit<QueueFilters, 'page'>, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.washRunId) params.set('washRunId', filters.washRunId);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${QUEUE_PATH}?${search}` : QUEUE_PATH;
}

export type QueuePage = { items: TMatchReview[]; page: number; pageCount: number; first: number; last: number };

/** One page of the queue (the API returns it whole, at most 500, highest scores first). */
export function pageOfQueue(reviews: readonly TMatchReview[], page: number, size = QUEUE_PAGE_SIZE): QueuePage {
  const pageCount = Math.max(1, Math.ceil(reviews.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  const items = reviews.slice(start, start + size);
  return { items, page: current, pageCount, first: items.length > 0 ? start + 1 : 0, last: start + items.length };
}

/** Where to go back to after a decision: only the queue itself, never a path a crafted form could send. */
export function safeQueuePath(value: string): string {
  if (value === QUEUE_PATH || value.startsWith(`${QUEUE_PATH}?`)) return value;
  return QUEUE_PATH;
}

type Parsed = { request: TMatchReviewDecision; errors: [] } | { request: null; errors: FormError[] };

export const DECISION_FIELDS = { decision: { field: 'decision', href: '#decision' }, reason: { field: 'reason', href: '#reason' } };

const REASON_MESSAGES = {
  confirm: 'Enter why you are sure they are the same person',
  reject: 'Enter why they are not the same person',
  none: 'Enter the reason for your decision',
} as const;

/** A decision needs a choice and a reason either way: the reason is recorded in the audit log with it. */
export function parseDecisionForm(form: FormData): Parsed {
  const decision = formString(form, 'decision');
  const reason = formString(form, 'reason');
  const errors: FormError[] = [];
  const chosen = decision === 'confirm' || decision === 'reject' ? decision : null;
  if (!chosen) errors.push({ ...DECISION_FIELDS.decision, message: 'Select whether they are the same person' });
  if (!reason) errors.push({ ...DECISION_FIELDS.reason, message: REASON_MESSAGES[chosen ?? 'none'] });
  else if (reason.length > 5000) errors.push({ ...DECISION_FIELDS.reason, message: 'Reason must be 5,000 characters or fewer' });
  if (errors.length > 0 || !chosen) return { request: null, errors };
  return { request: { decision: chosen, reason }, errors: [] };
}
