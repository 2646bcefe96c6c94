import { describe, expect, it } from 'vitest';
import { MINIMUM_FILL_SECONDS } from '../../../shared/portal-vocabulary.js';
import { checkFormToken, FORM_TOKEN_HOURS, issueFormToken } from './form-token.js';

const SECRET = 'a'.repeat(64);
const NOW = Date.UTC(2026, 2, 3, 12);

describe('form token', () => {
  it('accepts a token from a form opened long enough ago', () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, NOW - MINIMUM_FILL_SECONDS * 1000), NOW)).toBe('ok');
  });

  it('refuses a form sent faster than a person could fill it in', () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, NOW - MINIMUM_FILL_SECONDS * 1000 + 1), NOW)).toBe('too-soon');
  });

  it('refuses a token older than its lifetime', () => {
    expect(checkFormToken(SECRET, issueFormToken(SECRET, NOW - FORM_TOKEN_HOURS * 3_600_000 - 1), NOW)).toBe('expired');
  });

  it('refuses a token signed with another key, a changed time, or garbage', () => {
    const token = issueFormToken(SECRET, NOW - 60_000);
    expect(checkFormToken('b'.repeat(64), token, NOW)).toBe('invalid');
    const [, nonce, signature] = token.split('.');
    expect(checkFormToken(SECRET, `${(NOW - 3_600_000).toString(36)}.${nonce}.${signature}`, NOW)).toBe('invalid');
    expect(checkFormToken(SECRET, 'not-a-token', NOW)).toBe('invalid');
    expect(checkFormToken(SECRET, '..', NOW)).toBe('invalid');
  });

  it('gives a different token each time', () => {
    expect(issueFormToken(SECRET, NOW)).not.toBe(issueFormToken(SECRET, NOW));
  });
});
