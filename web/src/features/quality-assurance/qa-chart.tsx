// The report's chart: each stratum's disagreement rate as a dot with its 95% interval as a line, on 0–100%. The table
// under it is the accessible alternative with every number. ECharts is loaded when the chart first shows.
import { useEffect, useRef } from 'react';
import type { ComposeOption, EChartsType } from 'echarts/core';
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';

type ChartOption = ComposeOption<CustomSeriesOption | ScatterSeriesOption | GridComponentOption>;
export type RateRow = { label: string; value: number; lower: number; upper: number };

const BLACK = '#0b0c0c';
const BLUE = '#1d70b8';

export function DisagreementChart({ rows, label }: { rows: readonly RateRow[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rows.length === 0) return undefined;
    const option: ChartOption = {
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, name: 'Disagreement rate (%) with 95% interval', nameLocation: 'middle', nameGap: 24, axisLabel: { color: BLACK } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: BLACK, width: 260, overflow: 'truncate' } },
      series: [
        {
          type: 'custom',
          data: rows.map((r, i) => [i, r.lower * 100, r.upper * 100]),
          encode: { y: 0, x: [1, 2] },
          renderItem: (_params, api) => {
            const y = api.value(0);
            const [x1 = 0, y1 = 0] = api.coord([api.value(1), y]);
            const [x2 = 0] = api.coord([api.value(2), y]);
            const style = { stroke: BLACK, lineWidth: 2 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1, y1, x2, y2: y1 }, style },
                { type: 'line', shape: { x1, y1: y1 - 5, x2: x1, y2: y1 + 5 }, style },
                { type: 'line', shape: { x1: x2, y1: y1 - 5, x2, y2: y1 + 5 }, style },
              ],
            };
          },
        },
        { type: 'scatter', data: rows.map((r, i) => [r.value * 100, i]), symbolSize: 10, itemStyle: { color: BLUE } },
      ],
    };
    let chart: EChartsType | undefined;
    let isCancelled = false;
    const resize = () => chart?.resize();
    void import('../insight/echarts-setup.js').then(({ init }) => {
      const element = ref.current;
      if (isCancelled || !element) return;
      chart = init(element, undefined, { renderer: 'svg' });
      chart.setOption(option);
      window.addEventListener('resize', resize);
    });
    return () => {
      isCancelled = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [rows]);
  if (rows.length === 0) return null;
  return <div ref={ref} role="img" aria-label={label} className="govuk-!-margin-bottom-6" style={{ width: '100%', height: Math.max(160, rows.length * 32 + 80) }} />;
}
