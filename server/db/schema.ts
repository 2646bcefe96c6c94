// The Drizzle schema. Every row that belongs to a force carries force_id, so the schema can later be
// sharded by force (docs/deployment.md). Migrations are generated from this file by drizzle-kit and
// checked in under server/db/migrations; never edit a migration that has landed.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const forces = pgTable('force', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['territorial', 'national'] }).notNull(),
  jurisdiction: text('jurisdiction').notNull(),
});

export const people = pgTable('person', {
  id: uuid('id').primaryKey().defaultRandom(),
  givenNames: text('given_names').notNull(),
  familyName: text('family_name').notNull(),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  sex: text('sex', { enum: ['female', 'male', 'not_recorded'] }).notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('person_dob_idx').on(t.dateOfBirth)]);

// Current, previous and alias names; `normalized` is lower-case, accent-free "given family" for search.
export const personNames = pgTable('person_name', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['current', 'previous', 'alias'] }).notNull(),
  givenNames: text('given_names').notNull(),
  familyName: text('family_name').notNull(),
  normalized: text('normalized').notNull(),
}, (t) => [index('person_name_person_idx').on(t.personId), index('person_name_normalized_idx').on(t.normalized)]);

// Where the person has lived, by postcode, as HR records it and as vetting applications declare it (the
// identity and address history check). Postcodes only: enough to tell one person from a namesake, and no more
// than that needs. `to_date` null: the current address.
export const personAddresses = pgTable('person_address', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  postcode: text('postcode').notNull(),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }),
  source: text('source', { enum: ['hr_record', 'vetting_declaration'] }).notNull(),
  createdAt: createdAt(),
}, (t) => [index('person_address_person_idx').on(t.personId, t.fromDate)]);

// Special-category data, kept apart from the person so no person query can reach it by accident.
// Readable only in aggregate (analysts) and by auditors.
export const personCharacteristics = pgTable('person_characteristic', {
  personId: uuid('person_id').primaryKey().references(() => people.id, { onDelete: 'cascade' }),
  ethnicity: text('ethnicity', { enum: ['asian', 'black', 'mixed', 'white', 'other', 'not_stated'] }).notNull(),
  recordedAt: createdAt(),
});

export const employments = pgTable('employment', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  role: text('role', { enum: ['police_officer', 'police_staff', 'special_constable', 'pcso', 'volunteer', 'contractor'] }).notNull(),
  rank: text('rank'),
  collarNumber: text('collar_number'),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  leavingReason: text('leaving_reason', {
    enum: ['resigned', 'retired', 'dismissed', 'transferred', 'vetting_withdrawn', 'died', 'end_of_contract', 'other'],
  }),
}, (t) => [
  index('employment_person_idx').on(t.personId),
  index('employment_force_idx').on(t.forceId, t.startDate),
  index('employment_collar_idx').on(t.collarNumber),
]);

// A login. password_hash is null for accounts that sign in through the force's identity provider (OIDC):
// oidc_issuer + oidc_subject then identify the account.
export const users = pgTable('app_user', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash'),
  oidcIssuer: text('oidc_issuer'),
  oidcSubject: text('oidc_subject'),
  roles: text('roles').array().notNull(),
  forceId: text('force_id').references(() => forces.id),
  personId: uuid('person_id').references(() => people.id),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('app_user_email_idx').on(sql`lower(${t.email})`),
  uniqueIndex('app_user_oidc_idx').on(t.oidcIssuer, t.oidcSubject),
]);

// Server-side sessions. id is the sha256 of the cookie token, so a leaked table cannot be replayed.
export const sessions = pgTable('session', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('session_user_idx').on(t.userId)]);

// A sign-in through the force's identity provider that has started but not yet come back: the PKCE
// verifier and nonce stay on the server; the browser holds only the state in a short-lived cookie.
export const oidcLogins = pgTable('oidc_login', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: createdAt(),
});

// ---- Complaints and misconduct cases (server/modules/cases) ----

// A complaint, conduct matter or report, owned by one force (its appropriate authority).
export const cases = pgTable('misconduct_case', {
  id: uuid('id').primaryKey().defaultRandom(),
  forceId: text('force_id').notNull().references(() => forces.id),
  reference: text('reference').notNull(),
  source: text('source', { enum: ['public_complaint', 'conduct_matter', 'whistleblower', 'integrity_line', 'iopc_referral_back', 'data_wash'] }).notNull(),
  // Counter-corruption cases: invisible (404) to every other role, in every listing, count and search.
  restricted: boolean('restricted').notNull().default(false),
  summary: text('summary').notNull(),
  // The day the matter reached the appropriate authority: the 12-month investigation clock starts here.
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  investigatorId: uuid('investigator_id').references(() => users.id),
  complainantReview: jsonb('complainant_review').$type<{ body: 'local_policing_body' | 'iopc'; requestedOn: string; outcome: string | null; decidedOn: string | null }>(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // Every thematic tag on any of the case's allegations (sorted, distinct): the case list filters and counts by
  // tag on one row per case. Kept by triggers on allegation (migration 0015), so every writer keeps it right.
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
}, (t) => [
  uniqueIndex('misconduct_case_reference_idx').on(t.forceId, t.reference),
  index('misconduct_case_force_idx').on(t.forceId, t.receivedOn),
  index('misconduct_case_tags_idx').using('gin', t.tags),
]);

// Complainants and witnesses: the minimum to contact them, readable only by those working the case.
export const caseParties = pgTable('case_party', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  kind: text('kind', { enum: ['complainant', 'witness'] }).notNull(),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  accessibilityNeeds: text('accessibility_needs'),
  createdAt: createdAt(),
}, (t) => [index('case_party_case_idx').on(t.caseId)]);

