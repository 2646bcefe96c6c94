// The risk score's history features: one SQL query computes every feature of every person serving on a date,
// from what was on record by that date. Protected characteristics and their proxies are never read: no
// person_characteristic, no sex, no names, no date of birth (length of service comes from employment).
// Restricted (counter-corruption) cases are left out, as the rules leave them out.
import { sql, type SQL } from 'drizzle-orm';
import type { ThematicTag } from '../../../../shared/case-vocabulary.js';
import { addMonths } from '../../clock/working-days.js';

export const SEXUAL_TAGS: readonly ThematicTag[] = ['sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour'];
/** Serious, for the label: tagged sexual misconduct or domestic abuse (or found case to answer). */
export const SERIOUS_TAGS: readonly ThematicTag[] = [...SEXUAL_TAGS, 'domestic_abuse'];

const TAG_GROUPS = {
  sexual: SEXUAL_TAGS,
  da: ['domestic_abuse'],
  discrimination: ['racism', 'homophobia', 'other_discrimination', 'misogyny'],
  dishonesty: ['dishonesty', 'corruption', 'criminal_links'],
  force: ['use_of_force'],
} as const satisfies Record<string, readonly ThematicTag[]>;
type TagGroup = keyof typeof TAG_GROUPS | 'any';
const TAG_GROUP_KEYS: readonly TagGroup[] = ['any', 'sexual', 'da', 'discrimination', 'dishonesty', 'force'];
const GROUP_WORDS: Record<TagGroup, string> = {
  any: '', sexual: 'sexual-misconduct ', da: 'domestic-abuse ', discrimination: 'discrimination ', dishonesty: 'dishonesty or corruption ', force: 'use-of-force ',
};
const WINDOWS = { '12m': 12, '3y': 36, '5y': 60, ever: null } as const;
type Window = keyof typeof WINDOWS;
const WINDOW_KEYS = Object.keys(WINDOWS) as Window[];

export const ROLES = ['police_officer', 'police_staff', 'special_constable', 'pcso', 'volunteer', 'contractor'] as const;
type Role = (typeof ROLES)[number];
const ROLE_WORDS: Record<Role, string> = {
  police_officer: 'police officer', police_staff: 'police staff', special_constable: 'special constable', pcso: 'PCSO', volunteer: 'volunteer', contractor: 'contractor',
};

/**
 * One feature: the column the SQL returns and how it enters the model. Features that say one thing together
 * (the four windows of a count, the role indicators) share a factor: contributions are shown per factor, so
 * correlated features that pull in opposite directions read as their net effect.
 */
export type Feature = { key: string; factor: string; transform: (raw: number) => number };

// Counts are heavy-tailed (one complaint can carry 100 allegations): log1p keeps one large matter from
// outweighing a pattern of several.
const log1p = (raw: number): number => Math.log1p(Math.max(0, raw));
const capped = (max: number) => (raw: number): number => Math.min(max, Math.max(0, raw));

const allegationFeatures = WINDOW_KEYS.flatMap((window) => TAG_GROUP_KEYS.map((group) => ({
  key: `allegations_${group}_${window}`, factor: `allegations_${group}`, group, window, transform: log1p,
})));

export const FEATURES: readonly Feature[] = [
  ...allegationFeatures,
  { key: 'matters_ever', factor: 'matters', transform: log1p },
  { key: 'matters_3y', factor: 'matters', transform: log1p },
  { key: 'open_matters', factor: 'open_matters', transform: log1p },
  { key: 'any_allegation', factor: 'recency', transform: capped(1) },
  // No allegation on record counts as 10 years (the cap); any_allegation tells the two apart.
  { key: 'years_since_last_allegation', factor: 'recency', transform: capped(10) },
  { key: 'case_to_answer', factor: 'case_to_answer', transform: log1p },
  // Matters assessed as misconduct or gross misconduct (counted from the day of the assessment): the route to
  // proceedings and dismissal, which no count rule reads.
  { key: 'misconduct_matters', factor: 'misconduct_matters', transform: log1p },
  { key: 'sanctions', factor: 'sanctions', transform: log1p },
  { key: 'written_warning_live', factor: 'live_warning', transform: capped(1) },
  { key: 'final_written_warning_live', factor: 'live_warning', transform: capped(1) },
  { key: 'vetting_reviews', factor: 'vetting_reviews', transform: log1p },
  { key: 'transfers', factor: 'transfers', transform: capped(5) },
  // Moves to another force while a matter was open, or within a year of one being received: the rules cannot
  // see a move at all.
  { key: 'moves_under_allegation', factor: 'moves_under_allegation', transform: capped(3) },
  { key: 'moves_under_allegation_2y', factor: 'moves_under_allegation', transform: capped(3) },
  { key: 'years_of_service', factor: 'service', transform: capped(40) },
  // Police officer is the reference role.
  ...ROLES.filter((r) => r !== 'police_officer').map((r): Feature => ({ key: `role_${r}`, factor: 'role', transform: capped(1) })),
];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const years = (x: number): string => (x < 1 ? `${Math.round(x * 12)} months` : `${x.toFixed(1)} years`);

