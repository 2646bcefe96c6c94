// Planted truth: what the generator put into the data on purpose (parameters) and what came out (realised
// figures computed from the rows as they were generated), plus the planted careers and identity links.
// Written as truth.json next to the CSVs; never loaded into a product table. Structure: docs/data.md.
import type { ThematicTag } from '../../../shared/case-vocabulary.js';
import type { DatasetTable } from '../import/dataset-tables.js';
import type { Identity, Variation } from './identity-variants.js';
import type { Ethnicity, ResolvedOptions } from './generate.js';
import { dayOf, isoOf } from './dates.js';
import { ADVERSE_SHARE, SEEDED_VETTING_LEVELS, integrityReviewsFrom } from './vetting.js';
import { createVettingTruth, type VettingTruth } from './vetting-truth.js';

/** Bump when the same options and seed would give different rows, so cached datasets are made again. */
export const GENERATOR_VERSION = 8;

export const SEXUAL_MISCONDUCT_TAGS: readonly ThematicTag[] = ['sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour'];
export const DISCRIMINATION_TAGS: readonly ThematicTag[] = ['racism', 'homophobia', 'other_discrimination', 'misogyny'];
export type TagGroup = 'sexual_misconduct' | 'discrimination' | 'other';

/** Sexual misconduct wins over discrimination when an allegation carries both. */
export function tagGroupOf(tags: readonly string[]): TagGroup {
  if (tags.some((t) => (SEXUAL_MISCONDUCT_TAGS as readonly string[]).includes(t))) return 'sexual_misconduct';
  if (tags.some((t) => (DISCRIMINATION_TAGS as readonly string[]).includes(t))) return 'discrimination';
  return 'other';
}

type NamedIdentity = { givenNames: string; familyName: string; dateOfBirth: string };
export type IdentityLink = {
  kind: 'mover' | 'barred_reapplicant';
  personId: string;
  variantPersonId: string;
  variations: Variation[];
  original: NamedIdentity;
  variant: NamedIdentity;
  fromForce: string;
  toForce: string;
};

export type Truth = {
  format: 'warrant-synthetic-truth/1';
  generator: { version: number; scale: string; seed: number; years: number; windowStart: string; asOf: string; people: number; allegationsPerSubject: number; vettingYears: number };
  rowCounts: Partial<Record<DatasetTable, number>>;
  planted: {
    ethnicityRri: Record<string, number>;
    repeatDistribution: { moreThanOneShare: number; threeToFiveShareOfRepeats: number; sixPlusShareOfRepeats: number; repeatDismissalShareBelow: number };
    caseToAnswerRate: Record<TagGroup, number>;
    tagGroups: { sexual_misconduct: readonly string[]; discrimination: readonly string[] };
  };
  realised: {
    definitions: Record<string, string>;
    ethnicity: Record<Ethnicity, { people: number; withAllegation: number; rate: number; rri: number | null }>;
    repeat: { peopleWithAny: number; one: number; two: number; threeToFive: number; sixPlus: number; moreThanOneShare: number; threeToFiveShareOfRepeats: number; sixPlusShareOfRepeats: number; repeatDismissed: number; repeatDismissalShare: number; maxCasesForOnePerson: number };
    caseToAnswer: Record<TagGroup, { decided: number; caseToAnswer: number; rate: number }>;
    subjectStates: Record<string, number>;
  };
  highRisk: {
    escalatingSexualOrDomesticAbuse: { personId: string; forceId: string; caseIds: string[]; tagsByCase: string[][] }[];
    /** laterCaseId: the matter a transferred mover receives in the force they moved to (null if none before the end). */
    movedWhileUnderAllegation: { personId: string; variantPersonId: string | null; caseId: string; fromForce: string; toForce: string; leftOn: string; leavingReason: string; laterCaseId: string | null; laterReceivedOn: string | null }[];
  };
  identityLinks: IdentityLink[];
  /** People serving in the register who are on a list (here or in another jurisdiction) under a variant identity. */
  listEntryLinks: { personId: string; listEntryId: string; list: string; jurisdiction: string; servingIn: string; variations: Variation[]; original: NamedIdentity; variant: NamedIdentity }[];
  /** Vetting applications, checks, adverse information, decisions, clearances, reviews (vetting-truth.ts). */
  vetting: VettingTruth;
};

