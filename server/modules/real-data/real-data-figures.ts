// Warrant's figures for one force, worked out by the product's own Insight and early-warning code (no special path),
// twice: on everything imported, and without the rows an import flagged for data quality. "Without" is the same code
// run inside a transaction that first deletes the flagged rows and is then rolled back, so nothing is changed.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.js';
import { authorize, type RequestContext, type SignedInUser } from '../../context.js';
import { fieldError } from '../../errors.js';
import type { TCaseToAnswer, TDisproportionality, TRepeatDistribution } from '../../../shared/insight-contracts.js';
import { getCaseToAnswer, getDisproportionality, getRepeatDistribution, ROLE_FILTERS } from '../insight/insight.service.js';
import { listRepeatPeople } from '../insight/insight.repo.js';
import { isSmall, suppressTable } from '../insight/statistics.js';
import { evaluateAll } from '../signals/evaluate.service.js';

/** What each flag means, and whether "without flagged rows" leaves the flagged rows out. */
export const FLAG_DEFINITIONS: Record<string, { label: string; excluded: boolean }> = {
  placeholder_subject: { label: 'One subject reference carries far more cases than any officer could: likely a placeholder for "unknown officer"', excluded: true },
  not_on_roster: { label: 'Accused officer not on the roster: made a new person from the accused rows; leaving date unknown', excluded: true },
  no_appointment_date: { label: 'No appointment date: no employment, so not in the workforce', excluded: true },
  placeholder_category: { label: 'The category is a placeholder ("In Process-Allegation Pending") or missing', excluded: true },
  appointed_after_complaint: { label: 'Officer appointed after the complaint about them (a later record merged in?)', excluded: true },
  incident_after_complaint: { label: 'Incident date after the complaint date', excluded: true },
  closed_before_complaint: { label: 'Closed before the complaint was made', excluded: true },
  rehired_after_resigning: { label: 'Resigned before the latest appointment: a re-hire whose earlier service is not recorded (informative only)', excluded: false },
};
export const EXCLUDED_FLAGS = Object.entries(FLAG_DEFINITIONS).filter(([, d]) => d.excluded).map(([f]) => f);

/**
 * Small numbers are protected as Insight protects them (statistics.ts): a top band of fewer subjects than the
 * threshold does not show its allegations or share (they would describe one or two officers), and a rule that
 * alerted fewer people than the threshold shows "<threshold". Alert counts overlap (one person, several rules), so
 * there is no total to protect a hidden one against.
 */
export type Concentration = {
  subjects: number;
  allegations: number;
  top: { percent: number; subjects: number; allegations: number | null; share: number | null; suppressed: 'primary' | null }[];
};
export type AlertCount = { code: string; name: string; people: number | null; suppressed: 'primary' | null };

/** What each figure of the report is, in the words shown beside it in the report and on the web page. */
export const REAL_DATA_DEFINITIONS = {
  concentration: 'The share of all allegations in scope accounted for by the subjects with the most allegations (the top 1%, 5% and 10% of subjects, rounded up to whole subjects), counted by Insight\'s population rule.',
  alerts: 'People with an alert from each active early-warning rule, evaluated by the product\'s own evaluation as of the last day of the period, in a transaction that is then rolled back: the alert queue is not changed.',
  withoutFlagged: 'Without flagged rows: the same code, run after the rows behind the flags marked "left out" are set aside (in a transaction that is rolled back, so nothing is deleted).',
  dataQuality: 'What a careful analyst would question before trusting the figures. Counts here are of source rows and records, not of people by any characteristic, so they are not suppressed.',
} as const;
export type FigureSet = {
  repeatByCases: TRepeatDistribution;
  repeatByAllegations: TRepeatDistribution;
  concentration: Concentration;
  caseToAnswer: TCaseToAnswer;
  disproportionality: TDisproportionality;
  alerts: AlertCount[];
};
export type DataQuality = {
  flags: { flag: string; label: string; excluded: boolean; rows: number }[];
  linkage: Record<string, number>;
  unidentifiedSubjects: number;
  nonPersonSubjects: number;
  subjectRows: number;
};
export type RealDataFigures = {
  force: { id: string; name: string; jurisdiction: string };
  definitions: typeof REAL_DATA_DEFINITIONS;
  period: { year: number; years: number; from: string; to: string };
  alertsAsOf: string;
  threshold: number;
  all: FigureSet;
  withoutFlagged: FigureSet;
  dataQuality: DataQuality;
};

