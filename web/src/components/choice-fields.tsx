// GOV.UK radios and checkboxes: a fieldset with a legend, the first item's id equal to the field id so the
// error summary can link to it.
import { describedBy, ErrorMessage } from './error-message.js';

export type ChoiceItem = { value: string; text: string; hint?: string };

type ChoiceFieldProps = {
  id: string;
  name?: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  items: readonly ChoiceItem[];
  inline?: boolean;
  small?: boolean;
};

function itemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

export function Radios({ id, name = id, legend, hint, error, items, inline, small, defaultValue }: ChoiceFieldProps & { defaultValue?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : undefined, small ? 'govuk-radios--small' : undefined].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className={classes} data-module="govuk-radios">
          {items.map((item, index) => {
            const inputId = itemId(id, index);
            const itemHintId = item.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={defaultValue === item.value}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes({ id, name = id, legend, hint, error, items, small, defaultValues = [] }: ChoiceFieldProps & { defaultValues?: readonly string[] }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
          {items.map((item, index) => {
            const inputId = itemId(id, index);
            const itemHintId = item.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  defaultChecked={defaultValues.includes(item.value)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
