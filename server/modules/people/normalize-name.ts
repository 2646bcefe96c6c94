// Search form of a name: lower case, accents and punctuation removed, hyphens and apostrophes folded
// to spaces, so "Zoë O'Brien-Smith" is found by "zoe obrien", "o brien" or "brien smith".

// Letters that Unicode does not decompose into a base letter and an accent (Paweł, Søren, Æthelred, Đorđe):
// folded by hand, as they are written in English.
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't' };
const UNDECOMPOSED = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');

export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The search tokens of a query; each must occur in the same stored name. */
export const nameTokens = (query: string): string[] => normalizeName(query).split(' ').filter((t) => t.length > 0);
