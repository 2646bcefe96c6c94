// The rule editor's form read into a rule definition, and the server's refusals put back on its fields. Each field
// is named after its API path with dots as dashes ("definition.filters.tags" is #definition-filters-tags), so a
// server error such as "definition.filters.tags.0" finds the tag checkboxes and "definition.threshold" the threshold.
import { CASE_SOURCES, IOPC_CATEGORIES, STANDARDS, THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TCreateRule, TRule, TRuleDefinition, TRuleFilters, TRuleInput } from '../../../../shared/signal-contracts.js';
import type { ApiError } from '../../api/client.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldError, fieldId, FORM_LEVEL, withLabel } from '../cases/case-form-errors.js';
import type { Parsed } from './alert-forms.js';
import { isRuleKind, isSeverity, LIST_LABELS, WARNING_LABELS, type ListKind, type RuleKind, type SignalSeverity, type WarningKind } from './signals.labels.js';

export const NATIONAL = 'national';

/** Every field of the editor by API path, with its name as an error message starts it. */
export const RULE_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Code',
  forceId: 'Scope',
  name: 'Name',
  severity: 'Severity',
  'definition.kind': 'Kind of rule',
  'definition.windowMonths': 'Period',
  'definition.threshold': 'Threshold',
  'definition.percentile': 'Percentile',
  'definition.minAllegations': 'Minimum number of allegations',
  'definition.warnings': 'Warnings',
  'definition.lists': 'Lists',
  'definition.filters.tags': 'Thematic tags',
  'definition.filters.standards': 'Standards of Professional Behaviour',
  'definition.filters.categories': 'IOPC categories',
  'definition.filters.sources': 'Sources',
  'definition.filters.excludeNoCaseToAnswer': 'No case to answer',
  active: 'Active',
  reason: 'Reason',
};

// What to say when the server refuses a field with the schema's own words ("Too small: expected number to be >=1"),
// which name the rule broken rather than what to put right.
const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  code: 'Code must be 3 to 60 lower-case letters, digits and hyphens',
  forceId: 'Select whether the rule is national or for one force',
  name: 'Name must be between 3 and 200 characters',
  severity: 'Select the severity',
  'definition.kind': 'Select the kind of rule',
  'definition.windowMonths': 'Period must be a whole number of months from 1 to 600',
  'definition.threshold': 'Threshold must be a whole number from 1 to 1,000',
  'definition.percentile': 'Percentile must be a number from 50 to 99.9',
  'definition.minAllegations': 'Minimum number of allegations must be a whole number from 1 to 100',
  'definition.warnings': 'Select at least one warning',
  'definition.lists': 'Select at least one list',
  'definition.filters.tags': 'Select thematic tags from the list only',
  'definition.filters.standards': 'Select Standards of Professional Behaviour from the list only',
  'definition.filters.categories': 'Select IOPC categories from the list only',
  'definition.filters.sources': 'Select sources from the list only',
  'definition.filters.excludeNoCaseToAnswer': 'Select whether allegations with no case to answer are left out',
  active: 'Select whether the rule is active',
  reason: 'Reason must be 2,000 characters or fewer',
};

// Paths the server may name that stand for a field of the form: a whole definition refused for its kind, the filters.
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  definition: 'definition.kind',
  'definition.filters': 'definition.filters.tags',
};

const SCHEMA_WORDING = /^(Too small|Too big|Invalid|Expected|Required)\b/i;

/** The form field (an API path) where a server error on `path` belongs, or null when the form has no such field. */
export function ruleFieldFor(path: string): string | null {
  // A list item ("definition.filters.tags.0") belongs to its checkboxes.
  let candidate = path.replace(/(\.\d+)+$/, '');
  candidate = FIELD_ALIASES[candidate] ?? candidate;
  for (;;) {
    if (Object.hasOwn(RULE_FIELD_LABELS, candidate)) return candidate;
    const cut = candidate.lastIndexOf('.');
    if (cut < 0) return null;
    candidate = FIELD_ALIASES[candidate.slice(0, cut)] ?? candidate.slice(0, cut);
  }
}

