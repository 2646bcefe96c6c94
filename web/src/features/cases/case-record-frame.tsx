// The frame of a record page (Regulation 17 notice, restriction, report, review): error summary, back link,
// caption with the case reference, heading, and a two-thirds column for the form.
import type { ReactNode } from 'react';
import { Link, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type Params } from 'react-router';
import type { TCase } from '../../../../shared/case-contracts.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/error-summary.js';
import type { FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { caseFormErrors } from './case-form-errors.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { setCaseFlash } from './case-flash.js';
import { requireId } from './case-params.js';
import { loadCaseForRecord, type CaseRecordData } from './case-record-forms.js';

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

/** The loader of a case-level record form an appropriate authority fills in (report, complainant review). */
export async function caseDecisionRecordLoader({ request, params }: LoaderFunctionArgs): Promise<CaseRecordData> {
  try {
    return await loadCaseForRecord(request, params, 'case:decide');
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/**
 * The action of a record form an appropriate authority submits (restriction, report, complainant review):
 * check the permission, parse the form, save, and go back to the case with a message, or show the errors.
 */
export function caseDecisionRecordAction<T>({ parse, save, labels, dateFields, flash }: {
  parse: (form: FormData) => { request: T; errors: [] } | { request: null; errors: FormError[] };
  save: (params: Params, request: T) => Promise<unknown>;
  labels: Readonly<Record<string, string>>;
  dateFields: readonly string[];
  flash: string;
}) {
  return async ({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> => {
    try {
      await requirePermission(request, 'case:decide');
      const caseId = requireId(params, 'id');
      const parsed = parse(await request.formData());
      if (!parsed.request) return { errors: parsed.errors };
      try {
        await save(params, parsed.request);
      } catch (error) {
        return { errors: recordWriteErrors(error, request, { labels, dateFields }) };
      }
      setCaseFlash(caseId, flash);
      return redirect(`/cases/${caseId}`);
    } catch (error) {
      return rethrowUnlessSignedIn(error, request);
    }
  };
}
