import { describe, expect, it } from 'vitest';
import { alertCriteriaFrom, alertQueueHref, isFiltered } from './alert-filters.js';

const from = (search: string, canFilterByForce = false) => alertCriteriaFrom(new URLSearchParams(search), { canFilterByForce });

describe('the alert queue’s filters in the address', () => {
  it('reads status, rule, "mine" and page', () => {
    expect(from('status=closed&rule=any-3-in-12-months&mine=true&page=3')).toEqual({ status: 'closed', rule: 'any-3-in-12-months', mine: 'true', page: 3, forceId: undefined });
  });

  it('keeps only values the API accepts', () => {
    expect(from('status=archived&rule=DROP TABLE&mine=yes&page=0')).toEqual({ status: undefined, rule: undefined, mine: undefined, page: undefined, forceId: undefined });
  });

  it('asks for another force only for a national reader', () => {
    expect(from('forceId=WMP').forceId).toBeUndefined();
    expect(from('forceId=WMP', true).forceId).toBe('WMP');
  });

  it('writes open alerts, the default, as the bare queue and keeps the filters across pages', () => {
    expect(alertQueueHref({})).toBe('/alerts');
    expect(alertQueueHref({ status: 'closed', mine: 'true' }, 2)).toBe('/alerts?status=closed&mine=true&page=2');
    expect(alertQueueHref(from('rule=six-or-more-ever&page=4'), 1)).toBe('/alerts?rule=six-or-more-ever');
  });

  it('knows when the list is filtered', () => {
    expect(isFiltered(from('page=2'))).toBe(false);
    expect(isFiltered(from('status=closed'))).toBe(true);
  });
});
