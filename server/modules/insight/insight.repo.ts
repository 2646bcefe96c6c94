// Insight's reads: aggregate counts computed in SQL over the actor's scope (force, period, role), so rows
// outside the scope never leave the database. Every figure shares one population rule (docs/statistics.md):
// the workforce is everyone with an employment of the chosen roles (in the force) overlapping the period, and
// matters are the subjects of non-restricted cases received in the period (in the force) who are in that
// workforce. Restricted (counter-corruption) cases are left out of every figure.
//
// Matters are read from the summary insight_matter (one row per matter with what the figures need from its
// allegations and events, kept in the writing transaction by triggers: migration 0016). Each query can also run
// on the live tables ('live'), the computation the summary stands for; the tests check both give the same figures.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.js';

export type InsightScope = { forceId: string | null; from: string; to: string; roles: readonly string[] };
/** Where matters are read from: the summary (what the product uses) or the live tables (the reference). */
export type MatterSource = 'summary' | 'live';

const CASE_TO_ANSWER = sql`('case_to_answer_misconduct', 'case_to_answer_gross_misconduct')`;
const SANCTIONS = sql`('written_warning', 'final_written_warning', 'reduction_in_rank', 'dismissal_without_notice', 'would_have_been_dismissed')`;
const DISMISSALS = sql`('dismissal_without_notice', 'would_have_been_dismissed')`;

/** The insight role filters' role sets as the summary keys them (roles sorted, comma-joined; migration 0016). */
export const SUMMARISED_ROLE_SETS: readonly string[] = ['police_officer', 'pcso,police_staff', 'pcso,police_officer,police_staff'];

const roleSetKey = (roles: readonly string[]): string => [...roles].sort().join(',');

/**
 * The summary answers whole calendar years and the summarised role sets (all the service asks for); any other
 * scope is computed live.
 */
function sourceFor(scope: InsightScope, source: MatterSource): MatterSource {
  const wholeYears = scope.from.endsWith('-01-01') && scope.to.endsWith('-12-31');
  return source === 'summary' && wholeYears && SUMMARISED_ROLE_SETS.includes(roleSetKey(scope.roles)) ? 'summary' : 'live';
}

/** workforce (person_id, ethnicity, sex) and matters, as the header describes, from the summary or live. */
function populationCtes(scope: InsightScope, source: MatterSource): SQL {
  if (sourceFor(scope, source) === 'summary') {
    const firstYear = Number(scope.from.slice(0, 4));
    const lastYear = Number(scope.to.slice(0, 4));
    const inSpan = (s: SQL) => sql`${s}.scope = ${scope.forceId ?? '*'} and ${s}.roles = ${roleSetKey(scope.roles)}
        and ${s}.first_year <= ${lastYear}::int and (${s}.last_year is null or ${s}.last_year >= ${firstYear}::int)`;
    const matterForce = scope.forceId ? sql`and m.force_id = ${scope.forceId}` : sql``;
    // Within one year no one has two spans; over several, a person's spans are counted once.
    const distinct = lastYear > firstYear ? sql`distinct` : sql``;
    return sql`
    workforce as (
      select ${distinct} s.person_id, s.ethnicity, s.sex from insight_person_span s where ${inSpan(sql`s`)}
    ),
    matters as (
      select m.subject_id, m.person_id, m.state, m.case_to_answer, m.proceedings_form, m.outcome, m.case_id, m.force_id, m.received_on,
             m.allegations, m.categories, m.decisions, m.first_step, m.closed_days
      from insight_matter m
      where m.received_on between ${scope.from}::date and ${scope.to}::date ${matterForce}
        -- offset 0 keeps this a probe of the span index per matter, not a hash of the whole workforce
        and exists (select 1 from insight_person_span w where w.person_id = m.person_id and ${inSpan(sql`w`)} offset 0)
    )`;
  }
  const roles = sql.join(scope.roles.map((r) => sql`${r}`), sql`, `);
  const employmentForce = scope.forceId ? sql`and e.force_id = ${scope.forceId}` : sql``;
  const caseForce = scope.forceId ? sql`and c.force_id = ${scope.forceId}` : sql``;
  return sql`
    workforce as (
      select w.person_id, coalesce(pc.ethnicity, 'not_stated') as ethnicity, p.sex
      from (
        select distinct e.person_id from employment e
        where e.start_date <= ${scope.to}::date and (e.end_date is null or e.end_date >= ${scope.from}::date)
          and e.role in (${roles}) ${employmentForce}
      ) w
      join person p on p.id = w.person_id
      left join person_characteristic pc on pc.person_id = w.person_id
    ),
    matters as (
      select cs.id as subject_id, cs.person_id, cs.state, cs.case_to_answer, cs.proceedings_form, cs.outcome,
             c.id as case_id, c.force_id, c.received_on
      from case_subject cs
      join misconduct_case c on c.id = cs.case_id
      where not c.restricted and c.received_on between ${scope.from}::date and ${scope.to}::date ${caseForce}
        and cs.person_id in (select person_id from workforce)
        and exists (select 1 from allegation a where a.subject_id = cs.id)
    )`;
}

