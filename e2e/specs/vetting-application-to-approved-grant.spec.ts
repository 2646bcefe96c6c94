// Journey: a vetting application from opening to an approved grant with conditions. A vetting officer opens a
// Recruitment Vetting application for a person on the demo register: the professional-standards history and the
// Barred and Advisory Lists come filled in from Warrant's own records; the officer records every other check (the
// financial check adverse), adds the adverse item, and decides "granted with conditions" through check your
// answers. Because there is adverse information the grant waits; a vetting manager, a different user in the same
// force, approves it, and the application shows Granted with its conditions. Every page is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPerson } from '../../shared/contracts.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { PersonPage } from '../pages/person.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { VettingApplicationOpenPage } from '../pages/vetting-application-open.page.js';
import { VettingApplicationPage } from '../pages/vetting-application.page.js';
import { VettingCheckAnswersPage } from '../pages/vetting-check-answers.page.js';
import { VettingFormPage } from '../pages/vetting-form.page.js';
import { VettingHomePage } from '../pages/vetting-home.page.js';
import { longDate, todayInEngland } from '../support/dates.js';

// The first person of the demo register (server/modules/demo/demo-seed.ts gives them a fixed id).
const PERSON_ID = '00000000-0000-4000-8000-000000000001';
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The checks a Recruitment Vetting officer types in; the other two are Warrant's own.
const TYPED_CHECKS = [
  'Police National Computer (PNC)',
  'Police National Database (PND)',
  'Force intelligence systems',
  'Financial and credit check',
  'Family and associates',
  'Previous employers and forces',
  'Identity and address history',
  'Social media and open source',
];
const ADVERSE_CHECK = 'Financial and credit check';

