// The first start's demo data gives the demo users' own force (MPS) something in every capability, read through
// the product's services as the MPS demo logins would see it: alerts the default rules raise, clearances about to
// expire, cases across the workflow, applications in every state, and the lists' variant-name match.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { caseSubjects, people, personAddresses, users, vettingClearances } from '../../db/schema.js';
import { openTestDatabase } from '../../db/test-database.js';
import type { RequestContext } from '../../context.js';
import type { Role } from '../../../shared/roles.js';
import { addDays, todayInEngland } from '../clock/working-days.js';
import { listCases } from '../cases/case.service.js';
import { runWash, startWashRun } from '../national-index/data-wash.service.js';
import { listMatchReviews } from '../national-index/data-wash.service.js';
import { listAlerts } from '../signals/alert.service.js';
import { evaluateAll } from '../signals/evaluate.service.js';
import { listApplications } from '../vetting/application.service.js';
import { listClearances } from '../vetting/clearance.service.js';
import { listHrActions, listReviews } from '../vetting/review.service.js';
import { seedDemoData } from './demo-seed.js';

let database: Database;
const today = todayInEngland();

async function signedInAs(role: Role): Promise<RequestContext> {
  const [user] = await database.db.select().from(users).where(eq(users.email, `${role.replaceAll('_', '.')}@demo.warrant.test`));
  if (!user) throw new Error(`no demo login for ${role}`);
  return {
    actor: { id: user.id, roles: [role], forceId: user.forceId, email: user.email, displayName: user.displayName, forceName: 'Metropolitan Police Service', sessionId: 'test' },
    requestId: 'test',
    clientAddress: null,
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData({ db: database.db, password: 'warrant-demo-2026', today });
  // As on the first start (server/main.ts).
  await evaluateAll(database.db, today);
});
afterAll(async () => {
  await database.close();
});

describe('demo data in the demo users’ force', () => {
  it('raises open early-warning alerts in MPS under the default rules', async () => {
    const { items } = await listAlerts({ db: database.db, ctx: await signedInAs('appropriate_authority'), query: { status: 'open', page: 1 } });
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((a) => a.forceId))).toEqual(new Set(['MPS']));
    expect(items.map((a) => a.ruleCode)).toEqual(expect.arrayContaining([
      'six-or-more-ever', 'sexual-or-da-2-in-5-years', 'during-final-written-warning', 'any-3-in-12-months', 'during-vetting-review', 'barred-or-advisory-list-match',
    ]));
  });

  it('has MPS clearances expiring within 90 days, and some lapsed', async () => {
    const ctx = await signedInAs('vetting_officer');
    const expiring = await listClearances({ db: database.db, ctx, query: { status: 'expiring' } });
    const soon = expiring.items.filter((c) => c.expiresOn !== null && c.expiresOn <= addDays(today, 90));
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.some((c) => c.expiresOn !== null && c.expiresOn <= addDays(today, 30))).toBe(true);
    expect(new Set(expiring.items.map((c) => c.forceId))).toEqual(new Set(['MPS']));
    expect((await listClearances({ db: database.db, ctx, query: { status: 'lapsed' } })).items.length).toBeGreaterThan(0);
  });

  it('holds MPS cases in at least eight workflow states, restricted ones seen only by counter-corruption', async () => {
    const statesSeenBy = async (role: Role) => {
      const ctx = await signedInAs(role);
      const states = new Set<string>();
      let total = 0;
      for (let page = 1; ; page++) {
        const list = await listCases({ db: database.db, ctx, query: { page, pageSize: 100 } });
        total = list.total;
        for (const item of list.items) for (const subject of item.subjects) states.add(subject.state);
        if (page * 100 >= list.total) break;
      }
      return { states, total };
    };
    const authority = await statesSeenBy('appropriate_authority');
    expect(authority.states.size).toBeGreaterThanOrEqual(8);
    expect(authority.total).toBeGreaterThanOrEqual(40);
    expect(authority.total).toBeLessThanOrEqual(80);
    const counterCorruption = await statesSeenBy('counter_corruption');
    expect(counterCorruption.total).toBeGreaterThan(authority.total);
  });

  it('has vetting applications in every state of the decision, an open review and a withdrawal for HR', async () => {
    const ctx = await signedInAs('vetting_manager');
    const { items } = await listApplications({ db: database.db, ctx, query: { page: 1 } });
    expect(new Set(items.map((a) => a.state))).toEqual(new Set(['checks_in_progress', 'awaiting_approval', 'granted', 'refused', 'appeal_lodged']));
    const reviews = await listReviews({ db: database.db, ctx, query: { open: 'true' } });
    expect(reviews.items.some((r) => r.trigger === 'allegation' && r.state === 'open')).toBe(true);
    expect((await listHrActions({ db: database.db, ctx: await signedInAs('hr') })).items).toHaveLength(1);
  });

  it('puts a serving MPS officer on the Barred List under a variant name, for the data wash to find', async () => {
    const ctx = await signedInAs('vetting_manager');
    const run = await startWashRun({ db: database.db, ctx, forceId: 'MPS' });
    await runWash({ db: database.db, runId: run.id });
    const hits = await listMatchReviews({ db: database.db, ctx, washRunId: run.id });
    expect(hits.map((h) => h.kind)).toEqual(['list_hit']);
  });

  it('gives every demo person a fictional address history, the current one open', async () => {
    const everyone = await database.db.select({ id: people.id }).from(people);
    const addresses = await database.db.select().from(personAddresses);
    const held = new Set(addresses.map((a) => a.personId));
    expect(everyone.every((p) => held.has(p.id))).toBe(true);
    expect(addresses.every((a) => /^[QX][A-Z]\d{1,2} \d[A-Z]{2}$/.test(a.postcode))).toBe(true);
    expect(addresses.some((a) => a.source === 'vetting_declaration')).toBe(true);
    expect(addresses.filter((a) => a.toDate === null && a.source === 'hr_record').length).toBe(everyone.length);
  });

  it('leaves the people the browser journeys start from without cases or clearances', async () => {
    const first = await database.db.select({ id: people.id }).from(people).orderBy(people.id).limit(4);
    const ids = first.map((p) => p.id);
    expect(await database.db.select().from(caseSubjects).where(inArray(caseSubjects.personId, ids))).toEqual([]);
    expect(await database.db.select().from(vettingClearances).where(inArray(vettingClearances.personId, ids))).toEqual([]);
  });
});
