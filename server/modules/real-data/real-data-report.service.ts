// `warrant report --force CODE --out DIR`: the figures of real-data-figures.ts as CSV files (one per figure, each row
// marked "all" or "without flagged") and one self-contained HTML page with inline SVG charts (no script, no fetch).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../db/client.js';
import { loadConfig } from '../../config.js';
import type { TCount, TEstimate } from '../../../shared/insight-contracts.js';
import { csvLine } from '../import/csv.js';
import { computeRealDataFigures, type AlertCount, type FigureSet, type RealDataFigures } from './real-data-figures.js';

const VARIANTS = [['all', 'all rows'], ['without_flagged', 'without flagged rows']] as const;
const setOf = (f: RealDataFigures, v: (typeof VARIANTS)[number][0]): FigureSet => (v === 'all' ? f.all : f.withoutFlagged);

const countText = (c: TCount): string => (c.value !== null ? String(c.value) : c.suppressed === 'primary' ? '<5' : '[c]');
const num = (x: number | null, digits = 3): string => (x === null ? '' : x.toFixed(digits));
/** People alerted by a rule, "<5" when fewer than the threshold. */
export const alertText = (a: AlertCount, threshold: number): string | number => (a.people === null ? `<${threshold}` : a.people);

export function figuresToCsv(f: RealDataFigures): Record<string, string> {
  const files: Record<string, string[]> = {
    'repeat-distribution.csv': [csvLine(['variant', 'unit', 'band', 'people', 'dismissed', 'serving', 'left'])],
    'concentration.csv': [csvLine(['variant', 'top_percent', 'subjects', 'allegations', 'share_of_allegations', 'all_subjects', 'all_allegations'])],
    'case-to-answer.csv': [csvLine(['variant', 'dimension', 'key', 'label', 'decided', 'case_to_answer', 'rate', 'lower', 'upper'])],
    'disproportionality.csv': [csvLine(['variant', 'dimension', 'stage', 'group', 'count', 'rri_per_head', 'lower', 'upper', 'rri_vs_previous', 'lower_previous', 'upper_previous', 'note'])],
    'alerts.csv': [csvLine(['variant', 'rule', 'name', 'people'])],
    'data-quality.csv': [csvLine(['item', 'rows', 'excluded_without_flagged', 'description'])],
  };
  const push = (file: string, values: (string | number | null)[]) => files[file]?.push(csvLine(values));
  for (const [variant] of VARIANTS) {
    const s = setOf(f, variant);
    for (const repeat of [s.repeatByCases, s.repeatByAllegations]) {
      for (const b of repeat.bands) push('repeat-distribution.csv', [variant, repeat.count, b.band, countText(b.people), countText(b.outcomes.dismissed), countText(b.outcomes.serving), countText(b.outcomes.left)]);
      push('repeat-distribution.csv', [variant, repeat.count, 'all', countText(repeat.total.people), countText(repeat.total.outcomes.dismissed), countText(repeat.total.outcomes.serving), countText(repeat.total.outcomes.left)]);
    }
    for (const t of s.concentration.top) push('concentration.csv', [variant, t.percent, t.subjects, t.suppressed ? '[c]' : t.allegations, t.suppressed ? '[c]' : num(t.share), s.concentration.subjects, s.concentration.allegations]);
    for (const table of [s.caseToAnswer.byCategory, s.caseToAnswer.byStandard, s.caseToAnswer.byTag]) {
      for (const r of [...table.rows, ...(table.total ? [table.total] : [])]) {
        if (r.decided.value === 0) continue;
        push('case-to-answer.csv', [variant, table.dimension, r.key, r.label, countText(r.decided), countText(r.caseToAnswer), num(r.rate.value), num(r.rate.lower), num(r.rate.upper)]);
      }
    }
    for (const table of [s.disproportionality.byEthnicity, s.disproportionality.bySex]) {
      for (const stage of table.stages) {
        for (const r of stage.rows) {
          push('disproportionality.csv', [variant, table.dimension, stage.stage, r.group, countText(r.count), num(r.rriPerHead.value), num(r.rriPerHead.lower), num(r.rriPerHead.upper),
            num(r.rriVsPrevious.value), num(r.rriVsPrevious.lower), num(r.rriVsPrevious.upper), r.rriPerHead.note ?? r.rriVsPrevious.note ?? '']);
        }
      }
    }
    for (const a of s.alerts) push('alerts.csv', [variant, a.code, a.name, alertText(a, f.threshold)]);
  }
  const dq = f.dataQuality;
  for (const flag of dq.flags) push('data-quality.csv', [flag.flag, flag.rows, flag.excluded ? 'yes' : 'no', flag.label]);
  for (const [link, n] of Object.entries(dq.linkage)) push('data-quality.csv', [`accused_rows_${link}`, n, 'no', `Accused rows whose officer was ${link === 'linked' ? 'linked to the roster automatically' : link === 'review' ? 'sent to the review queue (made a new person meanwhile)' : 'made a new person (no roster match)'}`]);
  push('data-quality.csv', ['unidentified_subject', dq.unidentifiedSubjects, 'no', 'Rows naming no usable officer (e.g. UNKNOWN): rejected, counted here']);
  push('data-quality.csv', ['non_person_subject', dq.nonPersonSubjects, 'no', 'Subjects that are not people (e.g. Organisational): kept out of person statistics']);
  return Object.fromEntries(Object.entries(files).map(([name, lines]) => [name, `# ${f.force.name} (${f.force.id}, ${f.force.jurisdiction}); cases received ${f.period.from} to ${f.period.to}; alerts as of ${f.alertsAsOf}; counts below ${f.threshold} suppressed\n${lines.join('')}`]));
}

