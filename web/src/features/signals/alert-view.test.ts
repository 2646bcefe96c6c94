import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/policy.js';
import { canOpenEvidenceCase, ukDateOf } from './alert-view.js';

const id = '00000000-0000-4000-8000-000000000007';
const actor = (roles: Actor['roles'], forceId: string | null): Actor => ({ id, roles, forceId });

describe('evidence from a case', () => {
  it('links a case of the reader’s own force, by force id', () => {
    expect(canOpenEvidenceCase(actor(['appropriate_authority'], 'MPS'), 'MPS')).toBe(true);
    expect(canOpenEvidenceCase(actor(['appropriate_authority'], 'MPS'), 'WMP')).toBe(false);
  });

  it('links every force’s cases for national reach, and none without case:read', () => {
    expect(canOpenEvidenceCase(actor(['auditor'], null), 'WMP')).toBe(true);
    expect(canOpenEvidenceCase(actor(['psd_investigator'], null), 'GMP')).toBe(true);
    expect(canOpenEvidenceCase(actor(['analyst'], null), 'MPS')).toBe(false);
    expect(canOpenEvidenceCase(actor(['hr'], 'MPS'), 'MPS')).toBe(false);
  });
});

describe('when an alert was closed', () => {
  it('is the UK calendar day of the timestamp', () => {
    expect(ukDateOf('2026-11-24T10:15:00.000Z')).toBe('24 November 2026');
    // 23:30 UTC in British Summer Time is already the next day in the UK.
    expect(ukDateOf('2026-07-01T23:30:00.000Z')).toBe('2 July 2026');
    expect(ukDateOf(null)).toBe('Not recorded');
  });
});