// One person's matter within a case, with its own place in the workflow (server/modules/cases/workflow.ts).
export const caseSubjects = pgTable('case_subject', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  state: text('state').notNull(),
  stateEnteredAt: timestamp('state_entered_at', { withTimezone: true }).notNull().defaultNow(),
  severity: text('severity', { enum: ['no_further_action', 'practice_requiring_improvement', 'misconduct', 'gross_misconduct'] }),
  iopcReferred: boolean('iopc_referred'),
  investigationType: text('investigation_type', { enum: ['local', 'directed', 'independent'] }),
  regulation17ServedOn: date('regulation_17_served_on', { mode: 'string' }),
  regulation17ResponseDue: date('regulation_17_response_due', { mode: 'string' }),
  caseToAnswer: text('case_to_answer', { enum: ['case_to_answer_misconduct', 'case_to_answer_gross_misconduct', 'no_case_to_answer', 'rprp'] }),
  proceedingsForm: text('proceedings_form', { enum: ['misconduct_meeting', 'misconduct_hearing', 'accelerated_hearing'] }),
  proceedingsOn: date('proceedings_on', { mode: 'string' }),
  outcome: text('outcome', { enum: ['no_misconduct', 'written_warning', 'final_written_warning', 'reduction_in_rank', 'dismissal_without_notice', 'would_have_been_dismissed'] }),
  outcomeOn: date('outcome_on', { mode: 'string' }),
  // When a written or final written warning stops being live.
  liveUntil: date('live_until', { mode: 'string' }),
  formerOfficer: boolean('former_officer').notNull().default(false),
}, (t) => [
  index('case_subject_case_idx').on(t.caseId),
  index('case_subject_person_idx').on(t.personId),
  index('case_subject_force_state_idx').on(t.forceId, t.state),
]);

export const allegations = pgTable('allegation', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  subjectId: uuid('subject_id').notNull().references(() => caseSubjects.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  description: text('description').notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }),
  place: text('place'),
  standard: text('standard').notNull(),
  iopcCategory: text('iopc_category').notNull(),
  tags: text('tags').array().notNull(),
  // The version of the thematic tag definitions the allegation was classified under.
  tagDefinitionsVersion: integer('tag_definitions_version').notNull(),
  caseToAnswer: boolean('case_to_answer'),
}, (t) => [
  index('allegation_subject_idx').on(t.subjectId),
  index('allegation_force_idx').on(t.forceId),
  // The case page reads allegations by case; the case list filters by tag (GIN: tags @> array[tag]).
  index('allegation_case_idx').on(t.caseId),
  index('allegation_tags_idx').using('gin', t.tags),
]);

