// Reviews of my decisions (/decision-reviews): for the people who made them, every quality-assurance review that
// disagreed with one of their decisions, with the reviewer's answers and reasons, and a form to respond (once).
import { Form, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TDecisionReview } from '../../../../shared/qa-contracts.js';
import { QA_ANSWER_LABELS } from '../../../../shared/qa-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { FORM_LEVEL } from '../cases/case-form-errors.js';
import { readResponseForm } from './qa-forms.js';
import { listDecisionReviews, respondToReview } from './qa.api.js';
import { decisionLabel } from './qa.labels.js';

type ActionData = { errors: FormError[]; saved: string | null };

export async function decisionReviewsLoader({ request }: LoaderFunctionArgs) {
  try {
    await requirePermission(request, 'qa:respond');
    return await listDecisionReviews(request.signal);
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function decisionReviewsAction({ request }: ActionFunctionArgs): Promise<ActionData> {
  try {
    await requirePermission(request, 'qa:respond');
    const parsed = readResponseForm(await request.formData());
    if (!parsed.request) return { errors: parsed.errors, saved: null };
    try {
      const review = await respondToReview(parsed.request.itemId, parsed.request.response);
      return { errors: [], saved: `Response sent about ${review.reference}` };
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 404 || error.status === 409)) {
        const field = `response-${parsed.request.itemId}`;
        return { errors: [error.status === 400 ? { field, href: `#${field}`, message: error.detail ?? 'Check your response' } : { field: FORM_LEVEL, href: '', message: error.detail ?? 'You cannot respond to this review' }], saved: null };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function Review({ review, errors, isBusy }: { review: TDecisionReview; errors: readonly FormError[]; isBusy: boolean }) {
  const headingId = `review-${review.itemId}`;
  const field = `response-${review.itemId}`;
  return (
    <section aria-labelledby={headingId} className="app-case-section">
      <h2 className="govuk-heading-m" id={headingId}>
        {review.reference}: {review.subjectName}
      </h2>
      <SummaryList>
        <SummaryRow label="Your decision">{`${decisionLabel(review.entityType, review.decision)}, ${formatDate(review.decidedOn)}`}</SummaryRow>
        <SummaryRow label="Sample">{review.sampleName}</SummaryRow>
        <SummaryRow label="Reviewed">{`${formatDateTime(review.reviewedAt)} by ${review.reviewerName ?? 'a reviewer'}`}</SummaryRow>
        <SummaryRow label="Reasons for disagreeing"><span className="app-pre-wrap">{review.reasons ?? 'None given'}</span></SummaryRow>
        {review.answers.map((a) => (
          <SummaryRow key={a.question} label={a.question}>{QA_ANSWER_LABELS[a.answer]}</SummaryRow>
        ))}
      </SummaryList>
      {review.response ? (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">You responded on {formatDateTime(review.respondedAt ?? review.reviewedAt)}:</p>
          <p className="govuk-body app-pre-wrap">{review.response}</p>
        </div>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="itemId" value={review.itemId} />
          <Textarea
            id={field}
            name="response"
            label={`Your response about ${review.reference}`}
            hint="Whether you accept the finding, what you have done about it, or why you see it differently. The reviewer and your force’s quality-assurance leads will see it"
            error={errorFor(errors, field)?.message}
            rows={4}
          />
          <SubmitButton isBusy={isBusy}>Send your response</SubmitButton>
        </Form>
      )}
    </section>
  );
}

export function DecisionReviewsPage() {
  const { items } = useLoaderData<typeof decisionReviewsLoader>();
  const actionData = useActionData<typeof decisionReviewsAction>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  usePageTitle('Reviews of my decisions', errors.length > 0);
  const awaiting = items.filter((i) => i.response === null).length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        {actionData?.saved && (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">{actionData.saved}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Reviews of my decisions</h1>
        <p className="govuk-body">
          Decisions you made are sometimes picked at random for a quality-assurance review. Here are the reviews that disagreed with one of your
          decisions, with the reviewer’s reasons. You can respond to each once.
        </p>
        <p className="govuk-body">{items.length === 0 ? 'No review has disagreed with a decision of yours.' : `${pluralise(items.length, 'review')}, ${awaiting} awaiting your response.`}</p>
        {items.map((review) => (
          <Review key={review.itemId} review={review} errors={errors} isBusy={navigation.state === 'submitting'} />
        ))}
      </div>
    </div>
  );
}
