// Scores a pair of person records the Fellegi–Sunter way: each field adds the weight of the evidence it gives
// (agreement for, disagreement against), and the sum falls into "match", "possible match — human review" or
// "no match". Every contribution is returned, so a reviewer sees why. Weights and thresholds are data.
import { jaroWinkler } from '@skyra/jaro-winkler';
import { areFamilyNameSpellings, areGivenNameVariants, otherGivenNameVariants } from './name-variants.js';
import { endedService, type PersonFeatures, type ServicePeriod } from './person-features.js';
import { addDays } from '../clock/working-days.js';

export const WEIGHTS = {
  // A short surname (four or five letters) one slip from the other: weak, as such names are often other real
  // names one letter apart (Lowe ↔ Love), but far likelier between one person's records than between strangers'.
  family: { exact: 4, previousName: 3.5, spelling: 3, similar: 2.5, soundsAlike: 2, shortSlip: 1, different: -4 },
  // A nickname or other spelling with one slip in it (Andrew ↔ "Drwe", a misspelt Drew): as strong as "sounds alike".
  // Likewise a given name of five letters one slip from the other (Edward ↔ "Eward"); four-letter given names
  // one slip apart are too often two names (Dean ↔ Sean, Jade ↔ Jane).
  given: { exact: 3, variant: 2.5, similar: 2, soundsAlike: 1.5, variantMisspelt: 1.5, middleName: 1.5, shortSlip: 1, initial: 0.5, different: -3 },
  swappedPenalty: -0.5,
  // A single wrong digit is weak evidence: some 70 dates are one digit from any date, so namesakes are often
  // born a digit apart. With exact names it never makes a match, even at a move: on the national register such
  // pairs at a move were 17 namesakes and no re-registration (docs/matching.md).
  dob: { exact: 5, dayMonthSwapped: 3.5, oneDigit: 0.5, sameYearOnly: 1.5, different: -6 },
  // Recorded sex, where both records have it: agreement is what almost every pair of namesakes shares, so it
  // adds nothing; disagreement is strong evidence against (Nicola ↔ Nicholas, Stephanie ↔ Stephen).
  sex: { same: 0, different: -4 },
  // Both records serving at the same time: one person does not hold two posts at once, so it is evidence
  // against (namesakes born the same day); enough to send an otherwise exact pair to review, not to dismiss it.
  concurrentService: -3,
  // A move: every post on one record has ended, and the other record's first post starts in another force
  // within two years. It is what a person re-registered elsewhere looks like (a transfer, a resignation and a
  // new application, a barred person applying again), and rare between namesakes, who rarely join just as the
  // other leaves. A surname that differs at a move, both records recorded female, is read as a possible
  // married name, not as evidence against (the register cannot know a name changed unless told) — unless the
  // later record declares other surnames and the earlier one is not among them: a vetting application asks
  // for every previous name.
  // A move within six months weighs more: most re-registrations follow within months, while a namesake's
  // joining is spread over the whole two years.
  // Where the search's own records show such pairs to be mostly namesakes (married-chance.ts), the married
  // reading weighs −1 instead: forename, birth date and a move then reach review, not match.
  move: { weight: 1, soonWeight: 2, soonDays: 183, maxGapDays: 730, marriedName: 1, marriedNameMostlyChance: -1 },
  // Address histories (postcodes from HR and from vetting declarations), where both records have them. The same
  // postcode in both is rare between strangers (a postcode is some fifteen households) and what one person's two
  // records nearly always share: a vetting application declares five years of addresses, so a re-registered
  // person's new record names the postcode the old one holds. Living in different neighbourhoods (postcode
  // sectors) for six months or more at the same time, with no postcode in common, is evidence of two people —
  // counted only over periods that can be trusted (see trustedUntil): an HR record that missed a move would
  // otherwise set one person's two records against each other.
  address: { samePostcode: 4, elsewhereAtSameTime: -5, minOverlapDays: 183, lastKnownTrustedDays: 365 },
} as const;

/**
 * Frequency-aware name weights (Fellegi–Sunter u-probabilities from the records being matched): an exact given
 * or family name shared by few records says more than one shared by many. The exact weight moves by
 * `scale` × log2(typical share / this name's share), at most `max` either way; the typical share is that of
 * the median record's name.
 */
export const NAME_FREQUENCY = { scale: 0.5, max: 1.5 } as const;

export const THRESHOLDS = { match: 10, review: 6 } as const;

