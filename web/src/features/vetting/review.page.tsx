// Vetting reviews of people already cleared: the list (/vetting/reviews), one review with its withdrawal
// assessment and timeline (/vetting/reviews/:id), a form per step the user may take now
// (/vetting/reviews/:id/steps/:action: maintain, serve notice, representations, withdraw, appeals), and opening a
// review on an arrest or a change of circumstances (/vetting/reviews/new?personId=…).
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TPerson } from '../../../../shared/contracts.js';
import type { TVettingReview } from '../../../../shared/vetting-contracts.js';
import { REVIEW_STATE_LABELS, REVIEW_TRIGGER_LABELS, REVIEW_TRIGGERS, type ReviewTrigger } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { todayIso } from '../../components/date-input.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { choicesOf, labelFor } from '../cases/cases.labels.js';
import { requireId } from '../cases/case-params.js';
import { getPerson } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { getReview, listReviews, openReview, stepReview, type TReviewList, type TVettingEvent } from './vetting.api.js';
import { DateField, DecidedOnField, FormFrame, message, NotOpen, SuccessBanner, Timeline, timelineOf } from './vetting-components.js';
import { setVettingFlash, takeVettingFlash } from './vetting-flash.js';
import { isOneOf, vettingFormErrors } from './vetting-form-reader.js';
import {
  isReviewStepAction, OPEN_REVIEW_FIELD_LABELS, parseOpenReviewForm, parseReviewStepForm, rationaleLabel, REVIEW_STEP_DATE_FIELDS, REVIEW_STEP_FIELD_LABELS,
  type ReviewStepAction,
} from './vetting-forms.js';
import { ACCOMPANIED_BY_LABELS, OPEN_REVIEW_TRIGGER_LABELS, PANEL_RESULT_LABELS, REVIEW_ACTION_LABELS, REVIEW_EVENT_LABELS, reviewStateTag } from './vetting.labels.js';

export const reviewHref = (id: string): string => `/vetting/reviews/${id}`;

// The list ---------------------------------------------------------------------------------------------------------

type ReviewListData = { open: boolean; trigger: ReviewTrigger | null; result: TReviewList };

/** The list's address for a choice of open/all and trigger (?trigger=random_revetting: the draw's reviews). */
export function reviewListHref({ open, trigger }: { open: boolean; trigger: ReviewTrigger | null }): string {
  const params = new URLSearchParams();
  if (!open) params.set('show', 'all');
  if (trigger) params.set('trigger', trigger);
  const search = params.toString();
  return search ? `/vetting/reviews?${search}` : '/vetting/reviews';
}

