import { describe, expect, it } from 'vitest';
import { criteriaFrom, searchParamsFor } from './case-list.page.js';

describe('the case list filters in the address', () => {
  it('keep only values the API accepts', () => {
    expect(criteriaFrom(new URLSearchParams('tag=misogyny&state=recorded&overdue=true&mine=true&page=2'))).toEqual({
      forceId: undefined, state: 'recorded', tag: 'misogyny', overdue: 'true', mine: 'true', page: 2,
    });
    expect(criteriaFrom(new URLSearchParams('tag=rudeness&state=pending&overdue=maybe&mine=yes&page=0'))).toEqual({
      forceId: undefined, state: undefined, tag: undefined, overdue: undefined, mine: undefined, page: undefined,
    });
  });

  it('write only the filters that are set, and the page after the first', () => {
    expect(searchParamsFor({ tag: 'racism', overdue: 'false' }, 3).toString()).toBe('tag=racism&overdue=false&page=3');
    expect(searchParamsFor({}, 1).toString()).toBe('');
  });
});
