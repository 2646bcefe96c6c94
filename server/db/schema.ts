// The Drizzle schema. Every row that belongs to a force carries force_id, so the schema can later be
// sharded by force (docs/deployment.md). Migrations are generated from this file by drizzle-kit and
// checked in under server/db/migrations; never edit a migration that has landed.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
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

export const schemaTables = { forces, people, personNames, personCharacteristics, employments, users, sessions, oidcLogins, auditEvents, auditHead };
