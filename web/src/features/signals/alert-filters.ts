// The alert queue's filters live in the URL (?status=closed&rule=any-3-in-12-months&mine=true&page=2) so back,
// refresh and shared links all work. Open alerts are the default and are not written into the URL.
import type { AlertListCriteria } from './signals.api.js';

const FILTERS = ['status', 'forceId', 'rule', 'mine'] as const;
const RULE_CODE = /^[a-z0-9-]{1,60}$/;
const FORCE_ID = /^[A-Za-z0-9]{1,10}$/;

/** The filters in a URL, keeping only values the API accepts (anything else would answer 400). */
export function alertCriteriaFrom(params: URLSearchParams, { canFilterByForce }: { canFilterByForce: boolean }): AlertListCriteria {
  const read = (key: string): string | undefined => params.get(key)?.trim() || undefined;
  const rule = read('rule');
  const forceId = read('forceId');
  const page = Number(params.get('page'));
  return {
    status: read('status') === 'closed' ? 'closed' : undefined,
    // Someone who sees one force's alerts has no other force to ask for (the API would refuse it).
    forceId: canFilterByForce && forceId && FORCE_ID.test(forceId) ? forceId : undefined,
    rule: rule && RULE_CODE.test(rule) ? rule : undefined,
    mine: read('mine') === 'true' ? 'true' : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
}

export function alertSearchParams(criteria: AlertListCriteria, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTERS) {
    const value = criteria[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set('page', String(page));
  return params;
}

export function alertQueueHref(criteria: AlertListCriteria, page?: number): string {
  const search = alertSearchParams(criteria, page).toString();
  return search ? `/alerts?${search}` : '/alerts';
}

export function isFiltered(criteria: AlertListCriteria): boolean {
  return FILTERS.some((key) => criteria[key] !== undefined);
}
