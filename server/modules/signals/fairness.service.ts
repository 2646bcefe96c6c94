import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { decide, forceScope } from '../../../shared/policy.js';
import type { TFairness } from '../../../shared/signal-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { fairnessRows, type GroupCount } from './fairness.js';

const ETHNICITIES = ['white', 'asian', 'black', 'mixed', 'other', 'not_stated'] as const;
const SEXES = ['male', 'female', 'not_recorded'] as const;
// "High score": the top tenth of everyone the current model scored.
const HIGH_SCORE_RANK = 0.9;

type Row = { ethnicity: string; sex: string; people: number; alerted: number; high_score: number };

export async function getFairness({ db, ctx, threshold, forceId }: { db: Db; ctx: RequestContext; threshold: number; forceId?: string }): Promise<TFairness> {
  const actor = authorize(ctx, 'signal:read');
  if (forceId && decide(actor, 'signal:read', { forceIds: [forceId] }) !== 'allow') throw new AppError('FORBIDDEN', 'You may only see your own force');
  const scope = forceId ?? forceScope(actor, 'signal:read');
  const asOf = todayInEngland();
  const [model] = await queryRows<{ version: number | null }>(db, sql`select max(version) as version from risk_model`);
  const modelVersion = model?.version ?? null;
  // Everyone serving today in scope, with protected characteristics read only to count them.
  const rows = await queryRows<Row>(db, sql`
    with staff as (
      select distinct on (e.person_id) e.person_id, e.force_id from employment e
      where e.start_date <= ${asOf}::date and (e.end_date is null or e.end_date >= ${asOf}::date)
      order by e.person_id, e.start_date desc
    ), scored as (
      select person_id, percent_rank() over (order by score) as pr from risk_score where model_version = ${modelVersion ?? -1}
    )
    select coalesce(pc.ethnicity, 'not_stated') as ethnicity, p.sex, count(*)::int as people,
      count(*) filter (where exists (select 1 from signal_alert a where a.person_id = st.person_id and a.status = 'open'))::int as alerted,
      count(*) filter (where sc.pr >= ${HIGH_SCORE_RANK})::int as high_score
    from staff st join person p on p.id = st.person_id
    left join person_characteristic pc on pc.person_id = st.person_id
    left join scored sc on sc.person_id = st.person_id
    where ${scope === null ? sql`true` : sql`st.force_id = ${scope}`}
    group by 1, 2`);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'signals.fairness.read', entityType: 'signal_alert', forceId: scope })]));
  const by = (dimension: 'ethnicity' | 'sex', groups: readonly string[], measure: 'alerted' | 'high_score'): GroupCount[] =>
    groups.map((group) => {
      const mine = rows.filter((r) => r[dimension] === group);
      return { group, people: mine.reduce((s, r) => s + r.people, 0), events: mine.reduce((s, r) => s + r[measure], 0) };
    });
  const measures: TFairness['measures'] = [];
  for (const measure of ['open_alert', 'high_score'] as const) {
    if (measure === 'high_score' && modelVersion === null) continue;
    const column = measure === 'open_alert' ? 'alerted' : 'high_score';
    const what = measure === 'open_alert' ? 'with at least one open early-warning alert' : `in the top ${Math.round((1 - HIGH_SCORE_RANK) * 100)}% of risk scores (model ${modelVersion ?? ''})`;
    measures.push(
      { measure, dimension: 'ethnicity', reference: 'white', definition: `Share of people serving on ${asOf} ${what}, by ethnicity (ONS 2021 groups; "not stated" when unrecorded); relative rate index against White with 95% CI (log method), as in docs/statistics.md.`, rows: fairnessRows(by('ethnicity', ETHNICITIES, column), 'white', threshold) },
      { measure, dimension: 'sex', reference: 'male', definition: `Share of people serving on ${asOf} ${what}, by sex; relative rate index against male with 95% CI (log method).`, rows: fairnessRows(by('sex', SEXES, column), 'male', threshold) },
    );
  }
  return { asOf, forceId: scope, threshold, modelVersion, measures };
}
