// Journey: an early-warning alert from the queue to its disposition. The journey makes its own history through the
// API rather than relying on alerts in the demo data (which may raise others in the same force, before or after this
// one: rows are looked for page by page): HR adds an officer and the appropriate authority records three conduct
// matters about them in the last twelve months, which raises "three or more allegations of any kind in 12 months" as
// the third arrives. The appropriate authority then finds the alert in the queue, reads the rule, the evidence and the
// timeline, chooses its owner by name from the force's owners, is asked for a disposition and a reason, meets a change
// made meanwhile by someone else (the version it read is stale), closes the alert with a reason and finds it in the
// closed list with its disposition and the day it closed. Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../shared/case-contracts.js';
import type { TPerson, TSession } from '../../shared/contracts.js';
import type { TAlert } from '../../shared/signal-contracts.js';
import { createCaseThroughApi, signInToApi, type ApiSession } from '../support/api.js';
import type { DemoLogin } from '../support/server.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { useJourney } from '../support/journey.js';
import { findDemoLogin } from '../support/server.js';
import { AlertQueuePage } from '../pages/alert-queue.page.js';
import type { AlertPage } from '../pages/alert.page.js';
import { goToSection } from '../pages/govuk-content.js';
import { SignInPage } from '../pages/sign-in.page.js';

const RULE = 'Three or more allegations of any kind in 12 months';

/** A calendar date `days` before today, as the API takes it. */
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Today in the UK as the pages write a date: "24 November 2026". */
const ukToday = (): string => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());

/** The display name of a demo user, as the API knows it (the pages show the same). */
async function displayNameOf(baseUrl: string, login: DemoLogin): Promise<string> {
  const session = await signInToApi(baseUrl, login);
  try {
    return (await session.get<TSession>('/api/session')).user.displayName;
  } finally {
    await session.close();
  }
}

