// Early warning on both databases: each default rule on hand-made histories (fires at the threshold, not below,
// respects windows and filters, dedupes, re-opens), dispositions, rule validation and versioning.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAlert, TRule } from '../../../shared/signal-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { addDays, addMonths, todayInEngland } from '../clock/working-days.js';
import { createPerson } from '../people/person.service.js';
import { createUser } from '../users/user.service.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';
import { evaluateAll } from './evaluate.service.js';

let t: TestApp;
let aa: Session;
let admin: Session;
let nationalAdmin: Session;
const today = todayInEngland();
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'admin.national@test.warrant', displayName: 'National admin', roles: ['system_administrator'], forceId: null, password: TEST_PASSWORD } });
  [aa, admin] = await Promise.all([t.loginAs('appropriate_authority'), t.loginAs('system_administrator')]);
  nationalAdmin = await t.login('admin.national@test.warrant');
});
afterAll(() => t.close());

async function person(forceId = 'MPS', employment: { role?: 'police_officer' | 'police_staff'; startDate?: string } = {}) {
  counter += 1;
  return createPerson({ db: t.database.db, ctx: cliContext(), input: {
    givenNames: 'Signal', familyName: `Subject${counter}z`, sex: 'male', otherNames: [],
    employment: { forceId, role: employment.role ?? 'police_officer', startDate: employment.startDate ?? '2015-01-01' },
  } });
}

async function allege(personId: string, receivedOn: string, tags: string[] = [], standard = 'discreditable_conduct'): Promise<{ id: string; subjects: { id: string }[] }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(aa), payload: {
    forceId: 'MPS', source: 'conduct_matter', summary: 'Allegation', receivedOn,
    subjects: [{ personId, allegations: [{ description: 'x', standard, iopcCategory: 'individual_behaviours', tags }] }],
  } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; subjects: { id: string }[] };
}

async function alertsOf(personId: string) {
  return queryRows<{ id: string; code: string; status: string; evidence: { allegationIds: string[]; listEntryIds: string[]; value: number }; reopened_count: number; disposition: string | null }>(t.database.db, sql`
    select a.id, r.code, a.status, a.evidence, a.reopened_count, a.disposition from signal_alert a join signal_rule r on r.id = a.rule_id where a.person_id = ${personId} order by r.code`);
}
const codes = async (personId: string) => (await alertsOf(personId)).map((a) => a.code);

