// Who plays which part in the demo's stories of the demo users' own force (MPS): chosen once, deterministically,
// from the synthetic register, so that cases, vetting and the lists tell one consistent story. The people the
// browser journeys use as "no history yet" (the first few of the register) are never cast.
import type { employments, people, personCharacteristics, personNames } from '../../db/schema.js';
import { addDays, addMonths } from '../clock/working-days.js';
import { workingDayOnOrAfter } from './demo-dates.js';
import { normalizeName } from '../people/normalize-name.js';
import type { Random } from './random.js';
import { FAMILY_NAMES, GIVEN_NAMES_MALE } from './demo-names.js';

export const DEMO_FORCE = 'MPS';
/** The first register entries are the browser journeys' blank slates (e2e/specs): no case, clearance or list entry. */
const RESERVED_PEOPLE = 4;

type Job = typeof employments.$inferInsert;
type PersonRow = typeof people.$inferInsert;

export type Member = { id: string; givenNames: string; familyName: string; dateOfBirth: string; job: Job };

export type Cast = {
  /** Seven allegations in five cases over six years. */
  repeatSix: Member;
  /** A sexual harassment allegation, then domestic abuse within five years: suspended, vetting under review. */
  sexualThenDomesticAbuse: Member;
  /** A final written warning, then a new allegation while it is live. */
  warningThenAllegation: Member;
  /** Four allegations, three of them in the last twelve months. */
  threeInYear: Member;
  /** Three allegations spread over the years. */
  threeOverYears: Member;
  /** Concerns at the annual integrity review opened a vetting review; an allegation followed. */
  reviewThenAllegation: Member;
  /** Arrested; clearance withdrawn; HR has yet to act. */
  withdrawal: Member;
  /** The second officer at an arrest complained about. */
  coSubject: Member;
  /** Subjects of restricted counter-corruption cases. */
  counterCorruption: [Member, Member];
  /** Left the force during an investigation (Advisory List), then "would have been dismissed" (Barred List). */
  leaver: Member | null;
  /** Dismissed without notice after a hearing: a person added to the register for the demo. */
  dismissed: Member;
  /** On the Barred List under a variant of their given name: the data wash finds them. */
  variantMatch: Member;
  /** Vetting applications. */
  applicants: {
    renewal: Member; transferee: Member; roleChange: Member; awaitingApproval: Member; withConditions: Member; granted: Member;
    rejoiner: Member; appeal: Member;
  };
  /** Everyone else serving in the force, for the ordinary run of cases and clearances. */
  others: Member[];
  /** Serving in the force (every cast member who serves there, and the others). */
  serving: Member[];
};

export type AddedPeople = {
  people: PersonRow[];
  names: (typeof personNames.$inferInsert)[];
  characteristics: (typeof personCharacteristics.$inferInsert)[];
  jobs: Job[];
};

const isServingIn = (job: Job, forceId: string) => job.forceId === forceId && (job.endDate ?? null) === null;
const serviceYears = (job: Job, today: string) => (Date.parse(today) - Date.parse(job.startDate)) / (365.25 * 86_400_000);

/** A given name the matching engine knows a variant of (server/modules/matching/name-variants.ts). */
export const GIVEN_NAME_VARIANTS: Readonly<Record<string, string>> = {
  Thomas: 'Tom', James: 'Jamie', William: 'Bill', Robert: 'Rob', Daniel: 'Danny', Harry: 'Henry', Gareth: 'Gary', Callum: 'Calum',
  Jack: 'John', Liam: 'William',
};

