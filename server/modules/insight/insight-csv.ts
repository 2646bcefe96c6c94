// CSV exports of the Insight figures: the same suppressed numbers as the JSON, small counts written as "<5" and
// counts hidden to protect them as "[c]".
import type { TCaseToAnswer, TCount, TDisproportionality, TDisproportionalityTrend, TEstimate, TFigureMeta, TRepeatDistribution, TTimeliness } from '../../../shared/insight-contracts.js';

type Cell = string | number | null;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly Cell[])[]): string => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

const count = (c: TCount, threshold: number): Cell => {
  if (c.suppressed === 'primary') return `<${threshold}`;
  return c.suppressed === 'secondary' ? '[c]' : c.value;
};
const round = (v: number | null, digits: number): Cell => (v === null ? null : Number(v.toFixed(digits)));
const estimate = (e: TEstimate, digits = 3): Cell[] => [round(e.value, digits), round(e.lower, digits), round(e.upper, digits)];

/** Lines that say what the figure is and how it was protected, above the table. */
function preamble(meta: TFigureMeta): Cell[][] {
  const s = meta.scope;
  return [
    [meta.title],
    [`Scope: ${s.forceName}, ${s.from} to ${s.to}, ${s.role}`],
    [`Definition: ${meta.definition}`],
    [`Formula: ${meta.formula}`],
    [`Suppression: ${meta.suppression.rule}`],
    [`As of: ${meta.asOf}`],
    ...meta.warnings.map((w) => [`Warning: ${w}`]),
    [],
  ];
}

export function disproportionalityCsv(figure: TDisproportionality): string {
  const threshold = figure.meta.suppression.threshold;
  const rows: Cell[][] = [...preamble(figure.meta), [
    'dimension', 'stage', 'group', 'count', 'rate_of_previous', 'rate_lower', 'rate_upper',
    'rri_per_head', 'rri_per_head_lower', 'rri_per_head_upper', 'rri_vs_previous', 'rri_vs_previous_lower', 'rri_vs_previous_upper', 'note',
  ]];
  for (const table of [figure.byEthnicity, figure.bySex]) {
    for (const stage of table.stages) {
      for (const r of stage.rows) {
        const note = [r.rriPerHead.note, r.rriVsPrevious.note].find((n) => n !== null) ?? null;
        rows.push([table.dimension, stage.label, r.label, count(r.count, threshold), ...estimate(r.rateOfPrevious, 4), ...estimate(r.rriPerHead), ...estimate(r.rriVsPrevious), note]);
      }
      rows.push([table.dimension, stage.label, 'All', count(stage.total, threshold), null, null, null, null, null, null, null, null, null, null]);
    }
  }
  return toCsv(rows);
}

export function disproportionalityTrendCsv(figure: TDisproportionalityTrend): string {
  const threshold = figure.meta.suppression.threshold;
  const rows: Cell[][] = [...preamble(figure.meta), ['year', 'dimension', 'stage', 'group', 'count', 'rri_per_head', 'rri_per_head_lower', 'rri_per_head_upper', 'rri_vs_previous', 'rri_vs_previous_lower', 'rri_vs_previous_upper']];
  for (const y of figure.years) {
    for (const table of [y.byEthnicity, y.bySex]) {
      for (const stage of table.stages) {
        for (const r of stage.rows) rows.push([y.year, table.dimension, stage.label, r.label, count(r.count, threshold), ...estimate(r.rriPerHead), ...estimate(r.rriVsPrevious)]);
      }
    }
  }
  return toCsv(rows);
}

export function repeatDistributionCsv(figure: TRepeatDistribution): string {
  const t = figure.meta.suppression.threshold;
  const rows: Cell[][] = [...preamble(figure.meta), [figure.count, 'people', 'dismissed', 'still_serving', 'left']];
  for (const b of figure.bands) rows.push([b.label, count(b.people, t), count(b.outcomes.dismissed, t), count(b.outcomes.serving, t), count(b.outcomes.left, t)]);
  const o = figure.total.outcomes;
  rows.push(['All', count(figure.total.people, t), count(o.dismissed, t), count(o.serving, t), count(o.left, t)]);
  return toCsv(rows);
}

export function caseToAnswerCsv(figure: TCaseToAnswer): string {
  const t = figure.meta.suppression.threshold;
  const rows: Cell[][] = [...preamble(figure.meta), ['dimension', 'key', 'label', 'decided', 'case_to_answer', 'no_case_to_answer', 'rate', 'rate_lower', 'rate_upper']];
  for (const table of [figure.byCategory, figure.byStandard, figure.byTag]) {
    for (const r of [...table.rows, ...(table.total ? [table.total] : [])]) {
      rows.push([table.dimension, r.key, r.label, count(r.decided, t), count(r.caseToAnswer, t), count(r.noCaseToAnswer, t), ...estimate(r.rate, 4)]);
    }
  }
  return toCsv(rows);
}

export function timelinessCsv(figure: TTimeliness): string {
  const t = figure.meta.suppression.threshold;
  const labels = new Map(figure.stages.map((s) => [s.stage, s.label]));
  const rows: Cell[][] = [...preamble(figure.meta), ['category', 'step', 'matters', 'median_days', 'p75_days', 'p90_days']];
  for (const r of figure.rows) {
    for (const s of r.stages) rows.push([r.label, labels.get(s.stage) ?? s.stage, count(s.matters, t), s.median, s.p75, s.p90]);
  }
  return toCsv(rows);
}
