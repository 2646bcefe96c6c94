// signals-full / signals-incremental (issue 8's targets, on PostgreSQL with the generated dataset loaded):
//   signals-full: every default rule over everyone, writing alerts; target ≤ 2× one hand-written SQL scan that
//                 computes the same per-person figures (measured in the same run), and under 30 s.
//   signals-incremental: the rules for one person, as after a new allegation; target p95 < 20 ms.
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client.js';
import { addMonths, todayInEngland } from '../server/modules/clock/working-days.js';
import { evaluateAll, evaluatePeople } from '../server/modules/signals/evaluate.service.js';
import { environment } from './cases.bench.js';
import { percentile, seconds, type Benchmark } from './support.js';

const SEXUAL_OR_DA = ['sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour', 'domestic_abuse'];

/** The figures the default rules compare with their thresholds, written by hand as one pass per source table. */
function handWrittenScan(asOf: string) {
  const tags = sql`array[${sql.join(SEXUAL_OR_DA.map((t) => sql`${t}`), sql`, `)}]::text[]`;
  return sql`
    with counts as (
      select s.person_id,
        count(*) filter (where c.received_on > ${addMonths(asOf, -60)}::date and a.tags && ${tags}) as sexual_da_5y,
        count(*) filter (where c.received_on > ${addMonths(asOf, -12)}::date) as any_12m,
        count(*) as ever,
        count(*) filter (where exists (select 1 from case_subject w where w.person_id = s.person_id and w.case_id <> s.case_id
          and w.outcome = 'final_written_warning' and w.outcome_on <= c.received_on and w.live_until >= c.received_on)) as during_fww,
        count(*) filter (where exists (select 1 from vetting_review r where r.person_id = s.person_id and c.created_at > r.created_at
          and (r.decided_on is null or c.created_at::date <= r.decided_on))) as during_review
      from allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = a.case_id
      where not c.restricted and c.received_on <= ${asOf}::date
      group by s.person_id
    ), listed as (
      select person_id, count(*) as entries from list_entry where person_id is not null and removed_on is null group by person_id
    ), staff as (
      select distinct on (e.person_id) e.person_id, e.force_id, e.role, coalesce(e.rank, '') as rank,
        width_bucket(extract(year from age(${asOf}::date, e.start_date)), array[3, 6, 11, 21]) as band
      from employment e where e.start_date <= ${asOf}::date and (e.end_date is null or e.end_date >= ${asOf}::date)
      order by e.person_id, e.start_date desc
    ), peers as (
      select st.person_id, coalesce(k.any_12m, 0) as n,
        percent_rank() over (partition by st.force_id, st.role, st.rank, st.band order by coalesce(k.any_12m, 0)) as pr
      from staff st left join counts k on k.person_id = st.person_id
    )
    select
      count(*) filter (where k.sexual_da_5y >= 2) as r1, count(*) filter (where k.any_12m >= 3) as r2, count(*) filter (where k.during_fww > 0) as r3,
      count(*) filter (where k.ever >= 6) as r4, count(*) filter (where k.during_review > 0) as r5,
      (select count(*) from listed) as r6, (select count(*) from peers where n >= 2 and pr >= 0.95) as r7
    from counts k`;
}

export const signalsFull: Benchmark = {
  name: 'signals-full',
  description: 'Full re-evaluation of every default rule over the dataset, writing alerts (PostgreSQL); target ≤ 2× a hand-written scan and < 30 s',
  run: async ({ quick, log }) => {
    const env = await environment(quick, log);
    const db = env.database.db;
    const asOf = todayInEngland();
    // Start from an empty queue so the first run writes every alert.
    await queryRows(db, sql`delete from signal_alert`);
    let started = performance.now();
    const [figures] = await queryRows<Record<string, number>>(db, handWrittenScan(asOf));
    const scanSeconds = seconds(started);
    log(`hand-written scan: ${scanSeconds.toFixed(2)} s ${JSON.stringify(figures)}`);
    started = performance.now();
    const first = await evaluateAll(db, asOf);
    const firstSeconds = seconds(started);
    log(`first evaluation: ${firstSeconds.toFixed(2)} s, ${first.opened} alerts opened`);
    started = performance.now();
    const second = await evaluateAll(db, asOf);
    const secondSeconds = seconds(started);
    return {
      name: 'signals-full', scale: env.scale,
      rows: [
        { label: 'hand-written scan (baseline)', seconds: scanSeconds, ratio: 1, note: 'same figures, no alerts written' },
        { label: 'evaluateAll, empty queue', rows: first.opened, seconds: firstSeconds, ratio: firstSeconds / scanSeconds, note: 'opens every alert; target ≤ 2× and < 30 s' },
        { label: 'evaluateAll, nothing changed', rows: second.hits, seconds: secondSeconds, ratio: secondSeconds / scanSeconds, note: 'the nightly run on a quiet night' },
      ],
      details: { figures, first, second },
    };
  },
};

export const signalsIncremental: Benchmark = {
  name: 'signals-incremental',
  description: 'The rules for one person after a new allegation (PostgreSQL), p95; target < 20 ms',
  run: async ({ quick, log }) => {
    const env = await environment(quick, log);
    const db = env.database.db;
    const iterations = quick ? 200 : 400;
    const people = await queryRows<{ person_id: string; n: number }>(db, sql`
      select s.person_id, count(*)::int as n from case_subject s group by s.person_id order by md5(s.person_id::text) limit ${iterations}`);
    const run = async (ids: readonly string[]) => {
      const durations: number[] = [];
      for (const [i, id] of ids.entries()) {
        const started = performance.now();
        await db.transaction((tx) => evaluatePeople(tx, [id]));
        if (i >= 10) durations.push(performance.now() - started);
      }
      return durations;
    };
    const durations = await run(people.map((p) => p.person_id));
    // Baseline: the same transaction doing one trivial query, i.e. the fixed cost of a round trip.
    const baseline: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await db.transaction((tx) => queryRows(tx, sql`select 1`));
      if (i >= 10) baseline.push(performance.now() - started);
    }
    const p95 = percentile(durations, 95);
    const baseP95 = percentile(baseline, 95);
    log(`incremental p95 ${p95.toFixed(1)} ms over ${durations.length} people (median prior cases ${people[Math.floor(people.length / 2)]?.n ?? 0})`);
    return {
      name: 'signals-incremental', scale: env.scale,
      rows: [
        { label: 'transaction with select 1 (baseline)', rows: baseline.length, p50Ms: percentile(baseline, 50), p95Ms: baseP95, ratio: 1 },
        { label: 'evaluatePeople(one person), all default rules', rows: durations.length, p50Ms: percentile(durations, 50), p95Ms: p95, ratio: p95 / baseP95, note: 'target p95 < 20 ms' },
      ],
    };
  },
};