export function castDemoStories({ random, today, people: personRows, jobs }: { random: Random; today: string; people: readonly PersonRow[]; jobs: readonly Job[] }): { cast: Cast; added: AddedPeople } {
  const byId = new Map(personRows.map((p) => [p.id ?? '', p]));
  const reserved = new Set(personRows.slice(0, RESERVED_PEOPLE).map((p) => p.id ?? ''));
  const latestJob = new Map<string, Job>();
  const careerLength = new Map<string, number>();
  for (const job of jobs) {
    const known = latestJob.get(job.personId);
    if (!known || known.startDate < job.startDate) latestJob.set(job.personId, job);
    careerLength.set(job.personId, (careerLength.get(job.personId) ?? 0) + 1);
  }
  const member = (job: Job): Member | null => {
    const person = byId.get(job.personId);
    if (!person?.dateOfBirth || reserved.has(job.personId)) return null;
    return { id: job.personId, givenNames: person.givenNames, familyName: person.familyName, dateOfBirth: person.dateOfBirth, job };
  };
  const everyone = [...latestJob.values()].map(member).filter((m): m is Member => m !== null).sort((a, b) => a.id.localeCompare(b.id));
  const serving = everyone.filter((m) => isServingIn(m.job, DEMO_FORCE));
  const used = new Set<string>();
  const take = (what: string, ...preferences: ((m: Member) => boolean)[]): Member => {
    for (const wanted of [...preferences, () => true]) {
      const candidates = serving.filter((m) => !used.has(m.id) && wanted(m));
      if (candidates.length === 0) continue;
      const chosen = random.pick(candidates);
      used.add(chosen.id);
      return chosen;
    }
    throw new Error(`the demo register has no one left to cast as ${what}`);
  };
  const officer = (m: Member) => m.job.role === 'police_officer';
  const rank = (...ranks: string[]) => (m: Member) => officer(m) && ranks.includes(m.job.rank ?? '');
  const servedYears = (years: number) => (m: Member) => serviceYears(m.job, today) >= years;

  const repeatSix = take('the officer with six or more allegations', (m) => rank('Constable')(m) && servedYears(7)(m));
  const sexualThenDomesticAbuse = take('the officer with sexual and domestic abuse allegations', (m) => rank('Constable', 'Sergeant')(m) && servedYears(4)(m));
  const warningThenAllegation = take('the officer with a live final written warning', (m) => rank('Constable', 'Sergeant')(m) && servedYears(3)(m));
  const threeInYear = take('the officer with three allegations in a year', (m) => (officer(m) || m.job.role === 'pcso') && servedYears(5)(m));
  const threeOverYears = take('the officer with three allegations over the years', (m) => officer(m) && servedYears(6)(m));
  const reviewThenAllegation = take('the person under vetting review', (m) => servedYears(3)(m));
  const withdrawal = take('the person whose clearance is withdrawn', (m) => rank('Constable')(m) && servedYears(2)(m));
  const coSubject = take('the second officer at an arrest', (m) => rank('Constable')(m) && servedYears(5)(m));
  const counterCorruption: [Member, Member] = [
    take('a counter-corruption subject', (m) => officer(m) && servedYears(3)(m)),
    take('a counter-corruption subject', (m) => m.job.role === 'police_staff'),
  ];
  // The most recent joiner (straight into the force) whose given name has a variant: dismissed elsewhere before joining.
  const variantCandidates = serving.filter((m) => !used.has(m.id) && Object.hasOwn(GIVEN_NAME_VARIANTS, m.givenNames) && serviceYears(m.job, today) >= 1)
    .sort((a, b) => (careerLength.get(a.id) ?? 1) - (careerLength.get(b.id) ?? 1) || b.job.startDate.localeCompare(a.job.startDate));
  const variantMatch = variantCandidates[0] ?? take('the person with a variant-name list match');
  used.add(variantMatch.id);

  const recentJoiner = (m: Member) => m.job.startDate > addMonths(today, -10) && m.job.startDate <= addDays(today, -14);
  const applicants = {
    renewal: take('a clearance renewal', (m) => officer(m) && servedYears(10.5)(m)),
    roleChange: take('a promotion to inspector', rank('Sergeant')),
    awaitingApproval: take('a renewal with adverse information', (m) => rank('Inspector', 'Chief Inspector')(m) && servedYears(7.5)(m), servedYears(7.5)),
    withConditions: take('a new joiner granted with conditions', recentJoiner),
    granted: take('a new joiner granted', recentJoiner),
    transferee: elsewhere(everyone, used, random, ['WMP', 'GMP', 'BTP'], (m) => officer(m) && m.job.rank === 'Constable'),
    appeal: elsewhere(everyone, used, random, ['GMP', 'WMP', 'BTP'], (m) => officer(m) && m.job.rank === 'Sergeant'),
    rejoiner: formerOfficer(everyone, used, random, today, ['resigned'], [-15 * 12, -18]) ?? elsewhere(everyone, used, random, ['BTP', 'WMP', 'GMP'], officer),
  };
  // A leaver during an investigation: someone who resigned or retired from the force within the last few years.
  const leaver = formerOfficer(everyone, used, random, today, ['resigned', 'retired'], [-42, -9], 'police_officer');
  const { dismissed, added } = addDismissedOfficer(random, today);
  const others = serving.filter((m) => !used.has(m.id));
  return {
    cast: {
      repeatSix, sexualThenDomesticAbuse, warningThenAllegation, threeInYear, threeOverYears, reviewThenAllegation, withdrawal, coSubject,
      counterCorruption, leaver, dismissed, variantMatch, applicants, others, serving,
    },
    added,
  };
}

