import { describe, expect, it } from 'vitest';
import { fairnessCell, fairnessRate, fairnessRatio } from './fairness-format.js';

describe('fairness monitor formatting', () => {
  it('never shows a suppressed count as a number', () => {
    expect(fairnessCell(3, true)).toBe('Suppressed');
    expect(fairnessCell(null, false)).toBe('Suppressed');
    expect(fairnessCell(1250, false)).toBe('1,250');
  });

  it('shows rates as percentages and ratios with their interval, marking a zero-cell correction', () => {
    expect(fairnessRate(0.036)).toBe('3.6%');
    expect(fairnessRate(null)).toBe('–');
    expect(fairnessRatio({ value: 1.8168, lower: 1.3685, upper: 2.412, zeroCellCorrected: false })).toBe('1.82 (1.37 to 2.41)');
    expect(fairnessRatio({ value: 3, lower: 0.5, upper: 18, zeroCellCorrected: true })).toBe('3.00 (0.50 to 18.00) *');
    expect(fairnessRatio(null)).toBe('–');
  });
});
