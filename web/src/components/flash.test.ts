import { describe, expect, it } from 'vitest';
import { createFlash } from './flash.js';

describe('a one-time message', () => {
  it('is read once, by the page it is for, and never by another feature', () => {
    const cases = createFlash();
    const people = createFlash();
    cases.set('case-1', 'Severity assessed');
    expect(people.take('case-1')).toBeNull();
    expect(cases.take('case-2')).toBeNull();
    expect(cases.take('case-1')).toBe('Severity assessed');
    expect(cases.take('case-1')).toBeNull();
  });

  it('keeps only the latest message', () => {
    const flash = createFlash();
    flash.set('', 'Reply sent');
    flash.set('', 'Status changed');
    expect(flash.take('')).toBe('Status changed');
  });
});