/** A factor in words, from the raw values of its features (e.g. "4 sexual-misconduct allegations: 2 in the last 12 months…"). */
export function describeFactor(factor: string, values: Readonly<Record<string, number>>): string {
  const v = (key: string): number => values[key] ?? 0;
  if (factor.startsWith('allegations_')) {
    const group = factor.slice('allegations_'.length) as TagGroup;
    const ever = v(`${factor}_ever`);
    const noun = `${GROUP_WORDS[group] ?? ''}allegation`;
    if (ever === 0) return `no ${noun}s on record`;
    return `${plural(ever, noun)} on record: ${v(`${factor}_12m`)} in the last 12 months, ${v(`${factor}_3y`)} in 3 years, ${v(`${factor}_5y`)} in 5 years`;
  }
  switch (factor) {
    case 'matters':
      return v('matters_ever') === 0 ? 'never the subject of a matter' : `the subject of ${plural(v('matters_ever'), 'matter')}, ${v('matters_3y')} in the last 3 years`;
    case 'open_matters':
      return v('open_matters') === 0 ? 'no matter open' : `${plural(v('open_matters'), 'matter')} still open`;
    case 'recency':
      return v('any_allegation') === 0 ? 'no allegation on record' : `last allegation ${years(v('years_since_last_allegation'))} ago`;
    case 'case_to_answer':
      return v('case_to_answer') === 0 ? 'never found case to answer' : `${plural(v('case_to_answer'), 'allegation')} found case to answer`;
    case 'sanctions':
      return v('sanctions') === 0 ? 'no sanction (written warning or more)' : `${plural(v('sanctions'), 'sanction')} (written warning or more)`;
    case 'live_warning':
      return v('final_written_warning_live') > 0 ? 'a final written warning live' : v('written_warning_live') > 0 ? 'a written warning live' : 'no live warning';
    case 'vetting_reviews':
      return v('vetting_reviews') === 0 ? 'no vetting review' : `${plural(v('vetting_reviews'), 'vetting review')} opened`;
    case 'misconduct_matters':
      return v('misconduct_matters') === 0 ? 'no matter assessed as misconduct' : `${plural(v('misconduct_matters'), 'matter')} assessed as misconduct or gross misconduct`;
    case 'moves_under_allegation':
      return v('moves_under_allegation') === 0 ? 'never moved force under allegation'
        : `moved force ${v('moves_under_allegation') === 1 ? 'once' : `${v('moves_under_allegation')} times`} while a matter was open or within a year of one, ${v('moves_under_allegation_2y')} in the last 2 years`;
    case 'transfers':
      return v('transfers') === 0 ? 'served in one force' : `served in ${v('transfers') + 1} forces`;
    case 'service':
      return `${years(v('years_of_service'))} of service`;
    case 'role': {
      const role = ROLES.find((r) => v(`role_${r}`) > 0) ?? 'police_officer';
      return `role: ${ROLE_WORDS[role]}`;
    }
    default:
      return factor;
  }
}

