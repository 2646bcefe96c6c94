import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './session.js';

describe('safeReturnTo', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnTo('/people?name=smith')).toBe('/people?name=smith');
  });

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', null])('refuses %s as an open redirect', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('does not send the user back to the sign-in page', () => {
    expect(safeReturnTo('/sign-in?returnTo=%2F')).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the page the user asked for', () => {
    expect(signInPath(new Request('http://localhost/people?name=smith'))).toBe('/sign-in?returnTo=%2Fpeople%3Fname%3Dsmith');
  });
});
