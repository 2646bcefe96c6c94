// Each rule kind as one set-based SQL query: the people it fires for, with the exact rows that made it fire.
// The same query serves the nightly evaluation of the nation and the incremental evaluation of one person
// (personIds narrows it), so the two can never disagree.
import { sql, type SQL } from 'drizzle-orm';
import type { TRuleDefinition, TRuleFilters } from '../../../shared/signal-contracts.js';
import { addMonths } from '../clock/working-days.js';

export type RuleHitsQuery = { definition: TRuleDefinition; asOf: string; personIds: readonly string[] | null; ruleId?: string; from?: SQL };

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const uuidArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]`;

/**
 * The allegations a rule looks at: not restricted (counter-corruption cases never drive alerts others can see),
 * received by the evaluation date, within the window, matching the filters.
 */
function allegationConditions(filters: TRuleFilters, asOf: string, windowMonths: number | null, personIds: readonly string[] | null): SQL {
  const parts: SQL[] = [sql`c.restricted = false`, sql`c.received_on <= ${asOf}::date`];
  if (windowMonths !== null) parts.push(sql`c.received_on > ${addMonths(asOf, -windowMonths)}::date`);
  if (filters.tags.length > 0) parts.push(sql`a.tags && ${textArray(filters.tags)}`);
  if (filters.standards.length > 0) parts.push(sql`a.standard = any(${textArray(filters.standards)})`);
  if (filters.categories.length > 0) parts.push(sql`a.iopc_category = any(${textArray(filters.categories)})`);
  if (filters.sources.length > 0) parts.push(sql`c.source = any(${textArray(filters.sources)})`);
  if (filters.excludeNoCaseToAnswer) parts.push(sql`coalesce(s.case_to_answer, '') <> 'no_case_to_answer' and a.case_to_answer is distinct from false`);
  if (personIds !== null) parts.push(sql`s.person_id = any(${uuidArray(personIds)})`);
  return sql.join(parts, sql` and `);
}

/** Allegations with their subject (s) and case (c): the live tables, read by the incremental evaluation. */
export const LIVE_ALLEGATIONS = sql`allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = a.case_id`;

/**
 * The full evaluation first copies the allegations it may read (not restricted, received by the date) into a
 * temporary table, once, so seven rules scan one narrow table rather than joining three wide ones seven times.
 * The lateral aliases give the rules the same a / s / c names as the live tables; PostgreSQL flattens them.
 */
export function createAllegationBaseSql(asOf: string): SQL {
  return sql`create temporary table signal_base on commit drop as
    select a.id, a.tags, a.standard, a.iopc_category, a.case_to_answer, s.person_id as s_person_id, s.case_id as s_case_id,
      s.case_to_answer as s_case_to_answer, c.received_on as c_received_on, c.created_at as c_created_at, c.source as c_source
    from ${LIVE_ALLEGATIONS} where c.restricted = false and c.received_on <= ${asOf}::date`;
}
export const BASE_ALLEGATIONS = sql`signal_base a
  cross join lateral (select a.s_person_id as person_id, a.s_case_id as case_id, a.s_case_to_answer as case_to_answer) s
  cross join lateral (select a.c_received_on as received_on, a.c_created_at as created_at, a.c_source as source, false as restricted) c`;

/** Rows: person_id, allegation_ids (text[]), list_entry_ids (text[]), value (the figure compared with the threshold). */
export function ruleHitsSql({ definition: d, asOf, personIds, ruleId, from = LIVE_ALLEGATIONS }: RuleHitsQuery): SQL {
  switch (d.kind) {
    case 'count':
      return sql`select s.person_id, array_agg(a.id::text order by c.received_on, a.id) as allegation_ids, '{}'::text[] as list_entry_ids, count(*)::int as value
        from ${from}
        where ${allegationConditions(d.filters, asOf, d.windowMonths, personIds)}
        group by s.person_id having count(*) >= ${d.threshold}`;
    case 'during_live_warning':
      // An allegation received while a warning from another case was live.
      return sql`select s.person_id, array_agg(distinct a.id::text) as allegation_ids, '{}'::text[] as list_entry_ids, count(distinct a.id)::int as value
        from ${from}
        join case_subject w on w.person_id = s.person_id and w.case_id <> s.case_id and w.outcome = any(${textArray(d.warnings)})
          and w.outcome_on <= c.received_on and w.live_until >= c.received_on
        where ${allegationConditions(d.filters, asOf, null, personIds)}
        group by s.person_id`;
    case 'during_vetting_review':
      // Recorded after the review opened and before it ended (the allegation that opened it does not count).
      return sql`select s.person_id, array_agg(distinct a.id::text) as allegation_ids, '{}'::text[] as list_entry_ids, count(distinct a.id)::int as value
        from ${from}
        join vetting_review r on r.person_id = s.person_id and c.created_at > r.created_at
          and (r.decided_on is null or c.created_at::date <= r.decided_on)
        where ${allegationConditions(d.filters, asOf, null, personIds)}
        group by s.person_id`;
    case 'list_match':
      return sql`select le.person_id, '{}'::text[] as allegation_ids, array_agg(le.id::text order by le.decided_on) as list_entry_ids, count(*)::int as value
        from list_entry le
        where le.person_id is not null and le.removed_on is null and le.decided_on <= ${asOf}::date and le.list = any(${textArray(d.lists)})
          ${personIds === null ? sql`` : sql`and le.person_id = any(${uuidArray(personIds)})`}
        group by le.person_id`;
    case 'peer_percentile':
      // For a few people, compare with the peer thresholds kept by the last full evaluation (nightly, and on
      // first start): ranking a whole force again after every allegation would cost a second each time.
      if (personIds !== null && ruleId) return peerByThreshold(d, asOf, personIds, ruleId);
      return peerRanked(d, asOf, personIds, from);
  }
}

type PeerDefinition = Extract<TRuleDefinition, { kind: 'peer_percentile' }>;

/**
 * Peers: same force, role, rank and length-of-service band, serving on the evaluation date. (Warrant holds no
 * posting below force, so the force stands for it.) personFilter narrows to the given people's groups.
 */
function staffSql(asOf: string, personIds: readonly string[] | null): SQL {
  return sql`select distinct on (e.person_id) e.person_id, e.force_id, e.role, coalesce(e.rank, '') as rank,
      case when e.start_date > ${addMonths(asOf, -36)}::date then '0-2' when e.start_date > ${addMonths(asOf, -72)}::date then '3-5'
           when e.start_date > ${addMonths(asOf, -132)}::date then '6-10' when e.start_date > ${addMonths(asOf, -252)}::date then '11-20' else '21+' end as band
    from employment e where e.start_date <= ${asOf}::date and (e.end_date is null or e.end_date >= ${asOf}::date)
      ${personIds === null ? sql`` : sql`and e.person_id = any(${uuidArray(personIds)})`}
    order by e.person_id, e.start_date desc`;
}

function countedSql(d: PeerDefinition, asOf: string, personIds: readonly string[] | null, from: SQL = LIVE_ALLEGATIONS): SQL {
  return sql`select s.person_id, count(*)::int as n, array_agg(a.id::text order by c.received_on, a.id) as ids
    from ${from}
    where ${allegationConditions(d.filters, asOf, d.windowMonths, personIds)}
    group by s.person_id`;
}

/** Every serving person ranked within their peer group. Groups under 20 are left out: a percentile of a handful says nothing. */
export function peerRankedSql(d: PeerDefinition, asOf: string, from: SQL = LIVE_ALLEGATIONS): SQL {
  return sql`with staff as (${staffSql(asOf, null)}), counted as (${countedSql(d, asOf, null, from)})
    select st.person_id, st.force_id, st.role, st.rank, st.band, coalesce(k.n, 0) as n, coalesce(k.ids, '{}'::text[]) as ids,
      percent_rank() over (partition by st.force_id, st.role, st.rank, st.band order by coalesce(k.n, 0)) as pr,
      count(*) over (partition by st.force_id, st.role, st.rank, st.band) as group_size
    from staff st left join counted k on k.person_id = st.person_id`;
}

function peerRanked(d: PeerDefinition, asOf: string, personIds: readonly string[] | null, from: SQL): SQL {
  return sql`select person_id, ids as allegation_ids, '{}'::text[] as list_entry_ids, n as value from (${peerRankedSql(d, asOf, from)}) ranked
    where n >= ${d.minAllegations} and pr * 100 >= ${d.percentile} and group_size >= 20
      ${personIds === null ? sql`` : sql`and person_id = any(${uuidArray(personIds)})`}`;
}

function peerByThreshold(d: PeerDefinition, asOf: string, personIds: readonly string[], ruleId: string): SQL {
  return sql`select me.person_id, k.ids as allegation_ids, '{}'::text[] as list_entry_ids, k.n as value
    from (${staffSql(asOf, personIds)}) me
    join (${countedSql(d, asOf, personIds)}) k on k.person_id = me.person_id
    join signal_peer_threshold t on t.rule_id = ${ruleId}::uuid and t.force_id = me.force_id and t.role = me.role and t.rank = me.rank and t.band = me.band
    where t.group_size >= 20 and k.n >= greatest(t.threshold, ${d.minAllegations})`;
}

/**
 * The smallest count that reaches the percentile in each peer group, kept by the full evaluation so that the
 * evaluation of one person after a new allegation does not rank the whole force again.
 */
export function peerThresholdsSql(d: PeerDefinition, asOf: string, ruleId: string, from: SQL = LIVE_ALLEGATIONS): SQL {
  return sql`insert into signal_peer_threshold (rule_id, force_id, role, rank, band, threshold, group_size, as_of)
    select ${ruleId}::uuid, force_id, role, rank, band, coalesce(min(n) filter (where pr * 100 >= ${d.percentile}), 2147483647), max(group_size), ${asOf}::date
    from (${peerRankedSql(d, asOf, from)}) ranked group by force_id, role, rank, band`;
}