function elsewhere(everyone: Member[], used: Set<string>, random: Random, forces: string[], wanted: (m: Member) => boolean): Member {
  for (const forceId of forces) {
    const candidates = everyone.filter((m) => !used.has(m.id) && isServingIn(m.job, forceId) && wanted(m));
    if (candidates.length === 0) continue;
    const chosen = random.pick(candidates);
    used.add(chosen.id);
    return chosen;
  }
  throw new Error(`the demo register has no one serving in ${forces.join(' or ')} to apply for a transfer`);
}

/** Someone whose last job was in the force and ended for one of the reasons, between the months given (from today). */
function formerOfficer(everyone: Member[], used: Set<string>, random: Random, today: string, reasons: string[], [fromMonths, toMonths]: [number, number], role?: string): Member | null {
  const candidates = everyone.filter((m) => !used.has(m.id) && m.job.forceId === DEMO_FORCE && m.job.endDate && reasons.includes(m.job.leavingReason ?? '')
    && (role === undefined || m.job.role === role)
    && m.job.endDate >= addMonths(today, fromMonths) && m.job.endDate <= addMonths(today, toMonths) && serviceYears(m.job, m.job.endDate) >= 2);
  if (candidates.length === 0) return null;
  const chosen = random.pick(candidates);
  used.add(chosen.id);
  return chosen;
}

/**
 * One person added to the register (the generated careers end in no dismissal in the force): a constable of about
 * twelve years' service, dismissed without notice at a hearing about eighteen months ago.
 */
function addDismissedOfficer(random: Random, today: string): { dismissed: Member; added: AddedPeople } {
  const id = '00000000-0000-4000-8001-000000000001';
  const givenNames = random.pick(GIVEN_NAMES_MALE);
  const familyName = random.pick(FAMILY_NAMES);
  const dateOfBirth = `${Number(today.slice(0, 4)) - random.int(33, 41)}-0${random.int(1, 9)}-${random.int(10, 28)}`;
  const startDate = addMonths(today, -12 * 13 - random.int(0, 6));
  const job: Job = {
    personId: id, forceId: DEMO_FORCE, role: 'police_officer', rank: 'Constable', collarNumber: `MP${random.int(2000, 2999)}`,
    startDate, endDate: workingDayOnOrAfter(addMonths(today, -18)), leavingReason: 'dismissed',
  };
  return {
    dismissed: { id, givenNames, familyName, dateOfBirth, job },
    added: {
      people: [{ id, givenNames, familyName, dateOfBirth, sex: 'male' }],
      names: [{ personId: id, kind: 'current', givenNames, familyName, normalized: normalizeName(`${givenNames} ${familyName}`) }],
      characteristics: [{ personId: id, ethnicity: 'white' }],
      jobs: [job],
    },
  };
}
