// Public hearing notices on both databases: drafting from the register, the publication decision (refused without a
// rationale, withheld details with a reason), the public page by date (on its first day, gone after its last),
// withheld details never leaving the server, the outcome extending the period, withdrawal, locking and audit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THearingCandidates, THearingNotice, TPublicForceHearings, TPublicHearingForces } from '../../../shared/hearing-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { addDays, todayInEngland } from '../clock/working-days.js';
import { createPerson } from '../people/person.service.js';
import { createUser } from '../users/user.service.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';
import { plantHearingSubject } from './hearing-fixtures.js';
import { listPublicHearings } from './public-hearing.service.js';

const DAYS = 14;
const today = todayInEngland();
let t: TestApp;
let aa: Session;
let wmpAa: Session;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp({ WARRANT_HEARING_NOTICE_DAYS: String(DAYS) });
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
  aa = await t.loginAs('appropriate_authority');
  wmpAa = await t.login('aa.wmp@test.warrant');
});
afterAll(() => t.close());

async function officer(forceId = 'MPS', rank = 'Inspector') {
  counter += 1;
  return createPerson({ db: t.database.db, ctx: cliContext(), input: {
    givenNames: 'Hearing', familyName: `Officer${counter}x`, sex: 'male', otherNames: [],
    employment: { forceId, role: 'police_officer', rank, startDate: '2012-04-01' },
  } });
}

async function hearingFor(hearingOn: string, forceId = 'MPS') {
  const person = await officer(forceId);
  const planted = await plantHearingSubject(t.database.db, { forceId, personId: person.id, hearingOn });
  return { ...planted, person };
}

async function post<T>(session: Session, url: string, payload: unknown, status = 200): Promise<T> {
  const res = await t.app.inject({ method: 'POST', url, headers: as(session), payload: payload as Record<string, unknown> });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

async function draft(hearingOn: string, details: Partial<{ officerName: string; venue: string; allegationSummary: string }> = {}) {
  const h = await hearingFor(hearingOn);
  const notice = await post<THearingNotice>(aa, '/api/hearings/notices', {
    subjectId: h.subjectId, officerName: details.officerName ?? `PC ${h.person.givenNames} ${h.person.familyName}`, rank: 'Inspector',
    allegationSummary: details.allegationSummary ?? 'It is alleged that the officer used excessive force during an arrest.', hearingOn,
    venue: details.venue ?? 'Lambeth HQ, 109 Lambeth Road, London',
  }, 201);
  return { ...h, notice };
}

const publish = (notice: THearingNotice, body: Record<string, unknown> = {}, status = 200) =>
  post<THearingNotice>(aa, `/api/hearings/notices/${notice.id}/publication`, { version: notice.version, rationale: 'Hearings are held in public (reg. 36).', ...body }, status);

async function publicPage(forceId = 'MPS') {
  const res = await t.app.inject({ method: 'GET', url: `/api/public/forces/${forceId}/hearings` });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, page: res.json() as TPublicForceHearings };
}

describe('drafting a notice', () => {
  it('lists the force’s arranged hearings pre-filled from the register, and not another force’s', async () => {
    const mine = await hearingFor(addDays(today, 20));
    const theirs = await hearingFor(addDays(today, 20), 'WMP');
    const res = await t.app.inject({ method: 'GET', url: '/api/hearings/candidates', headers: as(aa) });
    const { items } = res.json() as THearingCandidates;
    const found = items.find((i) => i.subjectId === mine.subjectId);
    expect(found).toMatchObject({ officerName: `Hearing ${mine.person.familyName}`, rank: 'Inspector', hearingOn: addDays(today, 20), form: 'misconduct_hearing', noticeId: null });
    expect(found?.allegationSummary).toContain('Use of force');
    expect(items.some((i) => i.subjectId === theirs.subjectId)).toBe(false);
  });

  it('drafts a notice that is not public, and refuses a second one for the same hearing', async () => {
    const { notice, subjectId } = await draft(addDays(today, 10));
    expect(notice).toMatchObject({ status: 'draft', isOnPublicPage: false, version: 1, defaultPublishUntil: addDays(today, 10 + DAYS), noticeDaysAfter: DAYS });
    expect(notice.history.map((h) => h.action)).toEqual(['drafted']);
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(false);
    const again = await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers: as(aa), payload: { subjectId, officerName: 'x', allegationSummary: 'x', hearingOn: today, venue: 'x' } });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a notice for a subject with no hearing, and hides other forces’ and restricted cases (404)', async () => {
    const person = await officer();
    const noHearing = await plantHearingSubject(t.database.db, { forceId: 'MPS', personId: person.id, hearingOn: today });
    await t.database.db.execute(sql`update case_subject set proceedings_form = 'misconduct_meeting' where id = ${noHearing.subjectId}`);
    const payload = (subjectId: string) => ({ subjectId, officerName: 'x', allegationSummary: 'x', hearingOn: today, venue: 'x' });
    expect((await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers: as(aa), payload: payload(noHearing.subjectId) })).statusCode).toBe(409);
    const wmp = await hearingFor(today, 'WMP');
    expect((await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers: as(aa), payload: payload(wmp.subjectId) })).statusCode).toBe(404);
    const restricted = await plantHearingSubject(t.database.db, { forceId: 'MPS', personId: person.id, hearingOn: today, restricted: true });
    expect((await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers: as(aa), payload: payload(restricted.subjectId) })).statusCode).toBe(404);
    // An id that exists nowhere gets the same answer as one out of reach.
    expect((await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers: as(aa), payload: payload('00000000-0000-4000-8000-00000000dead') })).statusCode).toBe(404);
  });

  it('changes a draft at the version read, and refuses a stale one', async () => {
    const { notice } = await draft(addDays(today, 10));
    const body = { officerName: 'PC A Changed', rank: null, allegationSummary: 'Changed', hearingOn: addDays(today, 11), venue: 'Changed venue' };
    const changed = (await t.app.inject({ method: 'PUT', url: `/api/hearings/notices/${notice.id}`, headers: as(aa), payload: { version: 1, ...body } })).json() as THearingNotice;
    expect(changed).toMatchObject({ version: 2, officerName: 'PC A Changed', rank: null, hearingOn: addDays(today, 11) });
    const stale = await t.app.inject({ method: 'PUT', url: `/api/hearings/notices/${notice.id}`, headers: as(aa), payload: { version: 1, ...body } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STALE_VERSION', errors: [{ path: 'version', message: 'current version is 2' }] });
  });
});