const ETHNICITIES: readonly Ethnicity[] = ['white', 'asian', 'black', 'mixed', 'other', 'not_stated'];
const round = (x: number, places = 4): number => Math.round(x * 10 ** places) / 10 ** places;

export function createTruthRecorder(o: ResolvedOptions) {
  const ethnicity = Object.fromEntries(ETHNICITIES.map((e) => [e, { people: 0, withAllegation: 0 }])) as Record<Ethnicity, { people: number; withAllegation: number }>;
  const repeat = { one: 0, two: 0, threeToFive: 0, sixPlus: 0, repeatDismissed: 0, max: 0 };
  const cta: Record<TagGroup, { decided: number; caseToAnswer: number }> = { sexual_misconduct: { decided: 0, caseToAnswer: 0 }, discrimination: { decided: 0, caseToAnswer: 0 }, other: { decided: 0, caseToAnswer: 0 } };
  const states: Record<string, number> = {};
  const rowCounts: Partial<Record<DatasetTable, number>> = {};
  const escalations: Truth['highRisk']['escalatingSexualOrDomesticAbuse'] = [];
  const movers: Truth['highRisk']['movedWhileUnderAllegation'] = [];
  const links: IdentityLink[] = [];
  const listed: Truth['listEntryLinks'] = [];
  const named = (i: Identity): NamedIdentity => ({ givenNames: i.givenNames, familyName: i.familyName, dateOfBirth: i.dateOfBirth });
  const vetting = createVettingTruth({
    vettingFrom: o.vettingFrom, levels: SEEDED_VETTING_LEVELS, adverseShare: ADVERSE_SHARE, lenientDeciders: [],
    integrityReviewsFrom: isoOf(integrityReviewsFrom(dayOf(o.asOf), dayOf(o.vettingFrom))),
  });

  return {
    vetting,
    count(table: DatasetTable): void {
      rowCounts[table] = (rowCounts[table] ?? 0) + 1;
    },
    person({ ethnicity: e, subjectRecords, dismissed }: { personId: string; ethnicity: Ethnicity; subjectRecords: number; dismissed: boolean }): void {
      ethnicity[e].people += 1;
      if (subjectRecords === 0) return;
      ethnicity[e].withAllegation += 1;
      repeat.max = Math.max(repeat.max, subjectRecords);
      if (subjectRecords === 1) repeat.one += 1;
      else if (subjectRecords === 2) repeat.two += 1;
      else if (subjectRecords <= 5) repeat.threeToFive += 1;
      else repeat.sixPlus += 1;
      if (subjectRecords >= 2 && dismissed) repeat.repeatDismissed += 1;
    },
    subject(state: string, allegationTags: readonly (readonly string[])[], findings: readonly (boolean | null)[]): void {
      states[state] = (states[state] ?? 0) + 1;
      allegationTags.forEach((tags, i) => {
        const finding = findings[i];
        if (finding === null || finding === undefined) return;
        const group = cta[tagGroupOf(tags)];
        group.decided += 1;
        if (finding) group.caseToAnswer += 1;
      });
    },
    escalation(entry: { personId: string; caseIds: string[]; tagsByCase: string[][]; forceId: string }): void {
      escalations.push(entry);
    },
    mover(entry: Truth['highRisk']['movedWhileUnderAllegation'][number]): void {
      movers.push(entry);
    },
    link(entry: Omit<IdentityLink, 'original' | 'variant'> & { original: Identity; variant: Identity }): void {
      links.push({ ...entry, original: named(entry.original), variant: named(entry.variant) });
    },
    listed(entry: Omit<Truth['listEntryLinks'][number], 'original' | 'variant'> & { original: Identity; variant: Identity }): void {
      listed.push({ ...entry, original: named(entry.original), variant: named(entry.variant) });
    },
    result(): Truth {
      const whiteRate = ethnicity.white.people > 0 ? ethnicity.white.withAllegation / ethnicity.white.people : 0;
      const peopleWithAny = repeat.one + repeat.two + repeat.threeToFive + repeat.sixPlus;
      const repeats = peopleWithAny - repeat.one;
      return {
        format: 'warrant-synthetic-truth/1',
        generator: { version: GENERATOR_VERSION, scale: o.scale, seed: o.seed, years: o.years, windowStart: o.windowStart, asOf: o.asOf, people: o.people, allegationsPerSubject: o.allegationsPerSubject, vettingYears: o.vettingYears },
        rowCounts,
        planted: {
          ethnicityRri: { white: 1, ...o.ethnicityRri },
          repeatDistribution: { moreThanOneShare: 0.2, threeToFiveShareOfRepeats: 0.28, sixPlusShareOfRepeats: 0.02, repeatDismissalShareBelow: 0.01 },
          caseToAnswerRate: o.caseToAnswerRate,
          tagGroups: { sexual_misconduct: SEXUAL_MISCONDUCT_TAGS, discrimination: DISCRIMINATION_TAGS },
        },
        realised: {
          definitions: {
            withAllegation: 'a person row with at least one case_subject row (every subject has at least one allegation)',
            rate: 'withAllegation / people, over every person row of the group (person_characteristic.ethnicity)',
            rri: 'rate of the group / rate of White',
            repeat: 'people with any case_subject row, by their number of case_subject rows (one per case): 1, 2, 3–5, 6+',
            repeatDismissed: 'repeat subjects with an outcome of dismissal_without_notice or would_have_been_dismissed',
            caseToAnswer: 'allegations with case_to_answer decided (not null), by tag group (sexual misconduct wins over discrimination)',
          },
          ethnicity: Object.fromEntries(ETHNICITIES.map((e) => {
            const g = ethnicity[e];
            const rate = g.people > 0 ? g.withAllegation / g.people : 0;
            return [e, { people: g.people, withAllegation: g.withAllegation, rate: round(rate), rri: whiteRate > 0 && g.people > 0 ? round(rate / whiteRate) : null }];
          })) as Truth['realised']['ethnicity'],
          repeat: {
            peopleWithAny, one: repeat.one, two: repeat.two, threeToFive: repeat.threeToFive, sixPlus: repeat.sixPlus,
            moreThanOneShare: peopleWithAny > 0 ? round(repeats / peopleWithAny) : 0,
            threeToFiveShareOfRepeats: repeats > 0 ? round(repeat.threeToFive / repeats) : 0,
            sixPlusShareOfRepeats: repeats > 0 ? round(repeat.sixPlus / repeats) : 0,
            repeatDismissed: repeat.repeatDismissed,
            repeatDismissalShare: repeats > 0 ? round(repeat.repeatDismissed / repeats) : 0,
            maxCasesForOnePerson: repeat.max,
          },
          caseToAnswer: Object.fromEntries(Object.entries(cta).map(([k, v]) => [k, { ...v, rate: v.decided > 0 ? round(v.caseToAnswer / v.decided) : 0 }])) as Truth['realised']['caseToAnswer'],
          subjectStates: Object.fromEntries(Object.entries(states).sort(([a], [b]) => a.localeCompare(b))),
        },
        highRisk: { escalatingSexualOrDomesticAbuse: escalations, movedWhileUnderAllegation: movers },
        identityLinks: links,
        listEntryLinks: listed,
        vetting: vetting.result(),
      };
    },
  };
}
