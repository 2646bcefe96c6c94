// Validation of one CSV row of each dataset table (zod, with the vocabularies the API uses), turning the
// text of the file into the values to store. Rows that fail are reported field by field, never stored.
import { z } from 'zod';
import {
  CASE_SOURCES, CASE_TO_ANSWER_DECISIONS, INVESTIGATION_TYPES, IOPC_CATEGORIES, OUTCOMES, PROCEEDINGS_FORMS, RESTRICTION_KINDS, SEVERITIES, STANDARDS, THEMATIC_TAGS,
} from '../../../shared/case-vocabulary.js';
import { ZPostcode } from '../../../shared/contracts.js';
import { ROLES } from '../../../shared/roles.js';
import { ADDRESS_SOURCES, EMPLOYMENT_ROLES, ETHNIC_GROUPS, LEAVING_REASONS, NAME_KINDS, SEXES } from '../../../shared/vocabulary.js';
import {
  ADVERSE_CATEGORIES, ADVERSE_DISPOSALS, APPLICATION_KINDS, APPLICATION_STATES, CHECK_RESULTS, CHECK_TYPES, DECISION_OUTCOMES, PREFILLED_CHECKS,
  REVIEW_STATES, REVIEW_TRIGGERS,
} from '../../../shared/vetting-vocabulary.js';
import { SUBJECT_STATES } from '../cases/workflow.js';
import { parsePgArray, pgArrayLiteral } from './csv.js';
import { DATASET_TABLES, type DatasetTable } from './dataset-tables.js';

export type RowIssue = { field: string; reason: string };
export type RowResult = { ok: true; values: (string | null)[] } | { ok: false; issues: RowIssue[] };
type Cell = string | null;

const ENUMS: Partial<Record<`${DatasetTable}.${string}`, readonly string[]>> = {
  'person.sex': SEXES,
  'person_name.kind': NAME_KINDS,
  'person_characteristic.ethnicity': ETHNIC_GROUPS,
  'person_address.source': ADDRESS_SOURCES,
  'employment.role': EMPLOYMENT_ROLES,
  'employment.leaving_reason': LEAVING_REASONS,
  'misconduct_case.source': CASE_SOURCES,
  'case_subject.state': SUBJECT_STATES,
  'case_subject.severity': SEVERITIES,
  'case_subject.investigation_type': INVESTIGATION_TYPES,
  'case_subject.case_to_answer': CASE_TO_ANSWER_DECISIONS,
  'case_subject.proceedings_form': PROCEEDINGS_FORMS,
  'case_subject.outcome': OUTCOMES,
  'case_event.from_state': SUBJECT_STATES,
  'case_event.to_state': SUBJECT_STATES,
  'allegation.standard': STANDARDS,
  'allegation.iopc_category': IOPC_CATEGORIES,
  'subject_restriction.kind': RESTRICTION_KINDS,
  'list_report.list': ['barred', 'advisory'],
  'list_entry.list': ['barred', 'advisory'],
  'list_entry.source': ['warrant', 'import'],
  'vetting_application.kind': APPLICATION_KINDS,
  'vetting_application.state': APPLICATION_STATES,
  'vetting_application.outcome': DECISION_OUTCOMES,
  'vetting_check.check_type': CHECK_TYPES,
  'vetting_check.result': CHECK_RESULTS,
  'vetting_adverse_item.category': ADVERSE_CATEGORIES,
  'vetting_adverse_item.disposal': ADVERSE_DISPOSALS,
  'vetting_clearance.status': ['active', 'withdrawn', 'superseded'],
  'vetting_review.trigger': REVIEW_TRIGGERS,
  'vetting_review.state': REVIEW_STATES,
};

const STATES_WITH_OUTCOME = new Set(['outcome_recorded', 'under_appeal', 'closed']);

const ZBool = z.enum(['true', 'false', 't', 'f'], { message: 'must be true or false' }).transform((v) => (v[0] === 't' ? 't' : 'f'));
const ZTags = z.string().transform((text, ctx) => {
  const items = parsePgArray(text);
  if (items === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a list like {racism,misogyny}' });
    return z.NEVER;
  }
  const unknown = items.filter((t) => !(THEMATIC_TAGS as readonly string[]).includes(t));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `unknown thematic tag ${unknown.join(', ')}` });
    return z.NEVER;
  }
  return pgArrayLiteral([...new Set(items)]);
});
const ZTextList = z.string().transform((text, ctx) => {
  const items = parsePgArray(text);
  if (items === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a list like {Smith,Jones}' });
    return z.NEVER;
  }
  return pgArrayLiteral(items);
});
const ZJsonObject = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return text;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
  return z.NEVER;
});

