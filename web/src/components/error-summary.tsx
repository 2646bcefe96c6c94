import { useEffect, useRef } from 'react';
import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukComponent } from './use-govuk-component.js';

export type ErrorSummaryItem = { message: string; href?: string };

/**
 * GOV.UK error summary. GOV.UK Frontend focuses it when it is initialised and moves focus to the field when a
 * link is clicked; when a new set of errors replaces the old one it takes focus again.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: { errors: readonly ErrorSummaryItem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const isFirstRender = useRef(true);
  useGovukComponent(ref, GovukErrorSummary);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const element = ref.current;
    if (!element) return;
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
    element.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href ?? ''}:${error.message}`}>{error.href ? <a href={error.href}>{error.message}</a> : error.message}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