// Every decision and step: the case timeline and the record of who decided what, when and why.
export const caseEvents = pgTable('case_event', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  subjectId: uuid('subject_id').references(() => caseSubjects.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  action: text('action').notNull(),
  fromState: text('from_state'),
  toState: text('to_state'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  rationale: text('rationale'),
  data: jsonb('data').$type<Record<string, unknown>>(),
  historyAcknowledged: boolean('history_acknowledged').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [
  index('case_event_case_idx').on(t.caseId, t.createdAt),
  // Insight's summary recomputes a matter from its events (migration 0016).
  index('case_event_subject_idx').on(t.subjectId),
]);

// Insight's summary of each matter (a subject of a non-restricted case with at least one allegation): what the
// figures read instead of scanning allegations and events. Kept by statement-level triggers on allegation,
// case_event, case_subject and misconduct_case in the writing transaction (migration 0016), so it always equals
// the live computation (insight_matter_compute). decisions: { dimension: { key: [decided, case to answer] } };
// first_step: { action: days from receipt to the first such event }; closed_days: to the latest closing event.
// Both indexes also INCLUDE who and how far (migration 0018), for index-only reads; drizzle cannot declare that.
export const insightMatters = pgTable('insight_matter', {
  subjectId: uuid('subject_id').primaryKey().references(() => caseSubjects.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull(),
  caseId: uuid('case_id').notNull(),
  forceId: text('force_id').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  state: text('state').notNull(),
  caseToAnswer: text('case_to_answer'),
  proceedingsForm: text('proceedings_form'),
  outcome: text('outcome'),
  allegations: integer('allegations').notNull(),
  categories: text('categories').array().notNull(),
  decisions: jsonb('decisions').$type<Record<string, Record<string, [number, number]>>>().notNull(),
  firstStep: jsonb('first_step').$type<Record<string, number>>().notNull(),
  closedDays: integer('closed_days'),
}, (t) => [index('insight_matter_received_idx').on(t.receivedOn), index('insight_matter_force_idx').on(t.forceId, t.receivedOn)]);

// Insight's summary of the workforce: for each person, the calendar years in which they held an employment of a
// role set in a force ('*': any force), overlapping employments merged into spans (last_year null: still
// serving), with the person's ethnicity and sex. A year's headcount is a count of spans (no person has two that
// cover one year). Role sets are the insight role filters, roles sorted and joined with commas. Kept by triggers
// on employment, person and person_characteristic (migration 0016).
export const insightPersonSpans = pgTable('insight_person_span', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  scope: text('scope').notNull(),
  roles: text('roles').notNull(),
  span: integer('span').notNull(),
  firstYear: integer('first_year').notNull(),
  lastYear: integer('last_year'),
  ethnicity: text('ethnicity').notNull(),
  sex: text('sex').notNull(),
}, (t) => [primaryKey({ columns: [t.personId, t.scope, t.roles, t.span] }), index('insight_person_span_scope_idx').on(t.scope, t.roles, t.firstYear)]);

// A year's workforce headcount as a running sum: each span adds 1 from its first year and takes it away after its
// last, so the headcount of year Y by ethnicity and sex is the sum of deltas up to Y (one year's page reads a few
// hundred rows, not every span). Adjusted by the same triggers as insight_person_span, which it always sums.
export const insightHeadcounts = pgTable('insight_headcount', {
  scope: text('scope').notNull(),
  roles: text('roles').notNull(),
  ethnicity: text('ethnicity').notNull(),
  sex: text('sex').notNull(),
  year: integer('year').notNull(),
  delta: integer('delta').notNull(),
}, (t) => [primaryKey({ columns: [t.scope, t.roles, t.year, t.ethnicity, t.sex] })]);

// Suspension, redeployment and restricted duties during a case.
export const restrictions = pgTable('subject_restriction', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  subjectId: uuid('subject_id').notNull().references(() => caseSubjects.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  kind: text('kind', { enum: ['suspension', 'redeployment', 'restricted_duties'] }).notNull(),
  conditions: text('conditions').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  reviewOn: date('review_on', { mode: 'string' }).notNull(),
  endedOn: date('ended_on', { mode: 'string' }),
  decidedBy: uuid('decided_by').references(() => users.id),
}, (t) => [index('subject_restriction_subject_idx').on(t.subjectId)]);

// Thematic tag definitions, versioned: the inspectorate asked for clear definitions of misogynistic and
// predatory behaviour, and a classification must be read against the definition in force at the time.
export const tagDefinitions = pgTable('tag_definition', {
  version: integer('version').notNull(),
  tag: text('tag').notNull(),
  label: text('label').notNull(),
  definition: text('definition').notNull(),
  guidance: text('guidance').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
}, (t) => [primaryKey({ columns: [t.version, t.tag] })]);

// Mandatory IOPC referral criteria and other referral grounds, as editable data (the statutory guidance changes).
export const iopcReferralCriteria = pgTable('iopc_referral_criterion', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  description: text('description').notNull(),
  mandatory: boolean('mandatory').notNull(),
  // Thematic tags that suggest the criterion applies; the decider confirms.
  suggestedByTags: text('suggested_by_tags').array().notNull().default(sql`'{}'::text[]`),
  active: boolean('active').notNull().default(true),
});

// The report to the College of Policing for the Barred or Advisory List, due 5 working days after the event.
export const listReports = pgTable('list_report', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  subjectId: uuid('subject_id').notNull().references(() => caseSubjects.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  forceId: text('force_id').notNull().references(() => forces.id),
  list: text('list', { enum: ['barred', 'advisory'] }).notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  submittedOn: date('submitted_on', { mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('list_report_subject_idx').on(t.subjectId, t.list)]);

// ---- National index (server/modules/national-index) ----

// An entry on the Police Barred List or Police Advisory List (Police Act 1996 Part 4A). Entries made by
// Warrant link to their person and case; imported entries (other lists, other jurisdictions) may not.
export const listEntries = pgTable('list_entry', {
  id: uuid('id').primaryKey().defaultRandom(),
  list: text('list', { enum: ['barred', 'advisory'] }).notNull(),
  jurisdiction: text('jurisdiction').notNull().default('england-wales'),
  personId: uuid('person_id').references(() => people.id),
  givenNames: text('given_names').notNull(),
  familyName: text('family_name').notNull(),
  otherFamilyNames: text('other_family_names').array().notNull().default(sql`'{}'::text[]`),
  // 'YYYY-MM-DD', or 'YYYY' where a list gives only the year.
  dateOfBirth: text('date_of_birth'),
  lastForce: text('last_force'),
  role: text('role'),
  reason: text('reason').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  source: text('source', { enum: ['warrant', 'import'] }).notNull(),
  sourceCaseId: uuid('source_case_id').references(() => cases.id),
  sourceReportId: uuid('source_report_id').references(() => listReports.id),
  // Identifies an imported row so a re-import adds nothing twice.
  importKey: text('import_key'),
  // When a review may remove the entry (Barred List: 3 years for gross incompetence, 5 for gross misconduct).
  reviewEligibleOn: date('review_eligible_on', { mode: 'string' }),
  removedOn: date('removed_on', { mode: 'string' }),
  removalReason: text('removal_reason'),
  // The matching engine's BLOCKING_KEYS_VERSION the entry's list_entry_key rows were made with: an upgrade that
  // changes the keys rebuilds those of older entries at start (rekeyStaleListEntries). 0: made before versioning,
  // or loaded from a dataset's files (the import re-keys them at once).
  keysVersion: integer('keys_version').notNull().default(0),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('list_entry_report_idx').on(t.sourceReportId),
  uniqueIndex('list_entry_import_idx').on(t.importKey),
  index('list_entry_person_idx').on(t.personId),
]);

// The matching engine's blocking keys of each entry, so a check reads only the entries that could match.
export const listEntryKeys = pgTable('list_entry_key', {
  entryId: uuid('entry_id').notNull().references(() => listEntries.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
}, (t) => [primaryKey({ columns: [t.entryId, t.key] }), index('list_entry_key_key_idx').on(t.key)]);

// A run of the data wash: the workforce (or one force) re-checked against the lists and other forces' open
// cases. The cursor (last person checked) commits with each batch's hits, so a run resumes where it stopped.
export const washRuns = pgTable('wash_run', {
  id: uuid('id').primaryKey().defaultRandom(),
  forceId: text('force_id').references(() => forces.id),
  status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull().default('running'),
  total: integer('total').notNull(),
  processed: integer('processed').notNull().default(0),
  hits: integer('hits').notNull().default(0),
  cursor: uuid('cursor'),
  error: text('error'),
  startedBy: uuid('started_by').references(() => users.id),
  startedAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

// A possible match waiting for a person's decision: a list hit, another force's open case, or two register
// records that may be one person. Confirmed register duplicates are linked, never merged away.
export const matchReviews = pgTable('match_review', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: ['list_hit', 'open_case_elsewhere', 'register_duplicate'] }).notNull(),
  forceId: text('force_id').references(() => forces.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  otherPersonId: uuid('other_person_id').references(() => people.id),
  listEntryId: uuid('list_entry_id').references(() => listEntries.id),
  caseSubjectId: uuid('case_subject_id').references(() => caseSubjects.id),
  washRunId: uuid('wash_run_id').references(() => washRuns.id),
  score: doublePrecision('score'),
  band: text('band', { enum: ['match', 'review'] }),
  reasons: jsonb('reasons').$type<{ field: string; agreement: string; weight: number }[]>(),
  status: text('status', { enum: ['open', 'confirmed', 'rejected'] }).notNull().default('open'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionReason: text('decision_reason'),
  // One hit per run and target, so a resumed run never records it twice.
  dedupeKey: text('dedupe_key').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('match_review_dedupe_idx').on(t.dedupeKey), index('match_review_status_idx').on(t.status, t.forceId)]);

// Two register records confirmed to be one person: both keep their histories; reads follow the link.
export const personLinks = pgTable('person_link', {
  personId: uuid('person_id').notNull().references(() => people.id),
  linkedPersonId: uuid('linked_person_id').notNull().references(() => people.id),
  confirmedBy: uuid('confirmed_by').references(() => users.id),
  reviewId: uuid('review_id').references(() => matchReviews.id),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.personId, t.linkedPersonId] })]);

// Vetting levels as configuration (Vetting Code of Practice / APP): validity and the minimum checks.
export const vettingLevels = pgTable('vetting_level', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  validityMonths: integer('validity_months').notNull(),
  requiredChecks: text('required_checks').array().notNull(),
  // Days before expiry when renewal reminders fall due.
  reminderDays: integer('reminder_days').array().notNull().default(sql`'{90,30}'::int[]`),
});

export const vettingApplications = pgTable('vetting_application', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull().unique(),
  forceId: text('force_id').notNull().references(() => forces.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  level: text('level').notNull().references(() => vettingLevels.code),
  kind: text('kind', { enum: ['new_joiner', 'transferee', 're_joiner', 'renewal', 'role_change'] }).notNull(),
  state: text('state', { enum: ['checks_in_progress', 'awaiting_approval', 'granted', 'refused', 'appeal_lodged', 'withdrawn_by_applicant'] }).notNull(),
  openedBy: uuid('opened_by').notNull().references(() => users.id),
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  // The APP transferee checklist: item -> note, present once the item is complete.
  transfereeChecklist: jsonb('transferee_checklist').$type<Record<string, string>>().notNull().default({}),
  outcome: text('outcome', { enum: ['granted', 'granted_with_conditions', 'refused'] }),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedOn: date('decided_on', { mode: 'string' }),
  rationale: text('rationale'),
  rebuttal: text('rebuttal'),
  conditions: text('conditions').array(),
  conditionsReviewOn: date('conditions_review_on', { mode: 'string' }),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedOn: date('approved_on', { mode: 'string' }),
  appealDueBy: date('appeal_due_by', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [index('vetting_application_person_idx').on(t.personId), index('vetting_application_force_state_idx').on(t.forceId, t.state)]);

export const vettingChecks = pgTable('vetting_check', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id').notNull().references(() => vettingApplications.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  checkType: text('check_type').notNull(),
  result: text('result', { enum: ['clear', 'adverse', 'not_completed'] }).notNull(),
  reason: text('reason'),
  notes: text('notes'),
  // Null when Warrant filled the check from its own records.
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  prefilled: boolean('prefilled').notNull().default(false),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
}, (t) => [uniqueIndex('vetting_check_application_type_idx').on(t.applicationId, t.checkType)]);

export const vettingAdverseItems = pgTable('vetting_adverse_item', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id').notNull().references(() => vettingApplications.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull().references(() => forces.id),
  category: text('category').notNull(),
  disposal: text('disposal', { enum: ['conviction', 'caution', 'none'] }).notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }),
  source: text('source').notNull(),
  description: text('description').notNull(),
  // How the decider weighed the item, recorded with the decision.
  weighing: text('weighing'),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('vetting_adverse_item_application_idx').on(t.applicationId)]);

