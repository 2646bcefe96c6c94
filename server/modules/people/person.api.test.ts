// Person register search and the person page, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPerson, TPersonSearchResult } from '../../../shared/contracts.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, type Session, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let psd: Session;
beforeAll(async () => {
  t = await createTestApp();
  psd = await t.loginAs('psd_investigator');
});
afterAll(() => t.close());

async function search(query: string, session = psd): Promise<TPersonSearchResult> {
  const res = await t.app.inject({ method: 'GET', url: `/api/people?${query}`, headers: as(session) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TPersonSearchResult;
}

describe('person search', () => {
  it('matches names regardless of case, accents and punctuation, on partial words', async () => {
    for (const q of ['zoe', 'ZOË', 'obrien', "o'brien smith", 'brien-smi', 'zo smith']) {
      const result = await search(`name=${encodeURIComponent(q)}`);
      expect(result.items.map((p) => p.id), q).toEqual([t.people.inForce.id]);
    }
  });

  it('finds people by a previous name and says which name matched', async () => {
    const result = await search('name=kowalski');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ id: t.people.inForce.id, familyName: "O'Brien-Smith", matchedName: 'Zoë Kowalski' });
  });

  it('requires every word to match the same name', async () => {
    expect((await search('name=zoe%20adeyemi')).total).toBe(0);
  });

  it('searches by date of birth, collar number (any case) and force', async () => {
    expect((await search('dateOfBirth=1979-11-02')).items.map((p) => p.familyName)).toEqual(['Adeyemi']);
    expect((await search('collarNumber=mp4411')).items.map((p) => p.familyName)).toEqual(["O'Brien-Smith"]);
    const wmp = await search('forceId=WMP');
    expect(wmp.items.map((p) => p.id)).toEqual([t.people.outOfForce.id]);
    expect(wmp.items[0]).toMatchObject({ currentForceId: 'WMP', currentForceName: 'West Midlands Police', collarNumbers: ['WM2210'] });
  });

  it('refuses a name query with no letters instead of matching everyone', async () => {
    for (const q of ['%25%25', '__', '-.']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/people?name=${q}`, headers: as(psd) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ errors: [{ path: 'name' }] });
    }
  });

  it('pages results with a total that counts every match', async () => {
    const hr = await t.loginAs('hr');
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(hr), payload: {
        givenNames: `Pat${i}`, familyName: 'Pager', sex: 'not_recorded', employment: { forceId: 'MPS', role: 'pcso', startDate: '2021-05-0' + (i + 1) },
      } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const page1 = await search('name=pager&pageSize=2&page=1');
    const page3 = await search('name=pager&pageSize=2&page=3');
    expect(page1.total).toBe(5);
    expect(page1.items.map((p) => p.givenNames)).toEqual(['Pat0', 'Pat1']);
    expect(page3.items.map((p) => p.givenNames)).toEqual(['Pat4']);
  });
});

describe('person page', () => {
  it('shows the career across forces and never protected characteristics', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/people/${t.people.inForce.id}`, headers: as(psd) });
    const person = res.json() as TPerson & Record<string, unknown>;
    expect(person.employments).toEqual([expect.objectContaining({ forceId: 'MPS', rank: 'Sergeant', collarNumber: 'MP4411', startDate: '2008-09-01', endDate: null })]);
    expect(person.names.map((n) => n.kind)).toEqual(['current', 'previous']);
    expect(Object.keys(person).sort()).toEqual(['addresses', 'dateOfBirth', 'employments', 'familyName', 'givenNames', 'id', 'leavingBlocked', 'linkedRecords', 'names', 'sex', 'version']);
    expect(res.body).not.toMatch(/ethnicity|white|black|asian/i);
  });
});

