// The frame of a record page (Regulation 17 notice, restriction, report, review): error summary, back link,
// caption with the case reference, heading, and a two-thirds column for the form.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TCase } from '../../../../shared/case-contracts.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/error-summary.js';
import type { FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { caseFormErrors } from './case-form-errors.js';

export function RecordPageFrame({ caseData, subjectName, title, errors, children }: {
  caseData: TCase;
  subjectName?: string;
  title: string;
  errors: readonly FormError[];
  children: ReactNode;
}) {
  usePageTitle(`${title} – ${caseData.reference}`, errors.length > 0);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={`/cases/${caseData.id}`} className="govuk-back-link">
        Back to case {caseData.reference}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {caseData.reference}
            {subjectName ? ` – ${subjectName}` : ''}
          </span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  );
}

/** The form errors for a failed record write, or the error rethrown when it is not about the form. */
export function recordWriteErrors(error: unknown, request: Request, options: { labels: Readonly<Record<string, string>>; dateFields: readonly string[]; aliases?: Readonly<Record<string, string>> }): FormError[] {
  if (isApiError(error) && (error.status === 400 || error.status === 409)) {
    return caseFormErrors(error, { ...options, reloadHref: new URL(request.url).pathname });
  }
  throw error;
}
