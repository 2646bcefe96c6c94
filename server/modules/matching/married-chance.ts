// How much an undeclared surname change at a move is worth in one search, measured on the search's own records.
// "Same forename and birth date, one woman leaving a force and the other joining another within two years under
// another surname" is a person who married, or two namesakes. Which one it mostly is depends on the search: the
// whole national register compared with itself meets far more namesakes than the register against the lists, or
// one force's records. So the search counts such pairs born d days apart (d = ±1 … ±30, which only namesakes
// can be): their average per day is how many of the pairs born the same day are chance too (a decoy estimate).
// Where more than a tenth of them are, the married reading no longer reaches "match" on its own.
import { MARRIED_BY_DEFAULT, WEIGHTS, mayHaveMarried, moveOf, type MarriedReading } from './match-score.js';
import type { PersonFeatures } from './person-features.js';

const WINDOW_DAYS = 30;
/** The largest share of same-birthday pairs that may be chance for the reading to keep its default weight. */
export const MAX_CHANCE_SHARE = 0.1;

type Woman = { f: PersonFeatures; day: number };

const womenByForename = (records: readonly PersonFeatures[]): Map<string, Woman[]> => {
  const out = new Map<string, Woman[]>();
  for (const f of records) {
    if (f.sex !== 'female' || f.service.length === 0 || !f.firstGiven || !f.dob || f.dob.month === null || f.dob.day === null) continue;
    const list = out.get(f.firstGiven) ?? [];
    list.push({ f, day: Math.round(Date.UTC(f.dob.year, f.dob.month - 1, f.dob.day) / 86_400_000) });
    out.set(f.firstGiven, list);
  }
  for (const list of out.values()) list.sort((x, y) => x.day - y.day);
  return out;
};

/** The later record's birth day minus the earlier's, when the two read as a married name at a move (as scorePair reads it); else null. */
function marriedOffset(x: Woman, y: Woman): number | null {
  if (x.f.familyAll.some((n) => y.f.familyAll.includes(n))) return null;
  const move = moveOf(x.f, y.f);
  if (!move || !mayHaveMarried(move)) return null;
  return move.later === x.f ? x.day - y.day : y.day - x.day;
}

export type MarriedChance = { sameDay: number; chancePerDay: number };

/** Pairs read as a married name at a move born the same day, and the decoy estimate of how many are chance. */
export function marriedChance(left: readonly PersonFeatures[], right: readonly PersonFeatures[] | null): MarriedChance {
  const byOffset = new Map<number, number>();
  const count = (x: Woman, y: Woman) => {
    const d = marriedOffset(x, y);
    if (d !== null && Math.abs(d) <= WINDOW_DAYS) byOffset.set(d, (byOffset.get(d) ?? 0) + 1);
  };
  const leftWomen = womenByForename(left);
  const rightWomen = right ? womenByForename(right) : leftWomen;
  for (const [name, xs] of leftWomen) {
    const ys = rightWomen.get(name);
    if (!ys) continue;
    let from = 0;
    xs.forEach((x, i) => {
      while (from < ys.length && (ys[from]?.day ?? 0) < x.day - WINDOW_DAYS) from++;
      for (let j = from; j < ys.length; j++) {
        const y = ys[j];
        if (!y || y.day > x.day + WINDOW_DAYS) break;
        // Within one set each pair once, and never a record with itself.
        if (right === null && j <= i) continue;
        count(x, y);
      }
    });
  }
  const decoys = [...byOffset].filter(([d]) => d !== 0).reduce((s, [, n]) => s + n, 0);
  return { sameDay: byOffset.get(0) ?? 0, chancePerDay: decoys / (2 * WINDOW_DAYS) };
}

/** The married reading for a search: the default, or weaker where most same-birthday pairs would be chance. */
export function marriedReadingFor(chance: MarriedChance): MarriedReading {
  if (chance.sameDay === 0 || chance.chancePerDay <= MAX_CHANCE_SHARE * chance.sameDay) return MARRIED_BY_DEFAULT;
  const perDay = chance.chancePerDay.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return {
    weight: WEIGHTS.move.marriedNameMostlyChance,
    agreement: `different, at a move, both recorded female (perhaps a married name, but this search meets about ${perDay} such pairs of namesakes for each birth date, against ${chance.sameDay.toLocaleString('en-GB')} born the same day)`,
  };
}
