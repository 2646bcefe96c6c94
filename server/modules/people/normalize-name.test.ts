import { describe, expect, it } from 'vitest';
import { nameTokens, normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it('folds case, accents, apostrophes and hyphens', () => {
    expect(normalizeName("Zoë O'Brien-Smith")).toBe('zoe obrien smith');
    expect(normalizeName('  JOSÉ   Müller ')).toBe('jose muller');
    // Letters Unicode does not decompose are folded as English writes them.
    expect(normalizeName('Paweł KOZŁOWSKI')).toBe('pawel kozlowski');
    expect(normalizeName('Søren Æbelø')).toBe('soren aebelo');
    expect(normalizeName('Đorđe Strauß')).toBe('dorde strauss');
  });
  it('splits a query into tokens that ignore punctuation', () => {
    expect(nameTokens('o’brien, zoe')).toEqual(['obrien', 'zoe']);
    expect(nameTokens(' - ')).toEqual([]);
  });
});
