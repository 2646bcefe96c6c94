import { describe, expect, it } from 'vitest';
import { ZRuleDefinition } from '../../../../shared/signal-contracts.js';
import { DISPOSITIONS, SIGNAL_SEVERITIES } from '../../../../shared/signal-vocabulary.js';
import { alertEventTitle, DISPOSITION_HINTS, isDisposition, RULE_KIND_HINTS, RULE_KIND_LABELS, SEVERITY_LABELS } from './signals.labels.js';

describe('early-warning labels', () => {
  it('knows every disposition and nothing else, and hints only at real ones', () => {
    expect(DISPOSITIONS.every(isDisposition)).toBe(true);
    expect(isDisposition('ignore')).toBe(false);
    expect(Object.keys(DISPOSITION_HINTS).every(isDisposition)).toBe(true);
  });

  it('has a label for every severity and every kind of rule', () => {
    expect(Object.keys(SEVERITY_LABELS).sort()).toEqual([...SIGNAL_SEVERITIES].sort());
    const kinds = ZRuleDefinition.options.map((option) => option.shape.kind.value).sort();
    expect(Object.keys(RULE_KIND_LABELS).sort()).toEqual(kinds);
    expect(Object.keys(RULE_KIND_HINTS).sort()).toEqual(kinds);
  });

  it('names the new owner and the disposition in the timeline', () => {
    const event = { disposition: null, ownerName: null };
    expect(alertEventTitle({ ...event, action: 'assigned', ownerName: 'Dana Khan' })).toBe('Owner changed to Dana Khan');
    expect(alertEventTitle({ ...event, action: 'assigned' })).toBe('Owner removed');
    expect(alertEventTitle({ ...event, action: 'closed', disposition: 'refer_to_psd' })).toBe('Closed: Refer to PSD for assessment');
    expect(alertEventTitle({ ...event, action: 'closed' })).toBe('Closed');
    expect(alertEventTitle({ ...event, action: 'opened' })).toBe('Alert raised');
    expect(alertEventTitle({ ...event, action: 'merged_by_admin' })).toBe('Merged by admin');
  });
});
