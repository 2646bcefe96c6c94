import type { HTMLInputAutoCompleteAttribute } from 'react';
import { describedBy, ErrorMessage } from './error-message.js';

type TextInputProps = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  defaultValue?: string;
  widthClass?: string;
  inputMode?: 'text' | 'numeric';
};

export function TextInput({ id, name = id, label, hint, error, type = 'text', autoComplete, spellCheck, defaultValue, widthClass, inputMode }: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const inputClasses = ['govuk-input', widthClass, error ? 'govuk-input--error' : undefined].filter(Boolean).join(' ');
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
      <input
        className={inputClasses}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        defaultValue={defaultValue}
        inputMode={inputMode}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
