// Synthetic demo data for the first start and for tests: a few hundred people in a few forces, with
// careers that include transfers between forces, leavers and changed names; one login per role; and in the
// demo users' own force (MPS) cases, vetting and list entries to work on (demo-cases.ts, demo-vetting.ts,
// demo-lists.ts), dated back from the day of the first start. Never real personal data. The national synthetic
// dataset (warrant generate) is a separate, larger tool.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { employments, people, personAddresses, personCharacteristics, personNames, users } from '../../db/schema.js';
import { demoAddresses } from './demo-addresses.js';
import { cliContext, auditEvent } from '../../context.js';
import { ROLES, type Role } from '../../../shared/roles.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { hashPassword } from '../users/password.js';
import { normalizeName } from '../people/normalize-name.js';
import { seededRandom } from './random.js';
import { insertInsightDemoCases } from '../insight/insight-demo.js';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, RANKS, STAFF_GRADES } from './demo-names.js';
import { todayInEngland } from '../clock/working-days.js';
import { castDemoStories } from './demo-cast.js';
import { insertDemoCases, type DemoUsers } from './demo-cases.js';
import { importDemoListEntries } from './demo-lists.js';
import { insertDemoVetting } from './demo-vetting.js';

export const DEMO_FORCES = ['MPS', 'WMP', 'GMP', 'BTP'] as const;
const FORCE_WEIGHTS = [['MPS', 5], ['WMP', 2], ['GMP', 2], ['BTP', 1]] as const;
const COLLAR_PREFIX: Record<string, string> = { MPS: 'MP', WMP: 'WM', GMP: 'GM', BTP: 'BT' };

export type DemoLogin = { role: Role; email: string; password: string; forceId: string | null };

/** National roles sign in without a force; the rest belong to the Metropolitan Police Service. */
const NATIONAL_DEMO_ROLES: readonly Role[] = ['auditor', 'analyst'];

export function demoLogins(password: string): DemoLogin[] {
  return ROLES.map((role) => ({
    role,
    email: `${role.replaceAll('_', '.')}@demo.warrant.test`,
    password,
    forceId: NATIONAL_DEMO_ROLES.includes(role) ? null : 'MPS',
  }));
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`(select count(*) from app_user) + count(*)` }).from(people);
  return (row?.n ?? 0) === 0;
}

