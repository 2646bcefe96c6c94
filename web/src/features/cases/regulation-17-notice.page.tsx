// Serve the Regulation 17 written notice of investigation (/cases/:id/subjects/:subjectId/regulation-17-notice):
// the investigator confirms it says everything the regulation requires; the officer's 10-working-day response
// clock starts from the date served.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { serveRegulation17Notice } from './cases.api.js';
import { setCaseFlash } from './case-flash.js';
import { requireId } from './case-params.js';
import { RecordPageFrame, recordWriteErrors } from './case-record-frame.js';
import { loadSubjectForRecord, NOTICE_CONTENTS, NOTICE_FIELD_ALIASES, NOTICE_FIELD_LABELS, parseNoticeForm, type SubjectRecordData } from './case-record-forms.js';

export async function regulation17NoticeLoader({ request, params }: LoaderFunctionArgs): Promise<SubjectRecordData> {
  try {
    return await loadSubjectForRecord(request, params, 'case:investigate');
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function regulation17NoticeAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'case:investigate');
    const caseId = requireId(params, 'id');
    const subjectId = requireId(params, 'subjectId');
    const parsed = parseNoticeForm(await request.formData());
    if (!parsed.request) return { errors: parsed.errors };
    try {
      await serveRegulation17Notice(caseId, subjectId, parsed.request);
    } catch (error) {
      return { errors: recordWriteErrors(error, request, { labels: NOTICE_FIELD_LABELS, dateFields: ['servedOn'], aliases: NOTICE_FIELD_ALIASES }) };
    }
    setCaseFlash(caseId, 'Regulation 17 notice recorded');
    return redirect(`/cases/${caseId}`);
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function Regulation17NoticePage() {
  const { case: caseData, subject } = useLoaderData<typeof regulation17NoticeLoader>();
  const actionData = useActionData<typeof regulation17NoticeAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const servedError = errorFor(errors, 'servedOn');
  const isInvestigation = subject.state === 'under_investigation';
  return (
    <RecordPageFrame caseData={caseData} subjectName={subject.name} title="Serve the Regulation 17 notice" errors={errors}>
      {!isInvestigation ? (
        <p className="govuk-body">
          A Regulation 17 notice is served while the matter is under investigation. <Link className="govuk-link" to={`/cases/${caseData.id}`}>Go back to the case</Link>
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Record the written notice of investigation served on {subject.name}. They have 10 working days from the date served to respond.
            {subject.regulation17ServedOn ? ` A notice was already recorded as served on ${subject.regulation17ServedOn}; recording another replaces its date.` : ''}
          </p>
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={caseData.version} />
            <DateInput id="servedOn" legend="Date served" hint="For example, 27 3 2026" error={servedError?.message} errorParts={servedError?.parts} defaultValue={isoToDateParts(todayIso())} />
            <Checkboxes
              id="contents"
              legend="What the notice says"
              hint="Regulation 17 requires every one of these. Select each one the notice says."
              error={errorFor(errors, 'contents')?.message}
              items={NOTICE_CONTENTS}
            />
            <Radios
              id="harmfulInformationWithheld"
              legend="Was any information withheld under the harm test?"
              error={errorFor(errors, 'harmfulInformationWithheld')?.message}
              inline
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No' },
              ]}
            />
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Record notice</SubmitButton>
              <Link className="govuk-link" to={`/cases/${caseData.id}`}>
                Cancel
              </Link>
            </div>
          </Form>
        </>
      )}
    </RecordPageFrame>
  );
}
