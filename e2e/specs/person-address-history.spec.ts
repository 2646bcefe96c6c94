// Journey: someone in HR records that an officer of their force has moved. They open the officer's page and read
// the address history, are told a postcode they mistyped is not one, then record the new address typed in lower
// case: it shows in its normal form as the current address, and the previous address from the HR record now ends
// the day before. The officer is a serving one from the demo data, whose HR record holds a current address.
// Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPerson, TPersonAddress, TPersonSearchResult } from '../../shared/contracts.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { useJourney } from '../support/journey.js';
import { findDemoLogin, type DemoLogin } from '../support/server.js';
import { AddressRecordPage } from '../pages/address-record.page.js';
import { PersonPage } from '../pages/person.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { daysAgo, longDate } from '../support/dates.js';


const partsOf = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

// Some days back rather than today, so the browser's calendar and England's cannot disagree about the future.
const MOVED_IN = daysAgo(10);
const PREVIOUS_ENDS = daysAgo(11);

describe('HR records a new address for a person', () => {
  const journey = useJourney();
  let page: Page;
  let hr: DemoLogin;
  let person: TPerson;
  let previous: TPersonAddress;
  let personPage: PersonPage;
  let form: AddressRecordPage;

  beforeAll(async () => {
    page = journey.session.page;
    hr = findDemoLogin(journey.server, ['hr']);
    const api = await signInToApi(journey.server.url, hr);
    try {
      const { items } = await api.get<TPersonSearchResult>(`/api/people?forceId=${hr.forceId ?? ''}&pageSize=100`);
      const serving = items.find((p) => p.currentForceId === hr.forceId);
      if (!serving) throw new Error(`the demo data has no serving ${hr.forceId ?? ''} officer`);
      person = await api.get<TPerson>(`/api/people/${serving.id}`);
      const current = person.addresses.find((a) => a.source === 'hr_record' && a.toDate === null);
      if (!current || current.fromDate >= MOVED_IN) throw new Error(`${serving.id} has no current address on their HR record from before ${MOVED_IN}`);
      previous = current;
    } finally {
      await api.close();
    }
  });

  it('signs in as HR and reads the person’s address history', async () => {
    const signIn = await SignInPage.open(page);
    await signIn.signIn(hr);
    await page.goto(`/people/${person.id}`);
    personPage = await PersonPage.verifyOnPage(page);
    const addresses = await personPage.addresses();
    expect(addresses).toContainEqual({ postcode: previous.postcode, from: longDate(previous.fromDate), to: 'Current', recordedFrom: 'HR record' });
    await expectNoSeriousA11yViolations(page);
  });

  it('opens "Record an address", offered only the HR record as the source', async () => {
    await personPage.recordAddressLink.click();
    form = await AddressRecordPage.verifyOnPage(page);
    expect(await page.getByRole('main').getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('heading', { name: 'Recorded from', exact: true }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page);
  });

  it('says a postcode that is not one must be a UK postcode', async () => {
    await form.fill({ postcode: 'Flat 2', from: partsOf(MOVED_IN) });
    await form.submit();
    expect(await form.errorSummary.messages()).toEqual(['Postcode must be a UK postcode, like SW1A 1AA']);
    expect(await form.fieldError('Postcode')).toBe('Postcode must be a UK postcode, like SW1A 1AA');
    expect(await form.errorSummary.isFocused()).toBe(true);
    expect(await page.title()).toMatch(/^Error: Record an address/);
    await expectNoSeriousA11yViolations(page);
  });

  it('records the new address in lower case and shows it as current, with the previous one ended the day before', async () => {
    personPage = await form.record({ postcode: 'xa1 2bd', from: partsOf(MOVED_IN) });
    expect(page.url()).toMatch(new RegExp(`/people/${person.id}$`));
    expect(await personPage.successMessage()).toBe('Address recorded');
    const addresses = await personPage.addresses();
    expect(addresses[0]).toEqual({ postcode: 'XA1 2BD', from: longDate(MOVED_IN), to: 'Current', recordedFrom: 'HR record' });
    expect(addresses).toContainEqual({ postcode: previous.postcode, from: longDate(previous.fromDate), to: longDate(PREVIOUS_ENDS), recordedFrom: 'HR record' });
    expect(addresses.filter((a) => a.recordedFrom === 'HR record' && a.to === 'Current')).toHaveLength(1);
    await expectNoSeriousA11yViolations(page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
