// Insight: aggregate figures (disproportionality, repeat distribution, case to answer, timeliness) with their
// definitions and suppression, and the drill-down of named repeat subjects for authorised roles (audited).
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { fieldError } from '../../errors.js';
import { forceScope, type Action } from '../../../shared/policy.js';
import { IOPC_CATEGORIES, IOPC_CATEGORY_LABELS, STANDARDS, STANDARD_LABELS } from '../../../shared/case-vocabulary.js';
import { DISPROPORTIONALITY_STAGES, REPEAT_BANDS, REPEAT_OUTCOMES, TIMELINESS_STAGES, type InsightFigure, type InsightRoleFilter } from '../../../shared/insight-vocabulary.js';
import {
  type TCaseToAnswer, type TCaseToAnswerTable, type TCount, type TDisproportionality,
  type TDisproportionalityTable, type TDisproportionalityTrend, type TEstimate, type TFigureMeta, type TInsightQuery, type TRepeatDistribution, type TRepeatDrilldown, type TRepeatQuery,
  type TRepeatDrilldownQuery, type TTimeliness,
} from '../../../shared/insight-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { FIGURE_TEXT, suppressionRule } from './insight-definitions.js';
import {
  countCaseToAnswer, countPeopleByStage, countRepeatPeople, findForceName, listRepeatPeople, listTagLabels, measureTimeliness,
  type InsightScope, type StageCountRow,
} from './insight.repo.js';
import { relativeRateIndex, suppressTable, wilsonInterval, type Suppression } from './statistics.js';

type Options<Q = TInsightQuery> = { db: Db; ctx: RequestContext; threshold: number; query: Q };

export const ROLE_FILTERS: Record<InsightRoleFilter, readonly string[]> = {
  officers: ['police_officer'],
  staff: ['police_staff', 'pcso'],
  all: ['police_officer', 'police_staff', 'pcso'],
};

const DRILLDOWN_LIMIT = 500;

type ResolvedScope = { scope: InsightScope; meta: TFigureMeta['scope'] };

/**
 * The force, period and roles a figure covers. A force outside the actor's reach answers 404 like any record
 * they may not see; without a force, a national actor gets every force and a force actor their own.
 */
async function resolveScope(db: Db, ctx: RequestContext, action: Action, query: TInsightQuery): Promise<ResolvedScope> {
  const actor = authorize(ctx, action);
  const thisYear = Number(todayInEngland().slice(0, 4));
  const year = query.year ?? thisYear;
  if (year > thisYear) throw fieldError('year', `must not be after the current year (${thisYear})`);
  let forceId: string | null;
  let forceName: string;
  if (query.forceId) {
    const name = await findForceName(db, query.forceId);
    if (!name) throw fieldError('forceId', `no force with code ${query.forceId}`);
    authorize(ctx, action, { forceIds: [query.forceId] }, { what: 'force' });
    forceId = query.forceId;
    forceName = name;
  } else {
    forceId = forceScope(actor, action);
    forceName = forceId ? (await findForceName(db, forceId)) ?? forceId : 'All forces';
  }
  const from = `${year - query.years + 1}-01-01`;
  const to = `${year}-12-31`;
  return { scope: { forceId, from, to, roles: ROLE_FILTERS[query.role] }, meta: { forceId, forceName, from, to, role: query.role } };
}

function metaOf(figure: InsightFigure, resolved: ResolvedScope, threshold: number, states: Suppression[], warnings: string[]): TFigureMeta {
  return {
    figure,
    ...FIGURE_TEXT[figure],
    scope: resolved.meta,
    suppression: {
      threshold,
      primary: states.filter((s) => s === 'primary').length,
      secondary: states.filter((s) => s === 'secondary').length,
      rule: suppressionRule(threshold),
    },
    warnings,
    asOf: new Date().toISOString(),
  };
}

const countOf = (value: number, state: Suppression): TCount => (state ? { value: null, suppressed: state } : { value, suppressed: null });
const noEstimate = (note: string): TEstimate => ({ value: null, lower: null, upper: null, note });
const HIDDEN_NOTE = 'Not shown: it rests on a suppressed count';

