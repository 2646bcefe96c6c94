// The thematic tags as GOV.UK checkboxes, each with its written definition as hint text and its guidance in a
// details component: the inspectorate asked for clear definitions to be in front of whoever classifies.
import { THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import { describedBy, ErrorMessage } from '../../components/error-message.js';
import type { TClassification } from './cases.api.js';

type TagCheckboxesProps = {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  tags: TClassification['tags'];
  version: number;
  defaultValues?: readonly string[];
};

/** The tags in the order DESIGN.md lists them (sexual misconduct and abuse together, then discrimination, …). */
function inVocabularyOrder(tags: TClassification['tags']): TClassification['tags'] {
  const rank = (tag: string) => {
    const index = (THEMATIC_TAGS as readonly string[]).indexOf(tag);
    return index < 0 ? THEMATIC_TAGS.length : index;
  };
  return [...tags].sort((a, b) => rank(a.tag) - rank(b.tag));
}

export function TagCheckboxes({ id, legend, hint, error, tags, version, defaultValues = [] }: TagCheckboxesProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={hintId} className="govuk-hint">
          {hint ? `${hint} ` : ''}Definitions version {version}.
        </div>
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {inVocabularyOrder(tags).map((tag, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={tag.tag}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={id}
                  type="checkbox"
                  value={tag.tag}
                  defaultChecked={defaultValues.includes(tag.tag)}
                  aria-describedby={`${inputId}-item-hint`}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {tag.label}
                </label>
                <div id={`${inputId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                  {tag.definition}
                </div>
                <details className="govuk-details govuk-checkboxes__hint app-tag-guidance">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      Guidance<span className="govuk-visually-hidden"> on {tag.label}</span>
                    </span>
                  </summary>
                  <div className="govuk-details__text">{tag.guidance}</div>
                </details>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
