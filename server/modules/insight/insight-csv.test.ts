import { describe, expect, it } from 'vitest';
import { csvCell, repeatDistributionCsv, toCsv } from './insight-csv.js';
import type { TRepeatDistribution } from '../../../shared/insight-contracts.js';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvCell('Sexual conduct')).toBe('Sexual conduct');
    expect(csvCell('Delivery of duties, and service')).toBe('"Delivery of duties, and service"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 1], ['b', null]])).toBe('a,1\r\nb,\r\n');
  });

  it('writes small counts as "<threshold", covering ones as [c], and never their value', () => {
    const hidden = { value: null, suppressed: 'primary' as const };
    const covering = { value: null, suppressed: 'secondary' as const };
    const shown = (value: number) => ({ value, suppressed: null });
    const figure: TRepeatDistribution = {
      meta: {
        figure: 'repeat-distribution', title: 'People by number of allegations', definition: 'd', formula: 'f',
        scope: { forceId: 'MPS', forceName: 'Metropolitan Police Service', from: '2025-01-01', to: '2025-12-31', role: 'all' },
        suppression: { threshold: 10, primary: 2, secondary: 1, rule: 'r' }, warnings: [], asOf: '2026-01-01T00:00:00.000Z',
      },
      count: 'allegations',
      bands: [{ band: '1', label: '1 allegation', people: shown(40), outcomes: { dismissed: hidden, serving: covering, left: shown(0) } }],
      total: { people: shown(40), outcomes: { dismissed: hidden, serving: hidden, left: shown(0) } },
    };
    const csv = repeatDistributionCsv(figure);
    expect(csv).toContain('"Scope: Metropolitan Police Service, 2025-01-01 to 2025-12-31, all"\r\n');
    expect(csv).toContain('1 allegation,40,<10,[c],0\r\n');
    expect(csv).toContain('All,40,<10,<10,0\r\n');
  });
});
