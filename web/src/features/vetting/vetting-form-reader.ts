// Reads a vetting form into an API request, collecting GOV.UK error messages in page order. Field names are API
// paths with dots as dashes (as on the case forms), so a server error's path finds its field.
import type { ApiError } from '../../api/client.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldError, fieldId, FORM_LEVEL, withLabel } from '../cases/case-form-errors.js';

export type Parsed<T> = { request: T; errors: [] } | { request: null; errors: FormError[] };

type DateRules = { label: string; required?: string; notInFuture?: boolean; after?: { iso: string | null; message: string }; notBefore?: { iso: string | null; message: string } };

export type FormReader = {
  readonly errors: FormError[];
  add: (path: string, message: string) => void;
  /** Trimmed text; when `required` is given and the box is empty, that message is added. */
  text: (path: string, required?: string, max?: { length: number; message: string }) => string;
  choice: <T extends string>(path: string, values: readonly T[], required: string) => T | null;
  date: (path: string, rules: DateRules) => string | null;
  version: () => number | null;
  finish: <T>(build: () => T | null) => Parsed<T>;
};

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function readForm(form: FormData, dateFields: readonly string[]): FormReader {
  const errors: FormError[] = [];
  const add = (path: string, message: string, parts?: FormError['parts']) => {
    const error = fieldError(path, message, dateFields);
    errors.push(parts && parts.length > 0 ? { ...error, href: `#${fieldId(path)}-${parts[0] ?? 'day'}`, parts } : error);
  };
  return {
    errors,
    add: (path, message) => add(path, message),
    text: (path, required, max) => {
      const value = formString(form, fieldId(path));
      if (!value && required) add(path, required);
      else if (max && value.length > max.length) add(path, max.message);
      return value;
    },
    choice: (path, values, required) => {
      const value = formString(form, fieldId(path));
      if (isOneOf(values, value)) return value;
      add(path, required);
      return null;
    },
    date: (path, rules) => {
      const checked = checkDate(dateParts(form, fieldId(path)), {
        label: rules.label,
        ...(rules.required ? { requiredMessage: rules.required } : {}),
        ...(rules.notInFuture ? { notInFuture: 'today-or-past' as const } : {}),
      });
      if (checked.error !== undefined) {
        add(path, checked.error, checked.parts);
        return null;
      }
      if (checked.iso && rules.after?.iso && checked.iso <= rules.after.iso) {
        add(path, rules.after.message);
        return null;
      }
      if (checked.iso && rules.notBefore?.iso && checked.iso < rules.notBefore.iso) {
        add(path, rules.notBefore.message);
        return null;
      }
      return checked.iso;
    },
    version: () => {
      const version = Number(formString(form, 'version'));
      return Number.isInteger(version) && version > 0 ? version : null;
    },
    finish: (build) => {
      const request = errors.length === 0 ? build() : null;
      if (errors.length > 0 || request === null) {
        return { request: null, errors: errors.length > 0 ? errors : [{ field: FORM_LEVEL, href: '', message: 'The form is out of date. Reload the page and try again' }] };
      }
      return { request, errors: [] };
    },
  };
}

type ApiErrorOptions = {
  /** Field paths on this form and their labels, as a sentence names them ("Date decided"). */
  labels: Readonly<Record<string, string>>;
  dateFields?: readonly string[];
  /** Server paths shown at another field, e.g. { weighings: 'weighings.0' }. */
  aliases?: Readonly<Record<string, string>>;
  /** "application" or "review": what someone else may have changed meanwhile. */
  what: string;
  reloadHref: string;
};

/**
 * A problem+json from a vetting write as form errors: a stale version and a refused step belong to the whole form;
 * a field error whose path is on the form goes next to that field (or its nearest known parent).
 */
export function vettingFormErrors(error: ApiError, { labels, dateFields = [], aliases = {}, what, reloadHref }: ApiErrorOptions): FormError[] {
  if (error.code === 'STALE_VERSION') {
    return [{ field: FORM_LEVEL, href: reloadHref, message: `The ${what} was changed by someone else while you were working on it. Reload the page to see the current ${what}, then try again` }];
  }
  // A refused step names its reason in the detail, written for people; the field it concerns (if on the form) gets
  // the link, otherwise the whole form does.
  if (error.code === 'CONFLICT' && error.detail) {
    const known = error.errors.map(({ path }) => knownPath(aliases[path] ?? path, labels)).find((path): path is string => path !== null);
    return [known ? fieldError(known, error.detail, dateFields) : { field: FORM_LEVEL, href: '', message: error.detail }];
  }
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const known = knownPath(aliases[path] ?? path, labels);
    if (!known || errors.some((existing) => existing.field === known)) continue;
    errors.push(fieldError(known, withLabel(labels[known] ?? known, message), dateFields));
  }
  if (errors.length === 0) {
    errors.push({ field: FORM_LEVEL, href: '', message: error.detail ?? 'There was a problem with your answers. Check them and try again' });
  }
  return errors;
}

function knownPath(path: string, labels: Readonly<Record<string, string>>): string | null {
  let candidate = path;
  for (;;) {
    if (Object.hasOwn(labels, candidate)) return candidate;
    const cut = candidate.lastIndexOf('.');
    if (cut < 0) return null;
    candidate = candidate.slice(0, cut);
  }
}