/**
 * The CLI's reader: a national analyst. Insight answers analysts with aggregates only; the command is trusted
 * because it runs with shell access to the server, like every `warrant` command.
 */
export function analystContext(): RequestContext {
  const actor: SignedInUser = { id: '00000000-0000-4000-8000-000000000000', roles: ['analyst'], forceId: null, email: 'cli@warrant.invalid', displayName: 'warrant report (command line)', forceName: null, sessionId: 'cli' };
  return { actor, requestId: `cli-${process.pid}-${Date.now()}`, clientAddress: null };
}

class RollBack extends Error {}

/** Runs fn in a transaction that is always rolled back, returning its result. */
async function inRolledBackTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await db.transaction(async (tx) => {
      result = { value: await fn(tx) };
      throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (result === null) throw new Error('the figures were not worked out');
  return (result as { value: T }).value;
}

/** Deletes the rows behind the excluded flags of a force (only ever inside a rolled-back transaction). */
async function deleteFlaggedRows(tx: Db, forceId: string): Promise<void> {
  const flags = sql.join(EXCLUDED_FLAGS.map((f) => sql`${f}`), sql`, `);
  const flagged = (type: string) => sql`(select entity_id from data_quality_flag where force_id = ${forceId} and entity_type = ${type} and flag in (${flags}))`;
  await tx.execute(sql`delete from allegation where id in ${flagged('allegation')}`);
  await tx.execute(sql`delete from case_subject where id in ${flagged('case_subject')} or person_id in ${flagged('person')} or case_id in ${flagged('misconduct_case')}`);
  await tx.execute(sql`delete from employment where person_id in ${flagged('person')}`);
}

async function figureSet(db: Db, ctx: RequestContext, forceId: string, year: number, years: number, threshold: number, alertsAsOf: string): Promise<FigureSet> {
  const query = { forceId, year, years, role: 'all' as const };
  const repeatByCases = await getRepeatDistribution({ db, ctx, threshold, query: { ...query, count: 'cases' } });
  const repeatByAllegations = await getRepeatDistribution({ db, ctx, threshold, query: { ...query, count: 'allegations' } });
  const caseToAnswer = await getCaseToAnswer({ db, ctx, threshold, query });
  const disproportionality = await getDisproportionality({ db, ctx, threshold, query });
  // Concentration: per-person allegation counts under Insight's population rule (the drill-down's own query), used
  // here only in aggregate.
  const people = await listRepeatPeople(db, { forceId, from: `${year - years + 1}-01-01`, to: `${year}-12-31`, roles: ROLE_FILTERS.all }, 1, 10_000_000);
  const counts = people.map((p) => p.allegations).sort((a, b) => b - a);
  const total = counts.reduce((s, n) => s + n, 0);
  const concentration: Concentration = {
    subjects: counts.length,
    allegations: total,
    top: [1, 5, 10].map((percent) => {
      const n = Math.ceil((counts.length * percent) / 100);
      const allegations = counts.slice(0, n).reduce((s, v) => s + v, 0);
      if (isSmall(n, threshold)) return { percent, subjects: n, allegations: null, share: null, suppressed: 'primary' as const };
      return { percent, subjects: n, allegations, share: total > 0 ? allegations / total : null, suppressed: null };
    }),
  };
  // Alerts already in the queue (raised on other days, disposed of or not) are set aside inside this rolled-back
  // transaction, so the count is what the rules raise on these rows as of the date.
  await db.execute(sql`delete from signal_alert where force_id = ${forceId}`);
  await evaluateAll(db, alertsAsOf);
  const raised = await queryRows<{ code: string; name: string; people: number }>(db, sql`
    select r.code, v.name, count(distinct a.person_id)::int as people
    from signal_rule r join signal_rule_version v on v.rule_id = r.id and v.version = r.current_version
    left join signal_alert a on a.rule_id = r.id and a.force_id = ${forceId}
    where r.active group by r.code, v.name order by r.code`);
  const hidden = suppressTable(raised.map((r) => [r.people]), { threshold, rowTotals: false, columnTotals: false }).cells;
  const alerts: AlertCount[] = raised.map((r, i) => {
    const state = hidden[i]?.[0] ?? null;
    return state ? { code: r.code, name: r.name, people: null, suppressed: 'primary' } : { ...r, suppressed: null };
  });
  return { repeatByCases, repeatByAllegations, concentration, caseToAnswer, disproportionality, alerts };
}

async function dataQualityOf(db: Db, forceId: string): Promise<DataQuality> {
  const flagRows = await queryRows<{ flag: string; n: number }>(db, sql`select flag, count(*)::int as n from data_quality_flag where force_id = ${forceId} group by flag order by flag`);
  const links = await queryRows<{ link: string; n: number }>(db, sql`
    select coalesce(detail->>'link', 'not linked') as link, count(*)::int as n from source_record where force_id = ${forceId} and kind = 'accused' group by 1`);
  const [kinds] = await queryRows<{ unidentified: number; non_person: number; subjects: number }>(db, sql`
    select (count(*) filter (where kind = 'unidentified_subject'))::int as unidentified, (count(*) filter (where kind = 'non_person_subject'))::int as non_person,
      (select count(*)::int from case_subject where force_id = ${forceId}) as subjects
    from source_record where force_id = ${forceId}`);
  return {
    flags: flagRows.map((r) => ({ flag: r.flag, label: FLAG_DEFINITIONS[r.flag]?.label ?? r.flag, excluded: FLAG_DEFINITIONS[r.flag]?.excluded ?? false, rows: r.n })),
    linkage: Object.fromEntries(links.map((l) => [l.link, l.n])),
    unidentifiedSubjects: kinds?.unidentified ?? 0,
    nonPersonSubjects: kinds?.non_person ?? 0,
    subjectRows: kinds?.subjects ?? 0,
  };
}

/**
 * Every figure of the report, with and without flagged rows. Reads only; alerts are evaluated and rolled back.
 * `ctx` is the reader: the command line's national analyst, or the signed-in user of the web page, whose reach
 * Insight checks (a force outside it answers 404, as for Insight's own figures).
 */
export async function computeRealDataFigures({ db, ctx = analystContext(), forceId, year, years, threshold }: {
  db: Db; ctx?: RequestContext; forceId: string; year?: number; years?: number; threshold: number;
}): Promise<RealDataFigures> {
  authorize(ctx, 'insight:read');
  const [force] = await queryRows<{ id: string; name: string; jurisdiction: string }>(db, sql`select id, name, jurisdiction from force where id = ${forceId}`);
  if (!force) throw fieldError('forceId', `no force with code ${forceId}`);
  authorize(ctx, 'insight:read', { forceIds: [forceId] }, { what: 'force' });
  const [span] = await queryRows<{ first: string | null; last: string | null }>(db, sql`
    select min(c.received_on)::text as first, max(c.received_on)::text as last from misconduct_case c where c.force_id = ${forceId} and exists (select 1 from case_subject s where s.case_id = c.id)`);
  if (!span?.first || !span.last) throw fieldError('forceId', `force ${forceId} has no case with a subject: import its data first`);
  const lastYear = year ?? Number(span.last.slice(0, 4));
  const spanYears = years ?? Math.min(20, Math.max(1, lastYear - Number(span.first.slice(0, 4)) + 1));
  const alertsAsOf = `${lastYear}-12-31`;
  const all = await inRolledBackTransaction(db, (tx) => figureSet(tx, ctx, forceId, lastYear, spanYears, threshold, alertsAsOf));
  const withoutFlagged = await inRolledBackTransaction(db, async (tx) => {
    await deleteFlaggedRows(tx, forceId);
    return figureSet(tx, ctx, forceId, lastYear, spanYears, threshold, alertsAsOf);
  });
  return {
    force, definitions: REAL_DATA_DEFINITIONS, period: { year: lastYear, years: spanYears, from: `${lastYear - spanYears + 1}-01-01`, to: `${lastYear}-12-31` }, alertsAsOf, threshold,
    all, withoutFlagged, dataQuality: await dataQualityOf(db, forceId),
  };
}
