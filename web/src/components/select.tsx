import { describedBy, ErrorMessage } from './error-message.js';

export type SelectOption = { value: string; text: string };

type SelectProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: readonly SelectOption[];
  defaultValue?: string;
};

export function Select({ id, name = id, label, hint, error, options, defaultValue }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
