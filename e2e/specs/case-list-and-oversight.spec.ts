// Journey: finding cases. Two cases are set up through the API: a conduct matter tagged misogyny and a public
// complaint tagged racism. Counter-corruption records a restricted case through the intake form and sees it in
// the list. The appropriate authority suspends the first subject with a review date already past (so that case is
// overdue), records the complainant's request for a review on the second, filters the list by tag and by overdue,
// reads the overdue and time-in-stage tables, and cannot see the restricted case, in the list or at its address
// (page not found: its existence must not leak). Every page on the way is checked with axe.
// The demo data holds other MPS cases, some restricted and some overdue (server/modules/demo), so the lists are
// narrowed by tag to find this journey's cases, and the oversight figures are compared with those before it began.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../shared/case-contracts.js';
import type { TPerson } from '../../shared/contracts.js';
import { createCaseThroughApi, signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { CaseCreatePage } from '../pages/case-create.page.js';
import { CaseDecisionPage } from '../pages/case-decision.page.js';
import { CaseListPage } from '../pages/case-list.page.js';
import { CaseOversightPage } from '../pages/case-oversight.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { StatusPage } from '../pages/status.page.js';

const personId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
type Oversight = {
  byForce: { forceId: string; open: number; overdue: number }[];
  byInvestigator: { investigatorId: string | null; open: number; overdue: number }[];
  timeInStage: { state: string; open: number }[];
};
const countOf = (heading: string): number => (heading === 'No cases found' ? 0 : Number(heading.replace(/[^\d]/g, '')));

describe('finding cases: filters, oversight and restricted cases', () => {
  const journey = useJourney();
  let counterCorruption: Page;
  let authority: Page;
  let overdueCase: TCase;
  let quietCase: TCase;
  let restrictedSubject: TPerson;
  let restrictedReference: string;
  let restrictedUrl: string;
  let before: Oversight;
  let casesSeenByCounterCorruption: number;
  let restrictedSeen: number;

  beforeAll(async () => {
    counterCorruption = journey.session.page;
    authority = await journey.session.openAnotherUser();

    const api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['appropriate_authority']));
    try {
      before = await api.get<Oversight>('/api/cases/overdue');
      const allegation = (tag: 'misogyny' | 'racism') => ({ description: `Messages showing ${tag}`, standard: 'discreditable_conduct' as const, iopcCategory: 'individual_behaviours' as const, tags: [tag] });
      overdueCase = await createCaseThroughApi(api, {
        forceId: 'MPS', source: 'conduct_matter', summary: 'Group chat messages', receivedOn: '2026-02-02', restricted: false, parties: [],
        subjects: [{ personId: personId(2), allegations: [allegation('misogyny')] }],
      });
      quietCase = await createCaseThroughApi(api, {
        forceId: 'MPS', source: 'public_complaint', summary: 'Remarks at a roadside stop', receivedOn: '2026-04-01', restricted: false,
        parties: [{ kind: 'complainant', name: 'Sam Complainant', email: 'sam@example.test', phone: null, accessibilityNeeds: null }],
        subjects: [{ personId: personId(3), allegations: [allegation('racism')] }],
      });
      restrictedSubject = await api.get<TPerson>(`/api/people/${personId(4)}`);
    } finally {
      await api.close();
    }
  });

  it('counter-corruption records a restricted case and sees it in the list', async () => {
    const signIn = await SignInPage.open(counterCorruption);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['counter_corruption']));
    await header.goTo('Cases');
    const list = await CaseListPage.verifyOnPage(counterCorruption);
    await list.recordButton.click();
    const intake = await CaseCreatePage.verifyOnPage(counterCorruption);
    await expectNoSeriousA11yViolations(counterCorruption);
    const { casePage } = await intake.record({
      source: 'Whistleblower',
      receivedOn: '2026-05-11',
      summary: 'A colleague reports payments from a tow-truck firm.',
      restricted: true,
      subject: { search: `${restrictedSubject.givenNames} ${restrictedSubject.familyName}` },
      allegations: [{ description: 'Took payments to pass on accident details', standard: 'Honesty and integrity', category: 'Abuse of position or corruption', tags: ['Corruption'] }],
    });
    restrictedReference = await casePage.reference();
    restrictedUrl = new URL(counterCorruption.url()).pathname;
    expect(await casePage.isRestricted()).toBe(true);
    expect(await casePage.summaryValue('Restricted')).toBe('Restricted to counter-corruption');
    await expectNoSeriousA11yViolations(counterCorruption);

    await header.goTo('Cases');
    const after = await CaseListPage.verifyOnPage(counterCorruption);
    casesSeenByCounterCorruption = countOf(await after.resultsHeading.innerText());
    await after.filter({ tag: 'Corruption' });
    const corruption = await after.references();
    expect(corruption).toContain(restrictedReference);
    restrictedSeen = corruption.filter((reference) => reference.includes('-R-')).length;
    await expectNoSeriousA11yViolations(counterCorruption);
  });

  it('the appropriate authority sees every case but the restricted one', async () => {
    const signIn = await SignInPage.open(authority);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['appropriate_authority']));
    await header.goTo('Cases');
    const list = await CaseListPage.verifyOnPage(authority);
    expect(countOf(await list.resultsHeading.innerText())).toBe(casesSeenByCounterCorruption - restrictedSeen);
    await expectNoSeriousA11yViolations(authority);
    await list.filter({ tag: 'Corruption' });
    expect(await list.resultsHeading.innerText()).toBe('No cases found');
  });

  it('suspends a subject, with a review date already past, and records a complainant’s request for a review', async () => {
    let casePage = await (await CaseListPage.open(authority, '?tag=misogyny')).openCase(overdueCase.reference);
    const subjectName = overdueCase.subjects[0]?.name ?? '';
    await casePage.takeStep(subjectName, 'Record a restriction');
    const restriction = await CaseDecisionPage.verifyOnPage(authority, 'Record a restriction');
    await expectNoSeriousA11yViolations(authority);
    await restriction.choose('Restriction', 'Suspension');
    await restriction.fillText('Conditions and reasons', 'Suspended while the messages are assessed.');
    await restriction.fillDate('Date decided', '2026-02-05');
    await restriction.fillDate('Review date', '2026-03-05');
    casePage = await restriction.save('Record restriction');
    expect(await casePage.successMessage()).toBe('Restriction recorded');
    await casePage.subject(subjectName).getByRole('cell', { name: 'Suspended while the messages are assessed.' }).waitFor();

    casePage = await (await CaseListPage.open(authority, '?tag=racism')).openCase(quietCase.reference);
    await casePage.followSummaryAction('Record a complainant review');
    const review = await CaseDecisionPage.verifyOnPage(authority, 'Record a complainant review');
    await expectNoSeriousA11yViolations(authority);
    await review.choose('Who was asked to review the handling?', 'IOPC');
    await review.fillDate('Date requested', '2026-05-04');
    casePage = await review.save('Record review');
    expect(await casePage.summaryValue('Complainant review')).toBe('Requested from the IOPC on 4 May 2026; not yet decided');
  });

  it('filters by thematic tag and by overdue, keeping the filters in the address', async () => {
    const list = await CaseListPage.open(authority);
    await list.filter({ tag: 'Misogyny' });
    expect(new URL(authority.url()).search).toBe('?tag=misogyny');
    expect(await list.references()).toContain(overdueCase.reference);
    expect(await list.references()).not.toContain(quietCase.reference);
    await expectNoSeriousA11yViolations(authority);

    await list.filter({ overdue: 'Overdue' });
    expect(new URL(authority.url()).search).toBe('?overdue=true');
    const rows = await list.rows();
    expect(rows.every((row) => row.nextDue.includes('Overdue'))).toBe(true);
    expect(rows.map((row) => row.reference)).not.toContain(quietCase.reference);
    const overdue = rows.find((row) => row.reference === overdueCase.reference);
    expect(overdue).toMatchObject({ reference: overdueCase.reference, tags: 'Misogyny', received: '2 February 2026' });
    expect(overdue?.nextDue.split('\n').map((line) => line.trim())).toEqual(['5 March 2026', 'Restriction review', 'Overdue']);
    expect(overdue?.subjects).toMatch(/Recorded$/);
    await expectNoSeriousA11yViolations(authority);

    await list.filter({ tag: 'Racism', overdue: 'Not overdue' });
    expect(new URL(authority.url()).search).toBe('?tag=racism&overdue=false');
    expect(await list.rows()).toContainEqual(expect.objectContaining({ reference: quietCase.reference, tags: 'Racism', nextDue: 'Nothing due' }));

    // The filters come back with the address.
    await authority.reload();
    const reloaded = await CaseListPage.verifyOnPage(authority);
    expect(await authority.getByRole('radio', { name: 'Not overdue', exact: true }).isChecked()).toBe(true);
    expect(await reloaded.references()).toContain(quietCase.reference);
    expect(await reloaded.references()).not.toContain(overdueCase.reference);
  });

  it('shows open and overdue cases by force and investigator, and time in stage', async () => {
    const list = await CaseListPage.verifyOnPage(authority);
    await list.oversightLink.click();
    const oversight = await CaseOversightPage.verifyOnPage(authority);
    // This journey's two cases, on top of the demo's: both open, one overdue, neither assigned to an investigator.
    const mps = before.byForce.find((row) => row.forceId === 'MPS') ?? { open: 0, overdue: 0 };
    expect(await oversight.table('By force')).toEqual([['Metropolitan Police Service', String(mps.open + 2), String(mps.overdue + 1)]]);
    const unassigned = before.byInvestigator.find((row) => row.investigatorId === null) ?? { open: 0, overdue: 0 };
    expect(await oversight.table('By investigator')).toContainEqual(['Not assigned', String(unassigned.open + 2), String(unassigned.overdue + 1)]);
    const stages = await oversight.table('Time in stage');
    const openBefore = (state: string) => before.timeInStage.find((row) => row.state === state)?.open ?? 0;
    expect(stages.map(([stage, open]) => [stage, open])).toEqual(expect.arrayContaining([['Logged', String(openBefore('logged') + 1)], ['Recorded', String(openBefore('recorded') + 1)]]));
    await expectNoSeriousA11yViolations(authority);
  });

  it('answers "Page not found" when the appropriate authority goes to the restricted case’s address', async () => {
    await authority.goto(restrictedUrl);
    await StatusPage.verifyNotFound(authority);
    await expectNoSeriousA11yViolations(authority);
  });

  it('counter-corruption still opens it', async () => {
    const list = await CaseListPage.open(counterCorruption, '?tag=corruption');
    expect(await list.references()).toContain(restrictedReference);
    const casePage = await list.openCase(restrictedReference);
    expect(await casePage.reference()).toBe(restrictedReference);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
