// Person register search and the person page, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPerson, TPersonSearchResult } from '../../../shared/contracts.js';
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
    expect(Object.keys(person).sort()).toEqual(['dateOfBirth', 'employments', 'familyName', 'givenNames', 'id', 'leavingBlocked', 'linkedRecords', 'names', 'sex', 'version']);
    expect(res.body).not.toMatch(/ethnicity|white|black|asian/i);
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
