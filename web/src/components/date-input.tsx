// GOV.UK date input: day, month and year boxes in a fieldset, turned into an ISO date (yyyy-mm-dd) with the
// Design System's error messages ("Date of birth must be a real date").
import { describedBy, ErrorMessage } from './error-message.js';
import type { DatePart } from './form-errors.js';

export type DateParts = { day: string; month: string; year: string };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

type DateInputProps = {
  id: string;
  name?: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  errorParts?: readonly DatePart[] | undefined;
  defaultValue?: DateParts;
};

const PARTS: readonly { part: DatePart; label: string; width: string; autoCompleteSuffix: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2', autoCompleteSuffix: 'day' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2', autoCompleteSuffix: 'month' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4', autoCompleteSuffix: 'year' },
];

export function DateInput({ id, name = id, legend, hint, error, errorParts, defaultValue = EMPTY_DATE }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const isBirthDate = id === 'dateOfBirth';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width, autoCompleteSuffix }) => {
            const hasError = Boolean(error) && (!errorParts || errorParts.length === 0 || errorParts.includes(part));
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${width}${hasError ? ' govuk-input--error' : ''}`}
                    id={`${id}-${part}`}
                    name={`${name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={isBirthDate ? `bday-${autoCompleteSuffix}` : undefined}
                    defaultValue={defaultValue[part]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function dateParts(form: FormData | URLSearchParams, name: string): DateParts {
  const read = (part: DatePart): string => {
    const value = form.get(`${name}-${part}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { day: read('day'), month: read('month'), year: read('year') };
}

export function isoToDateParts(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return EMPTY_DATE;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export type DateCheck = { iso: string | null; error?: undefined } | { iso?: undefined; error: string; parts: DatePart[] };

type DateRules = {
  /** The field's name in a sentence, capitalised: "Date of birth". */
  label: string;
  /** Message when all three boxes are empty; omit for an optional date. */
  requiredMessage?: string;
  notInFuture?: 'past' | 'today-or-past';
};

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Today in the browser's calendar, as an ISO date (yyyy-mm-dd). */
export function todayIso(): string {
  const now = new Date();
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

function joinParts(parts: DatePart[]): string {
  const words = parts.map((part) => `a ${part}`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}` : (words[0] ?? '');
}

/** Validates day/month/year as the GOV.UK date input pattern asks, returning an ISO date or the message to show. */
export function checkDate(parts: DateParts, rules: DateRules): DateCheck {
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part] === '');
  if (missing.length === 3) {
    return rules.requiredMessage ? { error: rules.requiredMessage, parts: [] } : { iso: null };
  }
  if (missing.length > 0) return { error: `${rules.label} must include ${joinParts([...missing])}`, parts: [...missing] };

  const invalid = (['day', 'month', 'year'] as const).filter((part) => !/^\d+$/.test(parts[part]));
  if (invalid.length > 0) return { error: `${rules.label} must be a real date`, parts: [...invalid] };
  if (parts.year.length !== 4) return { error: 'Year must include 4 numbers', parts: ['year'] };

  const day = Number(parts.day);
  const month = Number(parts.month);
  const year = Number(parts.year);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: `${rules.label} must be a real date`, parts: [] };
  }
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (rules.notInFuture === 'past' && iso >= todayIso()) return { error: `${rules.label} must be in the past`, parts: [] };
  if (rules.notInFuture === 'today-or-past' && iso > todayIso()) return { error: `${rules.label} must be today or in the past`, parts: [] };
  return { iso };
}
