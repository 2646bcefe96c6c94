// The comparison chart of the real-data page: for each row, one bar for all rows and one without flagged rows,
// with the 95% interval as a whisker where there is one, and an optional reference line (an RRI of 1). Drawn by
// ECharts (loaded when the chart first shows) as an image with every value in its
// aria-label; the table under it is the accessible alternative.
import { useMemo } from 'react';
import type { CustomSeriesOption } from 'echarts/charts';
import { BLACK, EChart, GREY, type ChartOption } from '../charts/echart.js';
import type { ComparisonRow } from './real-data-format.js';

// GOV.UK blue for all rows, GOV.UK orange for without flagged rows (distinct for common colour-vision differences).
export const VARIANT_COLOURS = ['#1d70b8', '#f47738'] as const;
export const VARIANT_NAMES = ['All rows', 'Without flagged rows'] as const;

export function ComparisonChart({ rows, label, percent = false, reference }: { rows: readonly ComparisonRow[]; label: string; percent?: boolean; reference?: number }) {
  const option = useMemo((): ChartOption => {
    // ECharts picks a round maximum from the bars and whiskers; a reference line is kept in view.
    const max = reference === undefined ? undefined : (extent: { max: number }) => Math.ceil(Math.max(extent.max, reference) * 5 + 0.5) / 5;
    const format = (v: number) => (percent ? `${(v * 100).toFixed(1)}%` : Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toFixed(2));
    return {
      animation: false,
      grid: { left: 8, right: 56, top: 36, bottom: 32, containLabel: true },
      legend: { top: 0, textStyle: { color: BLACK }, data: [...VARIANT_NAMES] },
      xAxis: { type: 'value', min: 0, ...(max ? { max } : {}), axisLabel: { color: BLACK, formatter: (v: number) => format(v) } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK, width: 220, overflow: 'break' } },
      series: VARIANT_NAMES.map((name, k) => ({
        type: 'custom' as const,
        name,
        itemStyle: { color: VARIANT_COLOURS[k] },
        data: rows.map((r, i) => [i, r.values[k] ?? NaN, r.lower?.[k] ?? NaN, r.upper?.[k] ?? NaN]),
        encode: { y: 0, x: [1, 2, 3] },
        renderItem: (_params, api) => {
          const i = api.value(0);
          const value = Number(api.value(1));
          if (!Number.isFinite(value)) return { type: 'group', children: [] };
          const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 30;
          const height = band * 0.34;
          const [x0 = 0, centre = 0] = api.coord([0, i]);
          const [x1 = 0] = api.coord([value, i]);
          const y = centre + (k === 0 ? -height - 1 : 1);
          const children: NonNullable<Extract<ReturnType<NonNullable<CustomSeriesOption['renderItem']>>, { type: 'group' }>['children']> = [
            { type: 'rect', shape: { x: x0, y, width: Math.max(x1 - x0, 1), height }, style: { fill: VARIANT_COLOURS[k] } },
          ];
          const lower = Number(api.value(2));
          const upper = Number(api.value(3));
          if (Number.isFinite(lower) && Number.isFinite(upper)) {
            const [xl = 0] = api.coord([lower, i]);
            const [xu = 0] = api.coord([upper, i]);
            const yMid = y + height / 2;
            const style = { stroke: BLACK, lineWidth: 1.5 };
            children.push(
              { type: 'line', shape: { x1: xl, y1: yMid, x2: xu, y2: yMid }, style },
              { type: 'line', shape: { x1: xl, y1: yMid - 4, x2: xl, y2: yMid + 4 }, style },
              { type: 'line', shape: { x1: xu, y1: yMid - 4, x2: xu, y2: yMid + 4 }, style },
            );
          }
          children.push({ type: 'text', x: Math.max(x1, Number.isFinite(upper) ? (api.coord([upper, i])[0] ?? x1) : x1) + 4, y: y + height / 2, style: { text: format(value), fill: BLACK, verticalAlign: 'middle', fontSize: 11 } });
          return { type: 'group', children };
        },
        ...(k === 0 && reference !== undefined
          ? { markLine: { silent: true, symbol: 'none', lineStyle: { color: GREY, type: 'dashed' as const }, label: { formatter: `No difference (${reference})`, color: GREY, position: 'insideEndTop' as const }, data: [{ xAxis: reference }] } }
          : {}),
      })),
    };
  }, [rows, percent, reference]);
  if (rows.length === 0) return null;
  return <EChart option={option} label={label} height={Math.max(180, rows.length * 44 + 90)} className="govuk-!-margin-bottom-4" />;
}
