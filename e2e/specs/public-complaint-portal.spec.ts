// Journey: a member of the public, not signed in, makes a complaint about an officer through the GOV.UK question
// pages (one question per page), changes an answer from check your answers, sends it and gets a reference. They
// check its progress with a code emailed to them: the system administrator reads it from the mail outbox, as a
// development install has no mail server. A PSD investigator of the force finds the complaint in intake, sees the
// script the complainant typed shown as text, and records it as a case. Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPerson } from '../../shared/contracts.js';
import { MINIMUM_FILL_SECONDS } from '../../shared/portal-vocabulary.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { CheckAnswersPage, ComplaintStartPage, QuestionPage, type ConfirmationPage } from '../pages/complaint-form.page.js';
import { ProgressCodePage, ProgressStartPage, ProgressStatusPage } from '../pages/complaint-progress.page.js';
import { goToSection } from '../pages/govuk-content.js';
import { IntakeListPage, OutboxPage } from '../pages/intake.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { longDate } from '../support/dates.js';

// The first person of the demo register (server/modules/demo/demo-seed.ts gives them a fixed id), serving in MPS.
const SUBJECT_ID = '00000000-0000-4000-8000-000000000001';
const EMAIL = 'sam.complainant@example.test';
const SCRIPT = '<script>window.__complaintScriptRan = true</script>';
const WHAT_HAPPENED = `The officer grabbed my arm and swore at me when I asked for their number.\nI am pasting what my friend texted me: ${SCRIPT}`;