// A clearance held. Expiring, lapsed and under review are worked out from dates and open reviews.
export const vettingClearances = pgTable('vetting_clearance', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  forceId: text('force_id').notNull().references(() => forces.id),
  level: text('level').notNull(),
  applicationId: uuid('application_id').references(() => vettingApplications.id),
  grantedOn: date('granted_on', { mode: 'string' }).notNull(),
  expiresOn: date('expires_on', { mode: 'string' }),
  conditions: text('conditions').array().notNull().default(sql`'{}'::text[]`),
  conditionsReviewOn: date('conditions_review_on', { mode: 'string' }),
  status: text('status', { enum: ['active', 'withdrawn', 'superseded'] }).notNull().default('active'),
  endedOn: date('ended_on', { mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [index('vetting_clearance_person_idx').on(t.personId), index('vetting_clearance_force_expiry_idx').on(t.forceId, t.expiresOn)]);

// A review of a clearance held (trigger, then maintained or a withdrawal assessment).
export const vettingReviews = pgTable('vetting_review', {
  id: uuid('id').primaryKey().defaultRandom(),
  clearanceId: uuid('clearance_id').notNull().references(() => vettingClearances.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  forceId: text('force_id').notNull().references(() => forces.id),
  trigger: text('trigger').notNull(),
  // The case (or other record) that triggered the review, and why, in words.
  triggerCaseId: uuid('trigger_case_id').references(() => cases.id),
  triggerDetail: text('trigger_detail').notNull(),
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  state: text('state').notNull(),
  noticeServedOn: date('notice_served_on', { mode: 'string' }),
  representationsDue: date('representations_due', { mode: 'string' }),
  representationsReceivedOn: date('representations_received_on', { mode: 'string' }),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedOn: date('decided_on', { mode: 'string' }),
  rationale: text('rationale'),
  // Withdrawal ends in dismissal without notice: HR must act on it.
  hrActionRequired: boolean('hr_action_required').notNull().default(false),
  hrActionRecordedOn: date('hr_action_recorded_on', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [index('vetting_review_person_idx').on(t.personId), index('vetting_review_force_state_idx').on(t.forceId, t.state)]);

// The timeline of applications and reviews: who did what, when and why.
export const vettingEvents = pgTable('vetting_event', {
  id: uuid('id').primaryKey().defaultRandom(),
  forceId: text('force_id').notNull().references(() => forces.id),
  applicationId: uuid('application_id').references(() => vettingApplications.id, { onDelete: 'cascade' }),
  reviewId: uuid('review_id').references(() => vettingReviews.id, { onDelete: 'cascade' }),
  action: text('action').notNull(),
  actorId: uuid('actor_id').references(() => users.id),
  actedOn: date('acted_on', { mode: 'string' }).notNull(),
  rationale: text('rationale'),
  data: jsonb('data').$type<Record<string, unknown>>(),
  createdAt: createdAt(),
}, (t) => [index('vetting_event_application_idx').on(t.applicationId), index('vetting_event_review_idx').on(t.reviewId)]);

// The annual integrity review of everyone cleared: declarations and the supervisor's appraisal.
export const integrityReviews = pgTable('integrity_review', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  forceId: text('force_id').notNull().references(() => forces.id),
  completedOn: date('completed_on', { mode: 'string' }).notNull(),
  declarations: jsonb('declarations').$type<Record<string, string>>().notNull(),
  supervisorAppraisal: text('supervisor_appraisal').notNull(),
  concernsRaised: boolean('concerns_raised').notNull(),
  recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('integrity_review_person_idx').on(t.personId, t.completedOn)]);

// One randomised re-vetting draw per force per year (2024 APP), so a re-run cannot fish for a different sample.
export const randomRevettingDraws = pgTable('random_revetting_draw', {
  forceId: text('force_id').notNull().references(() => forces.id),
  year: integer('year').notNull(),
  share: doublePrecision('share').notNull(),
  eligible: integer('eligible').notNull(),
  selected: integer('selected').notNull(),
  drawnBy: uuid('drawn_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.forceId, t.year] })]);

// Early-warning rules as data. A rule's definition is versioned: an edit adds a version and alerts keep the
// version that raised them. force_id null = a national rule; a force may add its own.
export const signalRules = pgTable('signal_rule', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  forceId: text('force_id').references(() => forces.id),
  currentVersion: integer('current_version').notNull().default(1),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const signalRuleVersions = pgTable('signal_rule_version', {
  ruleId: uuid('rule_id').notNull().references(() => signalRules.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  name: text('name').notNull(),
  severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  reason: text('reason').notNull(),
  editedBy: uuid('edited_by').references(() => users.id),
  editedAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.ruleId, t.version] })]);

// Per peer group, the allegation count that reaches a peer rule's percentile, as of the last full evaluation.
export const signalPeerThresholds = pgTable('signal_peer_threshold', {
  ruleId: uuid('rule_id').notNull().references(() => signalRules.id, { onDelete: 'cascade' }),
  forceId: text('force_id').notNull(),
  role: text('role').notNull(),
  rank: text('rank').notNull(),
  band: text('band').notNull(),
  threshold: integer('threshold').notNull(),
  groupSize: integer('group_size').notNull(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
}, (t) => [primaryKey({ columns: [t.ruleId, t.forceId, t.role, t.rank, t.band] })]);

// One alert per person and rule: it re-opens when the pattern grows after it was closed.
export const signalAlerts = pgTable('signal_alert', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull().references(() => people.id),
  ruleId: uuid('rule_id').notNull().references(() => signalRules.id),
  ruleVersion: integer('rule_version').notNull(),
  forceId: text('force_id').notNull().references(() => forces.id),
  status: text('status', { enum: ['open', 'closed'] }).notNull(),
  severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
  ownerId: uuid('owner_id').references(() => users.id),
  // The exact rows that triggered it (allegation ids, or list entry ids), and the figure compared with the threshold.
  evidence: jsonb('evidence').$type<{ allegationIds: string[]; listEntryIds: string[]; value: number }>().notNull(),
  explanation: text('explanation').notNull(),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  lastTriggeredAt: timestamp('last_triggered_at', { withTimezone: true }).notNull().defaultNow(),
  disposition: text('disposition', { enum: ['no_further_action', 'refer_to_psd', 'open_vetting_review', 'management_action', 'already_in_hand'] }),
  dispositionReason: text('disposition_reason'),
  closedBy: uuid('closed_by').references(() => users.id),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  reopenedCount: integer('reopened_count').notNull().default(0),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('signal_alert_person_rule_idx').on(t.personId, t.ruleId),
  index('signal_alert_force_status_idx').on(t.forceId, t.status, t.openedAt),
]);

export const signalAlertEvents = pgTable('signal_alert_event', {
  id: uuid('id').primaryKey().defaultRandom(),
  alertId: uuid('alert_id').notNull().references(() => signalAlerts.id, { onDelete: 'cascade' }),
  action: text('action').notNull(),
  actorId: uuid('actor_id').references(() => users.id),
  note: text('note'),
  data: jsonb('data').$type<Record<string, unknown>>(),
  createdAt: createdAt(),
}, (t) => [index('signal_alert_event_alert_idx').on(t.alertId, t.createdAt)]);

// The risk score's models (server/modules/signals/risk): each training adds a version, kept with what it was
// trained on and how it did on the holdout year, so a score can always be traced to its model.
export const riskModels = pgTable('risk_model', {
  version: integer('version').primaryKey(),
  // T: features use what was on record by this day; training labels end on it.
  asOf: date('as_of', { mode: 'string' }).notNull(),
  label: text('label').notNull(),
  lambda: doublePrecision('lambda').notNull(),
  intercept: doublePrecision('intercept').notNull(),
  features: jsonb('features').$type<{ key: string; mean: number; sd: number; coefficient: number }[]>().notNull(),
  training: jsonb('training').$type<Record<string, unknown>>().notNull(),
  // Holdout metrics against the rules at the same alert volume (null when trained without a holdout).
  metrics: jsonb('metrics').$type<Record<string, unknown>>(),
  scoredPeople: integer('scored_people').notNull(),
  createdAt: createdAt(),
});

// Scores of the people serving on the model's date. Only the latest model's scores are kept.
export const riskScores = pgTable('risk_score', {
  modelVersion: integer('model_version').notNull().references(() => riskModels.version, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  score: doublePrecision('score').notNull(),
  percentile: doublePrecision('percentile').notNull(),
  // The largest contributions by factor (sums of coefficient × standardised value), with the raw feature values.
  contributions: jsonb('contributions').$type<{ factor: string; contribution: number; values: Record<string, number> }[]>().notNull(),
}, (t) => [primaryKey({ columns: [t.modelVersion, t.personId] }), index('risk_score_person_idx').on(t.personId)]);

// --- Voices (issue #11): the public complaint portal, the anonymous integrity line, public hearing notices and
// quality-assurance dip sampling. ---

// A complaint made through the public portal: it waits in the force's intake (or the triage queue when the force
// is unknown) until staff identify the subject(s) and record it as a case.
export const publicComplaints = pgTable('public_complaint', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Random, not sequential: a reference must not reveal how many complaints a force receives, or be guessable.
  reference: text('reference').notNull().unique(),
  forceId: text('force_id').references(() => forces.id),
  status: text('status', { enum: ['received', 'recorded_as_case', 'closed_without_case'] }).notNull().default('received'),
  caseId: uuid('case_id').references(() => cases.id),
  // What the complainant told us, as they told it.
  officerDetails: jsonb('officer_details').$type<{ name?: string; collarNumber?: string; description?: string }>().notNull(),
  incidentOn: date('incident_on', { mode: 'string' }),
  incidentPlace: text('incident_place'),
  whatHappened: text('what_happened').notNull(),
  complainantName: text('complainant_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  preferredContact: text('preferred_contact', { enum: ['email', 'phone', 'post'] }).notNull(),
  postalAddress: text('postal_address'),
  accessibilityNeeds: text('accessibility_needs'),
  consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  triagedBy: uuid('triaged_by').references(() => users.id),
  triageNote: text('triage_note'),
  // Checking progress: one-time codes sent to the email; repeated wrong codes lock the reference for a while.
  failedCodeAttempts: integer('failed_code_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('public_complaint_force_status_idx').on(t.forceId, t.status)]);

export const complaintAccessCodes = pgTable('complaint_access_code', {
  id: uuid('id').primaryKey().defaultRandom(),
  complaintId: uuid('complaint_id').notNull().references(() => publicComplaints.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('complaint_access_code_complaint_idx').on(t.complaintId)]);

// Mail Warrant sends. In development it stays here (the outbox page); with SMTP configured it is also sent.
export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  error: text('error'),
  createdAt: createdAt(),
});

// The anonymous integrity line. Deliberately no created_at, no client address, no user agent, no account:
// dates are kept to the day and messages are ordered by a sequence number, not a timestamp.
export const integrityReports = pgTable('integrity_report', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull().unique(),
  passphraseHash: text('passphrase_hash').notNull(),
  forceId: text('force_id').notNull().references(() => forces.id),
  category: text('category').notNull(),
  summary: text('summary').notNull(),
  status: text('status', { enum: ['received', 'assessed', 'investigation_opened', 'closed'] }).notNull().default('received'),
  outcomeClass: text('outcome_class', { enum: ['no_action', 'management_action', 'misconduct_proceedings', 'criminal_investigation', 'other'] }),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
  handlerId: uuid('handler_id').references(() => users.id),
  caseId: uuid('case_id').references(() => cases.id),
  failedPassphraseAttempts: integer('failed_passphrase_attempts').notNull().default(0),
  lockedUntilDay: date('locked_until_day', { mode: 'string' }),
}, (t) => [index('integrity_report_force_status_idx').on(t.forceId, t.status)]);

export const integrityMessages = pgTable('integrity_message', {
  id: uuid('id').primaryKey().defaultRandom(),
  reportId: uuid('report_id').notNull().references(() => integrityReports.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  fromReporter: boolean('from_reporter').notNull(),
  // The handler who wrote it; null for the reporter, who has no account here.
  handlerId: uuid('handler_id').references(() => users.id),
  body: text('body').notNull(),
  sentOn: date('sent_on', { mode: 'string' }).notNull(),
  readByReporter: boolean('read_by_reporter').notNull().default(false),
}, (t) => [uniqueIndex('integrity_message_report_seq_idx').on(t.reportId, t.seq)]);

// Notices of misconduct hearings and their outcomes, published on the force's public page for a set period.
export const hearingNotices = pgTable('hearing_notice', {
  id: uuid('id').primaryKey().defaultRandom(),
  forceId: text('force_id').notNull().references(() => forces.id),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  subjectId: uuid('subject_id').notNull().references(() => caseSubjects.id),
  officerName: text('officer_name').notNull(),
  rank: text('rank'),
  allegationSummary: text('allegation_summary').notNull(),
  hearingOn: date('hearing_on', { mode: 'string' }).notNull(),
  venue: text('venue').notNull(),
  outcomeSummary: text('outcome_summary'),
  outcomeOn: date('outcome_on', { mode: 'string' }),
  // Details kept off the public page, and the recorded reason (e.g. to protect a complainant).
  withheldFields: text('withheld_fields').array().notNull().default(sql`'{}'::text[]`),
  withheldReason: text('withheld_reason'),
  status: text('status', { enum: ['draft', 'published', 'withdrawn'] }).notNull().default('draft'),
  publishedBy: uuid('published_by').references(() => users.id),
  publishDecisionRationale: text('publish_decision_rationale'),
  publishFrom: date('publish_from', { mode: 'string' }),
  publishUntil: date('publish_until', { mode: 'string' }),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
}, (t) => [index('hearing_notice_force_publish_idx').on(t.forceId, t.status, t.publishFrom, t.publishUntil)]);

// Quality-assurance checklists: the questions a reviewer answers about each sampled decision.
export const qaChecklists = pgTable('qa_checklist', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  population: text('population', { enum: ['vetting_decision', 'case_decision'] }).notNull(),
  questions: jsonb('questions').$type<{ id: string; text: string }[]>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

// A stratified random sample of closed decisions, drawn from a recorded seed so the draw can be reproduced.
export const dipSamples = pgTable('dip_sample', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  population: text('population', { enum: ['vetting_decision', 'case_decision'] }).notNull(),
  forceId: text('force_id').references(() => forces.id),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  // How the population was cut into strata and how many were drawn from each.
  stratifyBy: text('stratify_by').array().notNull(),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
  sizePerStratum: integer('size_per_stratum'),
  proportion: doublePrecision('proportion'),
  seed: text('seed').notNull(),
  checklistId: uuid('checklist_id').notNull().references(() => qaChecklists.id),
  drawnBy: uuid('drawn_by').notNull().references(() => users.id),
  createdAt: createdAt(),
});

export const dipSampleItems = pgTable('dip_sample_item', {
  id: uuid('id').primaryKey().defaultRandom(),
  sampleId: uuid('sample_id').notNull().references(() => dipSamples.id, { onDelete: 'cascade' }),
  stratum: text('stratum').notNull(),
  entityType: text('entity_type', { enum: ['vetting_application', 'case_subject'] }).notNull(),
  entityId: uuid('entity_id').notNull(),
  forceId: text('force_id').notNull().references(() => forces.id),
  deciderId: uuid('decider_id').references(() => users.id),
  reviewerId: uuid('reviewer_id').references(() => users.id),
  verdict: text('verdict', { enum: ['agree', 'disagree'] }),
  answers: jsonb('answers').$type<Record<string, string>>(),
  reasons: text('reasons'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  deciderResponse: text('decider_response'),
  respondedAt: timestamp('responded_at', { withTimezone: true }),
}, (t) => [index('dip_sample_item_sample_idx').on(t.sampleId, t.stratum), index('dip_sample_item_decider_idx').on(t.deciderId)]);

// The hash-chained audit log. seq is gapless (assigned under a lock), so a deleted row shows as a gap;
// hash = sha256(prev_hash + canonical JSON of the event). Append-only by trigger (see migrations).
export const auditEvents = pgTable('audit_event', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  forceId: text('force_id'),
  requestId: text('request_id'),
  clientAddress: text('client_address'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [index('audit_event_entity_idx').on(t.entityType, t.entityId), index('audit_event_actor_idx').on(t.actorId)]);

// The chain's head, written in the same transaction as each event: deleting the newest events
// (which leaves a shorter but valid chain) is caught by comparing with it.
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey().default(1),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});



// ---- Real-world data (server/modules/real-data, docs/real-data.md) ----

// How another jurisdiction's vocabulary maps onto Warrant's model, as versioned data: allegation categories onto
// a Standard, an IOPC category and thematic tags; findings onto case to answer; penalties onto outcomes; race, sex,
// complainant types and leaving reasons onto the register's vocabularies. An import uses the latest version of each
// (jurisdiction, kind) and records the version it used; a change adds a version and never rewrites one.
export const vocabularyMappings = pgTable('vocabulary_mapping', {
  jurisdiction: text('jurisdiction').notNull(),
  kind: text('kind').notNull(),
  sourceValue: text('source_value').notNull(),
  version: integer('version').notNull(),
  // The Warrant values it maps to, checked by ZMappingTarget (server/modules/real-data/vocabulary-mapping.ts).
  target: jsonb('target').$type<Record<string, unknown>>().notNull(),
  note: text('note').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
}, (t) => [primaryKey({ columns: [t.jurisdiction, t.kind, t.sourceValue, t.version] })]);

// Where an imported row came from: a source's own reference (a roster row, a pseudonymised subject reference, an
// accused row) and the Warrant record it became, with how it was linked (detail). Keyed by the source's reference,
// so a re-import finds what it made before.
export const sourceRecords = pgTable('source_record', {
  source: text('source').notNull(),
  kind: text('kind').notNull(),
  reference: text('reference').notNull(),
  forceId: text('force_id').references(() => forces.id),
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
}, (t) => [primaryKey({ columns: [t.source, t.kind, t.reference] }), index('source_record_entity_idx').on(t.entityType, t.entityId)]);

// What a careful analyst would question before trusting a figure (a placeholder subject carrying hundreds of cases,
// a date out of range…), flagged by the import and kept: reports show each figure with and without the flagged rows.
export const dataQualityFlags = pgTable('data_quality_flag', {
  flag: text('flag').notNull(),
  entityType: text('entity_type', { enum: ['person', 'misconduct_case', 'case_subject', 'allegation'] }).notNull(),
  entityId: uuid('entity_id').notNull(),
  forceId: text('force_id').notNull().references(() => forces.id),
  source: text('source').notNull(),
  sourceLine: integer('source_line'),
  detail: text('detail').notNull(),
}, (t) => [primaryKey({ columns: [t.flag, t.entityType, t.entityId] }), index('data_quality_flag_force_idx').on(t.forceId, t.flag)]);
