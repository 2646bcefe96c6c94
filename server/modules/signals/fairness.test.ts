import { describe, expect, it } from 'vitest';
import { fairnessRows } from './fairness.js';

describe('fairness monitor rows', () => {
  it('gives the alert rate and the relative rate index against the reference group', () => {
    const rows = fairnessRows([
      { group: 'white', people: 2000, events: 40 },
      { group: 'black', people: 500, events: 18 },
    ], 'white', 5);
    const black = rows.find((r) => r.group === 'black');
    expect(black?.rate).toBeCloseTo(0.036, 6);
    // (18/500) / (40/2000) = 1.8; SE = sqrt(1/18 - 1/500 + 1/40 - 1/2000) = 0.2794
    expect(black?.rri?.value).toBeCloseTo(1.8, 6);
    expect(black?.rri?.lower).toBeCloseTo(1.8 * Math.exp(-1.959964 * Math.sqrt(1 / 18 - 1 / 500 + 1 / 40 - 1 / 2000)), 4);
    expect(rows.find((r) => r.group === 'white')?.rri).toBeNull();
  });

  it('hides a small count, and another so it cannot be recovered from the totals, with no rate over them', () => {
    const rows = fairnessRows([
      { group: 'white', people: 2000, events: 40 },
      { group: 'asian', people: 300, events: 3 },
      { group: 'mixed', people: 120, events: 9 },
    ], 'white', 5);
    const asian = rows.find((r) => r.group === 'asian');
    expect(asian).toMatchObject({ suppressed: true, events: null, rate: null, rri: null });
    expect(rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(2);
  });
});