function proportion(x: number, n: number, hidden: boolean, emptyNote: string): TEstimate {
  if (hidden) return noEstimate(HIDDEN_NOTE);
  const w = wilsonInterval(x, n);
  return w ? { ...w, note: null } : noEstimate(emptyNote);
}

function ratio(a: number, n1: number, b: number, n2: number, hidden: boolean, referenceLabel: string): TEstimate {
  if (hidden) return noEstimate(HIDDEN_NOTE);
  if (n2 === 0) return noEstimate(`No ${referenceLabel} reference group to compare with`);
  const r = relativeRateIndex(a, n1, b, n2);
  if (r.kind === 'none') return noEstimate(r.reason === 'zero denominator' ? 'No one in this group to compare' : 'No one in either group reached this stage');
  return { value: r.value, lower: r.lower, upper: r.upper, note: r.zeroCellCorrected ? 'A count is zero: 0.5 added to each cell (Haldane–Anscombe)' : null };
}

const STAGE_LABELS: Record<(typeof DISPROPORTIONALITY_STAGES)[number], string> = {
  workforce: 'In the workforce',
  allegation: 'Subject of an allegation',
  case_to_answer: 'Case to answer',
  proceedings: 'Misconduct proceedings',
  sanction: 'Sanction',
  dismissal: 'Dismissed',
};

type Dimension = { name: 'ethnicity' | 'sex'; reference: string; groups: readonly { key: string; label: string; compared: boolean }[] };
const ETHNICITY: Dimension = {
  name: 'ethnicity',
  reference: 'white',
  groups: [
    { key: 'white', label: 'White', compared: true },
    { key: 'asian', label: 'Asian', compared: true },
    { key: 'black', label: 'Black', compared: true },
    { key: 'mixed', label: 'Mixed', compared: true },
    { key: 'other', label: 'Other', compared: true },
    { key: 'not_stated', label: 'Not stated', compared: false },
  ],
};
const SEX: Dimension = {
  name: 'sex',
  reference: 'male',
  groups: [
    { key: 'male', label: 'Male', compared: true },
    { key: 'female', label: 'Female', compared: true },
    { key: 'not_recorded', label: 'Not recorded', compared: false },
  ],
};

function disproportionalityTable(rows: StageCountRow[], dimension: Dimension, threshold: number): { table: TDisproportionalityTable; states: Suppression[] } {
  const counts = dimension.groups.map((g) => DISPROPORTIONALITY_STAGES.map((stage) =>
    rows.filter((r) => (dimension.name === 'ethnicity' ? r.ethnicity : r.sex) === g.key).reduce((s, r) => s + r[stage], 0)));
  // Stages nest, so only the column (stage) totals add up.
  const suppressed = suppressTable(counts, { threshold, rowTotals: false, columnTotals: true });
  const refIndex = dimension.groups.findIndex((g) => g.key === dimension.reference);
  const referenceLabel = dimension.groups[refIndex]?.label ?? dimension.reference;
  const at = (g: number, k: number) => counts[g]?.[k] ?? 0;
  const hiddenAt = (g: number, k: number) => (suppressed.cells[g]?.[k] ?? null) !== null;
  const stages = DISPROPORTIONALITY_STAGES.map((stage, k) => ({
    stage,
    label: STAGE_LABELS[stage],
    total: countOf(counts.reduce((s, row) => s + (row[k] ?? 0), 0), suppressed.columnTotals[k] ?? null),
    rows: dimension.groups.map((group, g) => {
      const isReference = g === refIndex;
      const versus = (base: number): TEstimate => {
        if (k === 0) return noEstimate('The workforce is the starting point');
        if (isReference) return noEstimate('Reference group');
        if (!group.compared) return noEstimate('Not compared: the group is unknown');
        const hidden = hiddenAt(g, k) || hiddenAt(g, base) || hiddenAt(refIndex, k) || hiddenAt(refIndex, base);
        return ratio(at(g, k), at(g, base), at(refIndex, k), at(refIndex, base), hidden, referenceLabel);
      };
      return {
        group: group.key,
        label: group.label,
        isReference,
        count: countOf(at(g, k), suppressed.cells[g]?.[k] ?? null),
        rateOfPrevious: k === 0
          ? noEstimate('The workforce is the starting point')
          : proportion(at(g, k), at(g, k - 1), hiddenAt(g, k) || hiddenAt(g, k - 1), 'No one in this group at the previous stage'),
        rriPerHead: versus(0),
        rriVsPrevious: versus(Math.max(k - 1, 0)),
      };
    }),
  }));
  const states = [...suppressed.cells.flat(), ...suppressed.columnTotals];
  return { table: { dimension: dimension.name, reference: dimension.reference, stages }, states };
}

