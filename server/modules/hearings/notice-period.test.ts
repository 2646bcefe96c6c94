import { describe, expect, it } from 'vitest';
import { defaultPublishUntil, isOnPublicPage, periodProblem, publishUntilWithOutcome, toPublicNotice, type NoticeForPublic } from './notice-period.js';

const NOTICE: NoticeForPublic = {
  id: '00000000-0000-4000-8000-000000000001', officerName: 'PC Jane Doe', rank: 'Constable', allegationSummary: 'Use of force', hearingOn: '2026-03-10',
  venue: 'HQ', outcomeSummary: 'Dismissed', outcomeOn: '2026-03-12', withheldFields: [], publishFrom: '2026-02-20', publishUntil: '2026-04-09',
};

describe('the publication period', () => {
  it('runs by default to the given days after the hearing, or after the outcome once there is one', () => {
    expect(defaultPublishUntil({ hearingOn: '2026-03-10', outcomeOn: null, days: 28 })).toBe('2026-04-07');
    expect(defaultPublishUntil({ hearingOn: '2026-03-10', outcomeOn: '2026-03-20', days: 28 })).toBe('2026-04-17');
  });

  it('is extended by the outcome, never shortened, unless an end is chosen', () => {
    expect(publishUntilWithOutcome({ current: '2026-04-07', outcomeOn: '2026-03-20', days: 28 })).toBe('2026-04-17');
    expect(publishUntilWithOutcome({ current: '2026-12-31', outcomeOn: '2026-03-20', days: 28 })).toBe('2026-12-31');
    expect(publishUntilWithOutcome({ current: '2026-12-31', outcomeOn: '2026-03-20', days: 28, chosen: '2026-05-01' })).toBe('2026-05-01');
  });

  it('puts a published notice on the page from its first day to its last, both included', () => {
    const notice = { status: 'published' as const, publishFrom: '2026-03-01', publishUntil: '2026-03-31' };
    expect(isOnPublicPage(notice, '2026-02-28')).toBe(false);
    expect(isOnPublicPage(notice, '2026-03-01')).toBe(true);
    expect(isOnPublicPage(notice, '2026-03-31')).toBe(true);
    expect(isOnPublicPage(notice, '2026-04-01')).toBe(false);
    expect(isOnPublicPage({ ...notice, status: 'withdrawn' }, '2026-03-15')).toBe(false);
    expect(isOnPublicPage({ ...notice, status: 'draft' }, '2026-03-15')).toBe(false);
  });

  it('must start today or later and last at least until the hearing', () => {
    expect(periodProblem({ from: '2026-03-01', until: '2026-03-31', hearingOn: '2026-03-10', today: '2026-03-01' })).toBeNull();
    expect(periodProblem({ from: '2026-02-28', until: '2026-03-31', hearingOn: '2026-03-10', today: '2026-03-01' })?.[0]).toBe('publishFrom');
    expect(periodProblem({ from: '2026-03-05', until: '2026-03-04', hearingOn: '2026-03-01', today: '2026-03-01' })?.[0]).toBe('publishUntil');
    expect(periodProblem({ from: '2026-03-01', until: '2026-03-09', hearingOn: '2026-03-10', today: '2026-03-01' })?.[0]).toBe('publishUntil');
  });
});

describe('what the public sees', () => {
  it('is every detail when nothing is withheld', () => {
    expect(toPublicNotice(NOTICE)).toMatchObject({ officerName: 'PC Jane Doe', venue: 'HQ', outcomeSummary: 'Dismissed', withheld: [], publishedOn: '2026-02-20', availableUntil: '2026-04-09' });
  });

  it('replaces each withheld detail by null and names it, in a fixed order', () => {
    const shown = toPublicNotice({ ...NOTICE, withheldFields: ['venue', 'officerName', 'outcomeSummary'] });
    expect(shown).toMatchObject({ officerName: null, venue: null, outcomeSummary: null, rank: 'Constable', allegationSummary: 'Use of force', hearingOn: '2026-03-10' });
    expect(shown.withheld).toEqual(['officerName', 'venue', 'outcomeSummary']);
    expect(JSON.stringify(shown)).not.toContain('Jane');
  });
});
