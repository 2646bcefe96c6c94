// One ECharts figure as an image: drawn in SVG once ECharts has loaded (on demand), described in its aria-label,
// resized with the window. Each page puts the table with every number under it as the accessible alternative.
import { useEffect, useRef } from 'react';
import type { ComposeOption, EChartsType } from 'echarts/core';
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption } from 'echarts/components';

export type ChartOption = ComposeOption<BarSeriesOption | CustomSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption>;

// GOV.UK colours: text black, blue for data, dark grey for reference lines, red for what needs attention.
export const BLACK = '#0b0c0c';
export const BLUE = '#1d70b8';
export const GREY = '#505a5f';
export const RED = '#d4351c';

export function EChart({ option, label, height, className = 'govuk-!-margin-bottom-6' }: { option: ChartOption; label: string; height: number; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: EChartsType | undefined;
    let isCancelled = false;
    const resize = () => chart?.resize();
    void import('./echarts-setup.js').then(({ init }) => {
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
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} className={className} style={{ width: '100%', height }} />;
}

/** 95% CI whiskers on a horizontal value axis, one per category row, in the rows' order: [lower, upper]. */
export function intervalSeries(intervals: readonly (readonly [number, number])[]): CustomSeriesOption {
  return {
    type: 'custom',
    data: intervals.map(([lower, upper], i) => [i, lower, upper]),
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
  };
}
