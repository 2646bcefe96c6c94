// ECharts figures of the Insight page. Each chart is an image with a description in its aria-label; the table
// under it is the accessible alternative with every number. ECharts itself is loaded when a chart first shows.
import type { ScatterSeriesOption } from 'echarts/charts';
import type { TRepeatDistribution } from '../../../../shared/insight-contracts.js';
import { BLACK, BLUE, EChart as Chart, GREY, RED, intervalSeries, type ChartOption } from '../charts/echart.js';
import type { ForestRow, RateChart, TimelinessRow, TrendSeries } from './insight-format.js';

/** RRI with 95% CI whiskers on a log scale, one row per group and stage, and a reference line at 1. */
export function ForestPlot({ rows, label }: { rows: readonly ForestRow[]; label: string }) {
  if (rows.length === 0) return null;
  const lows = rows.map((r) => r.lower);
  const highs = rows.map((r) => r.upper);
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    xAxis: {
      type: 'log',
      logBase: 10,
      min: Math.min(0.5, ...lows) * 0.9,
      max: Math.max(2, ...highs) * 1.1,
      name: 'Relative rate index (log scale)',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: BLACK, formatter: (value: number) => String(Number(value.toPrecision(2))) },
    },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK } },
    series: [
      intervalSeries(rows.map((r) => [r.lower, r.upper])),
      {
        type: 'scatter',
        data: rows.map((r, i) => [r.value, i]),
        symbolSize: 10,
        itemStyle: { color: BLUE },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: GREY, type: 'dashed' }, label: { formatter: 'No difference (1)', color: GREY, position: 'insideEndTop' }, data: [{ xAxis: 1 }] },
      },
    ],
  };
  return <Chart option={option} label={label} height={Math.max(160, rows.length * 28 + 80)} />;
}

/** People by number of allegations; a suppressed band has no bar (the table says "<5"). */
export function RepeatBarChart({ figure, label }: { figure: TRepeatDistribution; label: string }) {
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: figure.bands.map((b) => b.label), axisLabel: { color: BLACK } },
    yAxis: { type: 'value', name: 'People', axisLabel: { color: BLACK } },
    series: [{ type: 'bar', data: figure.bands.map((b) => b.people.value), itemStyle: { color: BLUE }, label: { show: true, position: 'top', color: BLACK } }],
  };
  return <Chart option={option} label={label} height={280} />;
}

/**
 * Case-to-answer rates with 95% CI whiskers on a 0–100% axis, lowest first, and the rate of all allegations as
 * a dashed line where there is one. Rows whose whole interval lies below that line are red diamonds, so the
 * allegations that reach case to answer less often stand out by shape as well as colour.
 */
export function CaseToAnswerChart({ chart, label }: { chart: RateChart; label: string }) {
  const { rows, reference } = chart;
  if (rows.length === 0) return null;
  const hasBelow = rows.some((r) => r.isBelowReference);
  const points = (isBelow: boolean) => rows.flatMap((r, i) => (r.isBelowReference === isBelow ? [[r.value * 100, i]] : []));
  const referenceLine = reference
    ? { markLine: { silent: true, symbol: 'none', lineStyle: { color: GREY, type: 'dashed' as const }, label: { formatter: `${reference.label} (${Number((reference.value * 100).toFixed(1))}%)`, color: GREY, position: 'insideEndTop' as const }, data: [{ xAxis: reference.value * 100 }] } }
    : {};
  const below: ScatterSeriesOption = { type: 'scatter', name: `Whole 95% CI below ${reference?.label.toLowerCase() ?? 'the reference'}`, data: points(true), symbol: 'diamond', symbolSize: 12, itemStyle: { color: RED } };
  const others: ScatterSeriesOption = { type: 'scatter', name: 'Other rows', data: points(false), symbolSize: 10, itemStyle: { color: BLUE } };
  // The reference line rides on a series that has points, or ECharts may not draw it.
  const scatter = hasBelow ? [{ ...below, ...referenceLine }, others] : [{ ...others, ...referenceLine }];
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 24, top: hasBelow ? 40 : 24, bottom: 32, containLabel: true },
    ...(hasBelow ? { legend: { top: 0, textStyle: { color: BLACK } } } : {}),
    xAxis: { type: 'value', min: 0, max: 100, name: 'Case-to-answer rate', nameLocation: 'middle', nameGap: 24, axisLabel: { color: BLACK, formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK } },
    series: [intervalSeries(rows.map((r) => [r.lower * 100, r.upper * 100])), ...scatter],
  };
  return <Chart option={option} label={label} height={Math.max(160, rows.length * 28 + (hasBelow ? 104 : 88))} />;
}

