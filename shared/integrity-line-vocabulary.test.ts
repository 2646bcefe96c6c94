import { describe, expect, it } from 'vitest';
import { groupPassphrase, nextStatuses, normalizeSecret, reporterStatusText, REPORT_STATUSES } from './integrity-line-vocabulary.js';

describe('integrity line vocabulary', () => {
  it('moves a report forward only, and never out of closed', () => {
    expect(REPORT_STATUSES.map((s) => [s, nextStatuses(s)])).toEqual([
      ['received', ['assessed', 'investigation_opened', 'closed']],
      ['assessed', ['investigation_opened', 'closed']],
      ['investigation_opened', ['closed']],
      ['closed', []],
    ]);
  });

  it('reads a reference or passphrase however it was typed', () => {
    expect(normalizeSecret(' k7qm-2xh4 dprw\t9abn-ty3c ')).toBe('K7QM2XH4DPRW9ABNTY3C');
  });

  it('shows a passphrase in groups of four', () => {
    expect(groupPassphrase('K7QM2XH4DPRW9ABNTY3C')).toBe('K7QM-2XH4-DPRW-9ABN-TY3C');
    expect(groupPassphrase('k7qm-2xh4')).toBe('K7QM-2XH4');
  });

  it('tells the reporter the outcome class of a closed report, and nothing of it before', () => {
    expect(reporterStatusText('closed', 'misconduct_proceedings').headline).toBe('Closed: misconduct proceedings');
    expect(reporterStatusText('closed', null).headline).toBe('Closed');
    expect(reporterStatusText('investigation_opened', null).headline).toBe('Investigation opened');
  });
});