/** `today` anchors the force's cases and vetting (clocks, expiries); the register's careers do not move with it. */
export async function seedDemoData({ db, password, people: count = 400, seed = 20_261_124, today = todayInEngland() }: { db: Db; password: string; people?: number; seed?: number; today?: string }) {
  const random = seededRandom(seed);
  // Careers are generated as of a fixed day, so the register is the same whenever the demo is loaded.
  const careersAsOf = new Date('2026-11-01T00:00:00Z');
  const personRows: (typeof people.$inferInsert)[] = [];
  const nameRows: (typeof personNames.$inferInsert)[] = [];
  const jobRows: (typeof employments.$inferInsert)[] = [];
  const characteristicRows: (typeof personCharacteristics.$inferInsert)[] = [];
  let collar = 1000;

  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    const sex = random.weighted([['female', 35], ['male', 64], ['not_recorded', 1]] as const);
    const given = sex === 'female' ? random.pick(GIVEN_NAMES_FEMALE) : random.pick(GIVEN_NAMES_MALE);
    const family = random.pick(FAMILY_NAMES);
    const born = new Date(Date.UTC(random.int(1962, 2003), random.int(0, 11), random.int(1, 28)));
    personRows.push({ id, givenNames: given, familyName: family, dateOfBirth: isoDate(born), sex });
    nameRows.push({ personId: id, kind: 'current', givenNames: given, familyName: family, normalized: normalizeName(`${given} ${family}`) });
    if (sex === 'female' && random.chance(0.15)) {
      const previous = random.pick(FAMILY_NAMES);
      nameRows.push({ personId: id, kind: 'previous', givenNames: given, familyName: previous, normalized: normalizeName(`${given} ${previous}`) });
    }
    characteristicRows.push({
      personId: id,
      ethnicity: random.weighted([['white', 80], ['asian', 8], ['black', 4], ['mixed', 3], ['other', 1], ['not_stated', 4]] as const),
    });

    // A career: one to three employments, each possibly ending in a transfer to another force.
    const role = random.weighted([['police_officer', 60], ['police_staff', 30], ['special_constable', 5], ['pcso', 5]] as const);
    let start = addDays(born, 365 * random.int(19, 30) + random.int(0, 364));
    if (start > careersAsOf) start = addDays(careersAsOf, -random.int(30, 900));
    let forceId: string = random.weighted(FORCE_WEIGHTS);
    const stints = random.weighted([[1, 75], [2, 20], [3, 5]] as const);
    for (let s = 0; s < stints; s++) {
      const isLast = s === stints - 1;
      const length = random.int(365, 365 * 12);
      const end = addDays(start, length);
      const ended = !isLast || (end < careersAsOf && random.chance(0.25));
      const leavingReason = !isLast ? 'transferred' : random.weighted([['resigned', 50], ['retired', 35], ['dismissed', 5], ['other', 10]] as const);
      collar += random.int(1, 7);
      jobRows.push({
        personId: id,
        forceId,
        role,
        rank: role === 'police_officer' ? random.pick(RANKS) : role === 'police_staff' ? random.pick(STAFF_GRADES) : null,
        collarNumber: role === 'police_staff' ? null : `${COLLAR_PREFIX[forceId] ?? 'XX'}${collar}`,
        startDate: isoDate(start),
        endDate: ended ? isoDate(end < careersAsOf ? end : addDays(careersAsOf, -1)) : null,
        leavingReason: ended ? leavingReason : null,
      });
      if (!ended || end >= careersAsOf) break;
      start = addDays(end, 1);
      forceId = random.pick(DEMO_FORCES.filter((f) => f !== forceId));
    }
  }

  const logins = demoLogins(password);
  const passwordHash = await hashPassword(password);
  // Each part draws from a seed of its own, so adding to one leaves the others as they were.
  const { cast, added } = castDemoStories({ random: seededRandom(seed + 13), today, people: personRows, jobs: jobRows });
  return db.transaction(async (tx) => {
    for (let i = 0; i < personRows.length; i += 500) await tx.insert(people).values(personRows.slice(i, i + 500));
    for (let i = 0; i < nameRows.length; i += 500) await tx.insert(personNames).values(nameRows.slice(i, i + 500));
    for (let i = 0; i < characteristicRows.length; i += 500) await tx.insert(personCharacteristics).values(characteristicRows.slice(i, i + 500));
    for (let i = 0; i < jobRows.length; i += 500) await tx.insert(employments).values(jobRows.slice(i, i + 500));
    await tx.insert(people).values(added.people);
    await tx.insert(personNames).values(added.names);
    await tx.insert(personCharacteristics).values(added.characteristics);
    await tx.insert(employments).values(added.jobs);
    const addresses = demoAddresses(seededRandom(seed + 23), [...personRows, ...added.people], [...jobRows, ...added.jobs], isoDate(careersAsOf));
    for (let i = 0; i < addresses.length; i += 500) await tx.insert(personAddresses).values(addresses.slice(i, i + 500));
    // Closed 2025 cases outside MPS, from their own seed so the people above stay the same.
    await insertInsightDemoCases(tx, { random: seededRandom(seed + 7), jobs: jobRows, characteristics: characteristicRows });
    const accounts = await tx.insert(users).values(logins.map((l) => ({
      email: l.email,
      displayName: `Demo ${l.role.replaceAll('_', ' ')}`,
      passwordHash,
      roles: [l.role],
      forceId: l.forceId,
    }))).returning({ id: users.id, roles: users.roles });
    const userWith = (role: Role): string => {
      const account = accounts.find((a) => a.roles.includes(role));
      if (!account) throw new Error(`no demo login for ${role}`);
      return account.id;
    };
    const staff: DemoUsers = {
      authority: userWith('appropriate_authority'), investigator: userWith('psd_investigator'), counterCorruption: userWith('counter_corruption'),
      hr: userWith('hr'), vettingOfficer: userWith('vetting_officer'), vettingManager: userWith('vetting_manager'),
    };
    const caseCounts = await insertDemoCases(tx, { today, random: seededRandom(seed + 17), cast, users: staff });
    const listEntries = await importDemoListEntries(tx, { today, variantMatch: cast.variantMatch });
    const vetting = await insertDemoVetting(tx, { today, random: seededRandom(seed + 19), cast, users: staff, triggers: caseCounts.triggers });
    const mps = { cases: caseCounts.cases, subjects: caseCounts.subjects, allegations: caseCounts.allegations, states: caseCounts.states, listEntries, ...vetting };
    await appendAuditEvents(tx, [auditEvent(cliContext(), {
      action: 'demo.seed',
      entityType: 'database',
      detail: { people: personRows.length + added.people.length, employments: jobRows.length + added.jobs.length, users: logins.length, seed, today, mps },
    })]);
    return { people: personRows.length + added.people.length, employments: jobRows.length + added.jobs.length, logins, mps };
  });
}