// ---- HTML with inline SVG ----

const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const COLOURS = ['#1d70b8', '#f47738'] as const;

type Bar = { label: string; values: (number | null)[]; lower?: (number | null)[]; upper?: (number | null)[] };

/** Horizontal grouped bars (one colour per variant), with optional interval whiskers and a reference line. */
export function barChart(title: string, bars: readonly Bar[], options: { percent?: boolean; reference?: number; max?: number } = {}): string {
  const rowHeight = 34;
  const labelWidth = 260;
  const width = 720;
  const plot = width - labelWidth - 70;
  const height = 40 + bars.length * rowHeight + 30;
  const all = bars.flatMap((b) => [...b.values, ...(b.upper ?? [])]).filter((v): v is number => v !== null && Number.isFinite(v));
  const max = options.max ?? Math.max(options.reference ?? 0, ...all, 1e-9) * 1.05;
  const x = (v: number) => labelWidth + (Math.min(v, max) / max) * plot;
  const fmt = (v: number) => (options.percent ? `${(100 * v).toFixed(1)}%` : v >= 10 ? v.toFixed(0) : v.toFixed(2));
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">`, `<text x="0" y="18" font-weight="bold">${esc(title)}</text>`];
  bars.forEach((bar, i) => {
    const top = 34 + i * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${top + 17}" text-anchor="end">${esc(bar.label.length > 38 ? `${bar.label.slice(0, 36)}…` : bar.label)}</text>`);
    bar.values.forEach((v, k) => {
      const y = top + 3 + k * 14;
      if (v === null || !Number.isFinite(v)) {
        parts.push(`<text x="${labelWidth + 4}" y="${y + 10}" fill="#505a5f">not shown</text>`);
        return;
      }
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${Math.max(1, x(v) - labelWidth)}" height="12" fill="${COLOURS[k % 2]}"/>`);
      const lo = bar.lower?.[k];
      const hi = bar.upper?.[k];
      if (lo !== undefined && hi !== undefined && lo !== null && hi !== null) parts.push(`<line x1="${x(lo)}" x2="${x(hi)}" y1="${y + 6}" y2="${y + 6}" stroke="#0b0c0c" stroke-width="1.5"/>`);
      parts.push(`<text x="${Math.min(x(v), labelWidth + plot) + 4}" y="${y + 10}">${fmt(v)}</text>`);
    });
  });
  if (options.reference !== undefined) parts.push(`<line x1="${x(options.reference)}" x2="${x(options.reference)}" y1="30" y2="${height - 26}" stroke="#d4351c" stroke-dasharray="4 3"/>`);
  parts.push(`<rect x="${labelWidth}" y="${height - 18}" width="12" height="12" fill="${COLOURS[0]}"/><text x="${labelWidth + 16}" y="${height - 8}">all rows</text>`);
  parts.push(`<rect x="${labelWidth + 100}" y="${height - 18}" width="12" height="12" fill="${COLOURS[1]}"/><text x="${labelWidth + 116}" y="${height - 8}">without flagged rows</text>`);
  parts.push('</svg>');
  return parts.join('');
}

