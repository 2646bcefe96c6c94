// The randomised re-vetting draw form (year and share as a percentage) and the form recording a national security
// clearance, read into API requests with GOV.UK error messages in page order.
import type { TRandomRevettingRequest, TRecordNationalSecurityClearance } from '../../../../shared/vetting-contracts.js';
import { NATIONAL_SECURITY_LEVELS } from '../../../../shared/vetting-vocabulary.js';
import { formatDate } from '../../components/format.js';
import { readForm, type Parsed } from './vetting-form-reader.js';

export const FIRST_DRAW_YEAR = 2020;
export const REVETTING_FIELD_LABELS = { forceId: 'Force', year: 'Year', share: 'Share to re-vet' };

/** "5", "5%" or "2.5 %" as a share of 1 (0.05), or null when it is not a percentage above 0 and at most 100. */
export function shareFromPercentage(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null;
  const percentage = Number(cleaned);
  if (percentage <= 0 || percentage > 100) return null;
  return Math.round(percentage * 100) / 10_000;
}

/** 0.05 as "5%", 0.125 as "12.5%". */
export function percentageOf(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}

export function parseRevettingForm(form: FormData, { currentYear, forceId }: { currentYear: number; forceId: string | null }): Parsed<TRandomRevettingRequest> {
  const read = readForm(form, []);
  const force = forceId ?? read.text('forceId', 'Select the force');
  const yearText = read.text('year', 'Enter the year of the draw');
  const year = Number(yearText);
  const isYear = /^\d{4}$/.test(yearText) && year >= FIRST_DRAW_YEAR && year <= currentYear;
  if (yearText && !isYear) read.add('year', `Year must be between ${FIRST_DRAW_YEAR} and ${currentYear}`);
  const shareText = read.text('share', 'Enter the share of the workforce to re-vet, as a percentage');
  const share = shareText ? shareFromPercentage(shareText) : null;
  if (shareText && share === null) read.add('share', 'Share to re-vet must be a percentage above 0 and at most 100, like 5%');
  return read.finish(() => (force && isYear && share !== null ? { forceId: force, year, share } : null));
}

export const NATIONAL_SECURITY_DATE_FIELDS = ['grantedOn', 'expiresOn'];
export const NATIONAL_SECURITY_FIELD_LABELS = { forceId: 'Force', level: 'Level', grantedOn: 'Date granted', expiresOn: 'Expiry date', sponsor: 'Sponsoring body and reference' };

export function parseNationalSecurityClearanceForm(form: FormData, { personId, forceId }: { personId: string; forceId: string | null }): Parsed<TRecordNationalSecurityClearance> {
  const read = readForm(form, NATIONAL_SECURITY_DATE_FIELDS);
  const force = forceId ?? read.text('forceId', 'Select the force');
  const level = read.choice('level', NATIONAL_SECURITY_LEVELS, 'Select the national security clearance held');
  const grantedOn = read.date('grantedOn', { label: 'Date granted', required: 'Enter the date the clearance was granted', notInFuture: true });
  const expiresOn = read.date('expiresOn', {
    label: 'Expiry date',
    after: { iso: grantedOn, message: `Expiry date must be after the date granted (${formatDate(grantedOn)})` },
  });
  const sponsor = read.text('sponsor', 'Enter the sponsoring body and its reference', { length: 500, message: 'Sponsoring body and reference must be 500 characters or fewer' });
  return read.finish(() => (force && level && grantedOn ? { forceId: force, personId, level, grantedOn, expiresOn, sponsor } : null));
}
