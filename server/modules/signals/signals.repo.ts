// Rules, alerts and their events in and out of the database. Alert lists are scoped by force in SQL.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';
import { people, signalAlertEvents, signalAlerts, signalRules, signalRuleVersions, users } from '../../db/schema.js';
import { ZRuleDefinition, type TRuleDefinition } from '../../../shared/signal-contracts.js';
import { peerThresholdsSql, ruleHitsSql } from './rule-sql.js';

export type RuleRow = {
  id: string; code: string; forceId: string | null; version: number; active: boolean; name: string; severity: 'low' | 'medium' | 'high';
  definition: TRuleDefinition; reason: string; editedAt: Date; editedBy: string | null; editedByName: string | null;
};

// Rules change rarely and are read on every new allegation: keep them while their fingerprint is unchanged.
let cachedRules: { fingerprint: string; rules: RuleRow[] } | null = null;

export async function listActiveRules(db: Queryable): Promise<RuleRow[]> {
  const [row] = await queryRows<{ fingerprint: string | null }>(db, sql`select string_agg(id::text || ':' || current_version || ':' || active, ',' order by id) as fingerprint from signal_rule`);
  const fingerprint = row?.fingerprint ?? '';
  if (cachedRules?.fingerprint !== fingerprint) cachedRules = { fingerprint, rules: await listRules(db, { activeOnly: false }) };
  return cachedRules.rules.filter((r) => r.active);
}

export async function listRules(db: Queryable, { activeOnly }: { activeOnly: boolean }): Promise<RuleRow[]> {
  const rows = await db.select({ rule: signalRules, version: signalRuleVersions, editedByName: users.displayName })
    .from(signalRules)
    .innerJoin(signalRuleVersions, and(eq(signalRuleVersions.ruleId, signalRules.id), eq(signalRuleVersions.version, signalRules.currentVersion)))
    .leftJoin(users, eq(users.id, signalRuleVersions.editedBy))
    .where(activeOnly ? eq(signalRules.active, true) : undefined)
    .orderBy(asc(signalRules.code));
  return rows.map(({ rule, version, editedByName }) => ({
    id: rule.id, code: rule.code, forceId: rule.forceId, version: rule.currentVersion, active: rule.active, name: version.name, severity: version.severity,
    // Stored definitions were validated on the way in; parsing again fills defaults added since.
    definition: ZRuleDefinition.parse(version.definition), reason: version.reason, editedAt: version.editedAt, editedBy: version.editedBy, editedByName,
  }));
}

export async function findRuleByCode(db: Queryable, code: string): Promise<RuleRow | undefined> {
  return (await listRules(db, { activeOnly: false })).find((r) => r.code === code);
}

