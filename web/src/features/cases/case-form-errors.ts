// Errors on the case forms. Each field's id is its API path with dots as dashes ("subjects.0.allegations.1.standard"
// is #subjects-0-allegations-1-standard), so a server error's path finds its field without a hand-written table.
import type { ApiError } from '../../api/client.js';
import type { FormError } from '../../components/form-errors.js';

/** The id (and form field name) of the input for an API path. */
export function fieldId(path: string): string {
  return path.replaceAll('.', '-');
}

/** The anchor an error summary links to: a date input's first box, otherwise the field itself. */
export function fieldHref(path: string, dateFields: readonly string[] = []): string {
  return `#${fieldId(path)}${dateFields.includes(path) ? '-day' : ''}`;
}

export function fieldError(path: string, message: string, dateFields: readonly string[] = []): FormError {
  return { field: path, message, href: fieldHref(path, dateFields) };
}

/** The field key of errors that belong to the whole form (a conflict, a stale version) rather than to one field. */
export const FORM_LEVEL = '_form';

type ApiErrorOptions = {
  /** Field paths on this form and their labels, as a sentence would name them ("Date decided"). */
  labels: Readonly<Record<string, string>>;
  dateFields?: readonly string[];
  /** Paths the server may name that are shown at another field: { panel: 'panel.chair' }. */
  aliases?: Readonly<Record<string, string>>;
  /** Where to send the user to see the current version after a stale write (usually this same page). */
  reloadHref: string;
};

/** Server messages are written to follow the field's name ("must not be after today"); give them one. */
export function withLabel(label: string, message: string): string {
  if (/^must\b|^is\b/.test(message)) return `${label} ${message}`;
  if (/^[a-z]/.test(message)) return `${label}: ${message}`;
  return message;
}

/**
 * Turns a problem+json from a case write into form errors: a stale version and a refused step are about the
 * whole form; a field error whose path is on the form goes next to that field (or its nearest known parent, so
 * "panel.layMembers.1" finds the second lay member and "panel" the chair).
 */
export function caseFormErrors(error: ApiError, { labels, dateFields = [], aliases = {}, reloadHref }: ApiErrorOptions): FormError[] {
  if (error.code === 'STALE_VERSION') {
    const current = error.errors.find((e) => e.path === 'version')?.message;
    const version = current && /\d+/.exec(current)?.[0];
    return [{
      field: FORM_LEVEL,
      href: reloadHref,
      message: `The case was changed by someone else while you were working on it${version ? ` (it is now version ${version})` : ''}. Reload the page to see the current case, then try again`,
    }];
  }
  if (error.code === 'CONFLICT') {
    return [{ field: FORM_LEVEL, href: '', message: error.detail ?? 'This step cannot be taken now' }];
  }
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const known = knownPath(aliases[path] ?? path, labels);
    if (!known) continue;
    if (errors.some((existing) => existing.field === known)) continue;
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
