import { describe, expect, it } from 'vitest';
import { pageEntries } from './pagination.js';

const shape = (current: number, last: number) => pageEntries(current, last).map((entry) => (entry.kind === 'page' ? entry.number : '…'));

describe('pageEntries', () => {
  it('lists every page when there are few', () => {
    expect(shape(1, 3)).toEqual([1, 2, 3]);
  });

  it('shows first, last and the neighbours of the current page with ellipses between', () => {
    expect(shape(5, 10)).toEqual([1, '…', 4, 5, 6, '…', 10]);
  });

  it('leaves out an ellipsis where no page is skipped', () => {
    expect(shape(2, 10)).toEqual([1, 2, 3, '…', 10]);
  });
});
