import { describe, expect, it } from 'vitest';
import { excelOrIsoDate } from './barred-list-import.service.js';
import { displayName, isoDate } from './import-run.js';
import { barChart } from './real-data-report.service.js';
import { stableId } from './stable-id.js';

describe('real-data helpers', () => {
  it('reads Excel serial day numbers and ISO dates, and nothing else', () => {
    expect(excelOrIsoDate('44200')).toBe('2021-01-04');
    expect(excelOrIsoDate('45649')).toBe('2024-12-23');
    expect(excelOrIsoDate('2021-01-04')).toBe('2021-01-04');
    expect(excelOrIsoDate('10/04/0222')).toBeNull();
    expect(excelOrIsoDate('2021-02-30')).toBeNull();
    expect(isoDate('2021-02-29')).toBeNull();
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('2000-02-29')).toBe('2000-02-29');
    expect(isoDate('1900-02-29')).toBeNull();
    expect(isoDate('2021-04-31')).toBeNull();
    expect(isoDate('2021-12-31')).toBe('2021-12-31');
    expect(isoDate('2021-13-01')).toBeNull();
    expect(isoDate('2021-00-10')).toBeNull();
    expect(isoDate('2021-01-00')).toBeNull();
    expect(isoDate('2021-1-01')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });

  it('derives the same UUID from the same source key, and a different one from another', () => {
    const id = stableId('chicago-foia', 'CHI', 'roster', '1');
    expect(id).toBe(stableId('chicago-foia', 'CHI', 'roster', '1'));
    expect(id).not.toBe(stableId('chicago-foia', 'CHI', 'roster', '2'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes names in capitals in mixed case', () => {
    expect(displayName("MC CARTHY-O'NEIL")).toBe("Mc Carthy-O'Neil");
  });

  it('draws a chart with hidden values as "not shown", never NaN', () => {
    const svg = barChart('Test', [{ label: 'A', values: [0.5, null], lower: [0.4, null], upper: [0.6, null] }], { percent: true, max: 1 });
    expect(svg).toContain('50.0%');
    expect(svg).toContain('not shown');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
