// The two forms on an alert page read into API requests: who owns the alert, and its disposition with the reason.
// Both send the alert version that was read, so a change by someone else in between is refused (409) rather than
// overwritten.
import type { Disposition } from '../../../../shared/signal-vocabulary.js';
import type { ApiError } from '../../api/client.js';
import type { SelectOption } from '../../components/select.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldError, FORM_LEVEL, withLabel } from '../cases/case-form-errors.js';
import type { TAlertOwner } from './signals.api.js';
import { isDisposition } from './signals.labels.js';

export type AlertIntent = 'assign' | 'dispose';
export type Parsed<T> = { request: T; errors: [] } | { request: null; errors: FormError[] };

export const REASON_MAX_LENGTH = 5_000;

export const ALERT_FIELD_LABELS: Readonly<Record<string, string>> = {
  ownerId: 'Owner',
  disposition: 'Disposition',
  reason: 'Reason',
};

const STALE_MESSAGE =
  'Someone else changed this alert while you were working on it. The page now shows the alert as it is: check it, then try again';

export function readIntent(form: FormData): AlertIntent | null {
  const intent = formString(form, 'intent');
  return intent === 'assign' || intent === 'dispose' ? intent : null;
}

function readVersion(form: FormData): number | null {
  const version = Number(formString(form, 'version'));
  return Number.isInteger(version) && version > 0 ? version : null;
}

const missingVersion = (): FormError => ({ field: FORM_LEVEL, href: '', message: 'The page is out of date. Reload it and try again' });

/** The owner select's value for "no owner" (every other value is a user's id). */
export const NO_OWNER = 'none';

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The owner select: "No owner", then the users who may own the force's alerts (the reader marked "you"). The current
 * owner is always a choice, even when no longer in the list (their account disabled, say), so the select shows
 * who owns the alert now rather than silently picking someone else.
 */
export function ownerOptions(owners: readonly TAlertOwner[], current: { ownerId: string | null; ownerName: string | null }, userId: string): SelectOption[] {
  const options: SelectOption[] = [{ value: NO_OWNER, text: 'No owner' }];
  for (const owner of owners) options.push({ value: owner.id, text: owner.id === userId ? `${owner.displayName} (you)` : owner.displayName });
  if (current.ownerId && !owners.some((owner) => owner.id === current.ownerId)) {
    options.push({ value: current.ownerId, text: current.ownerName ?? 'The current owner' });
  }
  return options;
}

/** A user's id gives the alert to them; "none" leaves it without an owner. The server checks they may own it. */
export function readAssignForm(form: FormData): Parsed<{ version: number; ownerId: string | null }> {
  const version = readVersion(form);
  if (version === null) return { request: null, errors: [missingVersion()] };
  const owner = formString(form, 'ownerId');
  if (owner === NO_OWNER) return { request: { version, ownerId: null }, errors: [] };
  if (!USER_ID.test(owner)) return { request: null, errors: [fieldError('ownerId', 'Select who owns the alert')] };
  return { request: { version, ownerId: owner }, errors: [] };
}

export function readDisposeForm(form: FormData): Parsed<{ version: number; disposition: Disposition; reason: string }> {
  const errors: FormError[] = [];
  const version = readVersion(form);
  if (version === null) errors.push(missingVersion());
  const disposition = formString(form, 'disposition');
  if (!isDisposition(disposition)) errors.push(fieldError('disposition', 'Select what you decided'));
  const reason = formString(form, 'reason');
  if (!reason) errors.push(fieldError('reason', 'Enter the reason for your decision'));
  else if (reason.length > REASON_MAX_LENGTH) errors.push(fieldError('reason', 'Reason must be 5,000 characters or fewer'));
  if (errors.length > 0 || version === null || !isDisposition(disposition)) return { request: null, errors };
  return { request: { version, disposition, reason }, errors: [] };
}

/**
 * A refused write as form errors: a stale version or a closed alert is about the whole form (the page reloads the
 * alert after every submission, so it already shows the current state); a field error goes next to its field.
 */
export function alertFormErrors(error: ApiError, intent: AlertIntent): FormError[] {
  if (error.code === 'STALE_VERSION') return [{ field: FORM_LEVEL, href: '', message: STALE_MESSAGE }];
  if (error.code === 'CONFLICT') return [{ field: FORM_LEVEL, href: '', message: error.detail ?? 'The alert cannot be changed now' }];
  const fields = intent === 'assign' ? ['ownerId'] : ['disposition', 'reason'];
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    if (!fields.includes(path) || errors.some((e) => e.field === path)) continue;
    errors.push(fieldError(path, withLabel(ALERT_FIELD_LABELS[path] ?? path, message)));
  }
  if (errors.length === 0) errors.push({ field: FORM_LEVEL, href: '', message: error.detail ?? 'There was a problem with your answers. Check them and try again' });
  return errors;
}
