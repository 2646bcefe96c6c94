// Search form of a name: lower case, accents and punctuation removed, hyphens and apostrophes folded
// to spaces, so "Zoë O'Brien-Smith" is found by "zoe obrien", "o brien" or "brien smith".
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The search tokens of a query; each must occur in the same stored name. */
export const nameTokens = (query: string): string[] => normalizeName(query).split(' ').filter((t) => t.length > 0);