/** Disproportionality for each year of the period (at most 20 small queries, one per year, sent at once). */
export async function getDisproportionalityTrend({ db, ctx, threshold, query }: Options): Promise<TDisproportionalityTrend> {
  const resolved = await resolveScope(db, ctx, 'insight:read', query);
  const last = Number(resolved.scope.to.slice(0, 4));
  const wanted = Array.from({ length: query.years }, (_, i) => last - query.years + 1 + i);
  const counted = await Promise.all(wanted.map((year) => countPeopleByStage(db, { ...resolved.scope, from: `${year}-01-01`, to: `${year}-12-31` })));
  const states: Suppression[] = [];
  const years = [];
  for (const [i, year] of wanted.entries()) {
    const rows = counted[i] ?? [];
    const ethnicity = disproportionalityTable(rows, ETHNICITY, threshold);
    const sex = disproportionalityTable(rows, SEX, threshold);
    states.push(...ethnicity.states, ...sex.states);
    years.push({ year, byEthnicity: ethnicity.table, bySex: sex.table });
  }
  return { meta: metaOf('disproportionality-trend', resolved, threshold, states, []), years };
}

export async function getDisproportionality({ db, ctx, threshold, query }: Options): Promise<TDisproportionality> {
  const resolved = await resolveScope(db, ctx, 'insight:read', query);
  const rows = await countPeopleByStage(db, resolved.scope);
  const ethnicity = disproportionalityTable(rows, ETHNICITY, threshold);
  const sex = disproportionalityTable(rows, SEX, threshold);
  const workforce = rows.reduce((s, r) => s + r.workforce, 0);
  const warnings: string[] = [];
  if (workforce === 0) warnings.push('No one in the workforce for this force, period and role: there is nothing to compare.');
  else {
    if (!rows.some((r) => r.ethnicity === 'white' && r.workforce > 0)) warnings.push('No White people in the workforce for this scope: no ratio against White can be given.');
    if (!rows.some((r) => r.sex === 'male' && r.workforce > 0)) warnings.push('No men in the workforce for this scope: no ratio against male can be given.');
  }
  return {
    meta: metaOf('disproportionality', resolved, threshold, [...ethnicity.states, ...sex.states], warnings),
    byEthnicity: ethnicity.table,
    bySex: sex.table,
  };
}

const bandLabels = (unit: 'allegations' | 'cases'): Record<(typeof REPEAT_BANDS)[number], string> => {
  const [one, many] = unit === 'cases' ? ['case', 'cases'] : ['allegation', 'allegations'];
  return { '1': `1 ${one}`, '2': `2 ${many}`, '3-5': `3 to 5 ${many}`, '6+': `6 or more ${many}` };
};

