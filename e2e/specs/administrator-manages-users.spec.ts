// Journey: a system administrator opens the list of accounts and creates one for a new vetting officer in their
// force; the new account is listed, active, with that role. Every page on the way is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { UsersPage, type NewUser } from '../pages/users.page.js';

const NEW_USER: NewUser = {
  email: 'priya.okonkwo@met.police.test',
  displayName: 'Priya Okonkwo',
  roles: ['Vetting officer'],
  force: 'Metropolitan Police Service',
  password: 'correct horse battery staple',
};

describe('a system administrator manages accounts', () => {
  const journey = useJourney();
  let users: UsersPage;

  it('opens Users and sees the existing accounts', async () => {
    const signIn = await SignInPage.open(journey.session.page);
    const admin = findDemoLogin(journey.server, ['system_administrator']);
    const header = await signIn.signIn(admin);
    await header.goTo('Users');
    users = await UsersPage.verifyOnPage(journey.session.page);
    expect(await users.account(admin.email)).toMatchObject({ roles: 'System administrator', status: 'Active' });
    expect(await users.account(NEW_USER.email)).toBeNull();
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('creates an account with a role, and the account is listed', async () => {
    await users.createUser(NEW_USER);
    expect(await users.successBanner.innerText()).toContain(`User created: ${NEW_USER.displayName} (${NEW_USER.email})`);
    expect(await users.account(NEW_USER.email)).toEqual({
      name: NEW_USER.displayName,
      email: NEW_USER.email,
      roles: 'Vetting officer',
      force: 'Metropolitan Police Service',
      status: 'Active',
    });
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
