import { describe, expect, it } from 'vitest';
import { normalizeReference, REFERENCE_PATTERN } from '../../../shared/portal-vocabulary.js';
import { hashAccessCode, newAccessCode, newComplaintReference } from './complaint-codes.js';

describe('complaint references and codes', () => {
  it('draws references of 10 characters with none that look alike, and does not repeat them', () => {
    const drawn = Array.from({ length: 2_000 }, newComplaintReference);
    for (const reference of drawn) expect(reference).toMatch(REFERENCE_PATTERN);
    expect(drawn.join('')).not.toMatch(/[01OIL]/);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('reads a reference typed in lower case, with spaces or dashes', () => {
    expect(normalizeReference(' abcd-efgh 23 ')).toBe('ABCDEFGH23');
  });

  it('draws 6-digit codes, zeros included', () => {
    const codes = Array.from({ length: 2_000 }, newAccessCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1_900);
  });

  it('hashes a code with its complaint, so the same code on two complaints differs', () => {
    expect(hashAccessCode('a', '123456')).toBe(hashAccessCode('a', '123456'));
    expect(hashAccessCode('a', '123456')).not.toBe(hashAccessCode('b', '123456'));
    expect(hashAccessCode('a', '123456')).not.toContain('123456');
  });
});