/** A server refusal of a rule as form errors, each on its field (the first error per field), in the order received. */
export function ruleFormErrors(error: ApiError): FormError[] {
  if (error.status === 403) {
    return [{ field: FORM_LEVEL, href: '', message: error.detail ?? 'You may not change this rule' }];
  }
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const field = ruleFieldFor(path);
    if (!field || errors.some((existing) => existing.field === field)) continue;
    const label = RULE_FIELD_LABELS[field] ?? field;
    const text = SCHEMA_WORDING.test(message) ? (FIELD_MESSAGES[field] ?? withLabel(label, message)) : withLabel(label, message);
    errors.push(fieldError(field, text));
  }
  if (errors.length === 0) {
    errors.push({ field: FORM_LEVEL, href: '', message: error.detail ?? 'There was a problem with the rule. Check it and try again' });
  }
  return errors;
}

const listOf = <T extends string>(form: FormData, path: string, values: readonly T[]): T[] =>
  form.getAll(fieldId(path)).filter((value): value is T => typeof value === 'string' && (values as readonly string[]).includes(value));

type NumberRule = { path: string; required?: string; decimal?: boolean; wrong: string };

/** A number as typed; ranges are the server's to check, so its refusal lands on this field with the allowed range. */
function readNumber(form: FormData, errors: FormError[], { path, required, decimal, wrong }: NumberRule): number | null {
  const raw = formString(form, fieldId(path)).replaceAll(',', '');
  if (raw === '') {
    if (required) errors.push(fieldError(path, required));
    return null;
  }
  if (!(decimal ? /^-?\d+(\.\d+)?$/ : /^-?\d+$/).test(raw)) {
    errors.push(fieldError(path, wrong));
    return null;
  }
  return Number(raw);
}

function readFilters(form: FormData): TRuleFilters {
  return {
    tags: listOf(form, 'definition.filters.tags', THEMATIC_TAGS),
    standards: listOf(form, 'definition.filters.standards', STANDARDS),
    categories: listOf(form, 'definition.filters.categories', IOPC_CATEGORIES),
    sources: listOf(form, 'definition.filters.sources', CASE_SOURCES),
    excludeNoCaseToAnswer: formString(form, fieldId('definition.filters.excludeNoCaseToAnswer')) === 'true',
  };
}

const WARNINGS = Object.keys(WARNING_LABELS).filter((key): key is WarningKind => Object.hasOwn(WARNING_LABELS, key));
const LISTS = Object.keys(LIST_LABELS).filter((key): key is ListKind => Object.hasOwn(LIST_LABELS, key));

/** The definition the form describes, with only the fields its kind takes (the server refuses any other). */
export function readRuleDefinition(form: FormData, errors: FormError[]): TRuleDefinition | null {
  const kind = formString(form, fieldId('definition.kind'));
  if (!isRuleKind(kind)) {
    errors.push(fieldError('definition.kind', 'Select the kind of rule'));
    return null;
  }
  const before = errors.length;
  const months = (required?: string) =>
    readNumber(form, errors, { path: 'definition.windowMonths', required, wrong: 'Period must be a whole number of months, like 12' });
  switch (kind) {
    case 'count': {
      const windowMonths = months();
      const threshold = readNumber(form, errors, { path: 'definition.threshold', required: 'Enter the threshold', wrong: 'Threshold must be a whole number, like 3' });
      if (errors.length > before || threshold === null) return null;
      return { kind, windowMonths, threshold, filters: readFilters(form) };
    }
    case 'peer_percentile': {
      const windowMonths = months('Enter the period in months');
      const percentile = readNumber(form, errors, { path: 'definition.percentile', required: 'Enter the percentile', decimal: true, wrong: 'Percentile must be a number, like 95' });
      const minAllegations = readNumber(form, errors, {
        path: 'definition.minAllegations', required: 'Enter the minimum number of allegations', wrong: 'Minimum number of allegations must be a whole number, like 2',
      });
      if (errors.length > before || windowMonths === null || percentile === null || minAllegations === null) return null;
      return { kind, windowMonths, percentile, minAllegations, filters: readFilters(form) };
    }
    case 'during_live_warning': {
      const warnings = listOf(form, 'definition.warnings', WARNINGS);
      if (warnings.length === 0) {
        errors.push(fieldError('definition.warnings', 'Select at least one warning'));
        return null;
      }
      return { kind, warnings, filters: readFilters(form) };
    }
    case 'during_vetting_review':
      return { kind, filters: readFilters(form) };
    case 'list_match': {
      const lists = listOf(form, 'definition.lists', LISTS);
      if (lists.length === 0) {
        errors.push(fieldError('definition.lists', 'Select at least one list'));
        return null;
      }
      return { kind, lists };
    }
  }
}