describe('the alert queue: from an alert to its disposition', () => {
  const journey = useJourney();
  let authority: Page;
  let api: ApiSession;
  let person: TPerson;
  let personName: string;
  let cases: TCase[];
  let alertPage: AlertPage;
  /** The appropriate authority who works the queue, and the counter-corruption officer they give the alert to. */
  let myName: string;
  let ownerName: string;

  beforeAll(async () => {
    authority = journey.session.page;
    const hr = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['hr']));
    try {
      person = await hr.post<TPerson>('/api/people', {
        givenNames: 'Alexis', familyName: 'Pattern-Repeat', sex: 'female', otherNames: [],
        employment: { forceId: 'MPS', role: 'police_officer', rank: 'Constable', collarNumber: 'MP9901', startDate: '2018-04-01' },
      });
    } finally {
      await hr.close();
    }
    personName = `${person.givenNames} ${person.familyName}`;
    ownerName = await displayNameOf(journey.server.url, findDemoLogin(journey.server, ['counter_corruption']));
    api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['appropriate_authority']));
    myName = (await api.get<TSession>('/api/session')).user.displayName;
    cases = [];
    for (const [days, summary] of [[120, 'Rude to a member of the public at a roadside stop'], [75, 'Failed to record a search'], [20, 'Shared a suspect’s address with a friend']] as const) {
      cases.push(await createCaseThroughApi(api, {
        forceId: 'MPS', source: 'conduct_matter', summary, receivedOn: daysAgo(days), restricted: false, parties: [],
        subjects: [{ personId: person.id, allegations: [{ description: summary, standard: 'discreditable_conduct', iopcCategory: 'individual_behaviours', tags: [] }] }],
      }));
    }
    return () => api.close();
  });

  it('finds the alert in the queue, with its severity, owner and evidence', async () => {
    const signIn = await SignInPage.open(authority);
    await signIn.signIn(findDemoLogin(journey.server, ['appropriate_authority']));
    await goToSection(authority, 'Alerts');
    const queue = await AlertQueuePage.verifyOnPage(authority);
    expect(await queue.findRow(personName, RULE)).toEqual({ person: personName, rule: `${RULE} (alert for ${personName})`, severity: 'Medium', age: '0 days', owner: 'No owner', evidence: '3', reopened: 'No' });
    expect(await queue.ageing.getByRole('table', { name: 'By age' }).isVisible()).toBe(true);
    // The fairness monitor sits beside the queue: open-alert rates by ethnicity and by sex against the reference group.
    const fairness = authority.getByRole('table', { name: 'People with an open alert, by ethnicity' });
    expect(await fairness.getByRole('rowheader', { name: 'White (reference)' }).isVisible()).toBe(true);
    expect(await authority.getByRole('table', { name: 'People with an open alert, by sex' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(authority);
  });

  it('explains the alert: the rule in words, the allegations that raised it and its timeline', async () => {
    const queue = await AlertQueuePage.verifyOnPage(authority);
    alertPage = await queue.openAlert(personName, RULE);
    const summary = await alertPage.summary();
    expect(summary).toMatchObject({ Person: personName, Force: 'Metropolitan Police Service', Status: 'Open', Severity: 'Medium', Owner: 'No owner', 'Re-opened': 'Never' });
    expect(summary.Rule).toContain('3 or more allegations in 12 months');
    expect(summary['Why it was raised']).toMatch(/3 allegation\(s\) counted/);
    const evidence = await alertPage.evidenceRows();
    expect(evidence.map((row) => row.caseReference)).toEqual(cases.map((c) => c.reference));
    expect(evidence[0]).toMatchObject({ force: 'Metropolitan Police Service', standard: 'Discreditable conduct', category: 'Individual behaviours', tags: 'None', caseToAnswer: 'Not decided', outcome: 'None yet' });
    expect(await alertPage.evidence.getByRole('link', { name: cases[0]?.reference ?? '', exact: true }).getAttribute('href')).toBe(`/cases/${cases[0]?.id}`);
    expect(await alertPage.timelineTitles()).toEqual(['Alert raised']);
    await expectNoSeriousA11yViolations(authority);
  });

  it('chooses the owner by name from the force’s owners, and the timeline names them', async () => {
    const choices = await alertPage.ownerChoices();
    expect(choices[0]).toBe('No owner');
    expect(choices).toEqual(expect.arrayContaining([ownerName, `${myName} (you)`]));
    expect(await alertPage.selectedOwner()).toBe('No owner');
    alertPage = await alertPage.setOwner(ownerName);
    expect(await alertPage.successMessage()).toBe(`${ownerName} now owns this alert`);
    expect((await alertPage.summary()).Owner).toBe(ownerName);
    expect(await alertPage.selectedOwner()).toBe(ownerName);
    expect(await alertPage.timelineTitles()).toEqual(['Alert raised', `Owner changed to ${ownerName}`]);
    await expectNoSeriousA11yViolations(authority);
  });

  it('will not close the alert without a disposition and a reason', async () => {
    await alertPage.submitDisposition({});
    expect(await alertPage.errorSummary.messages()).toEqual(['Select what you decided', 'Enter the reason for your decision']);
    expect(await authority.title()).toMatch(/^Error: /);
    await expectNoSeriousA11yViolations(authority);
  });

  it('says so when someone else changed the alert meanwhile, and keeps what was typed', async () => {
    const id = new URL(authority.url()).pathname.split('/').pop() ?? '';
    const current = await api.get<TAlert>(`/api/signals/alerts/${id}`);
    await api.post<TAlert>(`/api/signals/alerts/${id}/assignment`, { version: current.version, ownerId: null });
    const reason = 'Words of advice from the inspector; a development plan is agreed.';
    await alertPage.submitDisposition({ disposition: 'Management action', reason });
    // The summary of the previous attempt is replaced by one about the whole form.
    await expect.poll(() => alertPage.errorSummary.messages()).toEqual([expect.stringMatching(/^Someone else changed this alert while you were working on it/)]);
    // The page shows the alert as it is now, and the answers are still there to send again.
    await expect.poll(async () => (await alertPage.summary()).Owner).toBe('No owner');
    expect(await alertPage.selectedOwner()).toBe('No owner');
    expect(await authority.getByRole('textbox', { name: 'Reason' }).inputValue()).toBe(reason);
    expect(await authority.getByRole('radio', { name: 'Management action', exact: true }).isChecked()).toBe(true);
  });

  it('closes the alert with a disposition and a reason', async () => {
    alertPage = await alertPage.dispose('Management action', 'Words of advice from the inspector; a development plan is agreed.');
    expect(await alertPage.successMessage()).toBe('Alert closed: Management action');
    expect(await alertPage.summary()).toMatchObject({ Status: 'Closed', Disposition: 'Management action', Reason: 'Words of advice from the inspector; a development plan is agreed.' });
    expect(await alertPage.timelineTitles()).toEqual(['Alert raised', `Owner changed to ${ownerName}`, 'Owner removed', 'Closed: Management action']);
    expect(await alertPage.timeline.getByText('Words of advice from the inspector; a development plan is agreed.').isVisible()).toBe(true);
    expect(await alertPage.hasDispositionForm()).toBe(false);
    await expectNoSeriousA11yViolations(authority);
  });

  it('finds it in the closed list with its disposition and the day it closed, and no longer among the open alerts', async () => {
    const queue = await AlertQueuePage.open(authority);
    expect(await queue.findRow(personName, RULE)).toBeUndefined();
    await queue.filter({ status: 'Closed' });
    expect(new URL(authority.url()).search).toBe('?status=closed');
    expect(await queue.findRow(personName, RULE)).toEqual({
      person: personName, rule: `${RULE} (alert for ${personName})`, severity: 'Medium', disposition: 'Management action', closed: ukToday(), owner: 'No owner', evidence: '3', reopened: 'No',
    });
    await expectNoSeriousA11yViolations(authority);
  });

  it('reads the rules that feed the queue', async () => {
    const queue = await AlertQueuePage.verifyOnPage(authority);
    await queue.rulesLink.click();
    const rules = authority.getByRole('main').getByRole('table', { name: 'Early-warning rules' });
    await rules.waitFor();
    expect(await rules.getByRole('row').filter({ hasText: RULE }).count()).toBe(1);
    expect(await authority.getByRole('main').getByRole('link', { name: 'Add a rule' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(authority);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