export async function reviewListLoader({ request }: LoaderFunctionArgs): Promise<ReviewListData> {
  try {
    await requirePermission(request, 'vetting:read');
    const params = new URL(request.url).searchParams;
    const open = params.get('show') !== 'all';
    const wanted = params.get('trigger') ?? '';
    // A mistyped trigger in the address shows every trigger rather than a 400.
    const trigger = isOneOf(REVIEW_TRIGGERS, wanted) ? wanted : null;
    return { open, trigger, result: await listReviews({ open: open ? 'true' : undefined, trigger: trigger ?? undefined }, request.signal) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function ReviewListPage() {
  const { open, trigger, result } = useLoaderData<typeof reviewListLoader>();
  const title = `${open ? 'Open vetting reviews' : 'All vetting reviews'}${trigger ? `: ${REVIEW_TRIGGER_LABELS[trigger].toLowerCase()}` : ''}`;
  usePageTitle(title);
  return (
    <>
      <Link to="/vetting" className="govuk-back-link">
        Back to vetting
      </Link>
      <span className="govuk-caption-l">Vetting</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Reviews of people already cleared, opened by a new allegation, misconduct short of dismissal, an arrest, a change of circumstances, the random draw or an integrity review.{' '}
        <Link className="govuk-link" to={reviewListHref({ open: !open, trigger })}>
          {open ? 'Show ended reviews too' : 'Show open reviews only'}
        </Link>
        {trigger && (
          <>
            {' '}
            <Link className="govuk-link" to={reviewListHref({ open, trigger: null })}>
              Show every trigger
            </Link>
          </>
        )}
      </p>
      <p className="govuk-body">{result.items.length === 0 ? 'No reviews.' : pluralise(result.items.length, 'review')}</p>
      {result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Trigger</th>
              <th scope="col" className="govuk-table__header">Opened</th>
              <th scope="col" className="govuk-table__header">State</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={reviewHref(item.id)}>
                    <span className="govuk-visually-hidden">Review of </span>
                    {item.personName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{item.level}</td>
                <td className="govuk-table__cell">
                  {REVIEW_TRIGGER_LABELS[item.trigger]}
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name app-pre-wrap">{item.triggerDetail}</span>
                </td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.openedOn)}</td>
                <td className="govuk-table__cell">
                  <strong className={reviewStateTag(item.state)}>{REVIEW_STATE_LABELS[item.state]}</strong>
                  {item.hrActionRequired && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">HR to act</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

// One review -------------------------------------------------------------------------------------------------------

type ReviewData = { review: TVettingReview; user: TCurrentUser; flash: string | null };

export async function reviewLoader({ request, params }: LoaderFunctionArgs): Promise<ReviewData> {
  try {
    const user = await requirePermission(request, 'vetting:read');
    const id = requireId(params, 'id');
    const review = await getReview(id, request.signal);
    return { review, user, flash: takeVettingFlash(reviewHref(id)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function reviewEventDetails(event: TVettingEvent): string[] {
  const value = (key: string): string | null => (event.data && typeof event.data[key] === 'string' ? String(event.data[key]) : null);
  const details: string[] = [];
  const trigger = value('trigger');
  if (trigger) details.push(labelFor(REVIEW_TRIGGER_LABELS, trigger));
  const accompaniedBy = value('accompaniedBy');
  if (accompaniedBy) details.push(`Accompanied by: ${labelFor(ACCOMPANIED_BY_LABELS, accompaniedBy).toLowerCase()}`);
  const result = value('result');
  if (result) details.push(labelFor(PANEL_RESULT_LABELS, result));
  return details;
}

export function ReviewPage() {
  const { review, user, flash } = useLoaderData<typeof reviewLoader>();
  usePageTitle(`Vetting review – ${review.personName}`);
  const steps = review.allowedActions.filter(isReviewStepAction);
  return (
    <>
      <SuccessBanner message={flash} />
      <Link to="/vetting/reviews" className="govuk-back-link">
        Back to vetting reviews
      </Link>
      <span className="govuk-caption-l">Vetting review</span>
      <h1 className="govuk-heading-l">{review.personName}</h1>
      <SummaryList>
        <SummaryRow label="Person">
          {hasPermission(user, 'person:read') ? (
            <Link className="govuk-link" to={`/people/${review.personId}`}>
              {review.personName}
            </Link>
          ) : (
            review.personName
          )}
        </SummaryRow>
        <SummaryRow label="Clearance">{`${review.level}, ${review.forceId}`}</SummaryRow>
        <SummaryRow label="Trigger">{REVIEW_TRIGGER_LABELS[review.trigger]}</SummaryRow>
        <SummaryRow label="What happened">
          <span className="app-pre-wrap">{review.triggerDetail}</span>
        </SummaryRow>
        <SummaryRow label="Opened">{formatDate(review.openedOn)}</SummaryRow>
        <SummaryRow label="State">
          <strong className={reviewStateTag(review.state)}>{REVIEW_STATE_LABELS[review.state]}</strong>
        </SummaryRow>
        {review.noticeServedOn && <SummaryRow label="Withdrawal notice served">{formatDate(review.noticeServedOn)}</SummaryRow>}
        {review.representationsDue && (
          <SummaryRow label="Representations">
            {review.representationsReceivedOn ? `Received ${formatDate(review.representationsReceivedOn)}` : `Due by ${formatDate(review.representationsDue)}`}
          </SummaryRow>
        )}
        {review.decidedOn && <SummaryRow label="Decided">{formatDate(review.decidedOn)}</SummaryRow>}
        {review.rationale && (
          <SummaryRow label="Rationale">
            <span className="app-pre-wrap">{review.rationale}</span>
          </SummaryRow>
        )}
        {(review.hrActionRequired || review.hrActionRecordedOn) && (
          <SummaryRow label="HR action">{review.hrActionRecordedOn ? `Recorded ${formatDate(review.hrActionRecordedOn)}` : 'HR must act: dismissal without notice'}</SummaryRow>
        )}
      </SummaryList>
      <h2 className="govuk-heading-m">What you can do now</h2>
      {steps.length === 0 ? (
        <p className="govuk-body">There is nothing for you to do on this review at this stage.</p>
      ) : (
        <div className="govuk-button-group">
          {steps.map((action, index) => (
            <Link key={action} className={`govuk-button${action === 'withdraw' ? ' govuk-button--warning' : index === 0 ? '' : ' govuk-button--secondary'}`} to={`${reviewHref(review.id)}/steps/${action}`}>
              {REVIEW_ACTION_LABELS[action]}
            </Link>
          ))}
        </div>
      )}
      <Timeline entries={timelineOf(review.events, REVIEW_EVENT_LABELS, reviewEventDetails)} />
    </>
  );
}

// A step -----------------------------------------------------------------------------------------------------------

function requireAction(value: string | undefined): ReviewStepAction {
  if (!value || !isReviewStepAction(value)) throw data(null, { status: 404 });
  return value;
}

type StepData = { review: TVettingReview; action: ReviewStepAction };

export async function reviewStepLoader({ request, params }: LoaderFunctionArgs): Promise<StepData> {
  try {
    await requirePermission(request, 'vetting:read');
    const id = requireId(params, 'id');
    const action = requireAction(params.action);
    return { review: await getReview(id, request.signal), action };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function reviewStepAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:read');
    const id = requireId(params, 'id');
    const action = requireAction(params.action);
    const [form, review] = await Promise.all([request.formData(), getReview(id)]);
    const parsed = parseReviewStepForm(form, action, review.openedOn);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      await stepReview(id, parsed.request);
      setVettingFlash(reviewHref(id), labelFor(REVIEW_EVENT_LABELS, action));
      return redirect(reviewHref(id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: vettingFormErrors(error, { labels: REVIEW_STEP_FIELD_LABELS, dateFields: REVIEW_STEP_DATE_FIELDS, what: 'review', reloadHref: new URL(request.url).pathname }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function ReviewStepPage() {
  const { review, action } = useLoaderData<typeof reviewStepLoader>();
  const actionData = useActionData<typeof reviewStepAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const frame = { title: REVIEW_ACTION_LABELS[action] ?? action, caption: `Vetting review – ${review.personName}`, backHref: reviewHref(review.id), backText: 'Back to the review' };
  if (!review.allowedActions.includes(action)) {
    return (
      <FormFrame {...frame} errors={[]}>
        <NotOpen reason={`This step is not open to you now: the review is ‘${REVIEW_STATE_LABELS[review.state].toLowerCase()}’.`} backHref={frame.backHref} backText="Go back to the review" />
      </FormFrame>
    );
  }
  return (
    <FormFrame {...frame} errors={errors}>
      {action === 'withdraw' && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Withdrawal ends in dismissal without notice (Police (Vetting) Regulations 2025). HR will be asked to act.
          </strong>
        </div>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={review.version} />
        {action === 'record_representations' && (
          <Radios id="accompaniedBy" legend="Who accompanied the officer?" error={message(errors, 'accompaniedBy')} items={choicesOf(ACCOMPANIED_BY_LABELS)} />
        )}
        {(action === 'decide_panel_appeal' || action === 'decide_tribunal_appeal') && (
          <Radios id="result" legend="Result of the appeal" error={message(errors, 'result')} items={choicesOf(PANEL_RESULT_LABELS)} />
        )}
        <Textarea id="rationale" label={rationaleLabel(action)} error={message(errors, 'rationale')} rows={6} />
        <DecidedOnField errors={errors} legend={action === 'serve_withdrawal_notice' ? 'Date the notice was served' : 'Date'} />
        {action === 'serve_withdrawal_notice' && (
          <DateField path="representationsDue" legend="Date representations are due" hint="The officer may make representations with a police friend or a lawyer. For example, 27 3 2026" errors={errors} />
        )}
        <div className="govuk-button-group">
          <SubmitButton variant={action === 'withdraw' ? 'warning' : 'primary'} isBusy={navigation.state === 'submitting'}>
            {REVIEW_ACTION_LABELS[action] ?? 'Save'}
          </SubmitButton>
          <Link className="govuk-link" to={frame.backHref}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// Open a review ----------------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requirePersonId(request: Request): string {
  const personId = new URL(request.url).searchParams.get('personId') ?? '';
  if (!UUID.test(personId)) throw data(null, { status: 404 });
  return personId;
}

export async function openReviewLoader({ request }: LoaderFunctionArgs): Promise<{ person: TPerson }> {
  try {
    await requirePermission(request, 'vetting:record');
    return { person: await getPerson(requirePersonId(request), request.signal) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function openReviewAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:record');
    const parsed = parseOpenReviewForm(await request.formData(), requirePersonId(request));
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const opened = await openReview(parsed.request);
      setVettingFlash(reviewHref(opened.id), 'Vetting review opened');
      return redirect(reviewHref(opened.id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: vettingFormErrors(error, { labels: OPEN_REVIEW_FIELD_LABELS, dateFields: ['openedOn'], what: 'review', reloadHref: new URL(request.url).pathname }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function OpenReviewPage() {
  const { person } = useLoaderData<typeof openReviewLoader>();
  const actionData = useActionData<typeof openReviewAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const name = fullName(person);
  return (
    <FormFrame title="Open a vetting review" caption={name} backHref={`/people/${person.id}`} backText={`Back to ${name}`} errors={errors}>
      <p className="govuk-body">A new allegation with the tags that matter opens a review by itself. Open one here for an arrest or another change of circumstances.</p>
      <Form method="post" noValidate>
        <Radios id="trigger" legend="What happened?" error={message(errors, 'trigger')} items={choicesOf(OPEN_REVIEW_TRIGGER_LABELS)} />
        <Textarea id="detail" label="Details" error={message(errors, 'detail')} rows={5} />
        <DateField path="openedOn" legend="Date the review is opened" errors={errors} defaultIso={todayIso()} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Open the review</SubmitButton>
          <Link className="govuk-link" to={`/people/${person.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