const estimateOf = (e: TEstimate) => ({ v: e.value, lo: e.lower, hi: e.upper });

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(String(c))}</th>` : `<td>${esc(String(c))}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

export function figuresToHtml(f: RealDataFigures): string {
  const a = f.all;
  const w = f.withoutFlagged;
  const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
  const est = (e: TEstimate) => (e.value === null ? `— (${e.note ?? ''})` : `${e.value.toFixed(2)} (${num(e.lower, 2)}–${num(e.upper, 2)})`);
  const sections: string[] = [];

  const repeatRows = (unit: 'cases' | 'allegations') => {
    const [x, y] = unit === 'cases' ? [a.repeatByCases, w.repeatByCases] : [a.repeatByAllegations, w.repeatByAllegations];
    return x.bands.map((b, i) => {
      const other = y.bands[i];
      return [b.label, countText(b.people), countText(b.outcomes.dismissed), countText(b.outcomes.serving), countText(b.outcomes.left), other ? countText(other.people) : ''];
    }).concat([['All', countText(x.total.people), countText(x.total.outcomes.dismissed), countText(x.total.outcomes.serving), countText(x.total.outcomes.left), countText(y.total.people)]]);
  };
  sections.push(`<h2>Repeat distribution</h2><p>${esc(a.repeatByCases.meta.definition)}</p>
    ${barChart('People by number of cases', a.repeatByCases.bands.map((b, i) => ({ label: b.label, values: [b.people.value, w.repeatByCases.bands[i]?.people.value ?? null] })))}
    ${table(['Cases', 'People', 'Dismissed', 'Serving', 'Left', 'People (without flagged)'], repeatRows('cases'))}
    ${table(['Allegations', 'People', 'Dismissed', 'Serving', 'Left', 'People (without flagged)'], repeatRows('allegations'))}`);

  sections.push(`<h2>Concentration</h2><p>The share of all allegations in scope accounted for by the subjects with the most allegations.</p>
    ${barChart('Share of allegations of the top subjects', a.concentration.top.map((t, i) => ({ label: `Top ${t.percent}% of subjects`, values: [t.share, w.concentration.top[i]?.share ?? null] })), { percent: true, max: 1 })}
    ${table(['Top', 'Subjects', 'Allegations', 'Share', 'Share (without flagged)'], a.concentration.top.map((t, i) => [`${t.percent}%`, t.subjects, t.allegations ?? '[c]', pct(t.share), pct(w.concentration.top[i]?.share ?? null)]))}
    <p>${a.concentration.subjects.toLocaleString('en-GB')} subjects and ${a.concentration.allegations.toLocaleString('en-GB')} allegations in all; ${w.concentration.subjects.toLocaleString('en-GB')} and ${w.concentration.allegations.toLocaleString('en-GB')} without flagged rows.</p>`);

  const ctaRows = (rows: FigureSet['caseToAnswer']['byCategory']['rows'], others: FigureSet['caseToAnswer']['byCategory']['rows']) => rows.filter((r) => r.decided.value !== 0).map((r) => {
    const o = others.find((x) => x.key === r.key);
    return [r.label, countText(r.decided), countText(r.caseToAnswer), est(r.rate), o ? countText(o.decided) : '', o ? est(o.rate) : ''];
  });
  const decidedCategories = a.caseToAnswer.byCategory.rows.filter((r) => r.decided.value !== 0);
  sections.push(`<h2>Finding: case to answer by category</h2><p>${esc(a.caseToAnswer.meta.definition)} Categories are the source's, mapped to IOPC categories, Standards and tags by the versioned mapping (docs/real-data.md).</p>
    ${barChart('Case-to-answer rate by IOPC category (95% Wilson interval)', decidedCategories.map((r) => {
      const o = w.caseToAnswer.byCategory.rows.find((x) => x.key === r.key);
      const [p, q] = [estimateOf(r.rate), o ? estimateOf(o.rate) : { v: null, lo: null, hi: null }];
      return { label: r.label, values: [p.v, q.v], lower: [p.lo, q.lo], upper: [p.hi, q.hi] };
    }), { percent: true, max: 1 })}
    ${table(['IOPC category', 'Decided', 'Case to answer', 'Rate (95% CI)', 'Decided (without flagged)', 'Rate (without flagged)'], ctaRows(a.caseToAnswer.byCategory.rows, w.caseToAnswer.byCategory.rows))}
    ${table(['Standard', 'Decided', 'Case to answer', 'Rate (95% CI)', 'Decided (without flagged)', 'Rate (without flagged)'], ctaRows(a.caseToAnswer.byStandard.rows, w.caseToAnswer.byStandard.rows))}`);

  const stage = (set: FigureSet, name: string) => set.disproportionality.byEthnicity.stages.find((s) => s.stage === name);
  const allegationStage = stage(a, 'allegation');
  const allegationStageW = stage(w, 'allegation');
  const workforce = stage(a, 'workforce');
  const workforceW = stage(w, 'workforce');
  sections.push(`<h2>Disproportionality: being accused, by ethnicity</h2><p>Relative rate index of being the subject of an allegation per head of the workforce (everyone employed in the period), against White, with the 95% interval (log method). ${f.force.jurisdiction === 'us-il' ? 'Chicago race values are mapped to ONS groups: "Other" is almost entirely Hispanic officers (docs/real-data.md). ' : ''}Without flagged rows, people made from accused rows who are not on the roster leave both the numerator and the workforce: the figure is then against the roster headcount.</p>
    ${allegationStage ? barChart('RRI of being accused, per head (reference: White = 1)', allegationStage.rows.filter((r) => !r.isReference && r.group !== 'not_stated').map((r) => {
      const o = allegationStageW?.rows.find((x) => x.group === r.group);
      return { label: r.label, values: [r.rriPerHead.value, o?.rriPerHead.value ?? null], lower: [r.rriPerHead.lower, o?.rriPerHead.lower ?? null], upper: [r.rriPerHead.upper, o?.rriPerHead.upper ?? null] };
    }), { reference: 1 }) : ''}
    ${allegationStage && workforce ? table(['Group', 'Workforce', 'Accused', 'RRI per head (95% CI)', 'Workforce (without flagged)', 'Accused (without flagged)', 'RRI (without flagged)'], allegationStage.rows.map((r) => {
      const wf = workforce.rows.find((x) => x.group === r.group);
      const o = allegationStageW?.rows.find((x) => x.group === r.group);
      const ow = workforceW?.rows.find((x) => x.group === r.group);
      return [r.label, wf ? countText(wf.count) : '', countText(r.count), est(r.rriPerHead), ow ? countText(ow.count) : '', o ? countText(o.count) : '', o ? est(o.rriPerHead) : ''];
    })) : ''}
    ${table(['Sex', 'Workforce', 'Accused', 'RRI per head (95% CI)', 'RRI (without flagged)'], (a.disproportionality.bySex.stages.find((s) => s.stage === 'allegation')?.rows ?? []).map((r) => {
      const wf = a.disproportionality.bySex.stages.find((s) => s.stage === 'workforce')?.rows.find((x) => x.group === r.group);
      const o = w.disproportionality.bySex.stages.find((s) => s.stage === 'allegation')?.rows.find((x) => x.group === r.group);
      return [r.label, wf ? countText(wf.count) : '', countText(r.count), est(r.rriPerHead), o ? est(o.rriPerHead) : ''];
    }))}`);

  sections.push(`<h2>Alerts raised by the default rules</h2><p>Every active early-warning rule evaluated as of ${esc(f.alertsAsOf)} (the end of the period), by the product's own evaluation, in a transaction that was then rolled back: the alert queue is not changed. People with an alert, per rule.</p>
    ${barChart('People alerted, per rule', a.alerts.map((r, i) => ({ label: r.name, values: [r.people, w.alerts[i]?.people ?? null] })))}
    ${table(['Rule', 'People', 'People (without flagged)'], a.alerts.map((r, i) => { const o = w.alerts[i]; return [r.name, alertText(r, f.threshold), o ? alertText(o, f.threshold) : '']; }))}`);

  const dq = f.dataQuality;
  const linkageRows = Object.entries(dq.linkage).map(([k, n]) => [`Accused rows: ${k === 'linked' ? 'linked to the roster automatically' : k === 'review' ? 'sent to the review queue' : 'created as new people'}`, n, 'no']);
  sections.push(`<h2>Data quality</h2><p>What a careful analyst would question before trusting the figures above. Rows under an item marked "left out" are not counted in the "without flagged rows" figures.</p>
    ${table(['Item', 'Rows', 'Left out without flagged rows'], [
      ...dq.flags.map((fl) => [fl.label, fl.rows, fl.excluded ? 'yes' : 'no']),
      ...linkageRows,
      ['Rows naming no usable officer (e.g. UNKNOWN): rejected at import', dq.unidentifiedSubjects, 'not imported'],
      ['Subjects that are not people (e.g. Organisational): kept out of person statistics', dq.nonPersonSubjects, 'not people'],
    ])}
    ${dq.unidentifiedSubjects > 0 ? `<p>${pct(dq.unidentifiedSubjects / (dq.unidentifiedSubjects + Object.values(dq.linkage).reduce((s, n) => s + n, 0)))} of accused rows name no usable officer.</p>` : ''}`);

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(f.force.name)}: Warrant figures on real data</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#0b0c0c}table{border-collapse:collapse;margin:1em 0}th,td{border-bottom:1px solid #b1b4b6;padding:4px 10px;text-align:left;font-size:14px}td{text-align:right}h2{margin-top:2em}</style></head>
<body><h1>${esc(f.force.name)} (${esc(f.force.id)}, ${esc(f.force.jurisdiction)})</h1>
<p>Cases received ${esc(f.period.from)} to ${esc(f.period.to)}. Every figure comes from Warrant's Insight and early-warning code, on all imported rows and without the rows flagged for data quality. Counts from 1 to ${f.threshold - 1} are shown as &lt;${f.threshold}, and others hidden ([c]) so they cannot be worked out from totals (docs/statistics.md).</p>
${sections.join('\n')}
</body></html>
`;
}

export async function writeRealDataReport({ database, forceId, outDir, year, years }: { database: Database; forceId: string; outDir: string; year?: number; years?: number }): Promise<{ files: string[]; figures: RealDataFigures }> {
  const threshold = loadConfig().insight.suppressionThreshold;
  const figures = await computeRealDataFigures({ db: database.db, forceId, threshold, ...(year ? { year } : {}), ...(years ? { years } : {}) });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, text] of Object.entries(figuresToCsv(figures))) {
    writeFileSync(join(outDir, name), text);
    files.push(name);
  }
  writeFileSync(join(outDir, 'report.html'), figuresToHtml(figures));
  writeFileSync(join(outDir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  files.push('report.html', 'figures.json');
  return { files, figures };
}
