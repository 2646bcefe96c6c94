import { describe, expect, it } from 'vitest';
import { DISPOSITION_LABELS as SHARED_DISPOSITION_LABELS, DISPOSITIONS, SIGNAL_SEVERITIES, ZRuleDefinition } from '../../../../shared/signal-contracts.js';
import { DISPOSITION_LABELS, RULE_KIND_HINTS, RULE_KIND_LABELS, SEVERITY_LABELS } from './signals.labels.js';

describe('early-warning labels', () => {
  it('names the dispositions exactly as the shared contract does', () => {
    expect(DISPOSITION_LABELS).toEqual(SHARED_DISPOSITION_LABELS);
    expect(Object.keys(DISPOSITION_LABELS)).toEqual([...DISPOSITIONS]);
  });

  it('has a label for every severity and every kind of rule', () => {
    expect(Object.keys(SEVERITY_LABELS).sort()).toEqual([...SIGNAL_SEVERITIES].sort());
    const kinds = ZRuleDefinition.options.map((option) => option.shape.kind.value).sort();
    expect(Object.keys(RULE_KIND_LABELS).sort()).toEqual(kinds);
    expect(Object.keys(RULE_KIND_HINTS).sort()).toEqual(kinds);
  });
});