describe('a member of the public makes a complaint and follows its progress', () => {
  const journey = useJourney();
  let citizen: Page;
  let reference: string;
  let subject: TPerson;

  beforeAll(async () => {
    citizen = journey.session.page;
    const api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['psd_investigator']));
    try {
      subject = await api.get<TPerson>(`/api/people/${SUBJECT_ID}`);
    } finally {
      await api.close();
    }
  });

  async function question(title: string): Promise<QuestionPage> {
    const page = await QuestionPage.verifyOnPage(citizen, title);
    await expectNoSeriousA11yViolations(citizen);
    return page;
  }

  it('answers one question per page without signing in, and is told what is missing', async () => {
    const start = await ComplaintStartPage.open(citizen);
    expect(await citizen.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(citizen);
    await start.startButton.click();
    const formOpenedAt = Date.now();

    const force = await question('Which police force is your complaint about?');
    expect(await force.continueWithErrors()).toEqual(['Select the police force, or select that you do not know']);
    expect(await citizen.title()).toMatch(/^Error: Which police force/);
    await expectNoSeriousA11yViolations(citizen);
    await force.select('Police force', 'Metropolitan Police Service');
    await force.continue();

    const officer = await question('Who is your complaint about?');
    await officer.fillText('Their name (optional)', 'PC Reeve');
    await officer.fillText('Their collar or shoulder number (optional)', 'MP4411');
    await officer.continue();

    const whenWhere = await question('When and where did it happen?');
    await whenWhere.fillDate('Date it happened (optional)', '2026-02-14');
    await whenWhere.fillText('Where it happened (optional)', 'Outside Brixton underground station');
    await whenWhere.continue();

    const whatHappened = await question('What happened?');
    await whatHappened.fillText('Tell us what happened, in your own words', WHAT_HAPPENED);
    await whatHappened.continue();

    const contact = await question('How should we contact you?');
    await contact.fillText('Full name', 'Sam Complainant');
    await contact.fillText('Email address', EMAIL);
    await contact.choose('How would you like the force to contact you?', 'Phone');
    expect(await contact.continueWithErrors()).toEqual(['Enter a phone number, or choose another way for us to contact you']);
    await expectNoSeriousA11yViolations(citizen);
    await contact.choose('How would you like the force to contact you?', 'Email');
    await contact.continue();

    const accessibility = await question('Do you have any accessibility needs?');
    await accessibility.continue();

    const consent = await question('Using your information');
    await consent.tick('I agree to the force using my information to deal with my complaint');
    await consent.continue();

    const check = await CheckAnswersPage.verifyOnPage(citizen);
    await expectNoSeriousA11yViolations(citizen);
    expect(await check.answers()).toMatchObject({
      'Police force': 'Metropolitan Police Service',
      'Officer’s name': 'PC Reeve',
      'Collar or shoulder number': 'MP4411',
      'Date it happened': '14 February 2026',
      'What happened': WHAT_HAPPENED,
      'Email address': EMAIL,
      'Contact me by': 'Email',
      'Accessibility needs': 'None',
    });

    const changing = await check.change('accessibility needs');
    await expectNoSeriousA11yViolations(citizen);
    await changing.fillText('Your accessibility needs (optional)', 'Letters in large print');
    const checkedAgain = await changing.saveAndGoBack();
    expect((await checkedAgain.answers())['Accessibility needs']).toBe('Letters in large print');

    // A person takes longer than this over seven questions; the test is quicker than a person, so it waits.
    await citizen.waitForTimeout(Math.max(0, MINIMUM_FILL_SECONDS * 1000 + 500 - (Date.now() - formOpenedAt)));
    const confirmation: ConfirmationPage = await checkedAgain.send();
    await expectNoSeriousA11yViolations(citizen);
    reference = await confirmation.reference();
    expect(reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(await citizen.evaluate(() => (window as { __complaintScriptRan?: boolean }).__complaintScriptRan)).toBeUndefined();
  });

  it('checks its progress with a code emailed to them, read from the outbox by the administrator', async () => {
    await citizen.getByRole('main').getByRole('link', { name: 'check the progress of your complaint', exact: true }).click();
    const start = await ProgressStartPage.verifyOnPage(citizen);
    await expectNoSeriousA11yViolations(citizen);
    await start.askForCode('', '');
    expect(await start.errorSummary.messages()).toEqual(['Enter your complaint reference', 'Enter the email address you gave with your complaint']);
    await expectNoSeriousA11yViolations(citizen);
    await start.askForCode(reference.toLowerCase(), EMAIL);
    const codePage = await ProgressCodePage.verifyOnPage(citizen);
    await expectNoSeriousA11yViolations(citizen);
    expect(await codePage.message.innerText()).toMatch(/If the reference and email address match a complaint, we have sent a 6-digit code/);

    const admin = await journey.session.openAnotherUser();
    const signIn = await SignInPage.open(admin);
    await signIn.signIn(findDemoLogin(journey.server, ['system_administrator']));
    await goToSection(admin, 'Mail outbox');
    const outbox = await OutboxPage.verifyOnPage(admin);
    await expectNoSeriousA11yViolations(admin);
    const mail = await outbox.message(`Your code to check complaint ${reference}`);
    expect(mail.To).toBe(EMAIL);
    const code = /Your code is (\d{6})/.exec(mail.Message ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect((await outbox.message(`Your complaint reference ${reference}`)).To).toBe(EMAIL);

    await codePage.enter(code === '000000' ? '111111' : '000000');
    expect((await codePage.errorSummary.messages())[0]).toMatch(/^The reference or the code is not right/);
    await expectNoSeriousA11yViolations(citizen);
    await codePage.enter(code);
    const status = await ProgressStatusPage.verifyOnPage(citizen);
    await expectNoSeriousA11yViolations(citizen);
    expect(await status.summary()).toEqual({ Reference: reference, Received: expect.stringMatching(/^\d{1,2} \w+ \d{4}$/), 'Police force': 'Metropolitan Police Service', Status: 'Received' });
  });

  it("a PSD investigator of the force finds it in intake, with the complainant's words as text, and records it as a case", async () => {
    const psd = await journey.session.openAnotherUser();
    const signIn = await SignInPage.open(psd);
    await signIn.signIn(findDemoLogin(journey.server, ['psd_investigator']));
    await goToSection(psd, 'Public complaints');
    const list = await IntakeListPage.verifyOnPage(psd);
    await expectNoSeriousA11yViolations(psd);
    const row = (await list.rows()).find((cells) => cells[0]?.startsWith(reference));
    expect(row?.slice(2, 3)).toEqual(['PC Reeve, MP4411']);

    const complaint = await list.open(reference);
    await expectNoSeriousA11yViolations(psd);
    const details = await complaint.details();
    expect(details).toMatchObject({ 'Police force': 'Metropolitan Police Service', 'In their words': WHAT_HAPPENED, 'Accessibility needs': 'Letters in large print', 'Email address': EMAIL });

    const record = await complaint.recordAsCase();
    await expectNoSeriousA11yViolations(psd);
    await record.chooseSubject(`${subject.givenNames} ${subject.familyName}`, longDate(subject.dateOfBirth ?? ''));
    await record.fillText('What is alleged', 'Grabbed the complainant’s arm and swore at them');
    await record.select('Standard of Professional Behaviour', 'Use of force');
    await record.select('IOPC complaint category', 'Police powers, policies and procedures');
    const recorded = await record.record();
    expect(await recorded.successMessage()).toMatch(new RegExp(`^Complaint ${reference} recorded as case MPS-\\d{4}-\\d{6}$`));
    expect((await recorded.details()).Status).toBe('Recorded as a case');
    await expectNoSeriousA11yViolations(psd);
  });
});