export async function getRepeatDistribution({ db, ctx, threshold, query }: Options<TRepeatQuery>): Promise<TRepeatDistribution> {
  const resolved = await resolveScope(db, ctx, 'insight:read', query);
  const rows = await countRepeatPeople(db, resolved.scope, query.count);
  const labels = bandLabels(query.count);
  const counts = REPEAT_BANDS.map((band) => REPEAT_OUTCOMES.map((status) => rows.find((r) => r.band === band && r.status === status)?.people ?? 0));
  const suppressed = suppressTable(counts, { threshold, rowTotals: true, columnTotals: true });
  const outcomesOf = (values: number[], states: Suppression[]) => ({
    dismissed: countOf(values[0] ?? 0, states[0] ?? null),
    serving: countOf(values[1] ?? 0, states[1] ?? null),
    left: countOf(values[2] ?? 0, states[2] ?? null),
  });
  const columnSums = REPEAT_OUTCOMES.map((_, j) => counts.reduce((s, row) => s + (row[j] ?? 0), 0));
  const grand = columnSums.reduce((s, v) => s + v, 0);
  const warnings = grand === 0 ? ['No one in scope faced an allegation in this period.'] : [];
  return {
    meta: metaOf('repeat-distribution', resolved, threshold, [...suppressed.cells.flat(), ...suppressed.rowTotals, ...suppressed.columnTotals, suppressed.grandTotal], warnings),
    count: query.count,
    bands: REPEAT_BANDS.map((band, i) => ({
      band,
      label: labels[band],
      people: countOf((counts[i] ?? []).reduce((s, v) => s + v, 0), suppressed.rowTotals[i] ?? null),
      outcomes: outcomesOf(counts[i] ?? [], suppressed.cells[i] ?? []),
    })),
    total: { people: countOf(grand, suppressed.grandTotal), outcomes: outcomesOf(columnSums, suppressed.columnTotals) },
  };
}

/** Named people with repeat allegations, for roles that act on them. Every person listed is an audited read. */
export async function getRepeatDrilldown({ db, ctx, query }: Omit<Options<TRepeatDrilldownQuery>, 'threshold'>): Promise<TRepeatDrilldown> {
  const resolved = await resolveScope(db, ctx, 'insight:drilldown', query);
  const rows = await listRepeatPeople(db, resolved.scope, query.minAllegations, DRILLDOWN_LIMIT + 1);
  const listed = rows.slice(0, DRILLDOWN_LIMIT);
  await db.transaction((tx) => appendAuditEvents(tx, [
    auditEvent(ctx, { action: 'insight.repeat_drilldown', entityType: 'insight', forceId: resolved.scope.forceId, detail: { ...resolved.meta, minAllegations: query.minAllegations, people: listed.length } }),
    ...listed.map((r) => auditEvent(ctx, { action: 'person.read', entityType: 'person', entityId: r.person_id, forceId: resolved.scope.forceId, detail: { via: 'insight.repeat_drilldown' } })),
  ]));
  return {
    scope: resolved.meta,
    minAllegations: query.minAllegations,
    people: listed.map((r) => ({
      personId: r.person_id,
      name: `${r.given_names} ${r.family_name}`,
      forces: r.forces,
      allegations: r.allegations,
      cases: r.cases,
      status: r.status === 'dismissed' || r.status === 'serving' ? r.status : 'left',
    })),
    truncated: rows.length > DRILLDOWN_LIMIT,
  };
}

function caseToAnswerTable(
  dimension: TCaseToAnswerTable['dimension'],
  keys: readonly { key: string; label: string }[],
  found: Map<string, { decided: number; cta: number }>,
  threshold: number,
  additive: boolean,
): { table: TCaseToAnswerTable; states: Suppression[] } {
  const counts = keys.map(({ key }) => {
    const f = found.get(key) ?? { decided: 0, cta: 0 };
    return [f.cta, f.decided - f.cta];
  });
  // Each row's decided total is published; the column totals only where every allegation falls in one row.
  const suppressed = suppressTable(counts, { threshold, rowTotals: true, columnTotals: additive });
  const rowOf = (key: string, label: string, values: number[], cells: Suppression[], decidedState: Suppression) => {
    const [cta = 0, ncta = 0] = values;
    const hidden = cells.some((s) => s !== null) || decidedState !== null;
    return {
      key,
      label,
      decided: countOf(cta + ncta, decidedState),
      caseToAnswer: countOf(cta, cells[0] ?? null),
      noCaseToAnswer: countOf(ncta, cells[1] ?? null),
      rate: proportion(cta, cta + ncta, hidden, 'No allegations decided'),
    };
  };
  const rows = keys.map(({ key, label }, i) => rowOf(key, label, counts[i] ?? [], suppressed.cells[i] ?? [], suppressed.rowTotals[i] ?? null));
  const columnSums = [0, 1].map((j) => counts.reduce((s, row) => s + (row[j] ?? 0), 0));
  const total = additive ? rowOf('all', 'All allegations', columnSums, suppressed.columnTotals, suppressed.grandTotal) : null;
  return {
    table: { dimension, rows, total },
    states: [...suppressed.cells.flat(), ...suppressed.rowTotals, ...(additive ? [...suppressed.columnTotals, suppressed.grandTotal] : [])],
  };
}

