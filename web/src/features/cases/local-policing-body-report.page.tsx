// Record the report made to the local policing body (and the IOPC for a complaint) on an investigation open 12
// months after the matter was received, then every 6 months (/cases/:id/local-policing-body-report).
import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { SubmitButton } from '../../components/button.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { errorFor } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { Textarea } from '../../components/textarea.js';
import { recordLocalPolicingBodyReport } from './cases.api.js';
import { requireId } from './case-params.js';
import { caseDecisionRecordAction, caseDecisionRecordLoader, RecordPageFrame } from './case-record-frame.js';
import { NOTE_FIELD_LABELS, parseNoteForm } from './case-record-forms.js';

export const localPolicingBodyReportLoader = caseDecisionRecordLoader;

export const localPolicingBodyReportAction = caseDecisionRecordAction({
  parse: parseNoteForm,
  save: (params, body) => recordLocalPolicingBodyReport(requireId(params, 'id'), body),
  labels: NOTE_FIELD_LABELS,
  dateFields: ['decidedOn'],
  flash: 'Report to the local policing body recorded',
});

export function LocalPolicingBodyReportPage() {
  const { case: caseData } = useLoaderData<typeof localPolicingBodyReportLoader>();
  const actionData = useActionData<typeof localPolicingBodyReportAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const dateError = errorFor(errors, 'decidedOn');
  const due = caseData.clocks.localPolicingBodyReportDue;
  return (
    <RecordPageFrame caseData={caseData} title="Record a report to the local policing body" errors={errors} >
      <p className="govuk-body">
        {due ? `The next report is due ${formatDate(due)}.` : 'No report is due: no investigation is open.'}{' '}
        {caseData.source === 'public_complaint' ? 'For a complaint, the IOPC gets the report too.' : ''}
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={caseData.version} />
        <DateInput id="decidedOn" legend="Date of the report" hint="For example, 27 3 2026" error={dateError?.message} errorParts={dateError?.parts} defaultValue={isoToDateParts(todayIso())} />
        <Textarea id="rationale" label="What the report said" hint="The progress of the investigation and why it is taking this long" error={errorFor(errors, 'rationale')?.message} rows={6} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record report</SubmitButton>
          <Link className="govuk-link" to={`/cases/${caseData.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </RecordPageFrame>
  );
}
