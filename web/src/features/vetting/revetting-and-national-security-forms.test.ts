import { describe, expect, it } from 'vitest';
import { changeDrawHref } from './random-revetting.page.js';
import { reviewListHref } from './review.page.js';
import { parseNationalSecurityClearanceForm, parseRevettingForm, percentageOf, shareFromPercentage } from './revetting-and-national-security-forms.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
const date = (name: string, iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};
const messages = (parsed: { errors: { message: string }[] }) => parsed.errors.map((e) => e.message);
const PERSON = '7d0c7a8e-5d0e-4a52-9a83-2f7f0f3d2b11';

describe('the share of the workforce to re-vet', () => {
  it('reads a percentage, with or without the sign, as a share of one', () => {
    expect(shareFromPercentage('5')).toBe(0.05);
    expect(shareFromPercentage(' 5% ')).toBe(0.05);
    expect(shareFromPercentage('2.5 %')).toBe(0.025);
    expect(shareFromPercentage('100')).toBe(1);
    expect(shareFromPercentage('12.34')).toBe(0.1234);
  });

  it('refuses nothing, none, more than everyone and what is not a number', () => {
    for (const text of ['', '0', '0.00', '101', '-5', 'five', '5.125', '0.05%x']) expect(shareFromPercentage(text)).toBeNull();
  });

  it('shows a share as a percentage', () => {
    expect(percentageOf(0.05)).toBe('5%');
    expect(percentageOf(0.125)).toBe('12.5%');
    expect(percentageOf(1)).toBe('100%');
  });
});

describe('the randomised re-vetting draw form', () => {
  it('reads the year and the share for the user’s own force', () => {
    expect(parseRevettingForm(form({ year: '2026', share: '5%' }), { currentYear: 2026, forceId: 'MPS' }).request).toEqual({ forceId: 'MPS', year: 2026, share: 0.05 });
  });

  it('asks a user without a force to choose one', () => {
    expect(parseRevettingForm(form({ forceId: 'WMP', year: '2025', share: '10' }), { currentYear: 2026, forceId: null }).request).toEqual({ forceId: 'WMP', year: 2025, share: 0.1 });
    expect(messages(parseRevettingForm(form({ year: '2025', share: '10' }), { currentYear: 2026, forceId: null }))).toEqual(['Select the force']);
  });

  it('refuses a missing, future or malformed year and a share out of range, in page order', () => {
    expect(messages(parseRevettingForm(form({}), { currentYear: 2026, forceId: 'MPS' }))).toEqual([
      'Enter the year of the draw',
      'Enter the share of the workforce to re-vet, as a percentage',
    ]);
    expect(messages(parseRevettingForm(form({ year: '2027', share: '150%' }), { currentYear: 2026, forceId: 'MPS' }))).toEqual([
      'Year must be between 2020 and 2026',
      'Share to re-vet must be a percentage above 0 and at most 100, like 5%',
    ]);
    expect(parseRevettingForm(form({ year: '26', share: '5' }), { currentYear: 2026, forceId: 'MPS' }).errors.map((e) => e.href)).toEqual(['#year']);
  });

  it('goes back from the check step to the form with the answers', () => {
    expect(changeDrawHref({ forceId: 'MPS', year: 2026, share: 0.05 })).toBe('/vetting/random-revetting?year=2026&share=5%25&forceId=MPS');
  });
});

describe('the reviews list address', () => {
  it('filters to the reviews the draw opened, open or all', () => {
    expect(reviewListHref({ open: true, trigger: 'random_revetting' })).toBe('/vetting/reviews?trigger=random_revetting');
    expect(reviewListHref({ open: false, trigger: 'random_revetting' })).toBe('/vetting/reviews?show=all&trigger=random_revetting');
    expect(reviewListHref({ open: true, trigger: null })).toBe('/vetting/reviews');
  });
});

describe('the national security clearance form', () => {
  it('records the level, dates and sponsor; the expiry is optional', () => {
    const full = form({ level: 'SC', ...date('grantedOn', '2024-05-01'), ...date('expiresOn', '2029-05-01'), sponsor: ' CTP, NSV/2024/0413 ' });
    expect(parseNationalSecurityClearanceForm(full, { personId: PERSON, forceId: 'MPS' }).request).toEqual({
      forceId: 'MPS', personId: PERSON, level: 'SC', grantedOn: '2024-05-01', expiresOn: '2029-05-01', sponsor: 'CTP, NSV/2024/0413',
    });
    const noExpiry = form({ level: 'DV', ...date('grantedOn', '2024-05-01'), sponsor: 'UKSV' });
    expect(parseNationalSecurityClearanceForm(noExpiry, { personId: PERSON, forceId: 'MPS' }).request?.expiresOn).toBeNull();
  });

  it('refuses a managed or unknown level, a missing grant date, an expiry before the grant and no sponsor', () => {
    expect(messages(parseNationalSecurityClearanceForm(form({ level: 'RV' }), { personId: PERSON, forceId: 'MPS' }))).toEqual([
      'Select the national security clearance held',
      'Enter the date the clearance was granted',
      'Enter the sponsoring body and its reference',
    ]);
    const backwards = form({ level: 'CTC', ...date('grantedOn', '2024-05-01'), ...date('expiresOn', '2024-04-30'), sponsor: 'CTP' });
    expect(parseNationalSecurityClearanceForm(backwards, { personId: PERSON, forceId: 'MPS' }).errors.map((e) => [e.href, e.message])).toEqual([
      ['#expiresOn-day', 'Expiry date must be after the date granted (1 May 2024)'],
    ]);
  });
});
