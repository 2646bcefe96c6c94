// Record a complainant's request for a review of how their complaint was handled, by the local policing body or
// the IOPC, and the result when it comes (/cases/:id/complainant-review).
import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts } from '../../components/date-input.js';
import { errorFor } from '../../components/form-errors.js';
import { recordComplainantReview } from './cases.api.js';
import { requireId } from './case-params.js';
import { caseDecisionRecordAction, caseDecisionRecordLoader, RecordPageFrame } from './case-record-frame.js';
import { parseReviewForm, REVIEW_FIELD_LABELS } from './case-record-forms.js';
import { choicesOf, REVIEW_BODY_LABELS, REVIEW_OUTCOME_LABELS } from './cases.labels.js';

export const complainantReviewLoader = caseDecisionRecordLoader;

export const complainantReviewAction = caseDecisionRecordAction({
  parse: parseReviewForm,
  save: (params, body) => recordComplainantReview(requireId(params, 'id'), body),
  labels: REVIEW_FIELD_LABELS,
  dateFields: ['requestedOn', 'decidedOn'],
  flash: 'Complainant review recorded',
});

export function ComplainantReviewPage() {
  const { case: caseData } = useLoaderData<typeof complainantReviewLoader>();
  const actionData = useActionData<typeof complainantReviewAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const review = caseData.complainantReview;
  const requestedError = errorFor(errors, 'requestedOn');
  const decidedError = errorFor(errors, 'decidedOn');
  if (caseData.source !== 'public_complaint') {
    return (
      <RecordPageFrame caseData={caseData} title="Record a complainant review" errors={errors}>
        <p className="govuk-body">Only a complainant can ask for a review, and this case is not a public complaint.</p>
      </RecordPageFrame>
    );
  }
  return (
    <RecordPageFrame caseData={caseData} title="Record a complainant review" errors={errors}>
      <p className="govuk-body">Record the request when it arrives, then come back to record the result.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={caseData.version} />
        <Radios id="body" legend="Who was asked to review the handling?" error={errorFor(errors, 'body')?.message} items={choicesOf(REVIEW_BODY_LABELS)} defaultValue={review?.body} />
        <DateInput
          id="requestedOn"
          legend="Date requested"
          hint="For example, 27 3 2026"
          error={requestedError?.message}
          errorParts={requestedError?.parts}
          defaultValue={isoToDateParts(review?.requestedOn)}
        />
        <Radios
          id="outcome"
          legend="Result (if decided)"
          error={errorFor(errors, 'outcome')?.message}
          items={choicesOf(REVIEW_OUTCOME_LABELS)}
          defaultValue={review?.outcome ?? undefined}
        />
        <DateInput
          id="decidedOn"
          legend="Date decided (if decided)"
          hint="For example, 27 4 2026"
          error={decidedError?.message}
          errorParts={decidedError?.parts}
          defaultValue={isoToDateParts(review?.decidedOn)}
        />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record review</SubmitButton>
          <Link className="govuk-link" to={`/cases/${caseData.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </RecordPageFrame>
  );
}