describe('the publication decision', () => {
  it('is refused without a rationale, and the notice stays off the public page', async () => {
    const { notice } = await draft(today);
    const missing = await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${notice.id}/publication`, headers: as(aa), payload: { version: notice.version } });
    expect(missing.statusCode).toBe(400);
    expect((missing.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('rationale');
    const blank = await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${notice.id}/publication`, headers: as(aa), payload: { version: notice.version, rationale: '   ' } });
    expect(blank.statusCode).toBe(400);
    const [row] = await queryRows<{ status: string }>(t.database.db, sql`select status from hearing_notice where id = ${notice.id}`);
    expect(row?.status).toBe('draft');
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(false);
  });

  it('needs a reason to withhold a detail', async () => {
    const { notice } = await draft(today);
    const res = await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${notice.id}/publication`, headers: as(aa), payload: { version: notice.version, rationale: 'r', withheldFields: ['officerName'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'withheldReason' }] });
  });

  it('publishes with withheld details that never leave the server on the public API', async () => {
    const venue = 'Room 4, Empress State Building';
    const { notice } = await draft(addDays(today, 7), { officerName: 'PC Withheld Name', venue });
    const published = await publish(notice, { withheldFields: ['officerName', 'venue'], withheldReason: 'To protect the complainant, who shares the officer’s surname' });
    expect(published).toMatchObject({ status: 'published', isOnPublicPage: true, publishFrom: today, publishUntil: addDays(today, 7 + DAYS), withheldFields: ['officerName', 'venue'] });
    const { body, page } = await publicPage();
    const shown = page.notices.find((n) => n.id === notice.id);
    expect(shown).toMatchObject({ officerName: null, venue: null, rank: 'Inspector', withheld: ['officerName', 'venue'], hearingOn: addDays(today, 7), availableUntil: addDays(today, 7 + DAYS) });
    expect(body).not.toContain('PC Withheld Name');
    expect(body).not.toContain(venue);
    expect(body).not.toContain('protect the complainant');
    expect(body).not.toContain('reg. 36');
  });

  it('refuses a period that starts in the past or ends before the hearing', async () => {
    const { notice } = await draft(addDays(today, 5));
    expect((await publish(notice, { publishFrom: addDays(today, -1) }, 400) as unknown as { errors: { path: string }[] }).errors[0]?.path).toBe('publishFrom');
    expect((await publish(notice, { publishUntil: addDays(today, 4) }, 400) as unknown as { errors: { path: string }[] }).errors[0]?.path).toBe('publishUntil');
  });
});

describe('the public page', () => {
  it('shows a notice on the first day of its period, and not after the last', async () => {
    const { notice } = await draft(today);
    await publish(notice, { publishFrom: today, publishUntil: today });
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(true);
    const tomorrow = await listPublicHearings({ db: t.database.db, forceId: 'MPS', today: addDays(today, 1) });
    expect(tomorrow.notices.some((n) => n.id === notice.id)).toBe(false);
  });

  it('does not show a notice before its first day', async () => {
    const { notice } = await draft(addDays(today, 3));
    await publish(notice, { publishFrom: addDays(today, 1) });
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(false);
    const tomorrow = await listPublicHearings({ db: t.database.db, forceId: 'MPS', today: addDays(today, 1) });
    expect(tomorrow.notices.some((n) => n.id === notice.id)).toBe(true);
  });

  it('drops a notice whose period has ended without anything being run', async () => {
    const { notice } = await draft(today);
    await publish(notice);
    await t.database.db.execute(sql`update hearing_notice set publish_from = ${addDays(today, -30)}, publish_until = ${addDays(today, -1)} where id = ${notice.id}`);
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(false);
  });

  it('lists forces with how many notices each shows today, and answers 404 for an unknown force', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/hearings' });
    const { forces } = res.json() as TPublicHearingForces;
    const mps = forces.find((f) => f.id === 'MPS');
    expect(mps?.notices).toBe((await publicPage()).page.notices.length);
    expect(forces.find((f) => f.id === 'GMP')?.notices).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/forces/NOPE/hearings' })).statusCode).toBe(404);
  });

  it('keeps each force’s notices on its own page', async () => {
    const wmp = await hearingFor(today, 'WMP');
    const created = await post<THearingNotice>(wmpAa, '/api/hearings/notices', { subjectId: wmp.subjectId, officerName: 'PC West Midlands', allegationSummary: 'x', hearingOn: today, venue: 'Lloyd House' }, 201);
    await post(wmpAa, `/api/hearings/notices/${created.id}/publication`, { version: 1, rationale: 'Public hearing' });
    expect((await publicPage('WMP')).page.notices.map((n) => n.officerName)).toContain('PC West Midlands');
    expect((await publicPage('MPS')).body).not.toContain('PC West Midlands');
    expect((await t.app.inject({ method: 'GET', url: `/api/hearings/notices/${created.id}`, headers: as(aa) })).statusCode).toBe(404);
  });
});

describe('after the hearing', () => {
  it('adds the outcome, which extends the period, and the public page shows it', async () => {
    const hearingOn = addDays(today, -3);
    const { notice } = await draft(hearingOn);
    // Published late (after the hearing), as a notice with its outcome to come.
    const published = await publish(notice);
    expect(published.publishUntil).toBe(addDays(hearingOn, DAYS));
    const withOutcome = await post<THearingNotice>(aa, `/api/hearings/notices/${notice.id}/outcome`, { version: published.version, outcomeSummary: 'Gross misconduct proven. Dismissed without notice.', outcomeOn: today });
    expect(withOutcome).toMatchObject({ outcomeOn: today, publishUntil: addDays(today, DAYS) });
    expect((await publicPage()).page.notices.find((n) => n.id === notice.id)).toMatchObject({ outcomeSummary: 'Gross misconduct proven. Dismissed without notice.', outcomeOn: today });
    expect((await listPublicHearings({ db: t.database.db, forceId: 'MPS', today: addDays(today, DAYS) })).notices.some((n) => n.id === notice.id)).toBe(true);
    expect((await listPublicHearings({ db: t.database.db, forceId: 'MPS', today: addDays(today, DAYS + 1) })).notices.some((n) => n.id === notice.id)).toBe(false);
  });

  it('refuses an outcome dated before the hearing or in the future', async () => {
    const { notice } = await draft(addDays(today, -2));
    const published = await publish(notice);
    const before = await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${notice.id}/outcome`, headers: as(aa), payload: { version: published.version, outcomeSummary: 'x', outcomeOn: addDays(today, -3) } });
    expect(before.json()).toMatchObject({ errors: [{ path: 'outcomeOn' }] });
    const future = await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${notice.id}/outcome`, headers: as(aa), payload: { version: published.version, outcomeSummary: 'x', outcomeOn: addDays(today, 1) } });
    expect(future.statusCode).toBe(400);
  });

  it('withdraws a notice with its reason: it leaves the public page at once, and the history keeps the reason', async () => {
    const { notice } = await draft(addDays(today, 4));
    const published = await publish(notice);
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(true);
    const withdrawn = await post<THearingNotice>(aa, `/api/hearings/notices/${notice.id}/withdrawal`, { version: published.version, reason: 'The hearing was adjourned by the chair' });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.history.map((h) => [h.action, h.note])).toEqual([
      ['drafted', null], ['published', 'Hearings are held in public (reg. 36).'], ['withdrawn', 'The hearing was adjourned by the chair'],
    ]);
    expect((await publicPage()).page.notices.some((n) => n.id === notice.id)).toBe(false);
    const edit = await t.app.inject({ method: 'PUT', url: `/api/hearings/notices/${notice.id}`, headers: as(aa), payload: { version: withdrawn.version, officerName: 'x', allegationSummary: 'x', hearingOn: today, venue: 'x' } });
    expect(edit.statusCode).toBe(409);
  });

  it('audits every step and every staff read, in the same transaction as the change', async () => {
    const { notice } = await draft(addDays(today, 4));
    await t.app.inject({ method: 'GET', url: `/api/hearings/notices/${notice.id}`, headers: as(aa) });
    await publish(notice);
    const events = await queryRows<{ action: string; force_id: string }>(t.database.db, sql`select action, force_id from audit_event where entity_type = 'hearing_notice' and entity_id = ${notice.id} order by seq`);
    expect(events.map((e) => e.action)).toEqual(['hearing.notice.draft', 'hearing.notice.read', 'hearing.notice.publish']);
    expect(new Set(events.map((e) => e.force_id))).toEqual(new Set(['MPS']));
  });
});