export async function insertRule(tx: Queryable, values: { code: string; forceId: string | null; active: boolean }) {
  const [row] = await tx.insert(signalRules).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const insertRuleVersion = (tx: Queryable, values: typeof signalRuleVersions.$inferInsert) => tx.insert(signalRuleVersions).values(values);

export const setRuleVersion = (tx: Queryable, ruleId: string, version: number, active: boolean) =>
  tx.update(signalRules).set({ currentVersion: version, active }).where(eq(signalRules.id, ruleId));

/** Keeps a peer rule's per-group thresholds in step with the full evaluation just run (or drops them). */
export async function refreshPeerThresholds(tx: Queryable, rule: RuleRow, asOf: string | null, from?: SQL): Promise<void> {
  await tx.execute(sql`delete from signal_peer_threshold where rule_id = ${rule.id}::uuid`);
  if (asOf !== null && rule.definition.kind === 'peer_percentile') await tx.execute(peerThresholdsSql(rule.definition, asOf, rule.id, from));
}

export type ActionCounts = { opened: number; reopened: number; grew: number; hits: number };

/**
 * Evaluates one rule and writes its alerts in one statement: new hits open an alert, hits with rows the alert
 * has not seen re-open a closed alert or grow an open one; everything else is left alone (an open alert
 * whose pattern has passed stays open until someone disposes of it).
 */
export async function applyRule(db: Queryable, rule: RuleRow, asOf: string, personIds: readonly string[] | null, from?: SQL): Promise<ActionCounts> {
  const hits = ruleHitsSql({ definition: rule.definition, asOf, personIds, ruleId: rule.id, from });
  const forceFilter = rule.forceId === null ? sql`true` : sql`h.force_id = ${rule.forceId}`;
  const rows = await queryRows<{ action: string; n: number }>(db, sql`
    with raw as (${hits}),
    placed as (
      -- An alert belongs to the person's current force (latest open employment, else the latest one). For
      -- everyone, one pass over employment; for a few people, an index lookup each.
      ${personIds === null
        ? sql`select r.*, e.force_id from raw r left join (
            select distinct on (person_id) person_id, force_id from employment order by person_id, (end_date is null) desc, start_date desc
          ) e on e.person_id = r.person_id`
        : sql`select r.*, (select e.force_id from employment e where e.person_id = r.person_id order by (e.end_date is null) desc, e.start_date desc limit 1) as force_id from raw r`}
    ),
    h as (select * from placed h where h.force_id is not null and ${forceFilter}),
    prior as (
      select a.person_id, a.status,
        array(select jsonb_array_elements_text(a.evidence -> 'allegationIds')) as allegation_ids,
        array(select jsonb_array_elements_text(a.evidence -> 'listEntryIds')) as list_entry_ids
      from signal_alert a where a.rule_id = ${rule.id}::uuid and a.person_id in (select person_id from h)
    ),
    classified as (
      -- Rows the alert has not seen: new, grown, or (when closed) re-opened. Equal lists, the usual case on a
      -- quiet night, are settled without comparing element by element.
      select h.*, case
        when p.person_id is null then 'opened'
        when h.allegation_ids = p.allegation_ids and h.list_entry_ids = p.list_entry_ids then 'same'
        when h.allegation_ids <@ p.allegation_ids and h.list_entry_ids <@ p.list_entry_ids then 'same'
        when p.status = 'closed' then 'reopened'
        else 'grew' end as action
      from h left join prior p on p.person_id = h.person_id
    ),
    upserted as (
      insert into signal_alert (person_id, rule_id, rule_version, force_id, status, severity, evidence, explanation)
      select person_id, ${rule.id}::uuid, ${rule.version}::int, force_id, 'open', ${rule.severity}::text,
        jsonb_build_object('allegationIds', to_jsonb(allegation_ids), 'listEntryIds', to_jsonb(list_entry_ids), 'value', value),
        ${`${rule.name}: `}::text || value || ${rule.definition.kind === 'list_match' ? ' list entr(ies) linked' : ' allegation(s) counted'}::text || ${` as of ${asOf}`}::text
      from classified where action <> 'same'
      on conflict (person_id, rule_id) do update set
        evidence = excluded.evidence, explanation = excluded.explanation, rule_version = excluded.rule_version, severity = excluded.severity,
        last_triggered_at = now(), force_id = excluded.force_id,
        reopened_count = signal_alert.reopened_count + (case when signal_alert.status = 'closed' then 1 else 0 end),
        status = 'open', disposition = null, disposition_reason = null, closed_by = null, closed_at = null, version = signal_alert.version + 1
      returning id, person_id
    ),
    events as (
      insert into signal_alert_event (alert_id, action, data)
      select u.id, c.action, jsonb_build_object('ruleVersion', ${rule.version}::int, 'value', c.value, 'asOf', ${asOf}::text)
      from upserted u join classified c on c.person_id = u.person_id
      returning action
    )
    select action, count(*)::int as n from events group by action
    union all select 'hits', count(*)::int from h`);
  const count = (action: string) => rows.find((r) => r.action === action)?.n ?? 0;
  return { opened: count('opened'), reopened: count('reopened'), grew: count('grew'), hits: count('hits') };
}

/**
 * Which rules fire for these people, in one round trip: the union of every rule's query, each row tagged with the
 * rule's position. Most changes fire nothing, and then nothing else needs to run.
 */
export async function firingRules(db: Queryable, rules: readonly RuleRow[], asOf: string, personIds: readonly string[]) {
  if (rules.length === 0) return [];
  const parts = rules.map((rule, i) => sql`select ${i}::int as rule_index, h.person_id, h.allegation_ids, h.list_entry_ids from (${ruleHitsSql({ definition: rule.definition, asOf, personIds, ruleId: rule.id })}) h`);
  return queryRows<{ rule_index: number; person_id: string; allegation_ids: string[]; list_entry_ids: string[] }>(db, sql.join(parts, sql` union all `));
}

export async function alertEvidenceOf(db: Queryable, personIds: readonly string[]) {
  return queryRows<{ rule_id: string; person_id: string; evidence: { allegationIds: string[]; listEntryIds: string[] } }>(db, sql`
    select rule_id, person_id, evidence from signal_alert where person_id = any(array[${sql.join(personIds.map((id) => sql`${id}`), sql`, `)}]::uuid[])`);
}

export type AlertScope = { forceId: string | null };

export async function listAlertRows(db: Queryable, filter: { scope: AlertScope; status: 'open' | 'closed'; forceId?: string; ruleCode?: string; ownerId?: string; page: number; pageSize: number }) {
  const conditions: SQL[] = [eq(signalAlerts.status, filter.status)];
  if (filter.scope.forceId !== null) conditions.push(eq(signalAlerts.forceId, filter.scope.forceId));
  if (filter.forceId) conditions.push(eq(signalAlerts.forceId, filter.forceId));
  if (filter.ruleCode) conditions.push(eq(signalRules.code, filter.ruleCode));
  if (filter.ownerId) conditions.push(eq(signalAlerts.ownerId, filter.ownerId));
  const where = and(...conditions);
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(signalAlerts).innerJoin(signalRules, eq(signalRules.id, signalAlerts.ruleId)).where(where);
  const rows = await db.select({ alert: signalAlerts, code: signalRules.code, givenNames: people.givenNames, familyName: people.familyName, ownerName: users.displayName, ruleName: signalRuleVersions.name })
    .from(signalAlerts)
    .innerJoin(signalRules, eq(signalRules.id, signalAlerts.ruleId))
    .innerJoin(signalRuleVersions, and(eq(signalRuleVersions.ruleId, signalAlerts.ruleId), eq(signalRuleVersions.version, signalAlerts.ruleVersion)))
    .innerJoin(people, eq(people.id, signalAlerts.personId))
    .leftJoin(users, eq(users.id, signalAlerts.ownerId))
    .where(where)
    // Highest severity first, then the oldest: the queue is worked from the top.
    .orderBy(sql`case ${signalAlerts.severity} when 'high' then 0 when 'medium' then 1 else 2 end`, asc(signalAlerts.openedAt), asc(signalAlerts.id))
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize);
  return { rows, total: count?.n ?? 0 };
}