/** Name, severity, definition, active and reason: what every version of a rule records. */
export function readRuleInput(form: FormData): Parsed<TRuleInput> {
  const errors: FormError[] = [];
  const name = formString(form, 'name');
  if (!name) errors.push(fieldError('name', 'Enter a name for the rule'));
  const severity = formString(form, 'severity');
  if (!isSeverity(severity)) errors.push(fieldError('severity', 'Select the severity'));
  const definition = readRuleDefinition(form, errors);
  const active = formString(form, 'active') === 'true';
  const reason = formString(form, 'reason');
  if (!reason) errors.push(fieldError('reason', 'Enter why the rule is being added or changed'));
  if (errors.length > 0 || !definition || !isSeverity(severity)) return { request: null, errors };
  return { request: { name, severity, definition, active, reason }, errors: [] };
}

/**
 * A new rule: the code and scope, then everything a version records. A force administrator's rules are their
 * force's (`fixedForceId`); a national administrator chooses national or one force.
 */
export function readNewRule(form: FormData, { fixedForceId }: { fixedForceId?: string }): Parsed<TCreateRule> {
  const errors: FormError[] = [];
  const code = formString(form, 'code').toLowerCase();
  if (!code) errors.push(fieldError('code', 'Enter a code for the rule'));
  const scope = fixedForceId ?? formString(form, 'forceId');
  if (!scope) errors.push(fieldError('forceId', 'Select whether the rule is national or for one force'));
  const rest = readRuleInput(form);
  // Page order: code and scope come first on the form.
  const all = [...errors, ...rest.errors];
  if (all.length > 0 || !rest.request) return { request: null, errors: all };
  return { request: { code, forceId: scope === NATIONAL ? null : scope, ...rest.request }, errors: [] };
}

/** The values the editor starts with: the rule's current version, or a new count rule. */
export type RuleFormDefaults = {
  kind: RuleKind;
  name: string;
  severity: SignalSeverity | undefined;
  active: boolean;
  windowMonths: string;
  threshold: string;
  percentile: string;
  minAllegations: string;
  warnings: string[];
  lists: string[];
  tags: string[];
  standards: string[];
  categories: string[];
  sources: string[];
  excludeNoCaseToAnswer: boolean;
};

export function ruleFormDefaults(rule?: TRule): RuleFormDefaults {
  const blank: RuleFormDefaults = {
    kind: 'count', name: '', severity: undefined, active: true, windowMonths: '12', threshold: '3', percentile: '95', minAllegations: '2',
    warnings: ['final_written_warning'], lists: ['barred', 'advisory'], tags: [], standards: [], categories: [], sources: [], excludeNoCaseToAnswer: false,
  };
  if (!rule) return blank;
  const d = rule.definition;
  const filters = 'filters' in d ? d.filters : null;
  return {
    ...blank,
    kind: d.kind,
    name: rule.name,
    severity: rule.severity,
    active: rule.active,
    windowMonths: 'windowMonths' in d ? (d.windowMonths === null ? '' : String(d.windowMonths)) : blank.windowMonths,
    threshold: d.kind === 'count' ? String(d.threshold) : blank.threshold,
    percentile: d.kind === 'peer_percentile' ? String(d.percentile) : blank.percentile,
    minAllegations: d.kind === 'peer_percentile' ? String(d.minAllegations) : blank.minAllegations,
    warnings: d.kind === 'during_live_warning' ? [...d.warnings] : blank.warnings,
    lists: d.kind === 'list_match' ? [...d.lists] : blank.lists,
    tags: filters ? [...filters.tags] : [],
    standards: filters ? [...filters.standards] : [],
    categories: filters ? [...filters.categories] : [],
    sources: filters ? [...filters.sources] : [],
    excludeNoCaseToAnswer: filters?.excludeNoCaseToAnswer ?? false,
  };
}

/** National rules are kept by national administrators (no force); a force's rules by its own administrators too. */
export function canChangeRule(user: TCurrentUser, rule: Pick<TRule, 'forceId'>): boolean {
  if (!user.permissions.includes('signal:rules')) return false;
  if (rule.forceId === null) return user.forceId === null;
  return user.forceId === null || user.forceId === rule.forceId;
}

/** Whether the kind counts allegations through filters (a list match does not). */
export function hasFilters(kind: RuleKind): boolean {
  return kind !== 'list_match';
}
