// Record a suspension, redeployment or restricted duties for a subject during the case
// (/cases/:id/subjects/:subjectId/restriction), with its conditions and the date it will be reviewed.
import { Form, Link, useActionData, useLoaderData, useNavigation, type LoaderFunctionArgs } from 'react-router';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { errorFor } from '../../components/form-errors.js';
import { Textarea } from '../../components/textarea.js';
import { rethrowUnlessSignedIn } from '../auth/session.js';
import { recordRestriction } from './cases.api.js';
import { requireId } from './case-params.js';
import { caseDecisionRecordAction, RecordPageFrame } from './case-record-frame.js';
import { loadSubjectForRecord, parseRestrictionForm, RESTRICTION_FIELD_LABELS, type SubjectRecordData } from './case-record-forms.js';
import { choicesOf, RESTRICTION_KIND_LABELS } from './cases.labels.js';

export async function restrictionLoader({ request, params }: LoaderFunctionArgs): Promise<SubjectRecordData> {
  try {
    return await loadSubjectForRecord(request, params, 'case:decide');
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export const restrictionAction = caseDecisionRecordAction({
  parse: parseRestrictionForm,
  save: (params, body) => recordRestriction(requireId(params, 'id'), requireId(params, 'subjectId'), body),
  labels: RESTRICTION_FIELD_LABELS,
  dateFields: ['decidedOn', 'reviewOn'],
  flash: 'Restriction recorded',
});

export function RestrictionPage() {
  const { case: caseData, subject } = useLoaderData<typeof restrictionLoader>();
  const actionData = useActionData<typeof restrictionAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const decidedError = errorFor(errors, 'decidedOn');
  const reviewError = errorFor(errors, 'reviewOn');
  return (
    <RecordPageFrame caseData={caseData} subjectName={subject.name} title="Record a restriction" errors={errors}>
      <p className="govuk-body">The restriction is shown on the case and on {subject.name}’s page until it ends.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={caseData.version} />
        <Radios id="kind" legend="Restriction" error={errorFor(errors, 'kind')?.message} items={choicesOf(RESTRICTION_KIND_LABELS)} />
        <Textarea id="conditions" label="Conditions and reasons" hint="What the subject may and may not do, and why" error={errorFor(errors, 'conditions')?.message} rows={5} />
        <DateInput id="decidedOn" legend="Date decided" hint="For example, 27 3 2026" error={decidedError?.message} errorParts={decidedError?.parts} defaultValue={isoToDateParts(todayIso())} />
        <DateInput id="reviewOn" legend="Review date" hint="When the restriction will next be reviewed, for example 27 4 2026" error={reviewError?.message} errorParts={reviewError?.parts} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record restriction</SubmitButton>
          <Link className="govuk-link" to={`/cases/${caseData.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </RecordPageFrame>
  );
}