export type Band = 'match' | 'review' | 'no_match';
export type Reason = { field: 'family_name' | 'given_name' | 'date_of_birth' | 'name_order' | 'sex' | 'service' | 'address'; agreement: string; weight: number };
export type PairScore = { score: number; band: Band; reasons: Reason[] };

const SIMILAR = 0.92;
/** Names this long or longer that differ by one slip (a letter dropped, added, changed, or two swapped) are similar. */
const ONE_SLIP_MIN_LENGTH = 6;
const SHORT_SLIP_MIN_LENGTH = 4;
const SHORT_GIVEN_SLIP_MIN_LENGTH = 5;

/** At most one insertion, deletion, substitution or transposition of neighbours apart (restricted Damerau–Levenshtein ≤ 1). */
export function oneSlipApart(x: string, y: string): boolean {
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true; // one letter changed
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2); // two neighbours swapped
  }
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1); // one letter dropped or added
}

/** Similar spelling: Jaro–Winkler ≥ 0.92, or one slip apart in names of six letters or more (Eddwards ↔ Edwards). */
export function similarSpelling(x: string, y: string): number | null {
  const jw = jaroWinkler(x, y);
  if (jw >= SIMILAR) return jw;
  return Math.min(x.length, y.length) >= ONE_SLIP_MIN_LENGTH && oneSlipApart(x, y) ? jw : null;
}

/** A name in one field that stands for a name in the other (read when names may be swapped): similar, a variant or another spelling. */
const namesAlike = (x: string, y: string): boolean => similarSpelling(x, y) !== null || areGivenNameVariants(x, y) || areFamilyNameSpellings(x, y);

/** How many of the records being matched hold each first given name and each family name. */
export type NameFrequencies = { records: number; given: ReadonlyMap<string, number>; family: ReadonlyMap<string, number>; typicalGiven: number; typicalFamily: number };

export function nameFrequencies(records: readonly PersonFeatures[]): NameFrequencies {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const median = (values: string[], counts: Map<string, number>) => {
    const held = values.filter(Boolean).map((v) => counts.get(v) ?? 1).sort((x, y) => x - y);
    return held[Math.floor(held.length / 2)] ?? 1;
  };
  const givenValues = records.map((r) => r.firstGiven);
  const familyValues = records.map((r) => r.family);
  const given = count(givenValues);
  const family = count(familyValues);
  return { records: records.length, given, family, typicalGiven: median(givenValues, given), typicalFamily: median(familyValues, family) };
}

/** The exact-agreement weight for a name held by `held` records where the median record's name is held by `typical`. */
function exactByFrequency(field: 'family_name' | 'given_name', base: number, held: number, typical: number, records: number): Reason {
  const shift = Math.max(-NAME_FREQUENCY.max, Math.min(NAME_FREQUENCY.max, NAME_FREQUENCY.scale * Math.log2(typical / held)));
  const weight = Math.round((base + shift) * 100) / 100;
  if (Math.abs(shift) < 0.25) return { field, agreement: 'exact', weight };
  const share = `${held.toLocaleString('en-GB')} of ${records.toLocaleString('en-GB')} records`;
  return { field, agreement: `exact (${shift > 0 ? 'a rare' : 'a common'} name: ${share})`, weight };
}

function compareFamily(a: PersonFeatures, b: PersonFeatures, frequencies?: NameFrequencies): Reason {
  if (!a.family || !b.family) return { field: 'family_name', agreement: 'not recorded', weight: 0 };
  if (a.family === b.family) {
    return frequencies
      ? exactByFrequency('family_name', WEIGHTS.family.exact, Math.max(2, frequencies.family.get(a.family) ?? 2), frequencies.typicalFamily, frequencies.records)
      : { field: 'family_name', agreement: 'exact', weight: WEIGHTS.family.exact };
  }
  if (a.familyAll.some((n) => b.familyAll.includes(n))) return { field: 'family_name', agreement: 'previous, married or part of a double-barrelled name', weight: WEIGHTS.family.previousName };
  if (a.familyAll.some((x) => b.familyAll.some((y) => areFamilyNameSpellings(x, y)))) return { field: 'family_name', agreement: 'other spelling (transliteration)', weight: WEIGHTS.family.spelling };
  let best: number | null = null;
  for (const x of a.familyAll) for (const y of b.familyAll) {
    const similarity = similarSpelling(x, y);
    if (similarity !== null && (best === null || similarity > best)) best = similarity;
  }
  if (best !== null) return { field: 'family_name', agreement: `similar spelling (${best.toFixed(2)})`, weight: WEIGHTS.family.similar };
  if (a.familyPhonetics.some((p) => b.familyPhonetics.includes(p))) return { field: 'family_name', agreement: 'sounds alike', weight: WEIGHTS.family.soundsAlike };
  if (a.familyAll.some((x) => b.familyAll.some((y) => Math.min(x.length, y.length) >= SHORT_SLIP_MIN_LENGTH && oneSlipApart(x, y)))) {
    return { field: 'family_name', agreement: 'one slip apart (a short name)', weight: WEIGHTS.family.shortSlip };
  }
  return { field: 'family_name', agreement: 'different', weight: WEIGHTS.family.different };
}