describe('address history', () => {
  const post = (session: Session, personId: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/people/${personId}/addresses`, headers: as(session), payload });

  it('records a move: the new current address ends the old one the day before, newest first', async () => {
    const hr = await t.loginAs('hr');
    const person = await (await t.app.inject({ method: 'POST', url: '/api/people', headers: as(hr), payload: {
      givenNames: 'Ada', familyName: 'Mover', sex: 'female', employment: { forceId: 'MPS', role: 'police_staff', startDate: '2019-01-07' },
    } })).json() as TPerson;
    expect((await post(hr, person.id, { postcode: 'xa12 3bd', fromDate: '2019-01-07', source: 'hr_record' })).statusCode).toBe(201);
    const moved = await post(hr, person.id, { postcode: ' XB4  7QZ ', fromDate: '2023-06-01', source: 'hr_record' });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((moved.json() as TPerson).addresses.map((a) => [a.postcode, a.fromDate, a.toDate, a.source])).toEqual([
      ['XB4 7QZ', '2023-06-01', null, 'hr_record'],
      ['XA12 3BD', '2019-01-07', '2023-05-31', 'hr_record'],
    ]);
    const audit = await queryRows<{ detail: Record<string, unknown> }>(t.database.db, sql`select detail from audit_event where entity_id = ${person.id} and action = 'person.record_address'`);
    expect(audit.map((a) => a.detail.current)).toEqual([true, true]);
    expect(JSON.stringify(audit)).not.toContain('XB4');
  });

  it('takes the history a vetting application declared from a vetting officer, not from HR', async () => {
    const vetting = await t.loginAs('vetting_officer');
    const declared = await post(vetting, t.people.inForce.id, { postcode: 'XC1 1AA', fromDate: '2001-03-01', toDate: '2008-08-31', source: 'vetting_declaration' });
    expect(declared.statusCode, declared.body).toBe(201);
    expect((declared.json() as TPerson).addresses).toContainEqual(expect.objectContaining({ postcode: 'XC1 1AA', toDate: '2008-08-31', source: 'vetting_declaration' }));
    expect((await post(vetting, t.people.inForce.id, { postcode: 'XC1 1AA', fromDate: '2009-01-01', source: 'hr_record' })).statusCode).toBe(403);
    expect((await post(await t.loginAs('hr'), t.people.inForce.id, { postcode: 'XC1 1AA', fromDate: '2001-03-01', source: 'vetting_declaration' })).statusCode).toBe(403);
  });

  it('refuses a postcode that is not one, dates out of order, and a current address older than the current one', async () => {
    const hr = await t.loginAs('hr');
    const id = t.people.inForce.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ postcode: 'not a postcode', fromDate: '2020-01-01', source: 'hr_record' }, 'postcode'],
      [{ postcode: 'XA1 1AA', fromDate: '2020-01-01', toDate: '2019-12-31', source: 'hr_record' }, 'toDate'],
      [{ postcode: 'XA1 1AA', fromDate: '2999-01-01', source: 'hr_record' }, 'fromDate'],
      [{ postcode: 'XA1 1AA', fromDate: '1900-01-01', source: 'hr_record' }, 'fromDate'],
    ];
    for (const [payload, field] of cases) {
      const res = await post(hr, id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json(), JSON.stringify(payload)).toMatchObject({ errors: [{ path: field }] });
    }
    expect((await post(hr, id, { postcode: 'XA1 1AA', fromDate: '2021-01-01', source: 'hr_record' })).statusCode).toBe(201);
    const older = await post(hr, id, { postcode: 'XA9 9AA', fromDate: '2020-01-01', source: 'hr_record' });
    expect(older.statusCode).toBe(400);
    expect(older.json()).toMatchObject({ errors: [{ path: 'fromDate' }] });
    const person = (await t.app.inject({ method: 'GET', url: `/api/people/${id}`, headers: as(hr) })).json() as TPerson;
    expect(person.addresses.filter((a) => a.source === 'hr_record').map((a) => a.postcode)).toEqual(['XA1 1AA']);
  });
});

describe('linked records', () => {
  it('shows a record confirmed to be the same person, and brings its cases into the history', async () => {
    const { sql } = await import('drizzle-orm');
    const inForce = t.people.inForce.id;
    const other = t.people.outOfForce.id;
    await t.database.db.execute(sql`insert into person_link (person_id, linked_person_id) values (${inForce}, ${other}), (${other}, ${inForce})`);
    const wmpAa = await (async () => {
      const { createUser } = await import('../users/user.service.js');
      const { cliContext } = await import('../../context.js');
      const { TEST_PASSWORD } = await import('../../testing/test-app.js');
      await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.link.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
      return t.login('aa.link.wmp@test.warrant');
    })();
    const made = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(wmpAa), payload: {
      forceId: 'WMP', source: 'conduct_matter', summary: 'Matter under the other record', receivedOn: '2025-02-03',
      subjects: [{ personId: other, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information', tags: [] }] }],
    } });
    expect(made.statusCode, made.body).toBe(201);
    const person = (await t.app.inject({ method: 'GET', url: `/api/people/${inForce}`, headers: as(psd) })).json() as TPerson;
    expect(person.linkedRecords.map((l) => [l.id, l.forceIds])).toEqual([[other, ['WMP']]]);
    const history = (await t.app.inject({ method: 'GET', url: `/api/people/${inForce}/cases`, headers: as(psd) })).json() as { items: { caseReference: string; forceId: string }[] };
    expect(history.items.some((i) => i.forceId === 'WMP' && i.caseReference.startsWith('WMP-2025-'))).toBe(true);
  });
});
