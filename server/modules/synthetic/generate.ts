// The synthetic national dataset (DESIGN.md §10, docs/data.md): a deterministic stream of rows for every
// table of the person register and of cases, with planted truth (truth.ts) that tests and insight must recover.
// People are generated one at a time with their careers and every case in which they are a subject, so memory
// stays flat whatever the scale; rows come out as an iterable and are never all held at once.
import { createHash } from 'node:crypto';
import { addMonths, addWorkingDays } from '../clock/working-days.js';
import { blockingKeys } from '../matching/match-engine.js';
import { toFeatures } from '../matching/person-features.js';
import { seededRandom, type Random } from '../demo/random.js';
import { normalizeName } from '../people/normalize-name.js';
import { RANKS, STAFF_GRADES } from '../demo/demo-names.js';
import type { CaseSource, Outcome, Severity, ThematicTag } from '../../../shared/case-vocabulary.js';
import type { SubjectState } from '../cases/workflow.js';
import type { DatasetRow, DatasetTable } from '../import/dataset-tables.js';
import { dayOf, isoOf, timestampOf, YEAR, yearOf } from './dates.js';
import { ETHNIC_MIX, FORCE_HEADCOUNT, isLondonForce } from './force-sizes.js';
import { addressHistory, type Residence } from './addresses.js';
import { varyIdentity, type Identity } from './identity-variants.js';
import { NAME_POOLS, ORIGINS_BY_ETHNICITY, nicknamesOf, pickFamilyName, pickGivenName } from './name-pools.js';
import { ESCALATION_LADDER, PLACES, THEMES, themeByKey, type Theme } from './themes.js';
import { createTruthRecorder, tagGroupOf, type Truth } from './truth.js';
import { createVettingGenerator, type VettingCase, type VettingPerson } from './vetting.js';

export type Scale = 'demo' | 'force' | 'nation';
export type Ethnicity = 'asian' | 'black' | 'mixed' | 'white' | 'other' | 'not_stated';
type Role = 'police_officer' | 'police_staff' | 'special_constable' | 'pcso' | 'volunteer' | 'contractor';
type LeavingReason = 'resigned' | 'retired' | 'dismissed' | 'transferred' | 'vetting_withdrawn' | 'died' | 'end_of_contract' | 'other';

export type GenerateOptions = {
  scale: Scale;
  seed: number;
  /** Years of history, ending on `asOf`. */
  years?: number;
  /** The last day of the history (fixed, so output does not depend on when it is generated). */
  asOf?: string;
  /** Overrides the scale's number of people. */
  people?: number;
  /** Relative rate of being the subject of any allegation, vs White (1). */
  ethnicityRri?: Partial<Record<Exclude<Ethnicity, 'white'>, number>>;
  /** Mean allegations per subject of a case. */
  allegationsPerSubject?: number;
  /** Per-allegation probability of a case to answer when decided, by tag group. */
  caseToAnswerRate?: Partial<Record<'sexual_misconduct' | 'discrimination' | 'other', number>>;
  /**
   * Years, ending on `asOf`, in which the vetting units recorded their work in Warrant (2; at most `years`): full
   * application files, reviews and integrity reviews from then on, the clearances then held migrated without files.
   */
  vettingYears?: number;
};

export type GeneratedRow = { table: DatasetTable; row: DatasetRow };
export type Dataset = { rows: Iterable<GeneratedRow>; truth: () => Truth; options: ResolvedOptions };

const SCALES: Record<Scale, { people: number; forces: readonly (readonly [string, number])[] }> = {
  demo: { people: 500, forces: [['MPS', 6], ['WMP', 2.5], ['GMP', 1.5]] },
  force: { people: 45_000, forces: [['MPS', 1]] },
  nation: { people: 250_000, forces: FORCE_HEADCOUNT },
};

export const DEFAULT_ETHNICITY_RRI = { black: 1.81, asian: 1.55, mixed: 1.3, other: 1.3, not_stated: 1 } as const;
export const DEFAULT_CASE_TO_ANSWER_RATE = { sexual_misconduct: 0.18, discrimination: 0.2, other: 0.36 } as const;
// Casey Review shape: of people with any case, 80% have one; of repeat subjects 70% have two, 28% three to
// five and 2% six or more (up to 12: "one officer with 11 cases still serving").
export const CASES_PER_PERSON: readonly (readonly [number, number])[] = [
  [1, 80], [2, 14], [3, 2.9], [4, 1.7], [5, 1.0], [6, 0.15], [7, 0.1], [8, 0.06], [9, 0.04], [10, 0.025], [11, 0.015], [12, 0.01],
];
// With 80% of subjects on one case, ~2 million allegations over 250,000 people needs complaints that carry
// several allegations each; docs/data.md explains the choice.
export const DEFAULT_ALLEGATIONS_PER_SUBJECT = 17;
// Full vetting files for the last two years keep the nation dataset proportionate (docs/data.md); a whole
// window of files (vettingYears: 10) more than doubles the rows and the time to generate and load them.
export const DEFAULT_VETTING_YEARS = 2;

export type ResolvedOptions = {
  scale: Scale; seed: number; years: number; asOf: string; windowStart: string; people: number;
  ethnicityRri: Record<Exclude<Ethnicity, 'white'>, number>; allegationsPerSubject: number;
  caseToAnswerRate: Record<'sexual_misconduct' | 'discrimination' | 'other', number>;
  forces: readonly (readonly [string, number])[];
  vettingYears: number; vettingFrom: string;
};

export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const years = options.years ?? 10;
  const asOf = options.asOf ?? '2026-10-31';
  const vettingYears = Math.min(years, options.vettingYears ?? DEFAULT_VETTING_YEARS);
  return {
    scale: options.scale,
    seed: options.seed,
    years,
    asOf,
    windowStart: isoOf(Math.round(dayOf(asOf) - years * YEAR) + 1),
    people: options.people ?? SCALES[options.scale].people,
    ethnicityRri: { ...DEFAULT_ETHNICITY_RRI, ...options.ethnicityRri },
    allegationsPerSubject: options.allegationsPerSubject ?? DEFAULT_ALLEGATIONS_PER_SUBJECT,
    caseToAnswerRate: { ...DEFAULT_CASE_TO_ANSWER_RATE, ...options.caseToAnswerRate },
    forces: SCALES[options.scale].forces,
    vettingYears,
    vettingFrom: isoOf(Math.round(dayOf(asOf) - vettingYears * YEAR) + 1),
  };
}

// ---- deterministic ids: <seed hash>-<table code>-4000-8000-<index> ----
const TABLE_CODE = {
  person: '0001', person_name: '0002', employment: '0003', misconduct_case: '0004', case_subject: '0005', allegation: '0006', case_event: '0007', subject_restriction: '0008',
  list_report: '0009', list_entry: '000a', app_user: '000b', vetting_application: '000c', vetting_check: '000d', vetting_adverse_item: '000e', vetting_clearance: '000f',
  vetting_review: '0010', vetting_event: '0011', integrity_review: '0012', person_address: '0013',
} as const;
type IdTable = keyof typeof TABLE_CODE;