export type FeatureRow = { person_id: string; force_id: string } & Record<string, number | string>;

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
const uuidArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::uuid[]`;

/**
 * Rows: person_id, force_id (where they serve on the date) and one column per feature key, raw (before the
 * transform), for everyone serving on `asOf`. personIds narrows it to a few people.
 */
export function personFeaturesSql({ asOf, personIds }: { asOf: string; personIds: readonly string[] | null }): SQL {
  const since = (w: Window): SQL => {
    const months = WINDOWS[w];
    return months === null ? sql`true` : sql`received_on > ${addMonths(asOf, -months)}::date`;
  };
  const allegationCounts = sql.join(allegationFeatures.map((f) => {
    const inGroup = f.group === 'any' ? sql`true` : sql.raw(`is_${f.group}`);
    return sql`count(*) filter (where ${inGroup} and ${since(f.window)})::int as ${sql.identifier(f.key)}`;
  }), sql`, `);
  const groupFlags = sql.join((Object.keys(TAG_GROUPS) as (keyof typeof TAG_GROUPS)[]).map((g) => sql`a.tags && ${textArray(TAG_GROUPS[g])} as ${sql.raw(`is_${g}`)}`), sql`, `);
  const roleFlags = sql.join(ROLES.filter((r) => r !== 'police_officer').map((r) => sql`(p.role = ${r})::int as ${sql.identifier(`role_${r}`)}`), sql`, `);
  const people = personIds === null ? sql`true` : sql`e.person_id = any(${uuidArray(personIds)})`;
  return sql`
    with pop as (
      select distinct on (e.person_id) e.person_id, e.force_id, e.role
      from employment e
      where e.start_date <= ${asOf}::date and (e.end_date is null or e.end_date >= ${asOf}::date) and ${people}
      order by e.person_id, e.start_date desc, e.id
    ), career as (
      select e.person_id, min(e.start_date) as first_start, count(distinct e.force_id)::int as forces
      from employment e join pop using (person_id) where e.start_date <= ${asOf}::date group by e.person_id
    ), subjects as (
      select s.id, s.person_id, c.received_on, s.outcome, s.outcome_on, s.live_until, s.severity
      from case_subject s join misconduct_case c on c.id = s.case_id join pop using (person_id)
      where c.restricted = false and c.received_on <= ${asOf}::date
    ), allegations as (
      select s.person_id, s.received_on, a.case_to_answer, s.id as subject_id, ${groupFlags}
      from allegation a join subjects s on s.id = a.subject_id
    ), counted as (
      select person_id, ${allegationCounts}, max(received_on) as last_on
      from allegations group by person_id
    ), decided as (
      -- A finding counts from the day case to answer was decided, not before.
      select al.person_id, count(*)::int as n
      from allegations al join case_event ev on ev.subject_id = al.subject_id and ev.action = 'decide_case_to_answer' and ev.decided_on <= ${asOf}::date
      where al.case_to_answer group by al.person_id
    ), matters as (
      select s.person_id, count(*)::int as ever,
        count(*) filter (where s.received_on > ${addMonths(asOf, -36)}::date)::int as last_3y,
        count(*) filter (where not exists (select 1 from case_event ev where ev.subject_id = s.id and ev.to_state in ('closed', 'withdrawn') and ev.decided_on <= ${asOf}::date))::int as open,
        count(*) filter (where s.outcome in ('written_warning', 'final_written_warning', 'reduction_in_rank') and s.outcome_on <= ${asOf}::date)::int as sanctions,
        max(case when s.outcome = 'written_warning' and s.outcome_on <= ${asOf}::date and s.live_until >= ${asOf}::date then 1 else 0 end) as ww_live,
        max(case when s.outcome = 'final_written_warning' and s.outcome_on <= ${asOf}::date and s.live_until >= ${asOf}::date then 1 else 0 end) as fww_live,
        count(*) filter (where s.severity in ('misconduct', 'gross_misconduct') and exists (select 1 from case_event ev where ev.subject_id = s.id and ev.action = 'assess_severity' and ev.decided_on <= ${asOf}::date))::int as misconduct
      from subjects s group by s.person_id
    ), moves as (
      -- Starting in a force other than the one served in before, by the date.
      select person_id, start_date from (
        select e.person_id, e.force_id, e.start_date, lag(e.force_id) over (partition by e.person_id order by e.start_date, e.id) as previous_force
        from employment e join pop using (person_id) where e.start_date <= ${asOf}::date
      ) x where previous_force is not null and previous_force <> force_id
    ), moved as (
      select mv.person_id, count(*)::int as n, count(*) filter (where mv.start_date > ${addMonths(asOf, -24)}::date)::int as n_2y from moves mv
      where exists (select 1 from subjects s where s.person_id = mv.person_id and s.received_on <= mv.start_date
        and (s.received_on > mv.start_date - 365
          or not exists (select 1 from case_event ev where ev.subject_id = s.id and ev.to_state in ('closed', 'withdrawn') and ev.decided_on <= mv.start_date)))
      group by mv.person_id
    ), reviews as (
      select r.person_id, count(*)::int as n from vetting_review r join pop using (person_id) where r.opened_on <= ${asOf}::date group by r.person_id
    )
    select p.person_id, p.force_id,
      ${sql.join(allegationFeatures.map((f) => sql`coalesce(k.${sql.identifier(f.key)}, 0) as ${sql.identifier(f.key)}`), sql`, `)},
      coalesce(m.ever, 0) as matters_ever, coalesce(m.last_3y, 0) as matters_3y, coalesce(m.open, 0) as open_matters,
      (k.last_on is not null)::int as any_allegation,
      coalesce((${asOf}::date - k.last_on) / 365.25, 10)::float8 as years_since_last_allegation,
      coalesce(d.n, 0) as case_to_answer, coalesce(m.misconduct, 0) as misconduct_matters, coalesce(m.sanctions, 0) as sanctions,
      coalesce(m.ww_live, 0) as written_warning_live, coalesce(m.fww_live, 0) as final_written_warning_live,
      coalesce(r.n, 0) as vetting_reviews, greatest(coalesce(cr.forces, 1) - 1, 0) as transfers, coalesce(mo.n, 0) as moves_under_allegation, coalesce(mo.n_2y, 0) as moves_under_allegation_2y,
      ((${asOf}::date - cr.first_start) / 365.25)::float8 as years_of_service,
      ${roleFlags}
    from pop p
    left join career cr using (person_id)
    left join counted k using (person_id)
    left join decided d using (person_id)
    left join matters m using (person_id)
    left join reviews r using (person_id)
    left join moved mo using (person_id)
    order by p.person_id`;
}

/**
 * People who received a serious matter in (from, to]: an allegation tagged sexual misconduct or domestic abuse,
 * an allegation found case to answer, or a matter assessed as misconduct or gross misconduct (one that can end
 * in dismissal). A finding or an assessment counts only if it was made by `knownBy` (training labels must not
 * use decisions made after the training date; null: every decision on record).
 */
export function seriousAllegationSql({ from, to, knownBy }: { from: string; to: string; knownBy: string | null }): SQL {
  const decided = (action: string): SQL => (knownBy === null
    ? sql`true`
    : sql`exists (select 1 from case_event ev where ev.subject_id = s.id and ev.action = ${action} and ev.decided_on <= ${knownBy}::date)`);
  return sql`select distinct s.person_id
    from case_subject s join misconduct_case c on c.id = s.case_id
    where c.restricted = false and c.received_on > ${from}::date and c.received_on <= ${to}::date
      and (exists (select 1 from allegation a where a.subject_id = s.id and (a.tags && ${textArray(SERIOUS_TAGS)} or (a.case_to_answer and ${decided('decide_case_to_answer')})))
        or (s.severity in ('misconduct', 'gross_misconduct') and ${decided('assess_severity')}))`;
}

/** The feature vector (transformed, in FEATURES order) of one row. */
export function featureVector(row: FeatureRow): number[] {
  return FEATURES.map((f) => f.transform(Number(row[f.key] ?? 0)));
}

export type FactorContribution = { factor: string; contribution: number; values: Record<string, number> };

/** Sums per-feature contributions into factors, largest effect first (ties by name, so the order is stable). */
export function factorContributions(row: FeatureRow, contributions: readonly number[], top: number): FactorContribution[] {
  const byFactor = new Map<string, FactorContribution>();
  FEATURES.forEach((f, j) => {
    const entry = byFactor.get(f.factor) ?? { factor: f.factor, contribution: 0, values: {} };
    entry.contribution += contributions[j] ?? 0;
    entry.values[f.key] = Math.round(Number(row[f.key] ?? 0) * 100) / 100;
    byFactor.set(f.factor, entry);
  });
  return [...byFactor.values()]
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.factor.localeCompare(b.factor))
    .slice(0, top)
    .map((c) => ({ ...c, contribution: Math.round(c.contribution * 10_000) / 10_000 }));
}