describe('default rules, evaluated as allegations arrive', () => {
  it('raises "two sexual or DA allegations in 5 years" at the second, not the first, and not across the window', async () => {
    const p = await person();
    await allege(p.id, addMonths(today, -70), ['sexual_harassment']);
    await allege(p.id, addMonths(today, -2), ['domestic_abuse']);
    expect(await codes(p.id)).toEqual([]);
    await allege(p.id, addDays(today, -3), ['sexual_assault']);
    const [alert] = await alertsOf(p.id);
    expect(alert?.code).toBe('sexual-or-da-2-in-5-years');
    expect(alert?.evidence.value).toBe(2);
    expect(alert?.evidence.allegationIds).toHaveLength(2);
  });

  it('ignores allegations outside the tag filter', async () => {
    const p = await person();
    await allege(p.id, addMonths(today, -2), ['use_of_force']);
    await allege(p.id, addMonths(today, -1), ['sexual_harassment']);
    expect(await codes(p.id)).toEqual([]);
  });

  it('raises "three in 12 months" at three, counting only the window', async () => {
    const p = await person();
    await allege(p.id, addMonths(today, -13));
    await allege(p.id, addMonths(today, -6));
    await allege(p.id, addMonths(today, -1));
    expect(await codes(p.id)).toEqual([]);
    await allege(p.id, addDays(today, -1));
    expect(await codes(p.id)).toEqual(['any-3-in-12-months']);
  });

  it('raises "six or more ever" at six', async () => {
    const p = await person();
    for (const years of [9, 8, 7, 6, 5]) await allege(p.id, addMonths(today, -12 * years));
    expect(await codes(p.id)).toEqual([]);
    await allege(p.id, addMonths(today, -12 * 4));
    expect(await codes(p.id)).toEqual(['six-or-more-ever']);
  });

  it('raises "allegation while a final written warning is live", and not after it expired', async () => {
    const p = await person();
    const first = await allege(p.id, addMonths(today, -30));
    await t.database.db.execute(sql`update case_subject set outcome = 'final_written_warning', outcome_on = ${addMonths(today, -28)}, live_until = ${addMonths(today, -4)} where id = ${first.subjects[0]?.id}`);
    await allege(p.id, addMonths(today, -2));
    expect(await codes(p.id)).toEqual([]);
    await t.database.db.execute(sql`update case_subject set live_until = ${addMonths(today, 2)} where id = ${first.subjects[0]?.id}`);
    await allege(p.id, addDays(today, -1));
    const [alert] = await alertsOf(p.id);
    expect(alert?.code).toBe('during-final-written-warning');
    // Both later allegations fall inside the (now longer) live period.
    expect(alert?.evidence.value).toBe(2);
  });

  it('raises "allegation while under vetting review" for an allegation after the review opened', async () => {
    const p = await person();
    const [clearance] = await queryRows<{ id: string }>(t.database.db, sql`insert into vetting_clearance (person_id, force_id, level, granted_on, expires_on) values (${p.id}, 'MPS', 'RV', '2020-01-01', '2030-01-01') returning id`);
    await t.database.db.execute(sql`insert into vetting_review (clearance_id, person_id, force_id, trigger, trigger_detail, opened_on, state, created_at)
      values (${clearance?.id}, ${p.id}, 'MPS', 'arrest', 'Arrested', ${addDays(today, -10)}, 'open', now() - interval '10 days')`);
    await allege(p.id, addDays(today, -1));
    expect(await codes(p.id)).toEqual(['during-vetting-review']);
  });

  it('raises a Barred or Advisory List match in the nightly run', async () => {
    const p = await person();
    await t.database.db.execute(sql`insert into list_entry (list, person_id, given_names, family_name, reason, decided_on, source) values ('advisory', ${p.id}, 'Signal', 'Listed', 'Resigned under investigation', ${addMonths(today, -1)}, 'import')`);
    expect(await codes(p.id)).toEqual([]);
    await evaluateAll(t.database.db);
    const [alert] = await alertsOf(p.id);
    expect(alert?.code).toBe('barred-or-advisory-list-match');
    expect(alert?.evidence.listEntryIds).toHaveLength(1);
  });

  it('raises "top 5% of peers" only against a peer group of at least 20', async () => {
    // 24 response officers with the same force, role, rank and service; one has 2 allegations this year.
    const peers = [];
    for (let i = 0; i < 24; i++) peers.push(await person('BTP', { startDate: '2019-06-01' }));
    const [outlier, other] = peers;
    if (!outlier || !other) throw new Error('no peers');
    await allege(outlier.id, addMonths(today, -5));
    await allege(outlier.id, addMonths(today, -3));
    await allege(other.id, addMonths(today, -3));
    // A new peer group has no threshold until a full run ranks it.
    expect(await codes(outlier.id)).toEqual([]);
    await evaluateAll(t.database.db);
    expect(await codes(outlier.id)).toEqual(['top-5-percent-of-peers']);
    expect(await codes(other.id)).toEqual([]);
    // The full run keeps each group's threshold; one person's evaluation then compares with it.
    const [threshold] = await queryRows<{ threshold: number; group_size: number }>(t.database.db, sql`
      select t.threshold, t.group_size from signal_peer_threshold t join signal_rule r on r.id = t.rule_id
      where r.code = 'top-5-percent-of-peers' and t.force_id = 'BTP' and t.band = '6-10'`);
    expect(threshold).toEqual({ threshold: 1, group_size: 24 });
    await allege(other.id, addMonths(today, -1));
    expect(await codes(other.id)).toEqual(['top-5-percent-of-peers']);
  });
});