export type StageCountRow = {
  ethnicity: string; sex: string; workforce: number; allegation: number; case_to_answer: number;
  proceedings: number; sanction: number; dismissal: number;
};

/**
 * People at each stage by ethnicity and sex. A person reaches a stage when one of their matters did, and each
 * stage requires the ones before it on the same matter, so the stages nest. Ethnicity is read only here, in
 * aggregate; people with no recorded ethnicity count as not stated.
 */
export function countPeopleByStage(db: Queryable, scope: InsightScope, source: MatterSource = 'summary'): Promise<StageCountRow[]> {
  const reached = sql`
    reached as (
      select person_id,
        bool_or(case_to_answer in ${CASE_TO_ANSWER}) as cta,
        bool_or(case_to_answer in ${CASE_TO_ANSWER} and proceedings_form is not null) as proceedings,
        bool_or(case_to_answer in ${CASE_TO_ANSWER} and proceedings_form is not null and outcome in ${SANCTIONS}) as sanction,
        bool_or(case_to_answer in ${CASE_TO_ANSWER} and proceedings_form is not null and outcome in ${DISMISSALS}) as dismissal
      from matters group by person_id
    )`;
  const firstYear = Number(scope.from.slice(0, 4));
  const lastYear = Number(scope.to.slice(0, 4));
  if (sourceFor(scope, source) === 'summary' && firstYear === lastYear) {
    // One year: the headcount is the running sum of span starts and ends up to it; the people who reached a
    // stage take their ethnicity and sex from the span that puts them in the workforce.
    const scopeKey = scope.forceId ?? '*';
    const roles = roleSetKey(scope.roles);
    return queryRows<StageCountRow>(db, sql`
      with ${populationCtes(scope, source)},
      ${reached},
      headcount as (
        select ethnicity, sex, sum(delta)::int as workforce from insight_headcount
        where scope = ${scopeKey} and roles = ${roles} and year <= ${lastYear}::int
        group by 1, 2 having sum(delta) <> 0
      ),
      reached_by_group as (
        select w.ethnicity, w.sex, count(*)::int as allegation,
          (count(*) filter (where r.cta))::int as case_to_answer,
          (count(*) filter (where r.proceedings))::int as proceedings,
          (count(*) filter (where r.sanction))::int as sanction,
          (count(*) filter (where r.dismissal))::int as dismissal
        from reached r
        cross join lateral (
          select s.ethnicity, s.sex from insight_person_span s
          where s.person_id = r.person_id and s.scope = ${scopeKey} and s.roles = ${roles}
            and s.first_year <= ${lastYear}::int and (s.last_year is null or s.last_year >= ${firstYear}::int)
          limit 1
        ) w
        group by 1, 2
      )
      select h.ethnicity, h.sex, h.workforce,
        coalesce(g.allegation, 0) as allegation, coalesce(g.case_to_answer, 0) as case_to_answer, coalesce(g.proceedings, 0) as proceedings,
        coalesce(g.sanction, 0) as sanction, coalesce(g.dismissal, 0) as dismissal
      from headcount h left join reached_by_group g on g.ethnicity = h.ethnicity and g.sex = h.sex`);
  }
  return queryRows<StageCountRow>(db, sql`
    with ${populationCtes(scope, source)},
    ${reached}
    select w.ethnicity, w.sex,
      count(*)::int as workforce,
      count(r.person_id)::int as allegation,
      (count(*) filter (where r.cta))::int as case_to_answer,
      (count(*) filter (where r.proceedings))::int as proceedings,
      (count(*) filter (where r.sanction))::int as sanction,
      (count(*) filter (where r.dismissal))::int as dismissal
    from workforce w
    left join reached r on r.person_id = w.person_id
    group by 1, 2`);
}