export async function getCaseToAnswer({ db, ctx, threshold, query }: Options): Promise<TCaseToAnswer> {
  const resolved = await resolveScope(db, ctx, 'insight:read', query);
  const [rows, tagLabels] = await Promise.all([countCaseToAnswer(db, resolved.scope), listTagLabels(db)]);
  const byDimension = (d: TCaseToAnswerTable['dimension']) => new Map(rows.filter((r) => r.dimension === d).map((r) => [r.key, { decided: r.decided, cta: r.case_to_answer }]));
  const category = caseToAnswerTable('iopc_category', IOPC_CATEGORIES.map((key) => ({ key, label: IOPC_CATEGORY_LABELS[key] })), byDimension('iopc_category'), threshold, true);
  const standard = caseToAnswerTable('standard', STANDARDS.map((key) => ({ key, label: STANDARD_LABELS[key] })), byDimension('standard'), threshold, true);
  const tags = [...tagLabels.entries()].map(([key, label]) => ({ key, label }));
  const tag = caseToAnswerTable('tag', tags, byDimension('tag'), threshold, false);
  const decided = rows.filter((r) => r.dimension === 'iopc_category').reduce((s, r) => s + r.decided, 0);
  return {
    meta: metaOf('case-to-answer', resolved, threshold, [...category.states, ...standard.states, ...tag.states], decided === 0 ? ['No allegation in scope has a case-to-answer decision yet.'] : []),
    byCategory: category.table,
    byStandard: standard.table,
    byTag: tag.table,
  };
}

const TIMELINESS_LABELS: Record<(typeof TIMELINESS_STAGES)[number], string> = {
  assess_severity: 'Severity assessed',
  decide_iopc_referral: 'IOPC referral decided',
  start_investigation: 'Investigation started',
  submit_investigation_report: 'Investigation report submitted',
  decide_case_to_answer: 'Case to answer decided',
  arrange_proceedings: 'Meeting or hearing arranged',
  record_outcome: 'Outcome recorded',
  closed: 'Closed',
};

export async function getTimeliness({ db, ctx, threshold, query }: Options): Promise<TTimeliness> {
  const resolved = await resolveScope(db, ctx, 'insight:read', query);
  const rows = await measureTimeliness(db, resolved.scope, TIMELINESS_STAGES.filter((s) => s !== 'closed'));
  const keys = [{ key: 'all', label: 'All categories' }, ...IOPC_CATEGORIES.map((key) => ({ key, label: IOPC_CATEGORY_LABELS[key] }))];
  const states: Suppression[] = [];
  // Matters can fall in several categories and no total adds the rows up, so only small counts are hidden;
  // percentiles over fewer matters than the threshold are not shown (each would be close to one person's case).
  const out = keys.map(({ key, label }) => ({
    key,
    label,
    stages: TIMELINESS_STAGES.map((stage) => {
      const row = rows.find((r) => r.key === key && r.stage === stage);
      const matters = row?.matters ?? 0;
      const small = matters > 0 && matters < threshold;
      states.push(small ? 'primary' : null);
      const show = (v: number | null | undefined) => (small || v === null || v === undefined ? null : v);
      return { stage, matters: countOf(matters, small ? 'primary' : null), median: show(row?.median), p75: show(row?.p75), p90: show(row?.p90) };
    }),
  }));
  const warnings = rows.length === 0 ? ['No matter in scope has reached a step yet.'] : [];
  return {
    meta: metaOf('timeliness', resolved, threshold, states, warnings),
    stages: TIMELINESS_STAGES.map((stage) => ({ stage, label: TIMELINESS_LABELS[stage] })),
    rows: out,
  };
}