describe('the queue', () => {
  async function alertFor(): Promise<{ personId: string; alert: TAlert }> {
    const p = await person();
    for (const months of [3, 2, 1]) await allege(p.id, addMonths(today, -months));
    const [row] = await alertsOf(p.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/signals/alerts/${row?.id}`, headers: as(aa) });
    expect(res.statusCode, res.body).toBe(200);
    return { personId: p.id, alert: res.json() as TAlert };
  }

  it('explains an alert with the rule in words and the rows that raised it', async () => {
    const { alert } = await alertFor();
    expect(alert.ruleDescription).toBe('3 or more allegations in 12 months');
    expect(alert.evidence.map((e) => e.receivedOn)).toEqual([addMonths(today, -3), addMonths(today, -2), addMonths(today, -1)]);
    expect(alert.events.map((e) => e.action)).toEqual(['opened']);
  });

  it('dedupes on re-evaluation, requires a reason to close, and re-opens when the pattern grows', async () => {
    const { personId, alert } = await alertFor();
    await evaluateAll(t.database.db);
    expect((await alertsOf(personId)).filter((a) => a.code === 'any-3-in-12-months')).toHaveLength(1);
    const noReason = await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${alert.id}/disposition`, headers: as(aa), payload: { version: alert.version, disposition: 'no_further_action' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const closed = await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${alert.id}/disposition`, headers: as(aa), payload: { version: alert.version, disposition: 'management_action', reason: 'Words of advice from the inspector' } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as TAlert).status).toBe('closed');
    await evaluateAll(t.database.db);
    expect((await alertsOf(personId))[0]?.status).toBe('closed');
    await allege(personId, addDays(today, -1));
    const [reopened] = await alertsOf(personId);
    expect(reopened).toMatchObject({ status: 'open', reopened_count: 1, disposition: null });
    const page = (await t.app.inject({ method: 'GET', url: `/api/signals/alerts/${alert.id}`, headers: as(aa) })).json() as TAlert;
    expect(page.events.map((e) => e.action)).toEqual(['opened', 'closed', 'reopened']);
    expect(page.events[1]?.note).toBe('Words of advice from the inspector');
  });

  it('lets only the force see and work its alerts', async () => {
    const { alert } = await alertFor();
    await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.signals.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
    const wmp = await t.login('aa.signals.wmp@test.warrant');
    expect((await t.app.inject({ method: 'GET', url: `/api/signals/alerts/${alert.id}`, headers: as(wmp) })).statusCode).toBe(404);
    const list = (await t.app.inject({ method: 'GET', url: '/api/signals/alerts', headers: as(wmp) })).json() as { items: { id: string }[] };
    expect(list.items.some((i) => i.id === alert.id)).toBe(false);
    const investigator = await t.loginAs('psd_investigator');
    expect((await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${alert.id}/disposition`, headers: as(investigator), payload: { version: alert.version, disposition: 'already_in_hand', reason: 'x' } })).statusCode).toBe(403);
  });

  it('shows supervisors the age of open alerts', async () => {
    await alertFor();
    const res = await t.app.inject({ method: 'GET', url: '/api/signals/alerts/ageing', headers: as(aa) });
    const body = res.json() as { bands: { band: string; open: number; unassigned: number }[] };
    expect(body.bands.map((b) => b.band)).toEqual(['0-7', '8-30', '31-90', '91+']);
    expect(body.bands[0]?.open).toBeGreaterThan(0);
    expect(body.bands[0]?.unassigned).toBe(body.bands[0]?.open);
  });
});