/** Days to each step: a box from the median to the 75th percentile, a whisker to the 90th, a tick at the median. */
export function TimelinessChart({ rows, label }: { rows: readonly TimelinessRow[]; label: string }) {
  if (rows.length === 0) return null;
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    xAxis: { type: 'value', min: 0, name: 'Days from receipt', nameLocation: 'middle', nameGap: 24, axisLabel: { color: BLACK } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK } },
    series: [{
      type: 'custom',
      data: rows.map((r, i) => [i, r.median, r.p75, r.p90]),
      encode: { y: 0, x: [1, 2, 3] },
      renderItem: (_params, api) => {
        const y = api.value(0);
        const [xMedian = 0, yCentre = 0] = api.coord([api.value(1), y]);
        const [x75 = 0] = api.coord([api.value(2), y]);
        const [x90 = 0] = api.coord([api.value(3), y]);
        return {
          type: 'group',
          children: [
            { type: 'rect', shape: { x: xMedian, y: yCentre - 8, width: Math.max(x75 - xMedian, 1), height: 16 }, style: { fill: BLUE } },
            { type: 'line', shape: { x1: x75, y1: yCentre, x2: x90, y2: yCentre }, style: { stroke: BLACK, lineWidth: 2 } },
            { type: 'line', shape: { x1: x90, y1: yCentre - 5, x2: x90, y2: yCentre + 5 }, style: { stroke: BLACK, lineWidth: 2 } },
            { type: 'line', shape: { x1: xMedian, y1: yCentre - 10, x2: xMedian, y2: yCentre + 10 }, style: { stroke: BLACK, lineWidth: 3 } },
          ],
        };
      },
    }],
  };
  return <Chart option={option} label={label} height={Math.max(160, rows.length * 32 + 80)} />;
}

// Distinguishable GOV.UK colours for up to four groups; the lines also differ in their symbols.
const LINE_COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];

/** The per-head RRI of facing an allegation, year by year, one line per group, log scale, reference line at 1. */
export function TrendChart({ years, series, label }: { years: readonly number[]; series: readonly TrendSeries[]; label: string }) {
  if (series.every((s) => s.values.every((v) => v === null))) return null;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && v > 0));
  const option: ChartOption = {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, textStyle: { color: BLACK } },
    xAxis: { type: 'category', data: years.map(String), axisLabel: { color: BLACK } },
    yAxis: { type: 'log', logBase: 10, min: Math.min(0.5, ...values) * 0.9, max: Math.max(2, ...values) * 1.1, axisLabel: { color: BLACK, formatter: (value: number) => String(Number(value.toPrecision(2))) } },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.label,
      data: [...s.values],
      connectNulls: false,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 8,
      itemStyle: { color: LINE_COLOURS[i % LINE_COLOURS.length] },
      lineStyle: { color: LINE_COLOURS[i % LINE_COLOURS.length] },
      ...(i === 0 ? { markLine: { silent: true, symbol: 'none', lineStyle: { color: GREY, type: 'dashed' }, label: { formatter: 'No difference (1)', color: GREY, position: 'insideEndTop' }, data: [{ yAxis: 1 }] } } : {}),
    })),
  };
  return <Chart option={option} label={label} height={300} />;
}
