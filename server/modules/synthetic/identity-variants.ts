// The ways one person's identity comes back slightly different when they apply elsewhere: a typo, another
// transliteration, a previous or married surname, a nickname, forename and surname swapped, or day and month
// of birth swapped. Used to plant duplicate identities whose true links are listed in truth.json.
import type { Random } from '../demo/random.js';
import { nicknamesOf, pickFamilyName, transliterationsOf } from './name-pools.js';

export type Identity = { givenNames: string; familyName: string; dateOfBirth: string; previousFamilyName: string | null; sex: 'female' | 'male' | 'not_recorded' };

export const VARIATIONS = ['typo', 'transliteration', 'previous_surname', 'married_surname', 'nickname', 'swapped_names', 'dob_day_month_swapped'] as const;
export type Variation = (typeof VARIATIONS)[number];

/** A one-character slip: two letters swapped, one dropped, or one doubled. */
export function typo(random: Random, name: string): string {
  if (name.length < 4) return `${name}${name.slice(-1)}`;
  const i = random.int(1, name.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) return name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2);
  if (kind === 1) return name.slice(0, i) + name.slice(i + 1);
  return name.slice(0, i) + (name[i] ?? '') + name.slice(i);
}

function applicable(identity: Identity): Variation[] {
  const given = identity.givenNames.split(' ')[0] ?? identity.givenNames;
  const [, month, day] = identity.dateOfBirth.split('-').map(Number);
  const out: Variation[] = ['typo', 'swapped_names'];
  if (transliterationsOf(given).length > 0 || transliterationsOf(identity.familyName).length > 0) out.push('transliteration');
  if (identity.previousFamilyName) out.push('previous_surname');
  if (identity.sex === 'female') out.push('married_surname');
  if (nicknamesOf(given).length > 0) out.push('nickname');
  if (day !== undefined && month !== undefined && day <= 12 && day !== month) out.push('dob_day_month_swapped');
  return out;
}

/** A variant of the identity with one or two variations, and which ones were applied. */
export function varyIdentity(random: Random, identity: Identity): { identity: Identity; variations: Variation[] } {
  const options = applicable(identity);
  const count = random.chance(0.3) ? 2 : 1;
  const chosen: Variation[] = [];
  while (chosen.length < count && chosen.length < options.length) {
    const v = random.pick(options);
    if (!chosen.includes(v)) chosen.push(v);
  }
  let { givenNames, familyName, dateOfBirth } = identity;
  for (const v of chosen) {
    switch (v) {
      case 'typo':
        if (random.chance(0.6)) familyName = typo(random, familyName);
        else givenNames = typo(random, givenNames);
        break;
      case 'transliteration': {
        const givenOptions = transliterationsOf(givenNames);
        const familyOptions = transliterationsOf(familyName);
        if (familyOptions.length > 0 && (givenOptions.length === 0 || random.chance(0.5))) familyName = random.pick(familyOptions);
        else if (givenOptions.length > 0) givenNames = random.pick(givenOptions);
        break;
      }
      case 'previous_surname':
        familyName = identity.previousFamilyName ?? familyName;
        break;
      case 'married_surname':
        familyName = pickFamilyName(random, 'british');
        break;
      case 'nickname': {
        const options = nicknamesOf(givenNames);
        if (options.length > 0) givenNames = random.pick(options);
        break;
      }
      case 'swapped_names':
        [givenNames, familyName] = [familyName, givenNames];
        break;
      case 'dob_day_month_swapped': {
        const [y, m, d] = dateOfBirth.split('-');
        dateOfBirth = `${y}-${d}-${m}`;
        break;
      }
    }
  }
  return { identity: { ...identity, givenNames, familyName, dateOfBirth, previousFamilyName: null }, variations: chosen };
}