function compareGiven(a: PersonFeatures, b: PersonFeatures, frequencies?: NameFrequencies): Reason {
  const x = a.firstGiven;
  const y = b.firstGiven;
  if (!x || !y) return { field: 'given_name', agreement: 'not recorded', weight: 0 };
  if (x === y) {
    return frequencies
      ? exactByFrequency('given_name', WEIGHTS.given.exact, Math.max(2, frequencies.given.get(x) ?? 2), frequencies.typicalGiven, frequencies.records)
      : { field: 'given_name', agreement: 'exact', weight: WEIGHTS.given.exact };
  }
  if (areGivenNameVariants(x, y)) return { field: 'given_name', agreement: 'nickname or other spelling', weight: WEIGHTS.given.variant };
  if (x.length > 1 && y.length > 1 && similarSpelling(x, y) !== null) return { field: 'given_name', agreement: 'similar spelling', weight: WEIGHTS.given.similar };
  if (x.length > 1 && y.length > 1 && a.givenPhonetic === b.givenPhonetic) return { field: 'given_name', agreement: 'sounds alike', weight: WEIGHTS.given.soundsAlike };
  if (variantMisspelt(x, y)) return { field: 'given_name', agreement: 'nickname or other spelling, with one slip', weight: WEIGHTS.given.variantMisspelt };
  if (Math.min(x.length, y.length) >= SHORT_GIVEN_SLIP_MIN_LENGTH && oneSlipApart(x, y)) return { field: 'given_name', agreement: 'one slip apart (a short name)', weight: WEIGHTS.given.shortSlip };
  if (a.given.slice(1).includes(y) || b.given.slice(1).includes(x)) return { field: 'given_name', agreement: 'known by a middle name', weight: WEIGHTS.given.middleName };
  if ((x.length === 1 || y.length === 1) && x[0] === y[0]) return { field: 'given_name', agreement: 'initial only', weight: WEIGHTS.given.initial };
  return { field: 'given_name', agreement: 'different', weight: WEIGHTS.given.different };
}

