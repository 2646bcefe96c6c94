// Review a suspension, redeployment or restricted duties (/cases/:id/restrictions/:restrictionId/review): continue
// it to a new review date, or end it, with the reasons. Restrictions must be reviewed, not left to run.
import { data, Form, Link, useActionData, useLoaderData, useNavigation, type LoaderFunctionArgs } from 'react-router';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { formatDate } from '../../components/format.js';
import { errorFor } from '../../components/form-errors.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { rethrowUnlessSignedIn } from '../auth/session.js';
import { reviewRestriction } from './cases.api.js';
import { requireId } from './case-params.js';
import { caseDecisionRecordAction, RecordPageFrame } from './case-record-frame.js';
import { loadCaseForRecord, parseRestrictionReviewForm, RESTRICTION_REVIEW_FIELD_LABELS, type CaseRecordData } from './case-record-forms.js';
import { labelFor, RESTRICTION_KIND_LABELS } from './cases.labels.js';

type RestrictionReviewData = CaseRecordData & { subjectName: string; restriction: CaseRecordData['case']['subjects'][number]['restrictions'][number] };

export async function restrictionReviewLoader({ request, params }: LoaderFunctionArgs): Promise<RestrictionReviewData> {
  try {
    const loaded = await loadCaseForRecord(request, params, 'case:decide');
    const restrictionId = requireId(params, 'restrictionId');
    for (const subject of loaded.case.subjects) {
      const restriction = subject.restrictions.find((r) => r.id === restrictionId);
      if (restriction && !restriction.endedOn) return { ...loaded, subjectName: subject.name, restriction };
    }
    throw data(null, { status: 404 });
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export const restrictionReviewAction = caseDecisionRecordAction({
  parse: parseRestrictionReviewForm,
  save: (params, body) => reviewRestriction(requireId(params, 'id'), requireId(params, 'restrictionId'), body),
  labels: RESTRICTION_REVIEW_FIELD_LABELS,
  dateFields: ['reviewedOn', 'nextReviewOn'],
  flash: 'Restriction review recorded',
});

export function RestrictionReviewPage() {
  const { case: caseData, subjectName, restriction } = useLoaderData<typeof restrictionReviewLoader>();
  const actionData = useActionData<typeof restrictionReviewAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const reviewedError = errorFor(errors, 'reviewedOn');
  const nextError = errorFor(errors, 'nextReviewOn');
  return (
    <RecordPageFrame caseData={caseData} subjectName={subjectName} title="Review a restriction" errors={errors}>
      <SummaryList>
        <SummaryRow label="Restriction">{labelFor(RESTRICTION_KIND_LABELS, restriction.kind)}</SummaryRow>
        <SummaryRow label="Conditions"><span className="app-pre-wrap">{restriction.conditions}</span></SummaryRow>
        <SummaryRow label="Decided">{formatDate(restriction.decidedOn)}</SummaryRow>
        <SummaryRow label="Review due">{formatDate(restriction.reviewOn)}</SummaryRow>
      </SummaryList>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={caseData.version} />
        <DateInput id="reviewedOn" legend="Date reviewed" hint="For example, 27 3 2026" error={reviewedError?.message} errorParts={reviewedError?.parts} defaultValue={isoToDateParts(todayIso())} />
        <Radios
          id="decision"
          legend="Decision"
          error={errorFor(errors, 'decision')?.message}
          items={[
            { value: 'continue', text: 'The restriction continues', hint: 'Set the date of the next review below' },
            { value: 'end', text: 'The restriction ends today' },
          ]}
        />
        <DateInput id="nextReviewOn" legend="Next review date" hint="Only if the restriction continues, for example 27 4 2026" error={nextError?.message} errorParts={nextError?.parts} />
        <Textarea id="rationale" label="Reasons" hint="Why the restriction is still needed, or why it can end" error={errorFor(errors, 'rationale')?.message} rows={5} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record the review</SubmitButton>
          <Link className="govuk-link" to={`/cases/${caseData.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </RecordPageFrame>
  );
}