function columnSchema(table: DatasetTable, name: string, kind: string, forceIds: ReadonlySet<string>): z.ZodType<string, string> {
  const values = ENUMS[`${table}.${name}`];
  let schema: z.ZodType<string, string>;
  if (name === 'force_id') schema = z.string().refine((f) => forceIds.has(f), { message: 'unknown force code' });
  else if (table === 'person_address' && name === 'postcode') schema = ZPostcode;
  else if (values) schema = z.enum(values as [string, ...string[]], { message: `must be one of ${values.join(', ')}` });
  else if (kind === 'uuid') schema = z.uuid({ message: 'must be a UUID' });
  else if (kind === 'date') schema = z.iso.date({ message: 'must be a real date, YYYY-MM-DD' });
  else if (kind === 'timestamp') schema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });
  else if (kind === 'bool') schema = ZBool;
  else if (kind === 'int') schema = z.string().regex(/^-?\d{1,9}$/, { message: 'must be a whole number' });
  else if (kind === 'text[]') schema = name === 'tags' ? ZTags : ZTextList;
  else if (table === 'list_entry' && name === 'date_of_birth') schema = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, { message: 'must be YYYY-MM-DD or YYYY' });
  else if (kind === 'jsonb') schema = ZJsonObject;
  else schema = z.string().min(1, { message: 'must not be empty' }).max(10_000, { message: 'is longer than 10,000 characters' });
  return schema;
}

type Rule = (row: Record<string, Cell>, add: (field: string, reason: string) => void, today: string) => void;

const notBefore = (row: Record<string, Cell>, add: (field: string, reason: string) => void, later: string, earlier: string): void => {
  const a = row[later];
  const b = row[earlier];
  if (a && b && a < b) add(later, `must not be before ${earlier} (${b})`);
};

