// The report's chart: each stratum's disagreement rate as a dot with its 95% interval as a line, on 0–100%. The table
// under it is the accessible alternative with every number. ECharts is loaded when the chart first shows.
import { useMemo } from 'react';
import { BLACK, BLUE, EChart, intervalSeries, type ChartOption } from '../charts/echart.js';

export type RateRow = { label: string; value: number; lower: number; upper: number };

export function DisagreementChart({ rows, label }: { rows: readonly RateRow[]; label: string }) {
  const option = useMemo((): ChartOption => ({
    animation: false,
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: 'Disagreement rate (%) with 95% interval', nameLocation: 'middle', nameGap: 24, axisLabel: { color: BLACK } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK, width: 260, overflow: 'truncate' } },
    series: [
      intervalSeries(rows.map((r) => [r.lower * 100, r.upper * 100])),
      { type: 'scatter', data: rows.map((r, i) => [r.value * 100, i]), symbolSize: 10, itemStyle: { color: BLUE } },
    ],
  }), [rows]);
  if (rows.length === 0) return null;
  return <EChart option={option} label={label} height={Math.max(160, rows.length * 32 + 80)} />;
}