// Where each person with a matter stands now: dismissed (by any force, or a dismissal without notice),
// else serving (an employment with no end date or one in the future), else left.
const personStatusCtes = (scope: InsightScope, source: MatterSource): SQL => sql`
  ${populationCtes(scope, source)},
  per_person as (${sourceFor(scope, source) === 'summary'
    ? sql`
    select m.person_id, sum(m.allegations)::int as allegations, count(distinct m.case_id)::int as cases,
           array_agg(distinct m.force_id order by m.force_id) as forces
    from matters m
    group by m.person_id`
    : sql`
    select m.person_id, count(a.id)::int as allegations, count(distinct m.case_id)::int as cases,
           array_agg(distinct m.force_id order by m.force_id) as forces
    from matters m join allegation a on a.subject_id = m.subject_id
    group by m.person_id`}
  ),
  with_status as (
    select pp.*,
      case
        when exists (select 1 from employment e where e.person_id = pp.person_id and e.leaving_reason = 'dismissed')
          or exists (select 1 from case_subject s join misconduct_case c on c.id = s.case_id
                     where s.person_id = pp.person_id and not c.restricted and s.outcome = 'dismissal_without_notice') then 'dismissed'
        when exists (select 1 from employment e where e.person_id = pp.person_id and (e.end_date is null or e.end_date > current_date)) then 'serving'
        else 'left'
      end as status
    from per_person pp
  )`;

export type RepeatCountRow = { band: string; status: string; people: number };

/** People by how many allegations (or cases) they have in scope, banded 1, 2, 3–5, 6+, and where they stand now. */
export function countRepeatPeople(db: Queryable, scope: InsightScope, unit: 'allegations' | 'cases', source: MatterSource = 'summary'): Promise<RepeatCountRow[]> {
  const n = unit === 'cases' ? sql.raw('cases') : sql.raw('allegations');
  return queryRows<RepeatCountRow>(db, sql`
    with ${personStatusCtes(scope, source)}
    select case when ${n} = 1 then '1' when ${n} = 2 then '2' when ${n} <= 5 then '3-5' else '6+' end as band,
      status, count(*)::int as people
    from with_status group by 1, 2`);
}

export type RepeatPersonRow = { person_id: string; given_names: string; family_name: string; forces: string[]; allegations: number; cases: number; status: string };

/** Named people with at least minAllegations in scope, most allegations first. No protected characteristics. */
export function listRepeatPeople(db: Queryable, scope: InsightScope, minAllegations: number, limit: number, source: MatterSource = 'summary'): Promise<RepeatPersonRow[]> {
  return queryRows<RepeatPersonRow>(db, sql`
    with ${personStatusCtes(scope, source)}
    select ws.person_id, p.given_names, p.family_name, ws.forces, ws.allegations, ws.cases, ws.status
    from with_status ws join person p on p.id = ws.person_id
    where ws.allegations >= ${minAllegations}
    order by ws.allegations desc, p.family_name, p.given_names, ws.person_id
    limit ${limit}`);
}

export type CaseToAnswerCountRow = { dimension: 'iopc_category' | 'standard' | 'tag'; key: string; decided: number; case_to_answer: number };

