// The "Record an address" form: which sources a user may record, the form turned into the API's request, and the
// API's field errors put next to the fields. Pure, so it is tested without a browser.
import type { TCurrentUser, TRecordAddress } from '../../../../shared/contracts.js';
import { can, type Action } from '../../../../shared/policy.js';
import { ADDRESS_SOURCE_LABELS, ADDRESS_SOURCES } from '../../../../shared/vocabulary.js';
import type { ApiError } from '../../api/client.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { withLabel } from '../cases/case-form-errors.js';

export type AddressSource = (typeof ADDRESS_SOURCES)[number];

// The same split the server makes: HR keep the HR record; vetting records what an application declared.
const SOURCE_PERMISSION: Record<AddressSource, Action> = {
  hr_record: 'person:update',
  vetting_declaration: 'vetting:record',
};

export function isAddressSource(value: string): value is AddressSource {
  return Object.hasOwn(ADDRESS_SOURCE_LABELS, value);
}

/**
 * The sources this user may record an address from. With `forceIds` (the forces that employed the person), only
 * those within the user's reach, as the server decides; without, every source their role allows somewhere.
 */
export function recordableSources(user: TCurrentUser, forceIds?: readonly string[]): AddressSource[] {
  return ADDRESS_SOURCES.filter((source) => {
    const action = SOURCE_PERMISSION[source];
    if (!user.permissions.includes(action)) return false;
    return forceIds === undefined || can(user, action, { forceIds });
  });
}

type Parsed = { address: TRecordAddress; errors: [] } | { address: null; errors: FormError[] };

/** Checks the answers as the GOV.UK patterns ask; whether the postcode is a real one is the server's to say. */
export function parseAddressForm(form: FormData, offered: readonly AddressSource[]): Parsed {
  const errors: FormError[] = [];
  const postcode = formString(form, 'postcode');
  if (!postcode) errors.push({ field: 'postcode', message: 'Enter a postcode', href: '#postcode' });

  const fromDate = checkDate(dateParts(form, 'fromDate'), { label: 'From date', requiredMessage: 'Enter the date they moved in', notInFuture: 'today-or-past' });
  if (fromDate.error !== undefined) {
    errors.push({ field: 'fromDate', message: fromDate.error, href: `#fromDate-${fromDate.parts[0] ?? 'day'}`, parts: fromDate.parts });
  }
  const toDate = checkDate(dateParts(form, 'toDate'), { label: 'To date', notInFuture: 'today-or-past' });
  if (toDate.error !== undefined) {
    errors.push({ field: 'toDate', message: toDate.error, href: `#toDate-${toDate.parts[0] ?? 'day'}`, parts: toDate.parts });
  } else if (toDate.iso && fromDate.iso && toDate.iso < fromDate.iso) {
    errors.push({ field: 'toDate', message: 'To date must be the same as or after the from date', href: '#toDate-day' });
  }

  const source = formString(form, 'source');
  const isOffered = isAddressSource(source) && offered.includes(source);
  if (!isOffered) errors.push({ field: 'source', message: 'Select where the address was recorded from', href: '#source' });

  if (errors.length > 0 || !isAddressSource(source) || !fromDate.iso) return { address: null, errors };
  // Left out rather than null when blank: the address is where they live now.
  return { errors: [], address: { postcode, fromDate: fromDate.iso, ...(toDate.iso ? { toDate: toDate.iso } : {}), source } };
}

const FIELD_LABELS: Record<string, { label: string; href: string }> = {
  postcode: { label: 'Postcode', href: '#postcode' },
  fromDate: { label: 'From date', href: '#fromDate-day' },
  toDate: { label: 'To date', href: '#toDate-day' },
  source: { label: 'Recorded from', href: '#source' },
};

/**
 * The API's field errors next to their fields, each named ("Postcode must be a UK postcode…": the server writes
 * messages to follow the field's name). Anything else goes to the postcode, the first field, in the server's words.
 */
export function addressErrorsFromApi(error: ApiError): FormError[] {
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const target = FIELD_LABELS[path];
    if (!target || errors.some((existing) => existing.field === path)) continue;
    errors.push({ field: path, message: withLabel(target.label, message), href: target.href });
  }
  if (errors.length === 0) {
    errors.push({ field: 'postcode', message: error.detail ?? 'There was a problem with your answers. Check them and try again', href: '#postcode' });
  }
  return errors;
}