describe('rules as data', () => {
  const definition = { kind: 'count', windowMonths: 24, threshold: 2, filters: { tags: ['racism'] } };

  it('refuses an unknown tag, a negative window and a zero threshold, naming the field', async () => {
    const bad = async (def: Record<string, unknown>) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/signals/rules', headers: as(nationalAdmin), payload: { code: 'bad-rule', forceId: null, name: 'Bad rule', severity: 'low', reason: 'test', definition: { ...definition, ...def } } });
      expect(res.statusCode).toBe(400);
      return (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    };
    expect(await bad({ filters: { tags: ['rudeness'] } })).toEqual(['definition.filters.tags.0']);
    expect(await bad({ windowMonths: -1 })).toEqual(['definition.windowMonths']);
    expect(await bad({ threshold: 0 })).toEqual(['definition.threshold']);
  });

  it('keeps national rules for national administrators, lets a force add its own', async () => {
    const national = await t.app.inject({ method: 'POST', url: '/api/signals/rules', headers: as(admin), payload: { code: 'racism-2-in-2-years', forceId: null, name: 'Racism x2', severity: 'high', reason: 'Casey', definition } });
    expect(national.statusCode).toBe(403);
    const own = await t.app.inject({ method: 'POST', url: '/api/signals/rules', headers: as(admin), payload: { code: 'mps-racism-2-in-2-years', forceId: 'MPS', name: 'Racism x2', severity: 'high', reason: 'Casey', definition } });
    expect(own.statusCode, own.body).toBe(201);
    expect((own.json() as TRule).description).toBe('2 or more allegations tagged racism in 24 months');
  });

  it('changes a rule as a new version without losing alerts or their dispositions', async () => {
    const p = await person();
    await allege(p.id, addMonths(today, -4), ['racism']);
    await allege(p.id, addMonths(today, -2), ['racism']);
    const [alert] = (await alertsOf(p.id)).filter((a) => a.code === 'mps-racism-2-in-2-years');
    expect(alert).toBeDefined();
    await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${alert?.id}/disposition`, headers: as(aa), payload: { version: 1, disposition: 'refer_to_psd', reason: 'Referred for assessment' } });
    const changed = await t.app.inject({ method: 'PUT', url: '/api/signals/rules/mps-racism-2-in-2-years', headers: as(admin), payload: { name: 'Racism x3', severity: 'high', reason: 'Too noisy', definition: { ...definition, threshold: 3 } } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as TRule).version).toBe(2);
    await evaluateAll(t.database.db);
    const [after] = (await alertsOf(p.id)).filter((a) => a.code === 'mps-racism-2-in-2-years');
    expect(after).toMatchObject({ status: 'closed', disposition: 'refer_to_psd' });
    const [version] = await queryRows<{ rule_version: number }>(t.database.db, sql`select rule_version from signal_alert where id = ${alert?.id}`);
    expect(version?.rule_version).toBe(1);
  });
});

describe('fairness monitor', () => {
  it('shows open-alert rates by ethnicity with the relative rate index against White, from the register', async () => {
    const rule = (await queryRows<{ id: string }>(t.database.db, sql`select id from signal_rule where code = 'any-3-in-12-months'`))[0]?.id;
    const plant = async (ethnicity: string, people: number, alerted: number) => {
      for (let i = 0; i < people; i++) {
        const p = await person('GMP');
        await t.database.db.execute(sql`insert into person_characteristic (person_id, ethnicity) values (${p.id}, ${ethnicity})`);
        if (i < alerted) {
          await t.database.db.execute(sql`insert into signal_alert (person_id, rule_id, rule_version, force_id, status, severity, evidence, explanation)
            values (${p.id}, ${rule}, 1, 'GMP', 'open', 'medium', '{"allegationIds":[],"listEntryIds":[],"value":0}'::jsonb, 'planted')`);
        }
      }
    };
    await plant('white', 30, 6);
    await plant('black', 20, 8);
    const auditor = await t.loginAs('auditor');
    const res = await t.app.inject({ method: 'GET', url: '/api/signals/fairness?forceId=GMP', headers: as(auditor) });
    expect(res.statusCode, res.body).toBe(200);
    const ethnicity = (res.json() as { measures: { measure: string; dimension: string; rows: { group: string; people: number | null; events: number | null; rri: { value: number } | null }[] }[] })
      .measures.find((m) => m.measure === 'open_alert' && m.dimension === 'ethnicity');
    const black = ethnicity?.rows.find((r) => r.group === 'black');
    expect(black).toMatchObject({ people: 20, events: 8 });
    // (8 / 20) / (6 / 30) = 2.0
    expect(black?.rri?.value).toBeCloseTo(2, 6);
    expect(JSON.stringify(res.json())).not.toContain('Subject');
  });
});