function seedHex(seed: number): string {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

// ---- small distributions ----
// Allegations per subject: log-normal, so most matters carry a handful and a few carry very many.
const ALLEGATION_SIGMA = 1.3;
const MAX_ALLEGATIONS = 150;

function normal(random: Random): number {
  const u = Math.max(1e-12, random.next());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

type Stint = { forceId: string; role: Role; rank: string | null; collar: string | null; start: number; end: number | null; reason: LeavingReason | null };

type SubjectPlan = {
  target?: SubjectState;
  dismiss?: boolean;
  escalation?: boolean;
  themeKey?: string;
  /** A matter assessed as misconduct or gross misconduct (a planted mover leaves while it is investigated). */
  serious?: boolean;
  /** A planted mover's matter in the force they moved to: never joins or is joined by another subject's case. */
  afterMove?: boolean;
};

type PathResult = {
  state: SubjectState;
  enteredDay: number;
  enteredMinute: number;
  severity: Severity | null;
  iopcReferred: boolean | null;
  investigationType: 'local' | 'directed' | 'independent' | null;
  reg17On: number | null;
  reg17Due: string | null;
  caseToAnswer: 'case_to_answer_misconduct' | 'case_to_answer_gross_misconduct' | 'no_case_to_answer' | 'rprp' | null;
  proceedingsForm: 'misconduct_meeting' | 'misconduct_hearing' | 'accelerated_hearing' | null;
  proceedingsOn: number | null;
  outcome: Outcome | null;
  outcomeOn: number | null;
  liveUntil: string | null;
  allegationCta: (boolean | null)[];
  events: { action: string; from: SubjectState | null; to: SubjectState | null; day: number; rationale: string | null; data: Record<string, unknown> | null; ack: boolean }[];
  assessedDay: number | null;
  closedDay: number | null;
};

const OPEN_TARGETS: readonly SubjectState[] = [
  'logged', 'outside_schedule_3', 'recorded', 'assessed', 'reflective_practice', 'referral_decided', 'under_investigation', 'report_submitted',
  'awaiting_proceedings', 'proceedings_arranged', 'outcome_recorded', 'under_appeal', 'withdrawn',
];
const AFTER_CASE_TO_ANSWER: readonly SubjectState[] = ['awaiting_proceedings', 'proceedings_arranged', 'outcome_recorded', 'under_appeal'];
const NEEDS_MISCONDUCT: readonly SubjectState[] = ['assessed', 'referral_decided', 'under_investigation', 'report_submitted', ...AFTER_CASE_TO_ANSWER];

const SOURCES: readonly (readonly [CaseSource, number])[] = [['public_complaint', 55], ['conduct_matter', 35], ['whistleblower', 3], ['integrity_line', 3], ['iopc_referral_back', 2], ['data_wash', 2]];
const SOURCE_LABEL: Record<CaseSource, string> = {
  public_complaint: 'Complaint', conduct_matter: 'Conduct matter', whistleblower: 'Whistleblower report', integrity_line: 'Integrity line report',
  iopc_referral_back: 'Referred back by the IOPC', data_wash: 'Data wash hit',
};
const MANDATORY_BY_TAG: Partial<Record<ThematicTag, string>> = {
  sexual_assault: 'serious_sexual_offence', corruption: 'serious_corruption', abuse_of_position_sexual_purpose: 'serious_corruption',
};
const ROLE_FACTOR: Record<Role, number> = { police_officer: 1, police_staff: 0.45, special_constable: 0.5, pcso: 0.7, volunteer: 0.3, contractor: 0.3 };
const BASE_ANY_CASE = 0.52;
// The Police Barred and Advisory Lists began on 15 December 2017.
const LISTS_BEGIN = dayOf('2017-12-15');
// Entries on the lists that Warrant did not make itself (before it, or from other jurisdictions), per person.
const IMPORTED_LIST_ENTRIES_PER_PERSON = 0.037;
const OTHER_JURISDICTIONS: readonly (readonly [string, string, number])[] = [['scotland', 'Police Scotland', 6], ['northern-ireland', 'Police Service of Northern Ireland', 4]];

function collect<T>(rows: Generator<T, unknown>): T[] {
  const out: T[] = [];
  for (let r = rows.next(); !r.done; r = rows.next()) out.push(r.value);
  return out;
}

export function generateDataset(options: GenerateOptions): Dataset {
  const resolved = resolveOptions(options);
  const truth = createTruthRecorder(resolved);
  let finished = false;
  const rows = {
    *[Symbol.iterator](): Iterator<GeneratedRow> {
      if (finished) throw new Error('a dataset can be read once; call generateDataset again');
      for (const generated of generateRows(resolved, truth)) {
        truth.count(generated.table);
        yield generated;
      }
      finished = true;
    },
  };
  return {
    rows,
    options: resolved,
    truth: () => {
      if (!finished) throw new Error('read every row before asking for the truth');
      return truth.result();
    },
  };
}

function* generateRows(o: ResolvedOptions, truth: ReturnType<typeof createTruthRecorder>): Generator<GeneratedRow> {
  // Read through `random`: a planted mover's matter after the move is drawn from its own stream (moverRandom,
  // swapped in for that matter only), so every other row is drawn exactly as before it was added.
  const mainRandom = seededRandom(o.seed);
  const moverRandom = seededRandom((o.seed ^ 0x6d6f7665) >>> 0);
  // Address histories draw from their own stream too (added in version 8; every other row is as in version 7).
  const addressRandom = seededRandom((o.seed ^ 0x61646472) >>> 0);
  let random: Random = mainRandom;
  const hex = seedHex(o.seed);
  const counters = Object.fromEntries(Object.keys(TABLE_CODE).map((t) => [t, 0])) as Record<IdTable, number>;
  const nextId = (table: IdTable): string => {
    counters[table] += 1;
    return `${hex}-${TABLE_CODE[table]}-4000-8000-${counters[table].toString(16).padStart(12, '0')}`;
  };
  const asOf = dayOf(o.asOf);
  const w0 = dayOf(o.windowStart);
  const forceCodes = o.forces.map(([f]) => f);
  const transferForces = forceCodes.length > 1 ? o.forces : FORCE_HEADCOUNT;
  const collarCounter = new Map<string, number>();
  const referenceCounter = new Map<string, number>();
  const recentCases = new Map<string, { id: string; reference: string; received: number; source: CaseSource; restricted: boolean; people: string[] }[]>();
  const n = o.people;
  // Vetting draws from its own stream: the rows of the other tables are the same with or without it.
  const vetting = createVettingGenerator({ seed: o.seed, seedHex: hex, asOf, filesFrom: dayOf(o.vettingFrom), people: n, forces: o.forces, nextId, truth: truth.vetting });

  // Planted quotas: high-risk careers, movers, barred re-applicants. At least a few even at demo scale.
  const quota = {
    escalation: Math.max(3, Math.round(n * 0.0008)),
    mover: Math.max(3, Math.round(n * 0.002)),
    barred: Math.max(2, Math.round(n * 0.0004)),
    listed: Math.max(2, Math.round(n * 0.0002)),
  };
  const listedElsewhere: { personId: string; identity: Identity; start: number; forceId: string }[] = [];
  // The first subject records opened in the last two years are steered into each open state in turn, so
  // every workflow state appears at every scale.
  const coverage = [...OPEN_TARGETS];

  const collarFor = (forceId: string, role: Role): string | null => {
    if (role === 'police_staff' || role === 'contractor' || role === 'volunteer') return null;
    const next = (collarCounter.get(forceId) ?? 1000) + random.int(1, 3);
    collarCounter.set(forceId, next);
    return `${forceId}${next}`;
  };
  const rankFor = (role: Role): string | null => (role === 'police_officer' ? random.weighted([[RANKS[0], 75], [RANKS[4], 14], [RANKS[6], 6], [RANKS[7], 3], [RANKS[8], 2]]) : role === 'police_staff' ? random.pick(STAFF_GRADES) : null);
  const otherForce = (not: string): string => {
    for (let i = 0; i < 20; i++) {
      const f = random.weighted(transferForces);
      if (f !== not) return f;
    }
    return not === 'WMP' ? 'GMP' : 'WMP';
  };

  function makeName(ethnicity: Ethnicity, sex: 'female' | 'male' | 'not_recorded'): { given: string; family: string; origin: keyof typeof NAME_POOLS } {
    const origin = random.weighted(ORIGINS_BY_ETHNICITY[ethnicity]);
    const pool = NAME_POOLS[origin];
    const given = pickGivenName(random, sex === 'female' ? pool.female : sex === 'male' ? pool.male : random.chance(0.5) ? pool.female : pool.male);
    let family = pickFamilyName(random, origin);
    if (origin === 'british' && random.chance(0.01)) family = `${family}-${pickFamilyName(random, origin)}`;
    return { given, family, origin };
  }

  // An entry on the Barred or Advisory List, with the matching engine's blocking keys (as the product stores them).
  function* listEntryRows(e: {
    list: 'barred' | 'advisory'; jurisdiction: string; personId: string | null; givenNames: string; familyName: string; otherFamilyNames: string[];
    dateOfBirth: string | null; lastForce: string | null; role: string | null; reason: string; decidedOn: string; source: 'warrant' | 'import';
    sourceCaseId: string | null; sourceReportId: string | null; gross: boolean; removed: { on: string; reason: string } | null;
  }): Generator<GeneratedRow, string> {
    const id = nextId('list_entry');
    const importKey = e.source === 'import'
      ? createHash('sha256').update(JSON.stringify([e.list, e.jurisdiction, e.givenNames, e.familyName, e.dateOfBirth ?? '', e.decidedOn, e.lastForce ?? ''])).digest('hex')
      : null;
    yield {
      table: 'list_entry',
      row: {
        id, list: e.list, jurisdiction: e.jurisdiction, person_id: e.personId, given_names: e.givenNames, family_name: e.familyName, other_family_names: e.otherFamilyNames,
        date_of_birth: e.dateOfBirth, last_force: e.lastForce, role: e.role, reason: e.reason, decided_on: e.decidedOn, source: e.source,
        source_case_id: e.sourceCaseId, source_report_id: e.sourceReportId, import_key: importKey,
        review_eligible_on: e.list === 'barred' ? addMonths(e.decidedOn, e.gross ? 60 : 36) : null, removed_on: e.removed?.on ?? null, removal_reason: e.removed?.reason ?? null,
      },
    };
    const keys = new Set(blockingKeys(toFeatures({ id, givenNames: e.givenNames, familyName: e.familyName, otherFamilyNames: e.otherFamilyNames, dateOfBirth: e.dateOfBirth })));
    for (const key of [...keys].sort()) yield { table: 'list_entry_key', row: { entry_id: id, key } };
    return id;
  }

  /** The person's rows; returns the life of residences recorded (`continues`: a re-registration's earlier life). */
  function* personRows(p: { id: string; identity: Identity; ethnicity: Ethnicity; alias: string | null; stints: Stint[]; continues?: readonly Residence[] }): Generator<GeneratedRow, Residence[]> {
    const { identity } = p;
    yield { table: 'person', row: { id: p.id, given_names: identity.givenNames, family_name: identity.familyName, date_of_birth: identity.dateOfBirth, sex: identity.sex } };
    yield { table: 'person_name', row: { id: nextId('person_name'), person_id: p.id, kind: 'current', given_names: identity.givenNames, family_name: identity.familyName, normalized: normalizeName(`${identity.givenNames} ${identity.familyName}`) } };
    if (identity.previousFamilyName) {
      yield { table: 'person_name', row: { id: nextId('person_name'), person_id: p.id, kind: 'previous', given_names: identity.givenNames, family_name: identity.previousFamilyName, normalized: normalizeName(`${identity.givenNames} ${identity.previousFamilyName}`) } };
    }
    if (p.alias) {
      yield { table: 'person_name', row: { id: nextId('person_name'), person_id: p.id, kind: 'alias', given_names: p.alias, family_name: identity.familyName, normalized: normalizeName(`${p.alias} ${identity.familyName}`) } };
    }
    yield { table: 'person_characteristic', row: { person_id: p.id, ethnicity: p.ethnicity } };
    for (const s of p.stints) {
      yield {
        table: 'employment',
        row: {
          id: nextId('employment'), person_id: p.id, force_id: s.forceId, role: s.role, rank: s.rank, collar_number: s.collar,
          start_date: isoOf(s.start), end_date: s.end === null ? null : isoOf(s.end), leaving_reason: s.reason,
        },
      };
    }
    const { life, recorded } = addressHistory(addressRandom, { posts: p.stints, bornOn: dayOf(identity.dateOfBirth), asOf, ...(p.continues ? { continues: p.continues } : {}) });
    const joined = p.stints[0]?.start ?? asOf;
    for (const a of recorded) {
      yield { table: 'person_address', row: { id: nextId('person_address'), person_id: p.id, postcode: a.postcode, from_date: isoOf(a.from), to_date: a.to === null ? null : isoOf(a.to), source: a.source, created_at: timestampOf(Math.max(a.from, joined - 30), 0) } };
    }
    return life;
  }

  // ---- a career: in post when the window opens, or joining during it; leavers, transfers and re-joiners ----
  function makeCareer(firstForce: string, role: Role): { dob: number; stints: Stint[] } {
    const inPostAtStart = random.chance(0.62);
    let start: number;
    let dob: number;
    if (inPostAtStart) {
      const ageAtW0 = 19 + Math.min(40, Math.abs(normal(random)) * 14 + random.int(0, 8));
      dob = Math.round(w0 - ageAtW0 * YEAR) - random.int(0, 364);
      const maxService = Math.max(0, Math.min(32, ageAtW0 - 18));
      start = Math.round(w0 - random.next() * maxService * YEAR);
    } else {
      start = random.int(w0, asOf - 30);
      const age = 18 + Math.min(30, Math.abs(normal(random)) * 8 + random.int(0, 6));
      dob = Math.round(start - age * YEAR) - random.int(0, 364);
    }
    const stints: Stint[] = [];
    let forceId = firstForce;
    let currentRole = role;
    let rank = rankFor(role);
    for (let guard = 0; guard < 4; guard++) {
      const from = Math.max(start, w0);
      const years = (asOf - from) / YEAR;
      let leaves = random.chance(1 - Math.exp(-0.065 * years));
      let end = random.int(Math.min(from + 30, asOf - 2), asOf - 1);
      // Nobody serves past their early sixties.
      const retirement = dob + Math.round(random.int(57, 62) * YEAR);
      if (retirement < asOf - 1 && (!leaves || end > retirement)) {
        leaves = true;
        end = Math.min(asOf - 1, Math.max(retirement, from + random.int(30, 365)));
      }
      if (!leaves) {
        stints.push({ forceId, role: currentRole, rank, collar: collarFor(forceId, currentRole), start, end: null, reason: null });
        break;
      }
      const age = (end - dob) / YEAR;
      const service = (end - start) / YEAR;
      const reason: LeavingReason = age >= 57 || service >= 30 ? 'retired'
        : currentRole === 'contractor' || currentRole === 'volunteer' ? random.weighted([['end_of_contract', 70], ['resigned', 30]])
          : random.weighted([['resigned', 66], ['transferred', 16], ['retired', 8], ['other', 6], ['died', 1], ['vetting_withdrawn', 0.6]]);
      stints.push({ forceId, role: currentRole, rank, collar: collarFor(forceId, currentRole), start, end, reason });
      if (reason === 'transferred') {
        forceId = otherForce(forceId);
        start = end + random.int(1, 30);
        if (start >= asOf) break;
        continue;
      }
      // Re-joiners: some who resigned come back after a few years, to the same force or another.
      if (reason === 'resigned' && random.chance(0.08)) {
        start = end + random.int(365, 5 * 365);
        if (start >= asOf - 30) break;
        if (random.chance(0.5)) forceId = otherForce(forceId);
        if (currentRole === 'police_staff' && random.chance(0.3)) currentRole = 'police_officer';
        rank = rankFor(currentRole);
        continue;
      }
      break;
    }
    return { dob, stints };
  }

  const stintAt = (stints: readonly Stint[], day: number): Stint | undefined => stints.find((s) => s.start <= day && (s.end === null || day <= s.end));

  function employedDaysInWindow(stints: readonly Stint[]): [number, number][] {
    const out: [number, number][] = [];
    for (const s of stints) {
      const a = Math.max(s.start, w0);
      const b = Math.min(s.end ?? asOf - 1, asOf - 1);
      if (b >= a) out.push([a, b]);
    }
    return out;
  }
  function sampleDay(intervals: readonly [number, number][], notAfter = Infinity): number | null {
    const clipped = intervals.map(([a, b]) => [a, Math.min(b, notAfter)] as const).filter(([a, b]) => b >= a);
    const total = clipped.reduce((s, [a, b]) => s + (b - a + 1), 0);
    if (total <= 0) return null;
    let u = Math.floor(random.next() * total);
    for (const [a, b] of clipped) {
      const len = b - a + 1;
      if (u < len) return a + u;
      u -= len;
    }
    return null;
  }

  // ---- one subject's way through the workflow (relative days; 0 = received) ----
  function simulate(ctx: { initial: SubjectState; theme: Theme; allegationTags: (readonly ThematicTag[])[]; limit: number; plan: SubjectPlan; isOfficer: boolean }): PathResult {
    const { plan } = ctx;
    const target = plan.target;
    const r: PathResult = {
      state: ctx.initial, enteredDay: 0, enteredMinute: 0, severity: null, iopcReferred: null, investigationType: null, reg17On: null, reg17Due: null,
      caseToAnswer: null, proceedingsForm: null, proceedingsOn: null, outcome: null, outcomeOn: null, liveUntil: null,
      allegationCta: ctx.allegationTags.map(() => null), events: [], assessedDay: null, closedDay: null,
    };
    let day = 0;
    let stopped = false;
    // Read through a function: steps change the state behind TypeScript's narrowing.
    const stateNow = (): SubjectState => r.state;
    const step = (action: string, to: SubjectState, delay: number, data: Record<string, unknown> | null, rationale: string | null, ack = false): boolean => {
      if (stopped) return false;
      if (target !== undefined && r.state === target) {
        stopped = true;
        return false;
      }
      const next = day + delay;
      if (next > ctx.limit) {
        stopped = true;
        return false;
      }
      r.events.push({ action, from: r.state, to, day: next, rationale, data, ack });
      day = next;
      r.state = to;
      r.enteredDay = next;
      if (to === 'closed' || to === 'withdrawn') r.closedDay = next;
      return true;
    };
    const withdrawHere = (): boolean => {
      if (plan.dismiss || plan.escalation || plan.serious) return false;
      if (target === 'withdrawn' ? r.state !== 'logged' : target === undefined && random.chance(0.012)) {
        step('withdraw', 'withdrawn', random.int(5, 60), {}, 'The matter was withdrawn: the complainant withdrew and there is no public interest in continuing.');
        return true;
      }
      return false;
    };

    if (r.state === 'logged') {
      if (target === 'logged') return r;
      const outside = target === 'outside_schedule_3' || (target === undefined && !plan.dismiss && !plan.escalation && !plan.serious && random.chance(0.3));
      if (outside) {
        if (!step('handle_outside_schedule_3', 'outside_schedule_3', random.int(3, 25), { complainantAgreed: true }, 'Not serious; the complainant agreed to an explanation and apology.')) return r;
        step('close', 'closed', random.int(15, 90), {}, 'Resolved with the complainant.');
        return r;
      }
      if (!step('record_complaint', 'recorded', random.int(2, 20), {}, 'Recorded under Schedule 3.')) return r;
    }
    if (withdrawHere() || stopped) return r;

    // Severity assessment.
    const serious = ctx.theme.gross;
    let severity: Severity;
    if (plan.dismiss) severity = 'gross_misconduct';
    else if (plan.escalation) severity = random.weighted([['no_further_action', 45], ['practice_requiring_improvement', 20], ['misconduct', 35]]);
    else if (target === 'reflective_practice') severity = 'practice_requiring_improvement';
    else if ((target !== undefined && NEEDS_MISCONDUCT.includes(target)) || plan.serious) severity = random.chance(serious) ? 'gross_misconduct' : 'misconduct';
    else {
      const misconduct = 0.3 + serious * 0.5;
      severity = random.weighted([['no_further_action', (1 - misconduct) * 0.62], ['practice_requiring_improvement', (1 - misconduct) * 0.38], ['misconduct', misconduct * (1 - serious)], ['gross_misconduct', misconduct * serious]]);
    }
    const severityTo: SubjectState = severity === 'no_further_action' ? 'closed' : severity === 'practice_requiring_improvement' ? 'reflective_practice' : 'assessed';
    if (!step('assess_severity', severityTo, random.int(10, 60), { severity, likelyProceedings: severity === 'gross_misconduct' ? 'misconduct_hearing' : severity === 'misconduct' ? 'misconduct_meeting' : null }, 'Severity assessed against the Standards, with the subject’s history read.', true)) return r;
    r.severity = severity;
    r.assessedDay = day;
    if (r.state === 'closed') return r;
    if (r.state === 'reflective_practice') {
      step('complete_reflective_practice', 'closed', random.int(30, 120), {}, 'Reflective practice review completed.');
      return r;
    }
    if (withdrawHere() || stopped) return r;

    // IOPC referral.
    const tags = new Set(ctx.allegationTags.flat());
    const criteria = [...new Set([...tags].map((t) => MANDATORY_BY_TAG[t]).filter((c): c is string => c !== undefined))];
    if (severity === 'gross_misconduct' && (tags.has('racism') || tags.has('homophobia') || tags.has('other_discrimination'))) criteria.push('discriminatory_aggravation');
    if (severity === 'gross_misconduct' && tags.has('use_of_force') && random.chance(0.3)) criteria.push('serious_assault');
    const voluntary = criteria.length === 0 && random.chance(0.06);
    if (voluntary) criteria.push('voluntary');
    const referred = criteria.length > 0;
    const iopcDecision = referred ? random.weighted([['independent', 15], ['directed', 25], ['local', 60]] as const) : null;
    if (!step('decide_iopc_referral', 'referral_decided', random.int(3, 20), { referred, criteria, iopcDecision }, referred ? 'Referred to the IOPC.' : 'No referral criteria met.')) return r;
    r.iopcReferred = referred;
    if (withdrawHere() || stopped) return r;

    const investigationType = iopcDecision ?? 'local';
    if (!step('start_investigation', 'under_investigation', random.int(2, 20), { investigationType, investigatorId: null }, null)) return r;
    r.investigationType = investigationType;
    if (target === 'under_investigation') return r;
    // Regulation 17 written notice, then the report.
    const servedDelay = random.int(5, 30);
    if (day + servedDelay > ctx.limit) return r;
    day += servedDelay;
    r.reg17On = day;
    r.events.push({ action: 'serve_regulation_17_notice', from: null, to: null, day, rationale: null, data: { allegationsSummary: 'The allegations and the Standards they may breach', responseDue: null }, ack: false });
    if (withdrawHere() || stopped) return r;
    if (!step('submit_investigation_report', 'report_submitted', random.int(40, 330), {}, 'Investigation report submitted to the appropriate authority.')) return r;
    if (target === 'report_submitted') return r;

    // Case to answer, allegation by allegation (the planted rates live here).
    const needsCase = plan.dismiss || (target !== undefined && AFTER_CASE_TO_ANSWER.includes(target));
    const findings = ctx.allegationTags.map((t) => random.chance(ctaRate(t)));
    if (needsCase && !findings.some(Boolean)) findings[0] = true;
    const anyCase = findings.some(Boolean);
    const bringProceedings = anyCase && (needsCase || random.chance(0.88));
    const decision = anyCase ? (severity === 'gross_misconduct' ? 'case_to_answer_gross_misconduct' : 'case_to_answer_misconduct') : random.chance(0.2) ? 'rprp' : 'no_case_to_answer';
    const ctaTo: SubjectState = bringProceedings ? 'awaiting_proceedings' : decision === 'rprp' ? 'reflective_practice' : 'closed';
    if (!step('decide_case_to_answer', ctaTo, random.int(10, 60), { decision, bringProceedings, departsFromNorm: false, allegationFindings: findings.map((f, i) => ({ allegation: i + 1, caseToAnswer: f })) }, anyCase ? 'There is a case to answer on the evidence in the report.' : 'No case to answer: the evidence would not support a finding.', true)) return r;
    r.caseToAnswer = decision;
    r.allegationCta = findings;
    if (stateNow() === 'reflective_practice') {
      step('complete_reflective_practice', 'closed', random.int(30, 120), {}, 'Reflective practice review completed.');
      return r;
    }
    if (stateNow() === 'closed') return r;

    // Proceedings.
    const gross = severity === 'gross_misconduct';
    const form = gross ? (random.chance(plan.dismiss ? 0.25 : 0.08) ? 'accelerated_hearing' : 'misconduct_hearing') : 'misconduct_meeting';
    const arrangeDelay = random.int(15, 60);
    const noticeDay = day + arrangeDelay;
    const proceedingsDay = form === 'accelerated_hearing' ? dayOf(addWorkingDays(isoOf(noticeDay), random.int(10, 15))) : noticeDay + random.int(20, 60);
    const hearing = form !== 'misconduct_meeting';
    if (!step('arrange_proceedings', 'proceedings_arranged', arrangeDelay, {
      form, noticeServedOn: isoOf(noticeDay), proceedingsOn: isoOf(proceedingsDay),
      panel: hearing ? { chair: 'Assistant Chief Constable (delegate of the chief officer)', layMembers: ['Independent lay member', 'Independent lay member'], legalAdviser: 'Legally qualified adviser' } : null,
      publicNoticeOn: hearing ? isoOf(Math.max(noticeDay, proceedingsDay - random.int(5, 10))) : null, liveFinalWrittenWarning: false,
    }, null)) return r;
    r.proceedingsForm = form;
    r.proceedingsOn = proceedingsDay;
    // The outcome is decided on the day of the meeting or hearing, or a day or two later.
    const outcomeDelay = proceedingsDay - day + random.int(0, 2);
    const outcome: Outcome = plan.dismiss ? 'dismissal_without_notice'
      : form === 'misconduct_meeting' ? random.weighted([['no_misconduct', 25], ['written_warning', 50], ['final_written_warning', 25]])
        : random.weighted([['no_misconduct', 20], ['written_warning', 15], ['final_written_warning', 52], ...(ctx.isOfficer ? [['reduction_in_rank', 13] as const] : [])]);
    const outcomeDay = day + outcomeDelay;
    const fwwYears = outcome === 'final_written_warning' ? (hearing && random.chance(0.2) ? random.int(3, 5) : 2) : null;
    const liveUntil = outcome === 'written_warning' ? addMonths(isoOf(outcomeDay), 18) : fwwYears !== null ? addMonths(isoOf(outcomeDay), 12 * fwwYears) : null;
    if (!step('record_outcome', 'outcome_recorded', outcomeDelay, { outcome, liveUntil, finalWrittenWarningYears: fwwYears, departsFromNorm: false }, 'Outcome decided by the panel.')) return r;
    r.outcome = outcome;
    r.outcomeOn = outcomeDay;
    r.liveUntil = liveUntil;
    if (target === 'outcome_recorded') return r;

    const appeal = target === 'under_appeal' || (target === undefined && !plan.dismiss && outcome !== 'no_misconduct' && random.chance(0.12));
    if (!appeal) {
      step('close', 'closed', random.int(10, 40), {}, null);
      return r;
    }
    const internal = form === 'misconduct_meeting';
    if (!step('lodge_appeal', 'under_appeal', internal ? random.int(2, 7) : random.int(10, 28), { appealTo: internal ? 'internal' : 'police_appeals_tribunal' }, null)) return r;
    const result = random.weighted([['dismissed', 75], ['allowed', 15], ['varied', 10]] as const);
    const finalOutcome: Outcome = result === 'allowed' ? 'no_misconduct' : result === 'varied' ? (outcome === 'final_written_warning' ? 'written_warning' : outcome) : outcome;
    if (!step('decide_appeal', 'closed', random.int(30, 200), { result, outcome: finalOutcome }, null)) return r;
    r.outcome = finalOutcome;
    if (finalOutcome !== outcome) r.liveUntil = finalOutcome === 'written_warning' ? addMonths(isoOf(day), 18) : null;
    return r;
  }

  function allegationsFor(mean: number): number {
    if (mean <= 1) return 1;
    const median = mean / Math.exp((ALLEGATION_SIGMA * ALLEGATION_SIGMA) / 2);
    return Math.min(MAX_ALLEGATIONS, Math.max(1, Math.round(median * Math.exp(ALLEGATION_SIGMA * normal(random)))));
  }

  function ctaRate(tags: readonly ThematicTag[]): number {
    const group = tagGroupOf(tags);
    return o.caseToAnswerRate[group];
  }

  // ---- one subject record: case (new or joined), subject, allegations, events, restriction, list report ----
  function* subjectRows(args: {
    personId: string; identity: Identity; stint: Stint; received: number; plan: SubjectPlan;
    truthCase: (info: { caseId: string; subjectId: string; state: SubjectState; outcome: Outcome | null; tags: ThematicTag[]; received: number; reference: string; restricted: boolean; themeKey: string }) => void;
  }): Generator<GeneratedRow, PathResult> {
    const { stint, plan } = args;
    const forceId = stint.forceId;
    const theme = plan.themeKey ? themeByKey(plan.themeKey) : random.weighted(THEMES.map((t) => [t, t.weight] as const));
    let received = args.received;
    let source: CaseSource = plan.escalation ? random.weighted([['public_complaint', 40], ['conduct_matter', 60]]) : random.weighted(SOURCES);
    if (plan.target === 'logged' || plan.target === 'outside_schedule_3') source = 'public_complaint';
    else if (plan.target !== undefined && source === 'public_complaint' && plan.target !== 'withdrawn' && random.chance(0.5)) source = 'conduct_matter';
    // Sometimes the matter is one already opened against a colleague in the same force (several subjects).
    let caseId: string | null = null;
    let reference = '';
    let restricted = false;
    const recent = recentCases.get(forceId) ?? [];
    if (plan.target === undefined && !plan.dismiss && !plan.afterMove && random.chance(0.1)) {
      // Never a case the person is already a subject of (one subject record per person and case).
      const joinable = recent.find((c) => c.people.length < 4 && !c.restricted && !c.people.includes(args.personId) && Math.abs(c.received - received) <= 120 && c.received >= stint.start && (stint.end === null || c.received <= stint.end) && c.received < asOf - 1);
      if (joinable) {
        caseId = joinable.id;
        reference = joinable.reference;
        received = joinable.received;
        source = joinable.source;
        joinable.people.push(args.personId);
      }
    }
    const allegationCount = allegationsFor(o.allegationsPerSubject);
    const allegationThemes: Theme[] = [];
    for (let i = 0; i < allegationCount; i++) allegationThemes.push(i === 0 || random.chance(0.6) ? theme : random.weighted(THEMES.map((t) => [t, t.weight] as const)));
    const allegationTags = allegationThemes.map((t) => t.tags);
    const initial: SubjectState = source === 'public_complaint' ? 'logged' : 'recorded';
    const limit = plan.target !== undefined ? Infinity : asOf - received;
    let path = simulate({ initial, theme, allegationTags, limit, plan, isOfficer: stint.role === 'police_officer' });
    if (plan.target !== undefined) {
      // Shift the whole path so the subject entered the target state a few days before the history ends;
      // when that would fall before the person joined, the state is left for a later matter.
      const shifted = asOf - random.int(1, 20) - path.enteredDay;
      if (shifted >= stint.start && shifted >= w0) received = shifted;
      else {
        coverage.unshift(plan.target);
        path = simulate({ initial, theme, allegationTags, limit: asOf - received, plan: {}, isOfficer: stint.role === 'police_officer' });
      }
    }

    if (caseId === null) {
      caseId = nextId('misconduct_case');
      restricted = (theme.key === 'corruption' || theme.key === 'criminal_links') && source !== 'public_complaint' && random.chance(0.4);
      const year = yearOf(received);
      const key = `${forceId}-${year}`;
      const seq = (referenceCounter.get(key) ?? 0) + 1;
      referenceCounter.set(key, seq);
      reference = `${forceId}-${year}-S${String(seq).padStart(6, '0')}`;
      const lastDay = received + (path.events.at(-1)?.day ?? 0);
      yield {
        table: 'misconduct_case',
        row: {
          id: caseId, force_id: forceId, reference, source, restricted,
          summary: `${SOURCE_LABEL[source]}: ${theme.summary}`, received_on: isoOf(received), created_at: timestampOf(received), updated_at: timestampOf(lastDay, 30),
        },
      };
      yield {
        table: 'case_event',
        row: {
          id: nextId('case_event'), case_id: caseId, subject_id: null, force_id: forceId, action: source === 'public_complaint' ? 'log_complaint' : 'record_matter',
          from_state: null, to_state: initial, decided_on: isoOf(received), rationale: null, data: { source }, history_acknowledged: false, created_at: timestampOf(received),
        },
      };
      if (plan.target === undefined && !plan.afterMove) {
        recent.push({ id: caseId, reference, received, source, restricted, people: [args.personId] });
        if (recent.length > 48) recent.shift();
        recentCases.set(forceId, recent);
      }
    }

    const subjectId = nextId('case_subject');
    const abs = (d: number | null): string | null => (d === null ? null : isoOf(received + d));
    const reg17Due = path.reg17On === null ? null : addWorkingDays(isoOf(received + path.reg17On), 10);
    const last = path.events.at(-1);
    yield {
      table: 'case_subject',
      row: {
        id: subjectId, case_id: caseId, force_id: forceId, person_id: args.personId, state: path.state,
        state_entered_at: timestampOf(received + path.enteredDay, last ? path.events.length + 1 : 0),
        severity: path.severity, iopc_referred: path.iopcReferred, investigation_type: path.investigationType,
        regulation_17_served_on: abs(path.reg17On), regulation_17_response_due: reg17Due, case_to_answer: path.caseToAnswer,
        proceedings_form: path.proceedingsForm, proceedings_on: abs(path.proceedingsOn), outcome: path.outcome, outcome_on: abs(path.outcomeOn),
        live_until: path.liveUntil, former_officer: false,
      },
    };
    const allegationIds: string[] = [];
    for (let i = 0; i < allegationCount; i++) {
      const t = allegationThemes[i] ?? theme;
      const id = nextId('allegation');
      allegationIds.push(id);
      const occurred = received - random.int(0, 60);
      yield {
        table: 'allegation',
        row: {
          id, case_id: caseId, subject_id: subjectId, force_id: forceId, description: random.pick(t.descriptions), occurred_on: isoOf(occurred),
          place: random.pick(PLACES), standard: t.standard, iopc_category: t.iopcCategory, tags: t.tags, tag_definitions_version: 1,
          case_to_answer: path.allegationCta[i] ?? null,
        },
      };
    }
    let minute = 1;
    for (const e of path.events) {
      const data = e.action === 'decide_case_to_answer' && e.data
        ? { ...e.data, allegationFindings: path.allegationCta.map((f, i) => ({ allegationId: allegationIds[i], caseToAnswer: f })) }
        : e.action === 'serve_regulation_17_notice' ? { ...e.data, responseDue: reg17Due } : e.data;
      yield {
        table: 'case_event',
        row: {
          id: nextId('case_event'), case_id: caseId, subject_id: subjectId, force_id: forceId, action: e.action, from_state: e.from, to_state: e.to,
          decided_on: isoOf(received + e.day), rationale: e.rationale, data, history_acknowledged: e.ack, created_at: timestampOf(received + e.day, minute++),
        },
      };
    }
    // Suspension or restricted duties for a share of gross-misconduct subjects.
    if (path.severity === 'gross_misconduct' && path.assessedDay !== null && random.chance(0.4)) {
      const kind = random.weighted([['suspension', 30], ['restricted_duties', 50], ['redeployment', 20]] as const);
      const decided = received + path.assessedDay + random.int(0, 10);
      if (decided < asOf) {
        const conditions = kind === 'suspension' ? 'Suspended on full pay pending the investigation.' : kind === 'restricted_duties' ? 'No public-facing duties; no access to intelligence systems.' : 'Redeployed to a non-operational role away from the complainant.';
        const ended = path.closedDay !== null ? received + path.closedDay : null;
        const reviewOn = isoOf(decided + random.int(28, 90));
        yield {
          table: 'subject_restriction',
          row: { id: nextId('subject_restriction'), case_id: caseId, subject_id: subjectId, force_id: forceId, kind, conditions, decided_on: isoOf(decided), review_on: reviewOn, ended_on: ended !== null && ended >= decided ? isoOf(ended) : null },
        };
        yield {
          table: 'case_event',
          row: { id: nextId('case_event'), case_id: caseId, subject_id: subjectId, force_id: forceId, action: `restriction_${kind}`, from_state: null, to_state: null, decided_on: isoOf(decided), rationale: conditions, data: { reviewOn }, history_acknowledged: false, created_at: timestampOf(decided, 50) },
        };
      }
    }
    // The Barred List report follows a dismissal (due within 5 working days).
    if ((path.outcome === 'dismissal_without_notice' || path.outcome === 'would_have_been_dismissed') && path.outcomeOn !== null) {
      const on = received + path.outcomeOn;
      const submitted = on + random.int(1, 6);
      const reportId = nextId('list_report');
      yield {
        table: 'list_report',
        row: {
          id: reportId, case_id: caseId, subject_id: subjectId, person_id: args.personId, force_id: forceId, list: 'barred', due_on: addWorkingDays(isoOf(on), 5),
          details: {
            fullName: `${args.identity.givenNames} ${args.identity.familyName}`, dateOfBirth: args.identity.dateOfBirth, force: forceId, status: 'serving officer',
            rank: stint.rank, warrantOrStaffNumber: stint.collar, reasons: allegationThemes.map((t) => t.descriptions[0]), standardsBreached: [...new Set(allegationThemes.map((t) => t.standard))],
            outcome: path.outcome, date: isoOf(on), advisoryListReportAlsoMade: false,
          },
          submitted_on: submitted <= asOf ? isoOf(submitted) : null, created_at: timestampOf(on, 55),
        },
      };
      yield* listEntryRows({
        list: 'barred', jurisdiction: 'england-wales', personId: args.personId, givenNames: args.identity.givenNames, familyName: args.identity.familyName,
        otherFamilyNames: args.identity.previousFamilyName ? [args.identity.previousFamilyName] : [], dateOfBirth: args.identity.dateOfBirth, lastForce: forceId,
        role: stint.rank, reason: `Dismissed without notice: gross misconduct (${allegationThemes[0]?.summary ?? theme.summary})`, decidedOn: isoOf(on),
        source: 'warrant', sourceCaseId: caseId, sourceReportId: reportId, gross: true, removed: null,
      });
    }
    args.truthCase({ caseId, subjectId, state: path.state, outcome: path.outcome, tags: [...new Set(allegationTags.flat())], received, reference, restricted, themeKey: theme.key });
    truth.subject(path.state, allegationTags, path.allegationCta);
    // Report the path's absolute days back to the caller through the result.
    return { ...path, enteredDay: received + path.enteredDay, closedDay: path.closedDay === null ? null : received + path.closedDay, outcomeOn: path.outcomeOn === null ? null : received + path.outcomeOn, assessedDay: path.assessedDay === null ? null : received + path.assessedDay };
  }

  const vettingOf = (personId: string, identity: Identity, stints: readonly Stint[], cases: readonly VettingCase[], flags: Pick<VettingPerson, 'barred' | 'listMiss'>): GeneratedRow[] =>
    vetting.rowsFor({ personId, givenNames: identity.givenNames, familyName: identity.familyName, stints, cases, ...flags });

  // ---- the people ----
  for (let i = 0; i < n; i++) {
    const remaining = n - i;
    const forceId = random.weighted(o.forces);
    const ethnicity = random.weighted(ETHNIC_MIX[isLondonForce(forceId) ? 'london' : 'elsewhere']);
    const role = random.weighted([['police_officer', 58], ['police_staff', 33], ['pcso', 4], ['special_constable', 3], ['volunteer', 1], ['contractor', 1]] as const);
    const sex = random.chance(0.003) ? 'not_recorded' : random.chance(role === 'police_staff' ? 0.62 : 0.35) ? 'female' : 'male';
    const name = makeName(ethnicity, sex);
    const career = makeCareer(forceId, role);
    const stints = career.stints;
    const hasPrevious = sex === 'female' && career.dob < asOf - 27 * YEAR && random.chance(0.25);
    const identity: Identity = {
      givenNames: name.given, familyName: name.family, dateOfBirth: isoOf(career.dob), sex,
      previousFamilyName: hasPrevious ? pickFamilyName(random, name.origin) : null,
    };
    if (identity.previousFamilyName === identity.familyName) identity.previousFamilyName = null;
    const nick = nicknamesOf(name.given);
    const alias = random.chance(0.03) && nick.length > 0 ? random.pick(nick) : null;
    const personId = nextId('person');

    const intervals = employedDaysInWindow(stints);
    const exposureYears = intervals.reduce((s, [a, b]) => s + (b - a + 1), 0) / YEAR;
    const current = stints.at(-1);
    const servingThroughout = current !== undefined && current.end === null && current.start < asOf - 6 * YEAR;

    // How many cases, and whether this is one of the planted careers.
    const rri = ethnicity === 'white' ? 1 : o.ethnicityRri[ethnicity];
    const pAny = Math.min(0.98, BASE_ANY_CASE * rri * ROLE_FACTOR[role] * Math.min(1, exposureYears / 3));
    let caseCount = exposureYears > 0 && random.chance(pAny) ? random.weighted(CASES_PER_PERSON) : 0;
    const take = (kind: keyof typeof quota): boolean => {
      // Generous early on, so even a demo-sized run fills every quota.
      if (quota[kind] <= 0 || !random.chance(Math.min(1, (quota[kind] * 40) / remaining))) return false;
      quota[kind] -= 1;
      return true;
    };
    let planted: keyof typeof quota | null = null;
    if (servingThroughout && role === 'police_officer' && sex === 'male' && caseCount >= 1 && take('escalation')) {
      planted = 'escalation';
      caseCount = Math.max(caseCount, random.int(4, 6));
    } else if (servingThroughout && caseCount >= 1 && take('mover')) {
      planted = 'mover';
      caseCount = Math.min(caseCount, 2);
    } else if (servingThroughout && role === 'police_officer' && caseCount === 1 && take('barred')) {
      planted = 'barred';
    }
    let listedHere = false;
    if (planted === null && caseCount === 0 && current && current.end === null && current.start > LISTS_BEGIN + 200 && take('listed')) {
      listedElsewhere.push({ personId, identity, start: current.start, forceId: current.forceId });
      listedHere = true;
    }
    const dismiss = planted === 'barred' || (planted === null && caseCount >= 1 && role === 'police_officer' && random.chance(caseCount >= 2 ? 0.006 : 0.005));

    // When the cases were received: within the employment, in order.
    const days: number[] = [];
    for (let k = 0; k < caseCount; k++) {
      const d = sampleDay(intervals);
      if (d !== null) days.push(d);
    }
    days.sort((a, b) => a - b);
    let dismissDay: number | null = null;
    if (dismiss && days.length > 0) {
      // The dismissal is the last matter, and must run its course (up to two years) before the history ends.
      const d = sampleDay(intervals, asOf - 700);
      if (d !== null) {
        const before = days.filter((x) => x < d).slice(0, days.length - 1);
        days.length = 0;
        days.push(...before, d);
        dismissDay = d;
      }
    }
    let moverCaseDay: number | null = null;
    if (planted === 'mover' && days.length > 0) {
      // Any time in the history (generator v6; v5 placed it in the last three years only, so a model trained on
      // earlier years never saw a move followed by a further matter).
      moverCaseDay = sampleDay(intervals, asOf - 420);
      if (moverCaseDay !== null) {
        // The matter under which they move is their last here (they leave a few months after it arrives).
        const mover = moverCaseDay;
        const before = days.filter((x) => x < mover).slice(0, days.length - 1);
        days.length = 0;
        days.push(...before, mover);
      }
    }

    // Coverage targets go to recent matters of people still serving.
    const pendingRows: GeneratedRow[] = [];
    const caseIds: string[] = [];
    const subjectTags: string[][] = [];
    const themeKeys: string[] = [];
    let dismissedOn: number | null = null;
    let dismissalStintIndex = -1;
    const outcomes: (Outcome | null)[] = [];
    // The person's own cases, as the vetting unit finds them (vetting.ts).
    const vettingCases: VettingCase[] = [];
    let escalationStep = 0;
    for (let k = 0; k < days.length; k++) {
      const day = days[k] ?? 0;
      const isDismissal = dismissDay !== null && k === days.length - 1;
      let plan: SubjectPlan = {};
      if (isDismissal) plan = { dismiss: true };
      else if (planted === 'mover' && day === moverCaseDay) plan = { serious: true };
      else if (planted === 'escalation') {
        const rung = ESCALATION_LADDER[Math.min(ESCALATION_LADDER.length - 1, Math.floor((escalationStep * ESCALATION_LADDER.length) / Math.max(1, days.length)))] ?? ['misogyny'];
        plan = { escalation: true, themeKey: random.pick(rung) };
        escalationStep += 1;
      } else if (current && current.end === null && day > asOf - 730 && coverage.length > 0 && planted === null && !dismiss) {
        plan = { target: coverage.shift() };
      }
      const stint = stintAt(stints, day);
      if (!stint) continue;
      let received = day;
      let reference = '';
      let restricted = false;
      const gen = subjectRows({
        personId, identity, stint, received: day, plan,
        truthCase: (info) => {
          caseIds.push(info.caseId);
          subjectTags.push(info.tags);
          themeKeys.push(info.themeKey);
          outcomes.push(info.outcome);
          ({ received, reference, restricted } = info);
        },
      });
      let result = gen.next();
      while (!result.done) {
        pendingRows.push(result.value);
        result = gen.next();
      }
      const path = result.value;
      vettingCases.push({
        caseId: caseIds.at(-1) ?? '', reference, forceId: stint.forceId, received, tags: subjectTags.at(-1) ?? [], restricted, state: path.state,
        closedDay: path.closedDay, caseToAnswer: path.caseToAnswer, outcome: path.outcome, outcomeOn: path.outcomeOn,
      });
      if (plan.dismiss && path.outcome === 'dismissal_without_notice' && path.outcomeOn !== null) {
        dismissedOn = path.outcomeOn;
        dismissalStintIndex = stints.indexOf(stint);
      }
    }

    // A dismissal ends the career on the day of the outcome.
    if (dismissedOn !== null && dismissalStintIndex >= 0) {
      const s = stints[dismissalStintIndex];
      if (s) {
        s.end = dismissedOn;
        s.reason = 'dismissed';
        stints.length = dismissalStintIndex + 1;
      }
    }
    // A planted mover leaves while the matter is still being investigated and starts again in another force.
    let moverLink: { variantId: string | null; toForce: string; leftOn: number; reason: LeavingReason; caseId: string; laterCase: { caseId: string; receivedOn: number } | null } | null = null;
    if (planted === 'mover' && moverCaseDay !== null && current && current.end === null) {
      const leftOn = Math.min(asOf - 60, moverCaseDay + random.int(90, 300));
      const caseIndex = days.indexOf(moverCaseDay);
      const caseId = caseIds[caseIndex] ?? caseIds.at(-1) ?? null;
      if (leftOn > current.start && caseId !== null) {
        const reason: LeavingReason = random.chance(0.5) ? 'transferred' : 'resigned';
        current.end = leftOn;
        current.reason = reason;
        const toForce = otherForce(current.forceId);
        const startAgain = leftOn + (reason === 'transferred' ? random.int(1, 30) : random.int(30, 180));
        if (reason === 'transferred') {
          const moved: Stint = { forceId: toForce, role: current.role, rank: current.rank, collar: collarFor(toForce, current.role), start: Math.min(startAgain, asOf - 1), end: null, reason: null };
          stints.push(moved);
          moverLink = { variantId: null, toForce, leftOn, reason, caseId, laterCase: null };
          // The conduct carries on in the new force: the same kind of matter again, 2 to 18 months after they
          // start there (when that is before the history ends). Drawn from its own stream (see moverRandom).
          random = moverRandom;
          try {
            const day = moved.start + random.int(60, 540);
            if (day < asOf - 1) {
              const gen = subjectRows({
                personId, identity, stint: moved, received: day, plan: { serious: true, afterMove: true, themeKey: themeKeys[caseIndex] },
                truthCase: (info) => {
                  caseIds.push(info.caseId);
                  subjectTags.push(info.tags);
                  themeKeys.push(info.themeKey);
                  outcomes.push(info.outcome);
                  if (moverLink) moverLink.laterCase = { caseId: info.caseId, receivedOn: info.received };
                },
              });
              for (let r = gen.next(); !r.done; r = gen.next()) pendingRows.push(r.value);
            }
          } finally {
            random = mainRandom;
          }
        } else {
          moverLink = { variantId: nextId('person'), toForce, leftOn, reason, caseId, laterCase: null };
          // Resigning under investigation: the Advisory List report.
          const subjectRow = pendingRows.find((row) => row.table === 'case_subject' && row.row.case_id === caseId);
          if (subjectRow) {
            const reportId = nextId('list_report');
            pendingRows.push({
              table: 'list_report',
              row: {
                id: reportId, case_id: caseId, subject_id: subjectRow.row.id as string, person_id: personId, force_id: current.forceId, list: 'advisory',
                due_on: addWorkingDays(isoOf(leftOn), 5),
                details: { fullName: `${identity.givenNames} ${identity.familyName}`, dateOfBirth: identity.dateOfBirth, force: current.forceId, status: 'former officer', rank: current.rank, warrantOrStaffNumber: current.collar, reasons: ['Resigned while under investigation'], date: isoOf(leftOn), advisoryListReportAlsoMade: true },
                submitted_on: isoOf(Math.min(asOf, leftOn + random.int(1, 6))), created_at: timestampOf(leftOn, 55),
              },
            });
            pendingRows.push(...collect(listEntryRows({
              list: 'advisory', jurisdiction: 'england-wales', personId, givenNames: identity.givenNames, familyName: identity.familyName,
              otherFamilyNames: identity.previousFamilyName ? [identity.previousFamilyName] : [], dateOfBirth: identity.dateOfBirth, lastForce: current.forceId,
              role: current.rank, reason: 'Resigned while under investigation', decidedOn: isoOf(leftOn), source: 'warrant', sourceCaseId: caseId, sourceReportId: reportId,
              gross: false, removed: null,
            })));
          }
        }
      }
    }

    const life = yield* personRows({ id: personId, identity, ethnicity, alias, stints });
    yield* vettingOf(personId, identity, stints, vettingCases, { barred: dismissedOn !== null, listMiss: listedHere ? 'listed_elsewhere' : null });
    for (const row of pendingRows) yield row;
    truth.person({ personId, ethnicity, subjectRecords: caseIds.length, dismissed: outcomes.some((x) => x === 'dismissal_without_notice' || x === 'would_have_been_dismissed') });

    if (planted === 'escalation' && caseIds.length >= 3) {
      truth.escalation({ personId, caseIds, tagsByCase: subjectTags, forceId: current?.forceId ?? forceId });
    }
    if (moverLink) {
      let variantId: string | null = null;
      if (moverLink.variantId) {
        const variant = varyIdentity(random, identity);
        variantId = moverLink.variantId;
        const start = Math.min(asOf - 1, moverLink.leftOn + random.int(30, 180));
        const variantStints: Stint[] = [{ forceId: moverLink.toForce, role: current?.role ?? role, rank: current?.rank ?? null, collar: collarFor(moverLink.toForce, current?.role ?? role), start, end: null, reason: null }];
        yield* personRows({ id: variantId, identity: variant.identity, ethnicity, alias: null, stints: variantStints, continues: life });
        // On the Advisory List under the old identity: the list check at the new join finds nothing.
        yield* vettingOf(variantId, variant.identity, variantStints, [], { barred: false, listMiss: 'resigned_mover' });
        truth.person({ personId: variantId, ethnicity, subjectRecords: 0, dismissed: false });
        truth.link({ kind: 'mover', personId, variantPersonId: variantId, variations: variant.variations, original: identity, variant: variant.identity, fromForce: current?.forceId ?? forceId, toForce: moverLink.toForce });
      }
      truth.mover({
        personId, variantPersonId: variantId, caseId: moverLink.caseId, fromForce: current?.forceId ?? forceId, toForce: moverLink.toForce, leftOn: isoOf(moverLink.leftOn), leavingReason: moverLink.reason,
        laterCaseId: moverLink.laterCase?.caseId ?? null, laterReceivedOn: moverLink.laterCase ? isoOf(moverLink.laterCase.receivedOn) : null,
      });
    }
    // A barred person applies again elsewhere under a variant identity.
    if (dismissedOn !== null && (planted === 'barred' || random.chance(0.25))) {
      const start = dismissedOn + random.int(90, 700);
      const fromForce = stints.at(-1)?.forceId ?? forceId;
      if (start < asOf - 1) {
        const variant = varyIdentity(random, identity);
        const variantId = nextId('person');
        const toForce = otherForce(fromForce);
        const newRole = random.weighted([['police_staff', 50], ['contractor', 25], ['volunteer', 15], ['special_constable', 10]] as const);
        const variantStints: Stint[] = [{ forceId: toForce, role: newRole, rank: rankFor(newRole), collar: collarFor(toForce, newRole), start, end: null, reason: null }];
        yield* personRows({ id: variantId, identity: variant.identity, ethnicity, alias: null, stints: variantStints, continues: life });
        yield* vettingOf(variantId, variant.identity, variantStints, [], { barred: false, listMiss: 'barred_reapplicant' });
        truth.person({ personId: variantId, ethnicity, subjectRecords: 0, dismissed: false });
        truth.link({ kind: 'barred_reapplicant', personId, variantPersonId: variantId, variations: variant.variations, original: identity, variant: variant.identity, fromForce, toForce });
      }
    }
  }

  truth.vetting.plantLenientDeciders(vetting.lenientDeciders());

  // The rest of the Barred and Advisory Lists: entries made before Warrant or by other jurisdictions' lists,
  // about 10,000 at nation scale. A few are people now serving here under a variant identity (planted).
  const imported = Math.round(n * IMPORTED_LIST_ENTRIES_PER_PERSON);
  const allForces = FORCE_HEADCOUNT;
  for (let i = 0; i < imported; i++) {
    const ethnicity = random.weighted(ETHNIC_MIX.elsewhere);
    const sex = random.chance(0.82) ? 'male' : 'female';
    const name = makeName(ethnicity, sex);
    const decided = random.int(LISTS_BEGIN, asOf - 1);
    const born = decided - Math.round((22 + random.int(0, 38)) * YEAR) - random.int(0, 364);
    const elsewhere = random.chance(0.1) ? random.weighted(OTHER_JURISDICTIONS.map(([j, f, w]) => [[j, f], w] as const)) : null;
    const list = random.chance(0.65) ? 'barred' : 'advisory';
    const gross = list === 'barred' && random.chance(0.9);
    const reviewOn = list === 'barred' ? dayOf(addMonths(isoOf(decided), gross ? 60 : 36)) : null;
    const removed = reviewOn !== null && reviewOn < asOf - 30 && random.chance(0.1) ? { on: isoOf(random.int(reviewOn, asOf - 1)), reason: 'Removed on review by the College of Policing' } : null;
    yield* listEntryRows({
      list, jurisdiction: elsewhere?.[0] ?? 'england-wales', personId: null, givenNames: name.given, familyName: name.family, otherFamilyNames: [],
      dateOfBirth: random.chance(0.1) ? String(yearOf(born)) : isoOf(born), lastForce: elsewhere?.[1] ?? random.weighted(allForces),
      role: random.weighted([['Constable', 70], ['Sergeant', 12], ['Police staff', 12], ['PCSO', 4], ['Inspector', 2]]),
      reason: list === 'barred' ? random.pick(BARRED_REASONS) : random.pick(ADVISORY_REASONS), decidedOn: isoOf(decided), source: 'import',
      sourceCaseId: null, sourceReportId: null, gross, removed,
    });
  }
  for (const listed of listedElsewhere) {
    const variant = varyIdentity(random, listed.identity);
    const [jurisdiction, lastForce] = random.weighted([...OTHER_JURISDICTIONS.map(([j, f, w]) => [[j, f], w] as const), [['england-wales', otherForce(listed.forceId)], 3] as const]);
    const decided = random.int(LISTS_BEGIN, Math.max(LISTS_BEGIN, listed.start - 60));
    const list = random.chance(0.7) ? 'barred' : 'advisory';
    const entryId = yield* listEntryRows({
      list, jurisdiction, personId: null, givenNames: variant.identity.givenNames, familyName: variant.identity.familyName, otherFamilyNames: [],
      dateOfBirth: variant.identity.dateOfBirth, lastForce, role: 'Constable', reason: list === 'barred' ? random.pick(BARRED_REASONS) : random.pick(ADVISORY_REASONS),
      decidedOn: isoOf(decided), source: 'import', sourceCaseId: null, sourceReportId: null, gross: true, removed: null,
    });
    truth.listed({ personId: listed.personId, listEntryId: entryId, list, jurisdiction, variations: variant.variations, original: listed.identity, variant: variant.identity, servingIn: listed.forceId });
  }
}

const BARRED_REASONS = [
  'Dismissed without notice: gross misconduct (honesty and integrity)', 'Dismissed without notice: gross misconduct (discreditable conduct)',
  'Dismissed without notice: gross misconduct (authority, respect and courtesy)', 'Dismissed without notice: gross misconduct (equality and diversity)',
  'Dismissed: gross incompetence', 'Dismissed following vetting withdrawal',
];
const ADVISORY_REASONS = ['Resigned while under investigation for gross misconduct', 'Retired while under investigation for gross misconduct', 'Resigned before a misconduct hearing'];
