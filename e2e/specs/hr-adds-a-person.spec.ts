// Journey: someone in HR adds a new officer to the register. They first submit the form empty and are told what
// is missing, then fill it in, land on the new person's page with their first job in the career table, and find
// them again by name. Every page on the way is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import type { AppHeader } from '../pages/app-header.js';
import { PersonCreatePage, type NewPerson } from '../pages/person-create.page.js';
import { PersonSearchPage } from '../pages/person-search.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// Not a name the demo data can produce (server/modules/demo/demo-names.ts), so a search finds only this person.
const NEW_PERSON: NewPerson = {
  givenNames: 'Imogen',
  familyName: 'Quillfeather',
  dateOfBirth: { day: '14', month: '2', year: '1994' },
  sex: 'Female',
  force: 'Metropolitan Police Service',
  role: 'Police officer',
  rank: 'Constable',
  collarNumber: 'QF4821',
  startDate: { day: '3', month: '9', year: '2018' },
};
const FULL_NAME = `${NEW_PERSON.givenNames} ${NEW_PERSON.familyName}`;

describe('HR adds a person to the register', () => {
  const journey = useJourney();
  let header: AppHeader;
  let form: PersonCreatePage;

  it('signs in with the HR demo login and opens "Add a person"', async () => {
    const signIn = await SignInPage.open(journey.session.page);
    header = await signIn.signIn(findDemoLogin(journey.server, ['hr']));
    await header.goTo('Add a person');
    form = await PersonCreatePage.verifyOnPage(journey.session.page);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('says what is missing when the form is sent empty', async () => {
    await form.submit();
    const messages = await form.errorSummary.messages();
    expect(messages).toEqual(expect.arrayContaining(['Enter given names', 'Enter family name', 'Select a role', 'Enter the start date']));
    expect(messages.some((message) => message.startsWith('Select sex'))).toBe(true);
    expect(await form.errorSummary.isFocused()).toBe(true);
    expect(await journey.session.page.title()).toMatch(/^Error: Add a person/);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('adds the person and shows their page with the first job in their career', async () => {
    const person = await form.add(NEW_PERSON);
    expect(await person.name()).toBe(FULL_NAME);
    expect(journey.session.page.url()).toMatch(/\/people\/[0-9a-f-]{36}$/);
    expect(await person.career()).toEqual([
      {
        force: 'Metropolitan Police Service',
        role: 'Police officer',
        rank: 'Constable',
        collarNumber: 'QF4821',
        start: '3 September 2018',
        end: 'Current',
        leavingReason: 'Not applicable',
      },
    ]);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('finds the new person by name', async () => {
    await header.goToPeople();
    const search = await PersonSearchPage.verifyOnPage(journey.session.page);
    await search.searchByName(NEW_PERSON.familyName);
    expect(await search.resultNames()).toEqual([FULL_NAME]);
    await expectNoSeriousA11yViolations(journey.session.page);
    const person = await search.openPerson(FULL_NAME);
    expect(await person.name()).toBe(FULL_NAME);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
