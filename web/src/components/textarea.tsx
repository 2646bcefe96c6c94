import { describedBy, ErrorMessage } from './error-message.js';

type TextareaProps = {
  id: string;
  name?: string;
  label: string;
  /** A label styled as a page or section heading, for a question page whose only field is this one. */
  labelClass?: string;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  defaultValue?: string;
  spellCheck?: boolean;
};

/** GOV.UK textarea. What people type here is rendered back only as text, never as HTML. */
export function Textarea({ id, name = id, label, labelClass, hint, error, rows = 5, defaultValue, spellCheck }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelClass ? ` ${labelClass}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
