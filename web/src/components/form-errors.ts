import type { ApiError } from '../api/client.js';

export type DatePart = 'day' | 'month' | 'year';

/** One error on a form: shown in the error summary (linking to href) and next to the field named `field`. */
export type FormError = { field: string; message: string; href: string; parts?: DatePart[] };

export function errorFor(errors: readonly FormError[] | undefined, field: string): FormError | undefined {
  return errors?.find((error) => error.field === field);
}

/** Where an API field path (e.g. "employment.startDate") shows on the form. */
export type FieldTarget = { field: string; href: string };

/**
 * Turns a problem+json into form errors. Field errors whose path the form knows go next to that field; any other
 * problem (wrong password, a conflict) goes to `fallback` with the server's detail, which is written for people.
 */
export function formErrorsFromApi(error: ApiError, targets: Record<string, FieldTarget>, fallback: FieldTarget): FormError[] {
  const errors: FormError[] = [];
  for (const fieldError of error.errors) {
    const target = targets[fieldError.path] ?? fallback;
    if (errors.some((existing) => existing.field === target.field)) continue;
    errors.push({ ...target, message: fieldError.message });
  }
  if (errors.length === 0) {
    errors.push({ ...fallback, message: error.detail ?? 'There was a problem with your answers. Check them and try again' });
  }
  return errors;
}

export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
