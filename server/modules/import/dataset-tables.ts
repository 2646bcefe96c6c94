// The CSV layout of a Warrant dataset: one file per table (`<table>.csv`), a header row with these columns
// in this order, RFC 4180 quoting. Values are written the way PostgreSQL's `COPY … (FORMAT csv)` reads them,
// so the same files load with a plain COPY too: an empty unquoted field is NULL, a quoted "" is an empty
// string; booleans true/false; dates YYYY-MM-DD; timestamps ISO 8601 UTC; text[] as {a,b}; jsonb as JSON.
// Tables are listed in load order (parents before the rows that reference them).

export type ColumnKind = 'uuid' | 'text' | 'date' | 'timestamp' | 'bool' | 'int' | 'text[]' | 'jsonb';
export type Column = { name: string; kind: ColumnKind; nullable: boolean };

const c = (name: string, kind: ColumnKind, nullable = false): Column => ({ name, kind, nullable });

export const DATASET_TABLES = {
  person: [c('id', 'uuid'), c('given_names', 'text'), c('family_name', 'text'), c('date_of_birth', 'date', true), c('sex', 'text')],
  person_name: [c('id', 'uuid'), c('person_id', 'uuid'), c('kind', 'text'), c('given_names', 'text'), c('family_name', 'text'), c('normalized', 'text')],
  person_characteristic: [c('person_id', 'uuid'), c('ethnicity', 'text')],
  person_address: [c('id', 'uuid'), c('person_id', 'uuid'), c('postcode', 'text'), c('from_date', 'date'), c('to_date', 'date', true), c('source', 'text'), c('created_at', 'timestamp')],
  employment: [
    c('id', 'uuid'), c('person_id', 'uuid'), c('force_id', 'text'), c('role', 'text'), c('rank', 'text', true), c('collar_number', 'text', true),
    c('start_date', 'date'), c('end_date', 'date', true), c('leaving_reason', 'text', true),
  ],
  misconduct_case: [
    c('id', 'uuid'), c('force_id', 'text'), c('reference', 'text'), c('source', 'text'), c('restricted', 'bool'), c('summary', 'text'),
    c('received_on', 'date'), c('created_at', 'timestamp'), c('updated_at', 'timestamp'),
  ],
  case_subject: [
    c('id', 'uuid'), c('case_id', 'uuid'), c('force_id', 'text'), c('person_id', 'uuid'), c('state', 'text'), c('state_entered_at', 'timestamp'),
    c('severity', 'text', true), c('iopc_referred', 'bool', true), c('investigation_type', 'text', true), c('regulation_17_served_on', 'date', true),
    c('regulation_17_response_due', 'date', true), c('case_to_answer', 'text', true), c('proceedings_form', 'text', true), c('proceedings_on', 'date', true),
    c('outcome', 'text', true), c('outcome_on', 'date', true), c('live_until', 'date', true), c('former_officer', 'bool'),
  ],
  allegation: [
    c('id', 'uuid'), c('case_id', 'uuid'), c('subject_id', 'uuid'), c('force_id', 'text'), c('description', 'text'), c('occurred_on', 'date', true),
    c('place', 'text', true), c('standard', 'text'), c('iopc_category', 'text'), c('tags', 'text[]'), c('tag_definitions_version', 'int'),
    c('case_to_answer', 'bool', true),
  ],
  case_event: [
    c('id', 'uuid'), c('case_id', 'uuid'), c('subject_id', 'uuid', true), c('force_id', 'text'), c('action', 'text'), c('from_state', 'text', true),
    c('to_state', 'text', true), c('decided_on', 'date'), c('rationale', 'text', true), c('data', 'jsonb', true), c('history_acknowledged', 'bool'),
    c('created_at', 'timestamp'),
  ],
  subject_restriction: [
    c('id', 'uuid'), c('case_id', 'uuid'), c('subject_id', 'uuid'), c('force_id', 'text'), c('kind', 'text'), c('conditions', 'text'),
    c('decided_on', 'date'), c('review_on', 'date'), c('ended_on', 'date', true),
  ],
  list_report: [
    c('id', 'uuid'), c('case_id', 'uuid'), c('subject_id', 'uuid'), c('person_id', 'uuid'), c('force_id', 'text'), c('list', 'text'),
    c('due_on', 'date'), c('details', 'jsonb'), c('submitted_on', 'date', true), c('created_at', 'timestamp'),
  ],
  list_entry: [
    c('id', 'uuid'), c('list', 'text'), c('jurisdiction', 'text'), c('person_id', 'uuid', true), c('given_names', 'text'), c('family_name', 'text'),
    c('other_family_names', 'text[]'), c('date_of_birth', 'text', true), c('last_force', 'text', true), c('role', 'text', true), c('reason', 'text'),
    c('decided_on', 'date'), c('source', 'text'), c('source_case_id', 'uuid', true), c('source_report_id', 'uuid', true), c('import_key', 'text', true),
    c('review_eligible_on', 'date', true), c('removed_on', 'date', true), c('removal_reason', 'text', true),
  ],
  list_entry_key: [c('entry_id', 'uuid'), c('key', 'text')],
  // Vetting (migration 0009). The users who opened, decided and approved come first: the vetting rows name them.
  // Imported accounts are disabled and carry no credentials (row-schemas.ts): they record who did what.
  app_user: [c('id', 'uuid'), c('email', 'text'), c('display_name', 'text'), c('roles', 'text[]'), c('force_id', 'text', true), c('disabled', 'bool'), c('created_at', 'timestamp')],
  vetting_application: [
    c('id', 'uuid'), c('reference', 'text'), c('force_id', 'text'), c('person_id', 'uuid'), c('level', 'text'), c('kind', 'text'), c('state', 'text'),
    c('opened_by', 'uuid'), c('opened_on', 'date'), c('transferee_checklist', 'jsonb'), c('outcome', 'text', true), c('decided_by', 'uuid', true),
    c('decided_on', 'date', true), c('rationale', 'text', true), c('rebuttal', 'text', true), c('conditions', 'text[]', true), c('conditions_review_on', 'date', true),
    c('approved_by', 'uuid', true), c('approved_on', 'date', true), c('appeal_due_by', 'date', true), c('version', 'int'), c('created_at', 'timestamp'),
  ],
  vetting_check: [
    c('id', 'uuid'), c('application_id', 'uuid'), c('force_id', 'text'), c('check_type', 'text'), c('result', 'text'), c('reason', 'text', true), c('notes', 'text', true),
    c('recorded_by', 'uuid', true), c('recorded_at', 'timestamp'), c('prefilled', 'bool'), c('detail', 'jsonb', true),
  ],
  vetting_adverse_item: [
    c('id', 'uuid'), c('application_id', 'uuid'), c('force_id', 'text'), c('category', 'text'), c('disposal', 'text'), c('occurred_on', 'date', true), c('source', 'text'),
    c('description', 'text'), c('weighing', 'text', true), c('created_by', 'uuid'), c('created_at', 'timestamp'),
  ],
  vetting_clearance: [
    c('id', 'uuid'), c('person_id', 'uuid'), c('force_id', 'text'), c('level', 'text'), c('application_id', 'uuid', true), c('granted_on', 'date'), c('expires_on', 'date', true),
    c('conditions', 'text[]'), c('conditions_review_on', 'date', true), c('status', 'text'), c('ended_on', 'date', true), c('created_at', 'timestamp'),
  ],
  vetting_review: [
    c('id', 'uuid'), c('clearance_id', 'uuid'), c('person_id', 'uuid'), c('force_id', 'text'), c('trigger', 'text'), c('trigger_case_id', 'uuid', true), c('trigger_detail', 'text'),
    c('opened_on', 'date'), c('state', 'text'), c('notice_served_on', 'date', true), c('representations_due', 'date', true), c('representations_received_on', 'date', true),
    c('decided_by', 'uuid', true), c('decided_on', 'date', true), c('rationale', 'text', true), c('hr_action_required', 'bool'), c('hr_action_recorded_on', 'date', true),
    c('version', 'int'), c('created_at', 'timestamp'),
  ],
  vetting_event: [
    c('id', 'uuid'), c('force_id', 'text'), c('application_id', 'uuid', true), c('review_id', 'uuid', true), c('action', 'text'), c('actor_id', 'uuid', true),
    c('acted_on', 'date'), c('rationale', 'text', true), c('data', 'jsonb', true), c('created_at', 'timestamp'),
  ],
  integrity_review: [
    c('id', 'uuid'), c('person_id', 'uuid'), c('force_id', 'text'), c('completed_on', 'date'), c('declarations', 'jsonb'), c('supervisor_appraisal', 'text'),
    c('concerns_raised', 'bool'), c('recorded_by', 'uuid'), c('created_at', 'timestamp'),
  ],
} as const satisfies Record<string, readonly Column[]>;

export type DatasetTable = keyof typeof DATASET_TABLES;
export const DATASET_TABLE_NAMES = Object.keys(DATASET_TABLES) as DatasetTable[];

/** The columns whose values identify a row (the primary key; they make re-imports idempotent). */
export const KEY_COLUMNS: Record<DatasetTable, readonly string[]> = {
  person: ['id'], person_name: ['id'], person_characteristic: ['person_id'], person_address: ['id'], employment: ['id'], misconduct_case: ['id'], case_subject: ['id'],
  allegation: ['id'], case_event: ['id'], subject_restriction: ['id'], list_report: ['id'], list_entry: ['id'], list_entry_key: ['entry_id', 'key'],
  app_user: ['id'], vetting_application: ['id'], vetting_check: ['id'], vetting_adverse_item: ['id'], vetting_clearance: ['id'], vetting_review: ['id'],
  vetting_event: ['id'], integrity_review: ['id'],
};

export type CsvValue = string | number | boolean | null | readonly string[] | Record<string, unknown>;
export type DatasetRow = Record<string, CsvValue>;

export const columnNames = (table: DatasetTable): string[] => DATASET_TABLES[table].map((col) => col.name);
export const csvFileName = (table: DatasetTable): string => `${table}.csv`;