describe('a vetting application from opening to an approved grant with conditions', () => {
  const journey = useJourney();
  let officer: Page;
  let manager: Page;
  let person: TPerson;
  let personName: string;
  let applicationUrl: string;
  let reference: string;
  const today = todayInEngland();
  const conditionsReviewOn = addDays(today, 182);

  beforeAll(async () => {
    officer = journey.session.page;
    manager = await journey.session.openAnotherUser();
    const api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['vetting_officer']));
    try {
      person = await api.get<TPerson>(`/api/people/${PERSON_ID}`);
      // The prefilled professional-standards check is clear only for someone with no case in any force.
      const cases = await api.get<{ items: unknown[] }>(`/api/people/${PERSON_ID}/cases`);
      expect(cases.items, 'the journey needs a demo person with no complaint or conduct case').toEqual([]);
    } finally {
      await api.close();
    }
    // The two users must be in the same force, and the manager is not the officer.
    const officerLogin = findDemoLogin(journey.server, ['vetting_officer']);
    const managerLogin = findDemoLogin(journey.server, ['vetting_manager']);
    expect([officerLogin.forceId, managerLogin.forceId]).toEqual(['MPS', 'MPS']);
    expect(officerLogin.email).not.toBe(managerLogin.email);
  });

  async function openTaskPage(page: Page, task: string, title = task): Promise<VettingFormPage> {
    const application = await VettingApplicationPage.verifyOnPage(page);
    await application.openTask(task);
    const form = await VettingFormPage.verifyOnPage(page, title);
    await expectNoSeriousA11yViolations(page);
    return form;
  }

  it('the vetting officer opens an application, with the prefilled checks already answered', async () => {
    const signIn = await SignInPage.open(officer);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['vetting_officer']));
    await header.goTo('Vetting');
    const home = await VettingHomePage.verifyOnPage(officer);
    await expectNoSeriousA11yViolations(officer);
    await home.openApplicationButton.click();
    const open = await VettingApplicationOpenPage.verifyOnPage(officer);
    await expectNoSeriousA11yViolations(officer);

    await open.press('Open the application');
    expect(await open.errorSummary.messages()).toEqual(['Search for and select the person being vetted', 'Select the vetting level', 'Select the kind of application']);
    expect(await open.errorSummary.isFocused()).toBe(true);
    expect(await officer.title()).toMatch(/^Error: Open a vetting application/);
    await expectNoSeriousA11yViolations(officer);

    personName = await open.choosePerson(`${person.givenNames} ${person.familyName}`, longDate(person.dateOfBirth ?? ''));
    expect(personName).toBe(`${person.givenNames} ${person.familyName}`);
    await expectNoSeriousA11yViolations(officer);
    await open.choose('Vetting level', 'Recruitment Vetting (RV)');
    await open.choose('Kind of application', 'New joiner');
    await open.press('Open the application');

    const application = await VettingApplicationPage.verifyOnPage(officer);
    reference = await application.reference();
    // The demo data has vetting applications of its own, so the number is the next one, not necessarily the first.
    expect(reference).toMatch(new RegExp(`^MPS-V-${today.slice(0, 4)}-\\d{6}$`));
    expect(await application.successMessage()).toBe(`Application ${reference} opened`);
    applicationUrl = new URL(officer.url()).pathname;
    expect(await application.summaryValue('Person')).toBe(personName);
    expect(await application.summaryValue('Level')).toBe('Recruitment Vetting (RV)');
    expect(await application.summaryValue('State')).toBe('Checks in progress');
    expect(await application.taskStatuses()).toEqual({
      'Police National Computer (PNC)': 'Not started',
      'Police National Database (PND)': 'Not started',
      'Force intelligence systems': 'Not started',
      'Professional-standards history (all forces)': 'Clear',
      'Barred and Advisory Lists': 'Clear',
      'Financial and credit check': 'Not started',
      'Family and associates': 'Not started',
      'Previous employers and forces': 'Not started',
      'Identity and address history': 'Not started',
      'Social media and open source': 'Not started',
      'Adverse information': 'None recorded',
      Decision: 'Cannot start yet',
    });
    // Warrant's own checks cannot be typed in, and the decision says why it cannot start.
    expect(await application.taskLinks()).toEqual([...TYPED_CHECKS, 'Adverse information']);
    expect(await application.taskHint('Professional-standards history (all forces)')).toBe('Filled in from Warrant’s records in every force: No complaint or conduct case in any force.');
    expect(await application.taskHint('Decision')).toMatch(/^Record a result for every required check\. Still to do: Police National Computer \(PNC\); Police National Database \(PND\);/);
    await expectNoSeriousA11yViolations(officer);
  });

  it('records every check, the financial check adverse', async () => {
    const first = await openTaskPage(officer, TYPED_CHECKS[0] ?? '');
    await first.press('Save the result');
    expect(await first.errorSummary.messages()).toEqual(['Select the result of the check']);
    await expectNoSeriousA11yViolations(officer);
    // "Could not complete" reveals the question why.
    expect(await first.isVisible('Why could the check not be completed?')).toBe(false);
    await first.choose('What did the check find?', 'Could not complete');
    expect(await first.isVisible('Why could the check not be completed?')).toBe(true);
    await first.choose('What did the check find?', 'Clear');
    await first.fillText('Notes (optional)', 'No trace');
    await first.press('Save the result');
    let application = await VettingApplicationPage.verifyOnPage(officer);
    expect(await application.successMessage()).toBe('Police National Computer (PNC): clear');

    for (const check of TYPED_CHECKS.slice(1)) {
      const form = await openTaskPage(officer, check);
      const isAdverse = check === ADVERSE_CHECK;
      await form.choose('What did the check find?', isAdverse ? 'Adverse' : 'Clear');
      if (isAdverse) await form.fillText('Notes (optional)', 'County court judgment in 2019, satisfied in 2021');
      await form.press('Save the result');
      application = await VettingApplicationPage.verifyOnPage(officer);
      expect(await application.successMessage()).toBe(`${check}: ${isAdverse ? 'adverse' : 'clear'}`);
    }

    // The adverse check asks for its adverse information; the decision can now start.
    expect(await application.taskStatuses()).toEqual({
      'Police National Computer (PNC)': 'Clear',
      'Police National Database (PND)': 'Clear',
      'Force intelligence systems': 'Clear',
      'Professional-standards history (all forces)': 'Clear',
      'Barred and Advisory Lists': 'Clear',
      'Financial and credit check': 'Adverse',
      'Family and associates': 'Clear',
      'Previous employers and forces': 'Clear',
      'Identity and address history': 'Clear',
      'Social media and open source': 'Clear',
      'Adverse information': 'Not started',
      Decision: 'Not started',
    });
    expect(await application.taskHint(ADVERSE_CHECK)).toBe('County court judgment in 2019, satisfied in 2021. Recorded by Demo vetting officer');
    await expectNoSeriousA11yViolations(officer);
  });

  it('adds the adverse information the financial check found', async () => {
    const form = await openTaskPage(officer, 'Adverse information', 'Add adverse information');
    await form.select('Category', 'Financial');
    await form.choose('Did it lead to a conviction or a caution?', 'Neither a conviction nor a caution');
    await form.fillDate('When did it happen? (optional)', '2019-03-01');
    await form.fillText('Source', 'Credit reference agency');
    await form.fillText('Description', 'County court judgment for £4,200, satisfied in 2021');
    await form.press('Add the item');

    const application = await VettingApplicationPage.verifyOnPage(officer);
    expect(await application.successMessage()).toBe('Adverse information added: financial');
    expect((await application.taskStatuses())['Adverse information']).toBe('1 item');
    await officer.getByRole('main').getByRole('heading', { level: 3, name: 'Adverse item 1: Financial', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(officer);
  });

  it('decides "granted with conditions", checking the answers before recording them', async () => {
    const form = await openTaskPage(officer, 'Decision', 'Record the decision');
    await form.press('Continue');
    expect(await form.errorSummary.messages()).toEqual(['Enter how you weighed adverse item 1 (financial)', 'Select the decision', 'Enter the reasons for your decision']);
    await expectNoSeriousA11yViolations(officer);

    await form.fillText('How did you weigh adverse item 1 (financial)?', 'Satisfied judgment, disclosed by the applicant, no other debt');
    expect(await form.isVisible('Risk-mitigation conditions')).toBe(false);
    await form.choose('What is your decision?', 'Granted with risk-mitigation conditions');
    await form.fillText('Risk-mitigation conditions', 'Annual financial declaration\nNotify any new county court judgment within 7 days');
    await form.fillDate('Date the conditions are reviewed', conditionsReviewOn);
    await form.fillText('Rationale', 'Low risk once disclosed');
    await expectNoSeriousA11yViolations(officer);
    await form.press('Continue');

    let check = await VettingCheckAnswersPage.verifyOnPage(officer);
    await expectNoSeriousA11yViolations(officer);
    expect(await check.answers()).toEqual({
      Decision: 'Granted with risk-mitigation conditions',
      Conditions: 'Annual financial declaration\nNotify any new county court judgment within 7 days',
      'Conditions reviewed on': longDate(conditionsReviewOn),
      'Adverse item 1: Financial': 'Satisfied judgment, disclosed by the applicant, no other debt',
      Rationale: 'Low risk once disclosed',
      'Date decided': longDate(today),
    });
    expect(await check.whatHappensNext()).toBe('Because there is adverse information, the grant takes effect only when a vetting manager who did not make this decision approves it.');

    // "Change" goes back to the form with every answer kept.
    await check.change('the rationale');
    const again = await VettingFormPage.verifyOnPage(officer, 'Record the decision');
    expect(await again.textValue('Rationale')).toBe('Low risk once disclosed');
    expect(await again.textValue('How did you weigh adverse item 1 (financial)?')).toBe('Satisfied judgment, disclosed by the applicant, no other debt');
    expect(await again.isVisible('Risk-mitigation conditions')).toBe(true);
    await again.fillText('Rationale', 'Low risk once disclosed; the conditions cover the remaining financial risk');
    await again.press('Continue');
    check = await VettingCheckAnswersPage.verifyOnPage(officer);
    expect((await check.answers()).Rationale).toBe('Low risk once disclosed; the conditions cover the remaining financial risk');
    await check.record();

    const application = await VettingApplicationPage.verifyOnPage(officer);
    expect(await application.successMessage()).toBe('Decision recorded: granted with risk-mitigation conditions, waiting for a second approval');
    expect(await application.summaryValue('State')).toBe('Awaiting second approval');
    expect(await application.decisionValue('Second approval')).toBe('Waiting for a vetting manager other than Demo vetting officer');
    expect((await application.taskStatuses()).Decision).toBe('Awaiting second approval');
    // The decider cannot approve their own grant: no such step is offered.
    expect(await application.steps()).toEqual([]);
    expect(await application.taskLinks()).toEqual([]);
    await expectNoSeriousA11yViolations(officer);
  });

  it('a different user, the vetting manager, approves the grant, and the application shows it granted with its conditions', async () => {
    const signIn = await SignInPage.open(manager);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['vetting_manager']));
    await header.goTo('Vetting');
    const home = await VettingHomePage.verifyOnPage(manager);
    expect((await home.applicationRows()).filter((row) => row.reference === reference)).toEqual([{ reference, person: personName, state: 'Awaiting second approval' }]);
    await expectNoSeriousA11yViolations(manager);
    await home.openApplication(reference);

    let application = await VettingApplicationPage.verifyOnPage(manager);
    expect(new URL(manager.url()).pathname).toBe(applicationUrl);
    expect(await application.steps()).toEqual(['Give the second approval']);
    await expectNoSeriousA11yViolations(manager);
    await application.takeStep('Give the second approval');

    const approval = await VettingFormPage.verifyOnPage(manager, 'Second approval');
    await expectNoSeriousA11yViolations(manager);
    await approval.press('Save your decision');
    expect(await approval.errorSummary.messages()).toEqual(['Select whether you approve the grant', 'Enter the reasons for your approval']);
    await expectNoSeriousA11yViolations(manager);
    await approval.choose('Do you approve the decision: granted with risk-mitigation conditions?', 'Approve the grant');
    await approval.fillText('Rationale', 'Agree: the conditions are proportionate');
    await approval.press('Save your decision');

    application = await VettingApplicationPage.verifyOnPage(manager);
    expect(await application.successMessage()).toBe('Grant approved: clearance RV granted');
    expect(await application.summaryValue('State')).toBe('Granted');
    expect(await application.decisionValue('Outcome')).toBe('Granted with risk-mitigation conditions');
    expect(await application.decisionValue('Decided by')).toBe(`Demo vetting officer on ${longDate(today)}`);
    expect(await application.conditions()).toEqual(['Annual financial declaration', 'Notify any new county court judgment within 7 days']);
    expect(await application.decisionValue('Conditions reviewed on')).toBe(longDate(conditionsReviewOn));
    expect(await application.decisionValue('Second approval')).toBe(`Approved by Demo vetting manager on ${longDate(today)}`);
    expect((await application.taskStatuses()).Decision).toBe('Granted');
    expect((await application.timelineTitles()).slice(0, 3)).toEqual(['Second approval given', 'Decision recorded', 'Adverse information added']);
    await expectNoSeriousA11yViolations(manager);

    // The person's page now shows the clearance, with its conditions, in the vetting panel.
    await application.openPerson(personName);
    await PersonPage.verifyOnPage(manager);
    const panel = manager.getByRole('main').getByRole('region', { name: 'Vetting', exact: true });
    const clearance = (await panel.getByRole('table', { name: 'Vetting clearances' }).getByRole('row').nth(1).getByRole('cell').allInnerTexts()).map((text) => text.trim());
    // Recruitment Vetting is valid for 10 years.
    const expires = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;
    expect(clearance).toEqual(['RV', 'MPS', longDate(today), longDate(expires), 'Active', 'Annual financial declaration\nNotify any new county court judgment within 7 days']);
    await expectNoSeriousA11yViolations(manager);
  });
});