/** Allegations with a case-to-answer decision, and those found a case to answer, by category, Standard and tag. */
export function countCaseToAnswer(db: Queryable, scope: InsightScope, source: MatterSource = 'summary'): Promise<CaseToAnswerCountRow[]> {
  if (sourceFor(scope, source) === 'summary') {
    return queryRows<CaseToAnswerCountRow>(db, sql`
      with ${populationCtes(scope, source)}
      select d.key as dimension, k.key, sum((k.value ->> 0)::int)::int as decided, sum((k.value ->> 1)::int)::int as case_to_answer
      from matters m cross join lateral jsonb_each(m.decisions) d cross join lateral jsonb_each(d.value) k
      group by 1, 2`);
  }
  return queryRows<CaseToAnswerCountRow>(db, sql`
    with ${populationCtes(scope, source)},
    decided as (
      select a.iopc_category, a.standard, a.tags, a.case_to_answer
      from allegation a join matters m on m.subject_id = a.subject_id
      where a.case_to_answer is not null
    )
    select 'iopc_category' as dimension, iopc_category as key, count(*)::int as decided, (count(*) filter (where case_to_answer))::int as case_to_answer
      from decided group by iopc_category
    union all
    select 'standard', standard, count(*)::int, (count(*) filter (where case_to_answer))::int from decided group by standard
    union all
    select 'tag', tag, count(*)::int, (count(*) filter (where case_to_answer))::int
      from decided cross join lateral unnest(tags) as tag group by tag`);
}

export type TimelinessRow = { key: string; stage: string; matters: number; median: number | null; p75: number | null; p90: number | null };

/**
 * Days from the case being received to the first time each step was taken for a matter, and to its closure
 * (the latest closing step of a matter that is closed now), by IOPC category and for all categories.
 * A matter counts once in each category its allegations carry. Percentiles interpolate (percentile_cont).
 */
export function measureTimeliness(db: Queryable, scope: InsightScope, actions: readonly string[], source: MatterSource = 'summary'): Promise<TimelinessRow[]> {
  const stageActions = sql.join(actions.map((a) => sql`${a}`), sql`, `);
  const perMatter = sourceFor(scope, source) === 'summary'
    ? sql`
    stage_days as (
      select m.subject_id, s.key as stage, (s.value #>> '{}')::int as days
      from matters m cross join lateral jsonb_each(m.first_step) s
      where s.key in (${stageActions})
      union all
      select m.subject_id, 'closed', m.closed_days from matters m where m.state = 'closed' and m.closed_days is not null
    ),
    categories as (
      select m.subject_id, c.iopc_category from matters m cross join lateral unnest(m.categories) as c(iopc_category)
    )`
    : sql`
    stage_days as (
      select m.subject_id, e.action as stage, min(e.decided_on) - m.received_on as days
      from matters m join case_event e on e.subject_id = m.subject_id
      where e.action in (${stageActions})
      group by m.subject_id, e.action, m.received_on
      union all
      select m.subject_id, 'closed', max(e.decided_on) - m.received_on
      from matters m join case_event e on e.subject_id = m.subject_id
      where m.state = 'closed' and e.to_state = 'closed'
      group by m.subject_id, m.received_on
    ),
    categories as (
      select distinct a.subject_id, a.iopc_category from allegation a join matters m on m.subject_id = a.subject_id
    )`;
  return queryRows<TimelinessRow>(db, sql`
    with ${populationCtes(scope, source)},
    ${perMatter},
    keyed as (
      select 'all' as key, stage, days from stage_days
      union all
      select c.iopc_category, s.stage, s.days from stage_days s join categories c on c.subject_id = s.subject_id
    )
    select key, stage, count(*)::int as matters,
      (percentile_cont(0.5) within group (order by days))::float8 as median,
      (percentile_cont(0.75) within group (order by days))::float8 as p75,
      (percentile_cont(0.9) within group (order by days))::float8 as p90
    from keyed group by key, stage`);
}

export async function findForceName(db: Queryable, forceId: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(db, sql`select name from force where id = ${forceId}`);
  return row?.name ?? null;
}

/** The label of each thematic tag under its latest definition. */
export async function listTagLabels(db: Queryable): Promise<Map<string, string>> {
  const rows = await queryRows<{ tag: string; label: string }>(db, sql`select distinct on (tag) tag, label from tag_definition order by tag, version desc`);
  return new Map(rows.map((r) => [r.tag, r.label]));
}
