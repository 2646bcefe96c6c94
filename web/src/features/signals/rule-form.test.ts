import { describe, expect, it } from 'vitest';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import { ZCreateRule, ZRuleDefinition, type TRule, type TRuleDefinition } from '../../../../shared/signal-contracts.js';
import { ApiError } from '../../api/client.js';
import type { FormError } from '../../components/form-errors.js';
import { canChangeRule, readNewRule, readRuleDefinition, readRuleInput, ruleFieldFor, ruleFormDefaults, ruleFormErrors, type RuleFormDefaults } from './rule-form.js';

const none = { tags: [], standards: [], categories: [], sources: [], excludeNoCaseToAnswer: false };

// The default rules Warrant ships, as GET /api/signals/rules returns them.
const SHIPPED: TRuleDefinition[] = [
  { kind: 'count', windowMonths: 12, threshold: 3, filters: none },
  { kind: 'count', windowMonths: null, threshold: 6, filters: none },
  { kind: 'count', windowMonths: 60, threshold: 2, filters: { ...none, tags: ['sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour', 'domestic_abuse'] } },
  { kind: 'during_live_warning', warnings: ['final_written_warning'], filters: none },
  { kind: 'during_vetting_review', filters: none },
  { kind: 'list_match', lists: ['barred', 'advisory'] },
  { kind: 'peer_percentile', windowMonths: 12, percentile: 95, minAllegations: 2, filters: { ...none, standards: ['use_of_force'], sources: ['public_complaint'], excludeNoCaseToAnswer: true } },
];

function rule(definition: TRuleDefinition, forceId: string | null = null): TRule {
  return {
    id: '00000000-0000-4000-8000-000000000001', code: 'a-rule', forceId, version: 2, active: true, name: 'A rule', severity: 'high', definition,
    description: 'in words', editedAt: '2026-11-01T10:00:00.000Z', editedByName: null, reason: 'Shipped',
  };
}

