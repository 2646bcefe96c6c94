// Make a case from an integrity line report (/integrity-reports/:id/case): the subjects chosen from the register,
// each with the allegation classified by Standard, IOPC category and thematic tags, and for counter-corruption
// whether the case is restricted. The case is made by the cases module as an integrity-line case with no parties.
import { useState } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { THandlerReport } from '../../../../shared/integrity-line-contracts.js';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { caseFormErrors, fieldId } from '../cases/case-form-errors.js';
import { requireId } from '../cases/case-params.js';
import { getClassification, type TClassification } from '../cases/cases.api.js';
import { choicesOf } from '../cases/cases.labels.js';
import { TagCheckboxes } from '../cases/tag-checkboxes.js';
import { getReport, makeCaseFromReport } from './integrity-line.api.js';
import { REPORTS_PATH } from './integrity-reports.page.js';
import { caseFieldLabels, CASE_SUMMARY_LIMIT, parseReportCaseForm, subjectCount } from './report-case-form.js';
import { setReportFlash } from './report-flash.js';
import { SubjectPicker } from './subject-picker.js';

type CaseData = { report: THandlerReport; classification: TClassification; canRestrict: boolean };
type CaseActionData = { errors: FormError[] };

export async function reportCaseLoader({ request, params }: LoaderFunctionArgs): Promise<CaseData> {
  try {
    await requirePermission(request, 'integrity:handle');
    const user = await requirePermission(request, 'case:create');
    const [report, classification] = await Promise.all([getReport(requireId(params, 'id'), request.signal), getClassification(request.signal)]);
    if (report.hasCase) throw redirect(`${REPORTS_PATH}/${report.id}`);
    return { report, classification, canRestrict: hasPermission(user, 'case:restricted') };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function reportCaseAction({ request, params }: ActionFunctionArgs): Promise<CaseActionData | Response> {
  try {
    await requirePermission(request, 'case:create');
    const id = requireId(params, 'id');
    const form = await request.formData();
    const parsed = parseReportCaseForm(form);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const made = await makeCaseFromReport(id, parsed.request);
      setReportFlash(made.case ? `Case ${made.case.reference} made from report ${made.reference}` : `Case made from report ${made.reference}`);
      return redirect(`${REPORTS_PATH}/${id}`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: caseFormErrors(error, { labels: caseFieldLabels(subjectCount(form)), reloadHref: `${REPORTS_PATH}/${id}` }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

let keySequence = 0;
const nextKey = (): string => `r${++keySequence}`;

export function ReportCasePage() {
  const { report, classification, canRestrict } = useLoaderData<typeof reportCaseLoader>();
  const actionData = useActionData<typeof reportCaseAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle(`Make a case – report ${report.reference}`, errors.length > 0);
  const [subjectKeys, setSubjectKeys] = useState<string[]>(() => [nextKey()]);
  const message = (path: string) => errorFor(errors, path)?.message;
  return (
    <>
      <Link to={`${REPORTS_PATH}/${report.id}`} className="govuk-back-link">
        Back to report {report.reference}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Integrity line report {report.reference}</span>
          <h1 className="govuk-heading-l">Make a case</h1>
          <p className="govuk-body">
            The case is an integrity line report in {report.forceName}, received {formatDate(report.receivedOn)}. The reporter is not a party: they are anonymous.
          </p>
          <Form method="post" noValidate>
            <Textarea
              id="summary"
              label="Summary"
              hint={`What the case is about. Leave out anything that could identify the reporter. Up to ${CASE_SUMMARY_LIMIT.toLocaleString('en-GB')} characters.`}
              rows={6}
              defaultValue={report.whatHappened.slice(0, CASE_SUMMARY_LIMIT)}
              error={message('summary')}
            />
            {canRestrict && (
              <Checkboxes
                id="restricted"
                legend="Restricted case"
                hint="A restricted case is hidden from everyone outside counter-corruption, in every list, count and search"
                defaultValues={['yes']}
                error={message('restricted')}
                items={[{ value: 'yes', text: 'Restrict the case to counter-corruption' }]}
              />
            )}
            {subjectKeys.map((key, index) => {
              const path = `subjects.${index}.allegations.0`;
              const id = (field: string) => fieldId(`${path}.${field}`);
              const headingId = fieldId(`subjects.${index}.heading`);
              return (
                <section key={key} aria-labelledby={headingId} className="app-case-subject">
                  <h2 className="govuk-heading-m" id={headingId}>
                    Subject {index + 1}
                  </h2>
                  <SubjectPicker index={index} error={message(`subjects.${index}.personId`)} />
                  <Textarea id={id('description')} label="What is alleged" hint="What this person is said to have done, in plain words" rows={3} error={message(`${path}.description`)} />
                  <Select id={id('standard')} label="Standard of Professional Behaviour" error={message(`${path}.standard`)} options={[{ value: '', text: 'Select a Standard' }, ...choicesOf(STANDARD_LABELS)]} />
                  <Select id={id('iopcCategory')} label="IOPC complaint category" error={message(`${path}.iopcCategory`)} options={[{ value: '', text: 'Select a category' }, ...choicesOf(IOPC_CATEGORY_LABELS)]} />
                  <TagCheckboxes
                    id={id('tags')}
                    legend="Thematic tags (optional)"
                    hint="Select all that apply. Read the definition of each tag before you select it."
                    error={message(`${path}.tags`)}
                    tags={classification.tags}
                    version={classification.tagDefinitionsVersion}
                  />
                  {subjectKeys.length > 1 && (
                    <button type="button" className="govuk-button govuk-button--warning" onClick={() => setSubjectKeys((current) => current.filter((k) => k !== key))}>
                      Remove subject {index + 1}
                    </button>
                  )}
                </section>
              );
            })}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setSubjectKeys((current) => [...current, nextKey()])}>
              Add another subject
            </button>
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Make case</SubmitButton>
              <Link className="govuk-link" to={`${REPORTS_PATH}/${report.id}`}>
                Cancel
              </Link>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}
