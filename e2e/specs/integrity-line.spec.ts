// Journey: the anonymous integrity line. A member of staff, not signed in, reads how the line keeps them anonymous,
// makes a report about their force and writes down the reference and passphrase shown once (a reload does not show
// them again). The force's counter-corruption handler finds the report, replies and marks it assessed. The reporter
// opens the report (a wrong passphrase is refused first), reads the reply and the new status, and answers; the
// handler sees the answer waiting, and makes a restricted case from the report about an officer chosen from the
// register. Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPerson } from '../../shared/contracts.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { useJourney } from '../support/journey.js';
import { findDemoLogin } from '../support/server.js';
import { goToSection } from '../pages/govuk-content.js';
import { IntegrityLineStartPage, ReportConfirmationPage, ReportOpenPage } from '../pages/integrity-line.page.js';
import { IntegrityReportPage, IntegrityReportsPage } from '../pages/integrity-reports.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

const WHAT_HAPPENED = 'A sergeant on my response team looks up his former partner on the intelligence system on most night shifts, and talks about where she has been.';
const HANDLER_REPLY = 'Thank you for telling us. Do you know roughly which nights, and from which terminal?';
const REPORTER_ANSWER = 'Mostly weekends, from the custody suite terminal.';

describe('the integrity line: an anonymous report, a reply and a status change', () => {
  const journey = useJourney();
  let reporter: Page;
  let handler: Page;
  let written: { reference: string; passphrase: string };
  let handlerReport: IntegrityReportPage;
  let sergeant: TPerson;

  beforeAll(async () => {
    reporter = journey.session.page;
    handler = await journey.session.openAnotherUser();
    const hr = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['hr']));
    try {
      sergeant = await hr.post<TPerson>('/api/people', {
        givenNames: 'Dorian', familyName: 'Lookup-Nightshift', sex: 'male', otherNames: [],
        employment: { forceId: 'MPS', role: 'police_officer', rank: 'Sergeant', collarNumber: 'MP7720', startDate: '2011-09-05' },
      });
    } finally {
      await hr.close();
    }
  });

  it('explains how the reporter stays anonymous, without asking them to sign in', async () => {
    const start = await IntegrityLineStartPage.open(reporter);
    const promises = await start.anonymityPromises();
    expect(promises).toContain('You do not sign in, and we do not ask for your name or contact details.');
    expect(promises.some((p) => p.includes('internet (IP) address'))).toBe(true);
    expect(await reporter.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(reporter);
  });

  it('makes a report, after saying what is missing, and shows the reference and passphrase once', async () => {
    const start = await IntegrityLineStartPage.verifyOnPage(reporter);
    const form = await start.startNow();
    await form.send();
    expect(await form.errorSummary.messages()).toEqual(['Select the police force your report is about', 'Select what your report is about', 'Enter what happened']);
    await expectNoSeriousA11yViolations(reporter);

    await form.fillIn({ force: 'Metropolitan Police Service', about: 'Misuse of police systems or information', whatHappened: WHAT_HAPPENED });
    await form.send();
    const confirmation = await ReportConfirmationPage.verifyOnPage(reporter);
    written = await confirmation.writeDown();
    expect(written.reference).toMatch(/^[23456789A-HJKMNP-Z]{10}$/);
    expect(written.passphrase).toMatch(/^([23456789A-HJKMNP-Z]{4}-){4}[23456789A-HJKMNP-Z]{4}$/);
    expect(await confirmation.warning()).toContain('This is the only time we show the passphrase');
    expect(reporter.url()).not.toContain(written.reference);
    await expectNoSeriousA11yViolations(reporter);

    // Shown once: the page does not survive a reload.
    await reporter.reload();
    await IntegrityLineStartPage.verifyOnPage(reporter);
    expect(await reporter.getByText(written.passphrase).count()).toBe(0);
  });

  it('reaches the counter-corruption handler of the force, who replies and marks it assessed', async () => {
    const signIn = await SignInPage.open(handler);
    await signIn.signIn(findDemoLogin(journey.server, ['counter_corruption']));
    await goToSection(handler, 'Integrity line');
    const list = await IntegrityReportsPage.verifyOnPage(handler);
    expect(await list.rowOf(written.reference)).toEqual([written.reference, expect.any(String), 'Misuse of police systems or information', 'Received', '0', 'None yet', 'None']);
    await expectNoSeriousA11yViolations(handler);

    handlerReport = await list.openReport(written.reference);
    expect(await handlerReport.whatTheReporterSaid()).toBe(WHAT_HAPPENED);
    expect(await handlerReport.summary()).toMatchObject({ Status: 'Received', Force: 'Metropolitan Police Service', Case: 'None' });
    await expectNoSeriousA11yViolations(handler);

    expect(await handlerReport.reply(HANDLER_REPLY)).toContain('Message sent');
    expect(await handler.getByRole('main').getByLabel('Message to the reporter').inputValue()).toBe('');
    expect(await handlerReport.changeStatus('Assessed')).toContain('Status changed to assessed');
    expect(await handlerReport.summary()).toMatchObject({ Status: 'Assessed' });
    const messages = await handlerReport.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body).toBe(HANDLER_REPLY);
    await expectNoSeriousA11yViolations(handler);
  });

  it('lets the reporter open the report with the passphrase alone, read the reply and the status, and answer', async () => {
    const open = await ReportOpenPage.open(reporter);
    await expectNoSeriousA11yViolations(reporter);
    await open.enter({ reference: written.reference, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect((await open.errorSummary.messages())[0]).toContain('The reference or the passphrase is not right');
    await expectNoSeriousA11yViolations(reporter);

    const thread = await open.openReport(written);
    expect(await thread.summary()).toMatchObject({ Status: 'Assessed', 'Sent to': 'Metropolitan Police Service', About: 'Misuse of police systems or information' });
    const messages = await thread.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.heading).toMatch(/^Counter-corruption unit, .* New$/);
    expect(messages[0]?.body).toBe(HANDLER_REPLY);
    expect(reporter.url()).toMatch(/\/integrity-line\/open$/);
    await expectNoSeriousA11yViolations(reporter);

    await thread.reply(REPORTER_ANSWER);
    expect(await reporter.getByRole('main').getByLabel('Send a message to the counter-corruption unit').inputValue()).toBe('');
    expect((await thread.messages()).map((m) => m.body)).toEqual([HANDLER_REPLY, REPORTER_ANSWER]);
    await expectNoSeriousA11yViolations(reporter);
    await thread.close();
    expect(await reporter.getByText(REPORTER_ANSWER).count()).toBe(0);
  });

  it('shows the handler the answer, waiting for a reply', async () => {
    await goToSection(handler, 'Integrity line');
    const list = await IntegrityReportsPage.verifyOnPage(handler);
    expect((await list.rowOf(written.reference))?.slice(3, 6)).toEqual(['Assessed', '2 Awaiting reply', 'Demo counter corruption']);
    const report = await list.openReport(written.reference);
    const messages = await report.messages();
    expect(messages.map((m) => m.body)).toEqual([HANDLER_REPLY, REPORTER_ANSWER]);
    expect(messages[1]?.heading).toMatch(/^Reporter, /);
    await expectNoSeriousA11yViolations(handler);
  });

  it('makes a restricted case from the report, about an officer chosen from the register', async () => {
    const report = await IntegrityReportPage.verifyOnPage(handler, written.reference);
    const form = await report.makeCase();
    expect(await form.isRestricted()).toBe(true);
    await expectNoSeriousA11yViolations(handler);
    await form.chooseSubject('Lookup-Nightshift', `${sergeant.givenNames} ${sergeant.familyName}`);
    await form.describeAllegation({ alleged: 'Searched for his former partner on police systems without a policing purpose', standard: 'Confidentiality', category: 'Access to and disclosure of information' });
    const after = await form.make(written.reference);
    const caseReference = (await after.summary()).Case ?? '';
    expect(caseReference).not.toBe('None');
    expect(await handler.getByRole('main').getByRole('link', { name: caseReference, exact: true }).getAttribute('href')).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    expect(await handler.getByRole('main').getByRole('link', { name: 'Make a case' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(handler);
  });
});