/** What the editor posts for these values: each field named after its API path with dots as dashes. */
function formFor(values: Partial<Omit<RuleFormDefaults, 'kind'>> & { kind: string }, extra: Record<string, string> = {}): FormData {
  const d = { ...ruleFormDefaults(), ...values };
  const form = new FormData();
  form.set('name', d.name || 'Racism twice in two years');
  if (d.severity) form.set('severity', d.severity);
  if (d.active) form.set('active', 'true');
  form.set('reason', 'Casey Review');
  form.set('definition-kind', d.kind);
  form.set('definition-windowMonths', d.windowMonths);
  form.set('definition-threshold', d.threshold);
  form.set('definition-percentile', d.percentile);
  form.set('definition-minAllegations', d.minAllegations);
  for (const [path, values] of [['warnings', d.warnings], ['lists', d.lists], ['filters-tags', d.tags], ['filters-standards', d.standards], ['filters-categories', d.categories], ['filters-sources', d.sources]] as const) {
    for (const value of values) form.append(`definition-${path}`, value);
  }
  if (d.excludeNoCaseToAnswer) form.set('definition-filters-excludeNoCaseToAnswer', 'true');
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

function definitionFrom(form: FormData): { definition: TRuleDefinition | null; errors: FormError[] } {
  const errors: FormError[] = [];
  return { definition: readRuleDefinition(form, errors), errors };
}

describe('reading the rule editor into a definition', () => {
  it.each(SHIPPED.map((definition) => [definition.kind, definition] as const))('gives back a %s rule exactly as it was loaded into the form', (_kind, definition) => {
    const { definition: read, errors } = definitionFrom(formFor(ruleFormDefaults(rule(definition))));
    expect(errors).toEqual([]);
    expect(read).toEqual(definition);
    expect(ZRuleDefinition.parse(read)).toEqual(definition);
  });

  it('sends only the fields the kind takes, whatever else the form holds', () => {
    const { definition } = definitionFrom(formFor({ kind: 'list_match', lists: ['barred'], tags: ['racism'], threshold: '4' }));
    expect(definition).toEqual({ kind: 'list_match', lists: ['barred'] });
  });

  it('counts over the whole career when a count rule has no period', () => {
    const { definition } = definitionFrom(formFor({ kind: 'count', windowMonths: '', threshold: '6' }));
    expect(definition).toEqual({ kind: 'count', windowMonths: null, threshold: 6, filters: none });
  });

  it('leaves ranges to the server, so a negative period or a zero threshold is sent and refused there', () => {
    const { definition, errors } = definitionFrom(formFor({ kind: 'count', windowMonths: '-1', threshold: '0' }));
    expect(errors).toEqual([]);
    expect(definition).toMatchObject({ windowMonths: -1, threshold: 0 });
  });

  it('asks for what is missing or not a number, on its field', () => {
    expect(definitionFrom(formFor({ kind: 'count', threshold: '' })).errors).toEqual([{ field: 'definition.threshold', href: '#definition-threshold', message: 'Enter the threshold' }]);
    expect(definitionFrom(formFor({ kind: 'peer_percentile', windowMonths: '', percentile: 'top', minAllegations: '1.5' })).errors.map((e) => [e.field, e.message])).toEqual([
      ['definition.windowMonths', 'Enter the period in months'],
      ['definition.percentile', 'Percentile must be a number, like 95'],
      ['definition.minAllegations', 'Minimum number of allegations must be a whole number, like 2'],
    ]);
    expect(definitionFrom(formFor({ kind: 'during_live_warning', warnings: [] })).errors).toEqual([{ field: 'definition.warnings', href: '#definition-warnings', message: 'Select at least one warning' }]);
    expect(definitionFrom(formFor({ kind: 'list_match', lists: [] })).errors.map((e) => e.href)).toEqual(['#definition-lists']);
    expect(definitionFrom(formFor({ kind: 'poetry' })).errors.map((e) => e.href)).toEqual(['#definition-kind']);
  });

  it('drops a filter value the vocabulary does not have (the checkboxes only offer known ones)', () => {
    const { definition } = definitionFrom(formFor({ kind: 'during_vetting_review', tags: ['racism', 'rudeness'] }));
    expect(definition).toEqual({ kind: 'during_vetting_review', filters: { ...none, tags: ['racism'] } });
  });
});

describe('reading the whole rule', () => {
  it('reads a change: name, severity, definition, active and reason', () => {
    const parsed = readRuleInput(formFor({ kind: 'count', severity: 'medium', windowMonths: '24', threshold: '2', tags: ['racism'], active: false }));
    expect(parsed).toEqual({
      errors: [],
      request: { name: 'Racism twice in two years', severity: 'medium', active: false, reason: 'Casey Review', definition: { kind: 'count', windowMonths: 24, threshold: 2, filters: { ...none, tags: ['racism'] } } },
    });
  });

  it('reads a new national rule, and a force administrator’s rule for their force', () => {
    const national = readNewRule(formFor({ kind: 'count', severity: 'high' }, { code: 'Racism-2-In-2-Years', forceId: 'national' }), {});
    expect(national.request).toMatchObject({ code: 'racism-2-in-2-years', forceId: null });
    expect(ZCreateRule.safeParse(national.request).success).toBe(true);
    const own = readNewRule(formFor({ kind: 'count', severity: 'high' }, { code: 'mps-racism', forceId: 'national' }), { fixedForceId: 'MPS' });
    expect(own.request).toMatchObject({ forceId: 'MPS' });
  });

  it('lists every missing answer in page order', () => {
    const form = formFor({ kind: 'count', severity: undefined, threshold: '' });
    form.set('name', '');
    form.set('reason', '');
    expect(readNewRule(form, {}).errors.map((e) => e.field)).toEqual(['code', 'forceId', 'name', 'severity', 'definition.threshold', 'reason']);
  });
});

describe('server refusals on the rule editor', () => {
  it('maps the server’s paths to the form’s fields', () => {
    expect(ruleFieldFor('definition.filters.tags.0')).toBe('definition.filters.tags');
    expect(ruleFieldFor('definition.filters.sources.3')).toBe('definition.filters.sources');
    expect(ruleFieldFor('definition.threshold')).toBe('definition.threshold');
    expect(ruleFieldFor('definition.windowMonths')).toBe('definition.windowMonths');
    expect(ruleFieldFor('definition.warnings.0')).toBe('definition.warnings');
    expect(ruleFieldFor('definition')).toBe('definition.kind');
    expect(ruleFieldFor('definition.filters')).toBe('definition.filters.tags');
    expect(ruleFieldFor('definition.filters.colour')).toBe('definition.filters.tags');
    expect(ruleFieldFor('code')).toBe('code');
    expect(ruleFieldFor('body')).toBeNull();
  });

  it('puts each error on its field, in the editor’s words when the server names only the schema rule', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { path: 'definition.filters.tags.0', message: 'Invalid option: expected one of "misogyny"|"racism"' },
        { path: 'definition.filters.tags.1', message: 'Invalid option: expected one of "misogyny"|"racism"' },
        { path: 'definition.threshold', message: 'Too small: expected number to be >=1' },
        { path: 'definition.windowMonths', message: 'Too small: expected number to be >=1' },
      ],
    });
    expect(ruleFormErrors(error)).toEqual([
      { field: 'definition.filters.tags', href: '#definition-filters-tags', message: 'Select thematic tags from the list only' },
      { field: 'definition.threshold', href: '#definition-threshold', message: 'Threshold must be a whole number from 1 to 1,000' },
      { field: 'definition.windowMonths', href: '#definition-windowMonths', message: 'Period must be a whole number of months from 1 to 600' },
    ]);
  });

  it('keeps the server’s own explanation, named, when it wrote one', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'code', message: 'a rule with code mps-racism already exists' }] });
    expect(ruleFormErrors(error)).toEqual([{ field: 'code', href: '#code', message: 'Code: a rule with code mps-racism already exists' }]);
  });

  it('shows a refusal of the scope, or an error on no field, above the form', () => {
    const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN', detail: 'Only a national administrator may change a national rule' });
    expect(ruleFormErrors(forbidden)).toEqual([{ field: '_form', href: '', message: 'Only a national administrator may change a national rule' }]);
    const odd = new ApiError({ status: 400, code: 'VALIDATION_FAILED', detail: 'Invalid body', errors: [{ path: 'body', message: 'expected object' }] });
    expect(ruleFormErrors(odd)).toEqual([{ field: '_form', href: '', message: 'Invalid body' }]);
  });
});

describe('who may change a rule', () => {
  const admin = (forceId: string | null): TCurrentUser => ({
    id: '00000000-0000-4000-8000-000000000009', email: 'a@b.test', displayName: 'Admin', roles: ['system_administrator'], forceId, forceName: forceId, permissions: ['signal:rules'],
  });
  const count = SHIPPED[0] ?? { kind: 'during_vetting_review', filters: none };

  it('keeps national rules for national administrators and a force’s rules for its own (and national) administrators', () => {
    expect(canChangeRule(admin(null), rule(count, null))).toBe(true);
    expect(canChangeRule(admin('MPS'), rule(count, null))).toBe(false);
    expect(canChangeRule(admin('MPS'), rule(count, 'MPS'))).toBe(true);
    expect(canChangeRule(admin('WMP'), rule(count, 'MPS'))).toBe(false);
    expect(canChangeRule(admin(null), rule(count, 'MPS'))).toBe(true);
    expect(canChangeRule({ ...admin(null), permissions: ['signal:read'] }, rule(count, null))).toBe(false);
  });
});
