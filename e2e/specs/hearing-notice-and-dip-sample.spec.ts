// Journey: the appropriate authority of the Metropolitan Police drafts the public notice of a misconduct hearing from
// the case (the officer's name filled in from the register), is told a publication needs its reasons, and publishes
// it with the summary of the allegations withheld to protect the complainant. A member of the public, not signed
// in, finds the notice on the force's public page without that summary. An auditor then draws a stratified random
// sample of case decisions across every force from a recorded seed, checks the draw can be reproduced, disagrees
// with the authority's case-to-answer decision, and sees it in the report; the authority reads the disagreement
// among the reviews of their decisions and responds; the auditor then changes the questions of the case checklist,
// which makes a new version. Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../shared/case-contracts.js';
import type { TPerson } from '../../shared/contracts.js';
import { addDays, todayInEngland } from '../../server/modules/clock/working-days.js';
import { createCaseThroughApi, FULL_REGULATION_17_NOTICE, signInToApi, stepThroughApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { useJourney } from '../support/journey.js';
import { findDemoLogin } from '../support/server.js';
import { goToSection } from '../pages/govuk-content.js';
import { HearingNoticesPage, PublicHearingsPage } from '../pages/hearing-notices.page.js';
import { ChecklistsPage, DecisionReviewsPage, DrawSamplePage, type ReportPage, type SamplePage } from '../pages/quality-assurance.page.js';
import { HomePage } from '../pages/home.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { longDate } from '../support/dates.js';

// The first person of the demo register (server/modules/demo/demo-seed.ts gives them a fixed id), with no history.
const SUBJECT_ID = '00000000-0000-4000-8000-000000000001';
const TODAY = todayInEngland();
const day = (offset: number) => addDays(TODAY, offset);
const HEARING_ON = day(21);
const SUMMARY = 'It is alleged that on 3 March the officer sent a colleague’s home address to a man she had reported for stalking.';
const WITHHELD_BECAUSE = 'The summary would identify the complainant, who is a serving officer';
const VENUE = 'Empress State Building, Lillie Road, London SW6 1TR';
const REASONS = 'The subject’s earlier matter in another force was not considered before deciding there was a case to answer.';

describe('an appropriate authority publishes a hearing notice; an auditor dip-samples decisions', () => {
  const journey = useJourney();
  let authority: Page;
  let caseReference: string;
  let officerName: string;

  beforeAll(async () => {
    authority = journey.session.page;
    // A gross misconduct case taken as far as an arranged misconduct hearing, by the force's own staff.
    const aaApi = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['appropriate_authority']));
    const investigatorApi = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['psd_investigator']));
    try {
      const subject = await aaApi.get<TPerson>(`/api/people/${SUBJECT_ID}`);
      officerName = `${subject.givenNames} ${subject.familyName}`;
      let c = await createCaseThroughApi(aaApi, {
        forceId: 'MPS', source: 'conduct_matter', summary: 'Disclosure of a colleague’s address', receivedOn: day(-90), restricted: false, parties: [],
        subjects: [{ personId: SUBJECT_ID, allegations: [{ description: 'Disclosed a colleague’s home address', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] }],
      });
      c = await stepThroughApi(aaApi, c, { action: 'assess_severity', severity: 'gross_misconduct', historyAcknowledged: true, decidedOn: day(-85) });
      c = await stepThroughApi(aaApi, c, { action: 'decide_iopc_referral', referred: false, criteria: [], decidedOn: day(-84) });
      c = await stepThroughApi(investigatorApi, c, { action: 'start_investigation', investigationType: 'local', decidedOn: day(-83) });
      c = await investigatorApi.post<TCase>(`/api/cases/${c.id}/subjects/${c.subjects[0]?.id}/regulation-17-notice`, { version: c.version, servedOn: day(-82), contents: FULL_REGULATION_17_NOTICE });
      c = await stepThroughApi(investigatorApi, c, { action: 'submit_investigation_report', decidedOn: day(-40) });
      c = await stepThroughApi(aaApi, c, { action: 'decide_case_to_answer', decision: 'case_to_answer_gross_misconduct', bringProceedings: true, allegationFindings: [], departsFromNorm: false, historyAcknowledged: true, decidedOn: day(-30) });
      c = await stepThroughApi(aaApi, c, {
        action: 'arrange_proceedings', form: 'misconduct_hearing', noticeServedOn: day(-10), proceedingsOn: HEARING_ON, publicNoticeOn: day(-1), decidedOn: day(-10),
        panel: { chair: 'Legally qualified chair', layMembers: ['Independent member one', 'Independent member two'], legalAdviser: 'Not needed' }, specialConditionsCertified: false,
      });
      caseReference = c.reference;
    } finally {
      await aaApi.close();
      await investigatorApi.close();
    }
  });

  it('drafts the notice from the register and publishes it only with a decision, withholding the summary', async () => {
    await (await SignInPage.open(authority)).signIn(findDemoLogin(journey.server, ['appropriate_authority']));
    await goToSection(authority, 'Hearing notices');
    const notices = await HearingNoticesPage.verifyOnPage(authority);
    await expectNoSeriousA11yViolations(authority);

    const draft = await notices.draftNoticeFor(caseReference);
    await expectNoSeriousA11yViolations(authority);
    expect(await draft.fieldValue('Officer’s name')).toBe(officerName);
    await draft.fillText('Summary of the allegations', SUMMARY);
    await draft.fillText('Venue', VENUE);
    const drafted = await draft.submit('Save the draft');
    expect(await drafted.successMessage()).toBe('Notice drafted. It is not public until you decide to publish it');
    await expectNoSeriousA11yViolations(authority);

    const publish = await drafted.open('Decide to publish', 'Decide to publish the notice');
    await expectNoSeriousA11yViolations(authority);
    await publish.press('Publish the notice');
    expect(await publish.errorSummary.messages()).toEqual(['Enter the reasons for publishing the notice']);
    await expectNoSeriousA11yViolations(authority);
    await publish.fillText('Reasons for publishing', 'Misconduct hearings are held in public (reg. 36). The officer’s name and rank are published.');
    await publish.tick('Summary of the allegations');
    await publish.fillText('Reason for withholding (if you withhold anything)', WITHHELD_BECAUSE);
    const published = await publish.submit('Publish the notice');
    expect(await published.successMessage()).toBe('Notice published');
    await expectNoSeriousA11yViolations(authority);
    expect(await published.details()).toMatchObject({ 'Details withheld': 'Summary of the allegations', 'Reason for withholding': WITHHELD_BECAUSE, 'Date of the hearing': longDate(HEARING_ON) });
    expect(await published.historyTitles()).toEqual(['Notice drafted', 'Publication decided: notice published']);

    // The outcome comes after the hearing; its form is there from the start.
    const outcome = await published.open('Add the outcome', 'Add the outcome of the hearing');
    await expectNoSeriousA11yViolations(authority);
    await outcome.press('Save the outcome');
    expect(await outcome.errorSummary.messages()).toEqual(['Enter the outcome of the hearing', 'Enter the date of the outcome']);
    await expectNoSeriousA11yViolations(authority);
  });

  it('shows the notice on the force’s public page, without the withheld summary, to anyone', async () => {
    const citizen = await journey.session.openAnotherUser();
    const forces = await PublicHearingsPage.open(citizen);
    await expectNoSeriousA11yViolations(citizen);
    expect(await citizen.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await forces.noticesOf('Metropolitan Police Service')).toBe('1');
    const page = await forces.chooseForce('Metropolitan Police Service');
    await expectNoSeriousA11yViolations(citizen);
    expect(await page.notice(officerName)).toMatchObject({ Officer: officerName, 'What is alleged': 'Not published', 'Date of the hearing': longDate(HEARING_ON), Venue: VENUE });
    const text = await page.text();
    expect(text).not.toContain('stalking');
    expect(text).not.toContain(WITHHELD_BECAUSE);
  });

  it('draws a stratified sample across every force from a seed, and records a disagreement the report shows', async () => {
    const auditor = await journey.session.openAnotherUser();
    await (await SignInPage.open(auditor)).signIn(findDemoLogin(journey.server, ['auditor']));
    await goToSection(auditor, 'Quality assurance');
    await auditor.getByRole('heading', { level: 1, name: 'Quality assurance' }).waitFor();
    await expectNoSeriousA11yViolations(auditor);
    await auditor.getByRole('link', { name: 'Draw a sample', exact: true }).click();
    const draw = await DrawSamplePage.verifyOnPage(auditor);
    await expectNoSeriousA11yViolations(auditor);
    await draw.choosePopulation('Case decisions (severity assessments and case-to-answer decisions)');
    await expectNoSeriousA11yViolations(auditor);
    // A few days around the authority's case-to-answer decision, so every stratum is smaller than the size asked
    // for and is taken whole: the decision is certain to be drawn, whatever else the demo data holds.
    await draw.fillText('Name of the sample', 'Case decisions at the end of the month, every force');
    await draw.select('Decisions made in', 'Every force');
    await draw.fillDate('Decisions made from', day(-31));
    await draw.fillDate('Decisions made up to', day(-29));
    await draw.tick('Decision');
    await draw.choose('How many to draw from each stratum', 'A number from each stratum');
    await draw.fillText('Number from each stratum', '20');
    await draw.fillText('Seed (optional)', 'hearing-journey');
    const sample: SamplePage = await draw.draw();
    expect(await sample.successMessage()).toMatch(/^Sample drawn: \d+ decisions, seed “hearing-journey”$/);
    await expectNoSeriousA11yViolations(auditor);
    expect(await sample.howDrawn()).toMatchObject({ Seed: 'hearing-journey', Strata: 'Decision', Force: 'Every force' });
    const strata = await sample.strata();
    expect(Object.keys(strata).every((heading) => heading.startsWith('Decision: '))).toBe(true);
    expect(strata['Decision: Case to answer: gross misconduct']?.map((row) => row[0])).toContain(caseReference);
    expect(await sample.checkReproduction()).toMatch(/^The draw is reproduced\./);
    await expectNoSeriousA11yViolations(auditor);
    const review = await sample.review(caseReference);
    await expectNoSeriousA11yViolations(auditor);
    const questions = await review.questions();
    expect(questions).toHaveLength(5);
    await review.press('Save the review');
    expect(await review.errorSummary.messages()).toEqual([...questions.map((q) => `Answer: ${q}`), 'Select whether you agree with the decision']);
    await expectNoSeriousA11yViolations(auditor);
    for (const question of questions) await review.choose(question, question.startsWith('Was the subject') ? 'No' : 'Yes');
    await review.choose('Do you agree with the decision?', 'Disagree with the decision');
    await review.press('Save the review');
    // The summary of the first attempt stays on screen until this one's answer arrives: wait for it to change
    // (reading it at once failed under load, showing the first attempt's messages).
    await expect.poll(() => review.errorSummary.messages()).toEqual(['Enter your reasons for disagreeing: what the decision should have been, and why']);
    await review.fillText('Reasons', REASONS);
    const reviewed = await review.save();
    expect(await reviewed.successMessage()).toBe(`Review of ${caseReference} saved: you disagree with the decision`);
    await expectNoSeriousA11yViolations(auditor);

    const report: ReportPage = await reviewed.openReport();
    await expectNoSeriousA11yViolations(auditor);
    const stratum = (await report.strata()).find((row) => row[0] === 'Decision: Case to answer: gross misconduct');
    expect(stratum?.slice(2)).toEqual(['1', '0', '1', '100.0% (20.7% to 100.0%)']);
    expect((await report.disagreements()).map((row) => [row[0]?.startsWith(caseReference), row[3]])).toEqual([[true, REASONS]]);
  });

  it('lets the authority read the disagreement about their decision and respond', async () => {
    await goToSection(authority, 'Reviews of my decisions');
    const reviews = await DecisionReviewsPage.verifyOnPage(authority);
    await expectNoSeriousA11yViolations(authority);
    expect(await reviews.reviewDetails(caseReference)).toMatchObject({ 'Reasons for disagreeing': REASONS, 'Your decision': `Case to answer: gross misconduct, ${longDate(day(-30))}` });
    expect(await reviews.respond(caseReference, 'Accepted. The earlier matter has now been read and the decision stands; noted for the hearing.')).toBe(`Response sent about ${caseReference}`);
    await expectNoSeriousA11yViolations(authority);
    await expect(reviews.review(caseReference).getByText(/^You responded on/).isVisible()).resolves.toBe(true);
  });

  it('lets the auditor change the questions of the case checklist, which makes a new version', async () => {
    const auditor = await journey.session.openAnotherUser();
    await (await SignInPage.open(auditor)).signIn(findDemoLogin(journey.server, ['auditor']));
    await (await HomePage.open(auditor)).openTask('Change the review checklists');
    const checklists = await ChecklistsPage.verifyOnPage(auditor);
    await expectNoSeriousA11yViolations(auditor);
    const heading = 'Case decisions (severity assessments and case-to-answer decisions)';
    const before = await checklists.questions(heading);
    expect(before).toHaveLength(5);

    const edit = await checklists.change('case decisions');
    await expectNoSeriousA11yViolations(auditor);
    await edit.fillText('Questions', ' \n ');
    await edit.press('Save a new version');
    expect(await edit.errorSummary.messages()).toEqual(['Enter at least one question']);
    await expectNoSeriousA11yViolations(auditor);
    const changed = [...before.slice(0, 4), 'Was the complainant told of the outcome and of their right to a review?'];
    await edit.fillText('Questions', changed.join('\n'));
    const saved = await edit.save();
    expect(await saved.successMessage()).toBe('New version of the checklist for case decisions saved: 5 questions');
    await expectNoSeriousA11yViolations(auditor);
    expect(await saved.questions(heading)).toEqual(changed);
    expect(await saved.earlierVersions(heading)).toBe('Earlier versions (1)');
  });
});