/** Names of four letters or more (shorter ones are a slip from other names: Ben, Ken) one slip from a variant of the other. */
function variantMisspelt(x: string, y: string): boolean {
  const slipped = (name: string, other: string) => otherGivenNameVariants(name).some((v) => Math.min(v.length, other.length) >= 4 && oneSlipApart(v, other));
  return slipped(x, y) || slipped(y, x);
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

function compareSex(a: PersonFeatures, b: PersonFeatures): Reason | null {
  if (!a.sex || !b.sex) return null;
  return a.sex === b.sex
    ? { field: 'sex', agreement: 'same', weight: WEIGHTS.sex.same }
    : { field: 'sex', agreement: 'different', weight: WEIGHTS.sex.different };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const firstPost = (service: readonly ServicePeriod[]): ServicePeriod | null =>
  service.length === 0 ? null : service.reduce((x, y) => (y.start < x.start ? y : x));

/**
 * A move from one record to the other: every post on `from` has ended, and the first post on `to` starts in
 * another force on or after that day, within `WEIGHTS.move.maxGapDays`.
 */
export function moveBetween(from: readonly ServicePeriod[], to: readonly ServicePeriod[]): { fromForce: string; toForce: string; left: string; joined: string; gapDays: number } | null {
  const ended = endedService(from);
  const first = firstPost(to);
  if (!ended || !first || first.start < ended.end || first.forceId === ended.last.forceId) return null;
  const gapDays = daysBetween(ended.end, first.start);
  return gapDays <= WEIGHTS.move.maxGapDays ? { fromForce: ended.last.forceId, toForce: first.forceId, left: ended.end, joined: first.start, gapDays } : null;
}

type Move = NonNullable<ReturnType<typeof moveBetween>> & { earlier: PersonFeatures; later: PersonFeatures };

export function moveOf(a: PersonFeatures, b: PersonFeatures): Move | null {
  const there = moveBetween(a.service, b.service);
  if (there) return { ...there, earlier: a, later: b };
  const back = moveBetween(b.service, a.service);
  return back ? { ...back, earlier: b, later: a } : null;
}

const moveReason = (move: Move): Reason => ({
  field: 'service',
  agreement: `left ${move.fromForce} on ${move.left}, joined ${move.toForce} ${move.gapDays} days later (a move)`,
  weight: move.gapDays <= WEIGHTS.move.soonDays ? WEIGHTS.move.soonWeight : WEIGHTS.move.weight,
});

/** A surname change at this move could be a marriage: both recorded female, and the later record declares no other surnames. */
export const mayHaveMarried = (move: Move): boolean => move.earlier.sex === 'female' && move.later.sex === 'female' && !move.later.declaresOtherFamilyNames;

/** What a different surname at a move between two women weighs in one search (married-chance.ts). */
export type MarriedReading = { weight: number; agreement: string };
export const MARRIED_BY_DEFAULT: MarriedReading = { weight: WEIGHTS.move.marriedName, agreement: 'different, at a move, both recorded female (perhaps a married name)' };

const marriedReason = (married: MarriedReading): Reason => ({ field: 'family_name', ...married });

/** A different surname at a move that may be a marriage does not count against. */
const marriedAtMove = (family: Reason, married: MarriedReading): Reason => (family.field === 'family_name' && family.agreement === 'different' ? marriedReason(married) : family);

/**
 * The later record with forename and surname swapped and a married surname in place of one of them (Zoe Morris
 * ↔ "Morris Taylor", Amelia Johnson ↔ "Williams Amelia"): one name of the earlier record sits in the other field
 * of the later, and what is left differs. It counts what the earlier record's name is worth in its own field.
 */
function swappedAtMarriage(move: Move, married: MarriedReading, frequencies?: NameFrequencies): Reason[] | null {
  const { earlier: e, later: l } = move;
  if (!e.firstGiven || !l.firstGiven || !e.family || !l.family) return null;
  const familyMoved = namesAlike(e.family, l.firstGiven) && !namesAlike(e.firstGiven, l.family);
  const givenMoved = namesAlike(e.firstGiven, l.family) && !namesAlike(e.family, l.firstGiven);
  if (!familyMoved && !givenMoved) return null;
  const kept = familyMoved ? compareFamily(e, { ...l, family: l.firstGiven, familyAll: [l.firstGiven] }, frequencies) : compareGiven(e, { ...l, firstGiven: l.family, given: [l.family] }, frequencies);
  const agreement = familyMoved ? "the earlier surname, recorded as the later forename" : "the earlier forename, recorded as the later surname";
  return [{ field: 'name_order', agreement: 'forename and surname swapped', weight: WEIGHTS.swappedPenalty }, { ...kept, agreement }, marriedReason(married)];
}

/**
 * Both records serving over the same period (in one force or two). One person does not hold two posts at
 * once, so this is evidence of two people; a clerical duplicate still reaches the review band.
 * A move on the day the other post ends is not an overlap, nor is one post (same force, same start) on both.
 */
function compareService(a: PersonFeatures, b: PersonFeatures): Reason | null {
  for (const x of a.service) {
    for (const y of b.service) {
      if (x.forceId === y.forceId && x.start === y.start) continue; // one post seen twice, not two
      if (x.start < (y.end ?? '9999-12-31') && y.start < (x.end ?? '9999-12-31')) {
        const from = x.start > y.start ? x.start : y.start;
        const where = x.forceId === y.forceId ? `in ${x.forceId}` : `in ${x.forceId} and ${y.forceId}`;
        return { field: 'service', agreement: `both serving ${where} at the same time (from ${from})`, weight: WEIGHTS.concurrentService };
      }
    }
  }
  return null;
}

const spaced = (postcode: string): string => `${postcode.slice(0, -3)} ${postcode.slice(-3)}`;

/**
 * Until when an address period can be held against another record. A declared history is checked against
 * credit-reference data, and an HR period that ended was ended by a move HR recorded; but a last known address
 * from HR may be out of date (a move HR never heard of), so only its first year counts.
 */
const trustedUntil = (a: PersonFeatures['addresses'][number]): string => {
  if (a.declared || !a.open) return a.to;
  const year = addDays(a.from, WEIGHTS.address.lastKnownTrustedDays);
  return year < a.to ? year : a.to;
};

/**
 * The two address histories: a postcode in both, or different neighbourhoods (postcode sectors) over the same
 * half-year or more with none in common; nothing when either record has no addresses or the trusted periods
 * never overlap.
 */
function compareAddresses(a: PersonFeatures, b: PersonFeatures): Reason | null {
  if (a.addresses.length === 0 || b.addresses.length === 0) return null;
  const shared = a.addresses.find((x) => b.addresses.some((y) => y.postcode === x.postcode));
  if (shared) return { field: 'address', agreement: `the same postcode in both histories (${spaced(shared.postcode)})`, weight: WEIGHTS.address.samePostcode };
  for (const x of a.addresses) {
    for (const y of b.addresses) {
      if (x.sector === y.sector || !x.dated || !y.dated) continue;
      const from = x.from > y.from ? x.from : y.from;
      const xTo = trustedUntil(x);
      const yTo = trustedUntil(y);
      const to = xTo < yTo ? xTo : yTo;
      if (to >= from && daysBetween(from, to) + 1 >= WEIGHTS.address.minOverlapDays) {
        return { field: 'address', agreement: `living in different places at the same time (${spaced(x.postcode)} and ${spaced(y.postcode)} from ${from}), no postcode in common`, weight: WEIGHTS.address.elsewhereAtSameTime };
      }
    }
  }
  return null;
}

/** The pair read with one side's forename and surname swapped: kept when it explains the names better. */
function swappedNames(a: PersonFeatures, b: PersonFeatures): [Reason, Reason] | null {
  if (!a.firstGiven || !b.firstGiven || !a.family || !b.family) return null;
  // A double-barrelled surname in the forename field is read whole ("Chapman-Davies Luke").
  const inForenames = (surnames: readonly string[], y: PersonFeatures) => surnames.some((f) => namesAlike(f, y.firstGiven) || namesAlike(f, y.given.join('')));
  const swapped = { field: 'name_order', agreement: 'forename and surname swapped', weight: WEIGHTS.swappedPenalty } as const;
  if (inForenames([a.family], b) && inForenames([b.family], a)) {
    return [swapped, { field: 'family_name', agreement: 'matches the other forename and surname', weight: WEIGHTS.family.exact + WEIGHTS.given.exact }];
  }
  // The surname in the forename field is the other record's previous or married surname (Lauren Gray née
  // Dalcott ↔ "Dalcott Lauren"): worth what that surname is worth unswapped.
  if (inForenames(a.familyAll, b) && inForenames(b.familyAll, a)) {
    return [swapped, { field: 'family_name', agreement: 'matches the other forename and a previous, married or double-barrelled surname', weight: WEIGHTS.family.previousName + WEIGHTS.given.exact }];
  }
  return null;
}

/**
 * Scores a pair; with `frequencies`, exact names weigh by how common they are among the records being matched;
 * `marriedReading`, what an undeclared surname change at a move weighs in this search.
 */
export function scorePair(a: PersonFeatures, b: PersonFeatures, frequencies?: NameFrequencies, marriedReading: MarriedReading = MARRIED_BY_DEFAULT): PairScore {
  const total = (reasons: readonly Reason[]) => reasons.reduce((s, r) => s + r.weight, 0);
  let names: Reason[] = [compareFamily(a, b, frequencies), compareGiven(a, b, frequencies)];
  const swapped = swappedNames(a, b);
  if (swapped && total(swapped) > total(names)) names = swapped;
  const concurrent = compareService(a, b);
  const move = concurrent ? null : moveOf(a, b);
  if (move && mayHaveMarried(move)) {
    names = names.map((r) => marriedAtMove(r, marriedReading));
    const married = swappedAtMarriage(move, marriedReading, frequencies);
    if (married && total(married) > total(names)) names = married;
  }
  const service = concurrent ?? (move ? moveReason(move) : null);
  const reasons = [...names, compareDob(a, b), compareSex(a, b), service, compareAddresses(a, b)].filter((r): r is Reason => r !== null);
  const score = Math.round(total(reasons) * 100) / 100;
  const band: Band = score >= THRESHOLDS.match ? 'match' : score >= THRESHOLDS.review ? 'review' : 'no_match';
  return { score, band, reasons };
}
