// Scores a pair of person records the Fellegi–Sunter way: each field adds the weight of the evidence it gives
// (agreement for, disagreement against), and the sum falls into "match", "possible match — human review" or
// "no match". Every contribution is returned, so a reviewer sees why. Weights and thresholds are data.
import { jaroWinkler } from '@skyra/jaro-winkler';
import { areGivenNameVariants } from './name-variants.js';
import type { PersonFeatures } from './person-features.js';

export const WEIGHTS = {
  family: { exact: 4, previousName: 3.5, similar: 2.5, soundsAlike: 2, different: -4 },
  given: { exact: 3, variant: 2.5, similar: 2, soundsAlike: 1.5, middleName: 1.5, initial: 0.5, different: -3 },
  swappedPenalty: -0.5,
  // A single wrong digit is weak evidence: two people with a common name are often born days apart
  // (measured on the force-scale synthetic workforce, docs/matching.md), so it alone never makes a match.
  dob: { exact: 5, dayMonthSwapped: 3.5, oneDigit: 1.5, sameYearOnly: 1.5, different: -6 },
} as const;

export const THRESHOLDS = { match: 10, review: 6 } as const;

export type Band = 'match' | 'review' | 'no_match';
export type Reason = { field: 'family_name' | 'given_name' | 'date_of_birth' | 'name_order'; agreement: string; weight: number };
export type PairScore = { score: number; band: Band; reasons: Reason[] };

const SIMILAR = 0.92;

function compareFamily(a: PersonFeatures, b: PersonFeatures): Reason {
  if (!a.family || !b.family) return { field: 'family_name', agreement: 'not recorded', weight: 0 };
  if (a.family === b.family) return { field: 'family_name', agreement: 'exact', weight: WEIGHTS.family.exact };
  if (a.familyAll.some((n) => b.familyAll.includes(n))) return { field: 'family_name', agreement: 'previous, married or part of a double-barrelled name', weight: WEIGHTS.family.previousName };
  let best = 0;
  for (const x of a.familyAll) for (const y of b.familyAll) best = Math.max(best, jaroWinkler(x, y));
  if (best >= SIMILAR) return { field: 'family_name', agreement: `similar spelling (${best.toFixed(2)})`, weight: WEIGHTS.family.similar };
  if (a.familyPhonetics.some((p) => b.familyPhonetics.includes(p))) return { field: 'family_name', agreement: 'sounds alike', weight: WEIGHTS.family.soundsAlike };
  return { field: 'family_name', agreement: 'different', weight: WEIGHTS.family.different };
}

function compareGiven(a: PersonFeatures, b: PersonFeatures): Reason {
  const x = a.firstGiven;
  const y = b.firstGiven;
  if (!x || !y) return { field: 'given_name', agreement: 'not recorded', weight: 0 };
  if (x === y) return { field: 'given_name', agreement: 'exact', weight: WEIGHTS.given.exact };
  if (areGivenNameVariants(x, y)) return { field: 'given_name', agreement: 'nickname or other spelling', weight: WEIGHTS.given.variant };
  if (x.length > 1 && y.length > 1 && jaroWinkler(x, y) >= SIMILAR) return { field: 'given_name', agreement: 'similar spelling', weight: WEIGHTS.given.similar };
  if (x.length > 1 && y.length > 1 && a.givenPhonetic === b.givenPhonetic) return { field: 'given_name', agreement: 'sounds alike', weight: WEIGHTS.given.soundsAlike };
  if (a.given.slice(1).includes(y) || b.given.slice(1).includes(x)) return { field: 'given_name', agreement: 'known by a middle name', weight: WEIGHTS.given.middleName };
  if ((x.length === 1 || y.length === 1) && x[0] === y[0]) return { field: 'given_name', agreement: 'initial only', weight: WEIGHTS.given.initial };
  return { field: 'given_name', agreement: 'different', weight: WEIGHTS.given.different };
}

/** Same digits but for one position (a typed digit wrong). */
const oneDigitApart = (x: string, y: string): boolean => x.length === y.length && [...x].filter((c, i) => c !== y[i]).length === 1;
const pad = (n: number) => String(n).padStart(2, '0');

function compareDob(a: PersonFeatures, b: PersonFeatures): Reason {
  const x = a.dob;
  const y = b.dob;
  if (!x || !y) return { field: 'date_of_birth', agreement: 'not recorded', weight: 0 };
  if (x.day === null || y.day === null || x.month === null || y.month === null) {
    return x.year === y.year
      ? { field: 'date_of_birth', agreement: 'same year (only the year is known)', weight: WEIGHTS.dob.sameYearOnly }
      : { field: 'date_of_birth', agreement: 'different year', weight: WEIGHTS.dob.different };
  }
  if (x.year === y.year && x.month === y.month && x.day === y.day) return { field: 'date_of_birth', agreement: 'exact', weight: WEIGHTS.dob.exact };
  if (x.year === y.year && x.month === y.day && x.day === y.month) return { field: 'date_of_birth', agreement: 'day and month swapped', weight: WEIGHTS.dob.dayMonthSwapped };
  if (oneDigitApart(`${x.year}${pad(x.month)}${pad(x.day)}`, `${y.year}${pad(y.month)}${pad(y.day)}`)) return { field: 'date_of_birth', agreement: 'one digit different', weight: WEIGHTS.dob.oneDigit };
  return { field: 'date_of_birth', agreement: 'different', weight: WEIGHTS.dob.different };
}

/** The pair read with one side's forename and surname swapped: kept when it explains the names better. */
function swappedNames(a: PersonFeatures, b: PersonFeatures): [Reason, Reason] | null {
  if (!a.firstGiven || !b.firstGiven || !a.family || !b.family) return null;
  const familyAsGiven = jaroWinkler(a.family, b.firstGiven) >= SIMILAR || areGivenNameVariants(a.family, b.firstGiven);
  const givenAsFamily = jaroWinkler(a.firstGiven, b.family) >= SIMILAR || areGivenNameVariants(a.firstGiven, b.family);
  if (!familyAsGiven || !givenAsFamily) return null;
  return [
    { field: 'name_order', agreement: 'forename and surname swapped', weight: WEIGHTS.swappedPenalty },
    { field: 'family_name', agreement: 'matches the other forename and surname', weight: WEIGHTS.family.exact + WEIGHTS.given.exact },
  ];
}

export function scorePair(a: PersonFeatures, b: PersonFeatures): PairScore {
  let names: Reason[] = [compareFamily(a, b), compareGiven(a, b)];
  const straight = names.reduce((s, r) => s + r.weight, 0);
  const swapped = swappedNames(a, b);
  if (swapped && swapped.reduce((s, r) => s + r.weight, 0) > straight) names = swapped;
  const reasons = [...names, compareDob(a, b)];
  const score = Math.round(reasons.reduce((s, r) => s + r.weight, 0) * 100) / 100;
  const band: Band = score >= THRESHOLDS.match ? 'match' : score >= THRESHOLDS.review ? 'review' : 'no_match';
  return { score, band, reasons };
}