// Dates in order, and fields that only make sense together.
const RULES: Partial<Record<DatasetTable, Rule>> = {
  person: (row, add, today) => {
    const dob = row.date_of_birth;
    if (dob && (dob < '1900-01-01' || dob > today)) add('date_of_birth', 'must be between 1900-01-01 and today');
  },
  person_address: (row, add, today) => {
    notBefore(row, add, 'to_date', 'from_date');
    if (row.from_date && row.from_date > today) add('from_date', 'must not be in the future');
  },
  employment: (row, add) => {
    notBefore(row, add, 'end_date', 'start_date');
    if (row.end_date && !row.leaving_reason) add('leaving_reason', 'is required when end_date is set');
    if (!row.end_date && row.leaving_reason) add('end_date', 'is required when leaving_reason is set');
  },
  misconduct_case: (row, add, today) => {
    if (row.received_on && row.received_on > today) add('received_on', 'must not be in the future');
  },
  case_subject: (row, add) => {
    if (row.outcome && row.state && !STATES_WITH_OUTCOME.has(row.state)) add('outcome', `is only recorded from outcome_recorded on; the state is ${row.state}`);
    if (row.outcome && !row.outcome_on) add('outcome_on', 'is required with an outcome');
    notBefore(row, add, 'outcome_on', 'proceedings_on');
    notBefore(row, add, 'regulation_17_response_due', 'regulation_17_served_on');
  },
  allegation: () => {},
  list_entry: (row, add) => {
    notBefore(row, add, 'review_eligible_on', 'decided_on');
    notBefore(row, add, 'removed_on', 'decided_on');
    if (row.source === 'warrant' && !row.source_report_id) add('source_report_id', 'is required for an entry made by Warrant');
    if (row.source === 'import' && !row.import_key) add('import_key', 'is required for an imported entry');
  },
  subject_restriction: (row, add) => {
    notBefore(row, add, 'review_on', 'decided_on');
    notBefore(row, add, 'ended_on', 'decided_on');
  },
  app_user: (row, add) => {
    const unknown = (parsePgArray(row.roles ?? '') ?? []).filter((r) => !(ROLES as readonly string[]).includes(r));
    if (unknown.length > 0) add('roles', `unknown role ${unknown.join(', ')}; roles: ${ROLES.join(', ')}`);
    // An imported account records who did what; it must never be a way in (it has no password or sign-in either).
    if (row.disabled !== 't') add('disabled', 'must be true: imported accounts cannot sign in');
  },
  vetting_application: (row, add, today) => {
    if (row.opened_on && row.opened_on > today) add('opened_on', 'must not be in the future');
    notBefore(row, add, 'decided_on', 'opened_on');
    notBefore(row, add, 'approved_on', 'decided_on');
    notBefore(row, add, 'appeal_due_by', 'decided_on');
    const decided = row.outcome !== null;
    const undecidedState = row.state === 'checks_in_progress' || row.state === 'withdrawn_by_applicant';
    if (decided) for (const field of ['decided_by', 'decided_on', 'rationale']) if (!row[field]) add(field, 'is required with an outcome');
    if (!decided && !undecidedState) add('outcome', `is required in state ${row.state ?? ''}`);
    if (decided && undecidedState) add('outcome', `is not recorded in state ${row.state ?? ''}`);
    if (row.outcome === 'granted_with_conditions' && (!row.conditions || row.conditions === '{}' || !row.conditions_review_on)) add('conditions', 'a grant with conditions records them and their review date');
    if (row.conditions_review_on && row.decided_on && row.conditions_review_on <= row.decided_on) add('conditions_review_on', 'must be after the decision');
    if (row.approved_by && row.approved_by === row.decided_by) add('approved_by', 'must not be the decider');
  },
  vetting_check: (row, add) => {
    if (row.result === 'not_completed' && !row.reason) add('reason', 'is required when the check could not be completed');
    if (row.prefilled === 't' && !(PREFILLED_CHECKS as readonly string[]).includes(row.check_type ?? '')) add('prefilled', `only ${PREFILLED_CHECKS.join(' and ')} are filled in from Warrant's records`);
  },
  vetting_clearance: (row, add) => {
    notBefore(row, add, 'expires_on', 'granted_on');
    notBefore(row, add, 'ended_on', 'granted_on');
    if (row.status !== 'active' && !row.ended_on) add('ended_on', `is required when the status is ${row.status}`);
    if (row.status === 'active' && row.ended_on) add('ended_on', 'is only set when the clearance has ended');
  },
  vetting_review: (row, add, today) => {
    if (row.opened_on && row.opened_on > today) add('opened_on', 'must not be in the future');
    notBefore(row, add, 'notice_served_on', 'opened_on');
    notBefore(row, add, 'representations_due', 'notice_served_on');
    notBefore(row, add, 'representations_received_on', 'notice_served_on');
    notBefore(row, add, 'decided_on', 'opened_on');
    notBefore(row, add, 'hr_action_recorded_on', 'decided_on');
  },
  vetting_event: (row, add) => {
    if ((row.application_id === null) === (row.review_id === null)) add('application_id', 'exactly one of application_id and review_id is set');
  },
  integrity_review: (row, add, today) => {
    if (row.completed_on && row.completed_on > today) add('completed_on', 'must not be in the future');
  },
};

export type RowValidator = (cells: readonly Cell[]) => RowResult;

/** A validator for rows of `table` laid out as `header` (the file's own column order). */
export function rowValidator(table: DatasetTable, header: readonly string[], forceIds: ReadonlySet<string>, today: string): RowValidator {
  const columns = DATASET_TABLES[table];
  const shape: Record<string, z.ZodType<Cell, Cell>> = {};
  for (const col of columns) {
    const column = columnSchema(table, col.name, col.kind, forceIds);
    shape[col.name] = col.nullable ? column.nullable() : (column as z.ZodType<Cell, Cell>);
  }
  const schema = z.object(shape);
  const positions = columns.map((col) => header.indexOf(col.name));
  const rule = RULES[table];
  return (cells) => {
    const input: Record<string, Cell> = {};
    columns.forEach((col, i) => {
      input[col.name] = cells[positions[i] ?? -1] ?? null;
    });
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue) => {
          const field = String(issue.path[0] ?? '');
          // A missing value of a required column is reported as such, not as "expected string, received null".
          return { field, reason: input[field] === null ? 'is required' : issue.message };
        }),
      };
    }
    const row = parsed.data as Record<string, Cell>;
    const issues: RowIssue[] = [];
    rule?.(row, (field, reason) => issues.push({ field, reason }), today);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, values: columns.map((col) => row[col.name] ?? null) };
  };
}
