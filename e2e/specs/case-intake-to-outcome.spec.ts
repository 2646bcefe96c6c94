// Journey: a conduct matter from intake to a final written warning. A PSD investigator records it for a person
// who already has a closed case (no case to answer, set up through the API); the appropriate authority assesses
// severity with that history in front of them and must acknowledge it, decides the IOPC referral (mandatory for
// misogyny), the investigator investigates and serves the Regulation 17 notice, the appropriate authority decides
// case to answer with comparable cases shown, arranges a misconduct hearing, records the outcome and closes the
// matter. The investigator and the appropriate authority each work in their own browser context, signed in once.
// Every page on the way is checked with axe. All dates are in the past and in order, as the server insists.
// The demo data holds other MPS cases (server/modules/demo), so the new case's reference and its comparable cases
// are read from the pages rather than assumed.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../shared/case-contracts.js';
import type { TPerson } from '../../shared/contracts.js';
import { createCaseThroughApi, FULL_REGULATION_17_NOTICE, signInToApi, stepThroughApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { CaseCreatePage } from '../pages/case-create.page.js';
import { CaseDecisionPage } from '../pages/case-decision.page.js';
import { CaseListPage } from '../pages/case-list.page.js';
import { CasePage } from '../pages/case.page.js';
import { PersonPage } from '../pages/person.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { longDate } from '../support/dates.js';

// The first person of the demo register (server/modules/demo/demo-seed.ts gives them a fixed id).
const SUBJECT_ID = '00000000-0000-4000-8000-000000000001';

describe('a conduct matter from intake to outcome', () => {
  const journey = useJourney();
  let investigator: Page;
  let authority: Page;
  let subject: TPerson;
  let earlierCase: TCase;
  let subjectName: string;
  let caseUrl: string;
  let caseReference: string;

  beforeAll(async () => {
    investigator = journey.session.page;
    authority = await journey.session.openAnotherUser();

    // The subject's earlier matter: gross misconduct alleged, investigated, no case to answer. It is part of their
    // history, and (closed, same severity and Standard) a comparable case.
    const aaApi = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['appropriate_authority']));
    const investigatorApi = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['psd_investigator']));
    try {
      subject = await aaApi.get<TPerson>(`/api/people/${SUBJECT_ID}`);
      let c = await createCaseThroughApi(aaApi, {
        forceId: 'MPS', source: 'conduct_matter', summary: 'Comments about women colleagues in a shift briefing', receivedOn: '2025-01-06', restricted: false, parties: [],
        subjects: [{ personId: SUBJECT_ID, allegations: [{ description: 'Demeaning comments about women colleagues', standard: 'discreditable_conduct', iopcCategory: 'individual_behaviours', tags: ['misogyny'] }] }],
      });
      c = await stepThroughApi(aaApi, c, { action: 'assess_severity', severity: 'gross_misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
      c = await stepThroughApi(aaApi, c, { action: 'decide_iopc_referral', referred: true, criteria: ['discriminatory_aggravation'], iopcDecision: 'local', decidedOn: '2025-01-13' });
      c = await stepThroughApi(investigatorApi, c, { action: 'start_investigation', investigationType: 'local', decidedOn: '2025-01-14' });
      c = await investigatorApi.post<TCase>(`/api/cases/${c.id}/subjects/${c.subjects[0]?.id}/regulation-17-notice`, { version: c.version, servedOn: '2025-01-15', contents: FULL_REGULATION_17_NOTICE });
      c = await stepThroughApi(investigatorApi, c, { action: 'submit_investigation_report', decidedOn: '2025-06-02' });
      earlierCase = await stepThroughApi(aaApi, c, { action: 'decide_case_to_answer', decision: 'no_case_to_answer', bringProceedings: false, allegationFindings: [], departsFromNorm: false, historyAcknowledged: true, decidedOn: '2025-06-09' });
    } finally {
      await aaApi.close();
      await investigatorApi.close();
    }
  });

  async function openDecision(page: Page, step: string, title = step): Promise<CaseDecisionPage> {
    const casePage = await CasePage.open(page, caseUrl);
    await casePage.takeStep(subjectName, step);
    const decision = await CaseDecisionPage.verifyOnPage(page, title);
    await expectNoSeriousA11yViolations(page);
    return decision;
  }

  it('the investigator is told what is missing when the intake form is sent empty', async () => {
    const signIn = await SignInPage.open(investigator);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['psd_investigator']));
    await header.goTo('Cases');
    const list = await CaseListPage.verifyOnPage(investigator);
    await expectNoSeriousA11yViolations(investigator);
    await list.recordButton.click();
    const intake = await CaseCreatePage.verifyOnPage(investigator);
    await expectNoSeriousA11yViolations(investigator);

    await intake.submit();
    expect(await intake.errorSummary.messages()).toEqual([
      'Select where the case came from',
      'Enter the date the matter was received',
      'Enter a summary of the case',
      'Search for and select the subject',
      'Allegation 1: enter what is alleged',
      'Allegation 1: select the Standard of Professional Behaviour',
      'Allegation 1: select the IOPC category',
    ]);
    expect(await intake.errorSummary.isFocused()).toBe(true);
    expect(await investigator.title()).toMatch(/^Error: Record a case/);
    await expectNoSeriousA11yViolations(investigator);
  });

  it('records a conduct matter with an allegation tagged misogyny, reading the tag’s definition', async () => {
    const intake = await CaseCreatePage.verifyOnPage(investigator);
    expect(await intake.tagDefinition('Misogyny')).toMatch(/contempt, hostility, prejudice or disrespect towards women or girls/);
    const { casePage, subjectName: chosen } = await intake.record({
      source: 'Conduct matter (internal)',
      receivedOn: '2026-03-03',
      summary: 'A sergeant reported messages sent to a probationer.\nScreenshots attached to the report.',
      subject: { search: `${subject.givenNames} ${subject.familyName}`, rowText: longDate(subject.dateOfBirth ?? '') },
      allegations: [{
        description: 'Sent <b>demeaning</b> messages about women officers to a probationer',
        occurredOn: '2026-02-20',
        place: 'Team WhatsApp group',
        standard: 'Discreditable conduct',
        category: 'Individual behaviours',
        tags: ['Misogyny'],
      }],
    });
    subjectName = chosen;
    expect(subjectName).toBe(`${subject.givenNames} ${subject.familyName}`);
    caseUrl = new URL(investigator.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    caseReference = await casePage.reference();
    expect(caseReference).toMatch(/^MPS-2026-\d{6}$/);
    expect(await casePage.successMessage()).toBe(`Case ${caseReference} recorded`);
    // Free text is shown as typed: markup in it is text, not HTML.
    await casePage.subject(subjectName).getByText('Sent <b>demeaning</b> messages about women officers to a probationer').waitFor();
    expect(await casePage.summaryValue('Stage')).toBe('Recorded');
    expect((await casePage.stages(subjectName))['Assess severity']).toBe('To do');
    // Severity is the appropriate authority's decision, not the investigator's.
    expect(await casePage.steps(subjectName)).toEqual([]);
    await expectNoSeriousA11yViolations(investigator);
  });

  it('the appropriate authority must acknowledge the subject’s full history before assessing severity', async () => {
    const signIn = await SignInPage.open(authority);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['appropriate_authority']));
    await header.goTo('Cases');
    const list = await CaseListPage.verifyOnPage(authority);
    await list.filter({ stage: 'Recorded' });
    const casePage = await list.openCase(caseReference);
    await expectNoSeriousA11yViolations(authority);
    await casePage.takeStep(subjectName, 'Assess severity');
    const assess = await CaseDecisionPage.verifyOnPage(authority, 'Assess severity');
    await expectNoSeriousA11yViolations(authority);

    const history = await assess.panelTable(assess.historyPanel, /other case, newest first/);
    const [reference = '', ...columns] = history[1] ?? [];
    expect(reference.split('\n')).toEqual([earlierCase.reference, 'Discreditable conduct. Tags: Misogyny']);
    expect(columns).toEqual(['Metropolitan Police Service', '6 January 2025', 'Closed', 'Gross misconduct', 'No case to answer', 'None', 'Not applicable']);

    await assess.choose('Severity', 'Gross misconduct');
    await assess.fillDecision({ decidedOn: '2026-03-10', rationale: 'Messages demeaning women, sent to a junior colleague, after an earlier similar allegation.' });
    await assess.press('Save decision');
    expect(await assess.errorSummary.messages()).toEqual(['Confirm you have read the subject’s full history, including cases with no case to answer and withdrawn cases']);
    await expectNoSeriousA11yViolations(authority);

    await assess.acknowledgeHistory();
    const saved = await assess.save();
    expect(await saved.successMessage()).toBe(`Severity assessed: ${subjectName}`);
    expect(await saved.summaryValue('Severity')).toBe('Gross misconduct');
  });

  it('decides the IOPC referral with the mandatory criterion the misogyny tag suggests', async () => {
    const referral = await openDecision(authority, 'Decide IOPC referral');
    const suggested = authority.getByRole('list', { name: 'Suggested referral criteria' });
    expect((await suggested.innerText()).trim()).toBe('Aggravated by discriminatory behaviour Mandatory');
    expect(await authority.getByRole('checkbox', { name: 'Aggravated by discriminatory behaviour (mandatory)' }).isChecked()).toBe(true);
    await referral.choose('Is the matter referred to the IOPC?', 'Yes');
    await referral.select('The IOPC’s decision on the mode of investigation (if known)', 'Returned for local investigation');
    await referral.fillDecision({ decidedOn: '2026-03-16', rationale: 'Mandatory referral: misconduct aggravated by discriminatory behaviour.' });
    const saved = await referral.save();
    expect(await saved.summaryValue('IOPC referral')).toBe('Referred');
  });

  it('the investigator starts the investigation, serves the Regulation 17 notice and submits the report', async () => {
    const start = await openDecision(investigator, 'Start the investigation');
    await start.choose('Type of investigation', 'Local investigation');
    await start.fillDecision({ decidedOn: '2026-03-18', rationale: 'Returned by the IOPC for local investigation.' });
    let casePage = await start.save();
    expect(await casePage.summaryValue('Investigation')).toBe('Local investigation');

    await casePage.takeStep(subjectName, 'Serve the Regulation 17 notice');
    const notice = await CaseDecisionPage.verifyOnPage(investigator, 'Serve the Regulation 17 notice');
    await expectNoSeriousA11yViolations(investigator);
    await notice.fillDate('Date served', '2026-03-20');
    for (const statement of [
      'It describes the conduct and the Standards of Professional Behaviour it may breach',
      'It states whether the conduct would amount to misconduct or gross misconduct',
      'It states the form of proceedings likely to follow',
      'It tells the officer of their right to a police friend',
      'It tells the officer of their right to legal advice',
      'It tells the officer they may give a statement and documents within 10 working days',
    ]) await notice.tick(statement);
    await notice.choose('Was any information withheld under the harm test?', 'No');
    casePage = await notice.save('Record notice');
    expect(await casePage.summaryValue('Regulation 17 notice')).toBe('Served 20 March 2026; response due 7 April 2026');

    const report = await openDecision(investigator, 'Submit the investigation report');
    await report.fillDecision({ decidedOn: '2026-06-01', rationale: 'Report: messages found on the group; the officer admitted sending them.' });
    casePage = await report.save();
    expect(await casePage.summaryValue('Stage')).toBe('Report submitted');
  });

  it('the appropriate authority decides case to answer with the comparable cases in front of them', async () => {
    const decision = await openDecision(authority, 'Decide case to answer');
    await decision.historyPanel.waitFor();
    const decisions = await decision.panelTable(decision.comparablesPanel, 'Case to answer decisions');
    expect(decisions[0]).toEqual(['Decision', 'Cases', 'Share']);
    expect(decisions.map(([value]) => value)).toContain('No case to answer');
    expect((await decision.panelTable(decision.comparablesPanel, 'Most recent comparable cases')).map(([first]) => first)).toContain(earlierCase.reference);

    await decision.choose('Decision', 'Case to answer for gross misconduct');
    await decision.choose('If there is a case to answer, will proceedings be brought?', 'Yes');
    await decision.tick('This decision departs from comparable cases');
    await decision.acknowledgeHistory();
    await decision.fillDecision({ decidedOn: '2026-06-15', rationale: 'Admitted; unlike the earlier matter, the messages are in evidence.' });
    const casePage = await decision.save();
    expect(await casePage.summaryValue('Case to answer')).toBe('Case to answer for gross misconduct');
  });

  it('arranges a misconduct hearing with its panel and public notice', async () => {
    const arrange = await openDecision(authority, 'Arrange the meeting or hearing');
    await arrange.choose('Form of proceedings', 'Misconduct hearing');
    await arrange.fillDate('Date the notice of proceedings was served', '2026-06-22');
    await arrange.fillDate('Date of the meeting or hearing', '2026-07-20');
    await arrange.fillText('Chair', 'Assistant Commissioner R. Patel');
    await arrange.fillText('First independent lay member', 'Dr A. Morgan');
    await arrange.fillText('Second independent lay member', 'Ms J. Okafor');
    await arrange.fillText('Legally qualified adviser', 'K. Lloyd KC');
    await arrange.fillDate('Date the public notice of the hearing was published', '2026-07-01');
    await arrange.fillDecision({ decidedOn: '2026-06-22', rationale: 'Gross misconduct goes to a hearing, in public.' });
    const casePage = await arrange.save();
    expect(await casePage.summaryValue('Meeting or hearing')).toBe('Misconduct hearing on 20 July 2026');
  });

  it('records a final written warning, and sees how long it is live and the timeline', async () => {
    const outcome = await openDecision(authority, 'Record the outcome');
    await outcome.comparablesPanel.waitFor();
    await outcome.choose('Outcome', 'Final written warning');
    await outcome.select('How long a final written warning stays live', '3 years');
    await outcome.fillDecision({ decidedOn: '2026-07-20', rationale: 'Final written warning for 3 years: admitted, remorseful, but a pattern.' });
    const casePage = await outcome.save();
    expect(await casePage.summaryValue('Outcome')).toBe('Final written warning (20 July 2026)');
    expect(await casePage.summaryValue('Live until')).toBe('20 July 2029');

    const timeline = await casePage.timelineEntries();
    expect(timeline.map((entry) => entry.title)).toEqual([
      'Outcome recorded',
      'Meeting or hearing arranged',
      'Case to answer decided',
      'Investigation report submitted',
      'Regulation 17 notice served',
      'Investigation started',
      'IOPC referral decided',
      'Severity assessed',
      'Matter recorded',
    ]);
    expect(timeline[0]?.text).toContain('20 July 2026 by Demo appropriate authority');
    expect(timeline[0]?.text).toContain('Live until 20 July 2029');
    expect(timeline[0]?.text).toContain('Final written warning for 3 years: admitted, remorseful, but a pattern.');
    expect(timeline[2]?.text).toContain('History acknowledged');
    expect(timeline[7]?.text).toContain('History acknowledged');
    await expectNoSeriousA11yViolations(authority);
  });

  it('is told when someone else changed the case meanwhile, reloads, and closes the matter', async () => {
    let close = await openDecision(authority, 'Close the matter');
    // Someone else records a report on the case while the form is open: the version the form holds is now stale.
    const api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['appropriate_authority']));
    try {
      const current = await api.get<TCase>(`/api/cases${caseUrl.slice('/cases'.length)}`);
      await api.post<TCase>(`/api/cases/${current.id}/local-policing-body-reports`, { version: current.version, decidedOn: '2026-07-27', rationale: 'Progress report.' });
    } finally {
      await api.close();
    }
    await close.fillDecision({ decidedOn: '2026-08-03', rationale: 'No appeal lodged.' });
    await close.press('Close the matter');
    const [stale] = await close.errorSummary.messages();
    expect(stale).toMatch(/^The case was changed by someone else while you were working on it \(it is now version \d+\)\. Reload the page/);
    await expectNoSeriousA11yViolations(authority);

    await authority.getByRole('link', { name: /^The case was changed by someone else/ }).click();
    close = await CaseDecisionPage.verifyOnPage(authority, 'Close the matter');
    await close.fillDecision({ decidedOn: '2026-08-03', rationale: 'No appeal lodged.' });
    const casePage = await close.save('Close the matter');
    expect(await casePage.summaryValue('Stage')).toBe('Closed');
    expect((await casePage.stages(subjectName))['Close']).toBe('Completed');
    expect(await casePage.steps(subjectName)).toEqual(['Re-open the matter']);
  });

  it('shows both cases and the live final written warning on the person’s page', async () => {
    const casePage = await CasePage.verifyOnPage(authority);
    await casePage.openPerson(subjectName);
    const person = await PersonPage.verifyOnPage(authority);
    await person.cases.waitFor();
    expect(await person.caseReferences()).toEqual([caseReference, earlierCase.reference]);
    expect(await person.warnings()).toEqual(['Live final written warning until 20 July 2029 (Metropolitan Police Service)']);
    await expectNoSeriousA11yViolations(authority);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