export async function findAlert(db: Queryable, id: string) {
  const [row] = await db.select({ alert: signalAlerts, code: signalRules.code, givenNames: people.givenNames, familyName: people.familyName, ownerName: users.displayName, version: signalRuleVersions })
    .from(signalAlerts)
    .innerJoin(signalRules, eq(signalRules.id, signalAlerts.ruleId))
    .innerJoin(signalRuleVersions, and(eq(signalRuleVersions.ruleId, signalAlerts.ruleId), eq(signalRuleVersions.version, signalAlerts.ruleVersion)))
    .innerJoin(people, eq(people.id, signalAlerts.personId))
    .leftJoin(users, eq(users.id, signalAlerts.ownerId))
    .where(eq(signalAlerts.id, id));
  return row;
}

export async function alertEvidence(db: Queryable, allegationIds: readonly string[]) {
  if (allegationIds.length === 0) return [];
  return queryRows<{ allegation_id: string; case_id: string; reference: string; force_id: string; force_name: string; received_on: string; standard: string; iopc_category: string; tags: string[]; case_to_answer: string | null; outcome: string | null }>(db, sql`
    select a.id as allegation_id, c.id as case_id, c.reference, c.force_id, f.name as force_name, c.received_on, a.standard, a.iopc_category, a.tags, s.case_to_answer, s.outcome
    from allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = a.case_id join force f on f.id = c.force_id
    where a.id = any(array[${sql.join(allegationIds.map((id) => sql`${id}`), sql`, `)}]::uuid[])
    order by c.received_on, c.reference`);
}

export async function listEvidence(db: Queryable, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return queryRows<{ id: string; list: 'barred' | 'advisory'; given_names: string; family_name: string; decided_on: string; reason: string }>(db, sql`
    select id, list, given_names, family_name, decided_on, reason from list_entry where id = any(array[${sql.join(entryIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]) order by decided_on`);
}

export async function alertEvents(db: Queryable, alertId: string) {
  return db.select({ event: signalAlertEvents, actorName: users.displayName }).from(signalAlertEvents).leftJoin(users, eq(users.id, signalAlertEvents.actorId))
    .where(eq(signalAlertEvents.alertId, alertId)).orderBy(asc(signalAlertEvents.createdAt), asc(signalAlertEvents.id));
}

export const insertAlertEvent = (tx: Queryable, values: typeof signalAlertEvents.$inferInsert) => tx.insert(signalAlertEvents).values(values);

/** Updates an alert if it still has the version the user read (optimistic locking). */
export async function updateAlert(tx: Queryable, id: string, expectedVersion: number, values: Partial<typeof signalAlerts.$inferInsert>): Promise<boolean> {
  const updated = await tx.update(signalAlerts).set({ ...values, version: sql`${signalAlerts.version} + 1` })
    .where(and(eq(signalAlerts.id, id), eq(signalAlerts.version, expectedVersion))).returning({ id: signalAlerts.id });
  return updated.length === 1;
}

export async function ageingRows(db: Queryable, scope: AlertScope) {
  const forceFilter = scope.forceId === null ? sql`true` : sql`a.force_id = ${scope.forceId}`;
  return queryRows<{ owner_name: string | null; age_days: number }>(db, sql`
    select u.display_name as owner_name, (current_date - a.opened_at::date)::int as age_days
    from signal_alert a left join app_user u on u.id = a.owner_id
    where a.status = 'open' and ${forceFilter}`);
}

export async function findUserForce(db: Queryable, userId: string) {
  const [row] = await db.select({ id: users.id, forceId: users.forceId, roles: users.roles, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  return row;
}

/** Enabled accounts of a force (null: every force), for choosing an owner. */
export async function listActiveUsers(db: Queryable, forceId: string | null) {
  return db.select({ id: users.id, forceId: users.forceId, roles: users.roles, displayName: users.displayName }).from(users)
    .where(and(forceId === null ? undefined : eq(users.forceId, forceId), eq(users.disabled, false))).orderBy(asc(users.displayName));
}

export const alertsOfPerson = (db: Queryable, personId: string) =>
  db.select({ id: signalAlerts.id, status: signalAlerts.status }).from(signalAlerts).where(eq(signalAlerts.personId, personId)).orderBy(desc(signalAlerts.openedAt));
