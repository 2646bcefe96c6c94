// One possible match (/match-reviews/:id): the register's record and what it was matched with, side by side, the
// score field by field, and the decision. Confirming or rejecting needs a reason; both are recorded in the audit
// log. Whatever people typed is shown as text, never as HTML.
import { useState } from 'react';
import { data, Form, Link, redirect, useActionData, useLoaderData, useLocation, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TForce, TPerson } from '../../../../shared/contracts.js';
import type { TListEntry, TMatchReview } from '../../../../shared/national-index-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FormError } from '../../components/form-errors.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { getPerson } from '../people/people.api.js';
import { EMPLOYMENT_ROLE_LABELS, fullName, NAME_KIND_LABELS } from '../people/people.labels.js';
import { sortCareer } from '../people/person.page.js';
import { forceNameOf } from './list-check.page.js';
import { BandTag, ExplanationTable } from './match-explanation.js';
import { setReviewFlash } from './match-review-flash.js';
import { DECISION_FIELDS, parseDecisionForm, QUEUE_PATH, safeQueuePath } from './match-review-form.js';
import { decideMatchReview, getListEntry, getMatchReview } from './national-index.api.js';
import { bandOf, formatListBirthDate, formatScore, LIST_LABELS, REVIEW_KIND_LABELS, REVIEW_STATUS_LABELS, reviewStatusTagClass } from './national-index.labels.js';

type ReviewLoaderData = {
  review: TMatchReview;
  person: TPerson | null;
  entry: TListEntry | null;
  other: TPerson | null;
  forces: TForce[];
};

export async function matchReviewLoader({ request, params }: LoaderFunctionArgs): Promise<ReviewLoaderData> {
  try {
    const user = await requirePermission(request, 'match:review');
    const review = await getMatchReview(requireId(params, 'id'), request.signal);
    const canReadPeople = hasPermission(user, 'person:read');
    const [person, entry, other, forces] = await Promise.all([
      canReadPeople ? getPerson(review.personId, request.signal) : null,
      review.listEntryId && hasPermission(user, 'list:check') ? getListEntry(review.listEntryId, request.signal) : null,
      review.otherPersonId && canReadPeople ? getPerson(review.otherPersonId, request.signal) : null,
      listForces(request.signal),
    ]);
    return { review, person, entry, other, forces };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function matchReviewAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'match:review');
    const id = requireId(params, 'id');
    const form = await request.formData();
    const parsed = parseDecisionForm(form);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const decided = await decideMatchReview(id, parsed.request);
      setReviewFlash(`Possible match ${decided.status === 'confirmed' ? 'confirmed' : 'rejected'}: ${fullName(decided.person)}`);
      return redirect(safeQueuePath(formString(form, 'returnTo')));
    } catch (error) {
      // 409: someone else decided it first; the server's detail says so.
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { errors: formErrorsFromApi(error, DECISION_FIELDS, DECISION_FIELDS.decision) };
      if (isApiError(error) && error.status === 404) throw data(null, { status: 404 });
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/** The person's current job, or their latest if they have left. */
function currentJob(person: TPerson) {
  const career = sortCareer(person.employments);
  return career.find((job) => job.endDate === null) ?? career[0];
}

function RegisterRecord({ person, title }: { person: TPerson; title: string }) {
  const job = currentJob(person);
  const others = person.names.filter((name) => name.kind !== 'current');
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={`/people/${person.id}`}>
              View person<span className="govuk-visually-hidden"> {fullName(person)}</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Name">{fullName(person)}</SummaryRow>
          <SummaryRow label="Other names">
            {others.length === 0 ? 'None recorded' : others.map((name) => `${fullName(name)} (${NAME_KIND_LABELS[name.kind].toLowerCase()})`).join(', ')}
          </SummaryRow>
          <SummaryRow label="Date of birth">{formatDate(person.dateOfBirth)}</SummaryRow>
          <SummaryRow label="Force">{job ? `${job.forceName}${job.endDate ? ` (left ${formatDate(job.endDate)})` : ''}` : 'No employment recorded'}</SummaryRow>
          <SummaryRow label="Role or rank">{job ? (job.rank ?? EMPLOYMENT_ROLE_LABELS[job.role]) : 'Not recorded'}</SummaryRow>
        </SummaryList>
      </div>
    </div>
  );
}

function EntryRecord({ entry, forces }: { entry: TListEntry; forces: readonly TForce[] }) {
  const list = LIST_LABELS[entry.list];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">On the {list}</h2>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={`/list-checks/entries/${entry.id}`}>
              View entry<span className="govuk-visually-hidden"> on the {list}</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Name">{fullName(entry)}</SummaryRow>
          <SummaryRow label="Other names">{entry.otherFamilyNames.length > 0 ? entry.otherFamilyNames.join(', ') : 'None recorded'}</SummaryRow>
          <SummaryRow label="Date of birth">{formatListBirthDate(entry.dateOfBirth)}</SummaryRow>
          <SummaryRow label="Force">{forceNameOf(forces, entry.lastForce)} (last force)</SummaryRow>
          <SummaryRow label="Role or rank">{entry.role ?? 'Not recorded'}</SummaryRow>
          <SummaryRow label="Reason">
            <span className="app-pre-wrap">{entry.reason}</span>
          </SummaryRow>
          <SummaryRow label="Date of decision">{formatDate(entry.decidedOn)}</SummaryRow>
        </SummaryList>
      </div>
    </div>
  );
}

function OtherSide({ loaded }: { loaded: ReviewLoaderData }) {
  const { review, entry, other, forces } = loaded;
  if (entry) return <EntryRecord entry={entry} forces={forces} />;
  if (other) return <RegisterRecord person={other} title="The other record in the register" />;
  const caseReason = review.kind === 'open_case_elsewhere' ? review.reasons?.find((reason) => reason.field === 'case') : undefined;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{REVIEW_KIND_LABELS[review.kind]}</h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">
          {caseReason
            ? `The data wash found an ${caseReason.agreement}. Ask that force’s professional standards department for the details.`
            : 'Your account cannot show this record.'}
        </p>
      </div>
    </div>
  );
}

function Decision({ review }: { review: TMatchReview }) {
  return (
    <>
      <h2 className="govuk-heading-m">Decision</h2>
      <SummaryList>
        <SummaryRow label="Decision">
          <strong className={reviewStatusTagClass(review.status)}>{REVIEW_STATUS_LABELS[review.status]}</strong>
        </SummaryRow>
        <SummaryRow label="Reason">
          <span className="app-pre-wrap">{review.decisionReason ?? 'Not recorded'}</span>
        </SummaryRow>
        <SummaryRow label="Decided">{review.decidedAt ? formatDateTime(review.decidedAt) : 'Not recorded'}</SummaryRow>
      </SummaryList>
    </>
  );
}

function returnToFrom(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state && typeof state.returnTo === 'string') return safeQueuePath(state.returnTo);
  return QUEUE_PATH;
}

function DecisionForm({ errors, returnTo }: { errors: readonly FormError[]; returnTo: string }) {
  const navigation = useNavigation();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m">Your decision</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Radios
            id="decision"
            legend="Are they the same person?"
            error={errorFor(errors, 'decision')?.message}
            items={[
              { value: 'confirm', text: 'Yes, they are the same person' },
              { value: 'reject', text: 'No, they are different people' },
            ]}
          />
          <Textarea
            id="reason"
            label="Reason for your decision"
            hint="Say what you compared, for example documents, previous forces or employment dates. It is recorded with your decision."
            error={errorFor(errors, 'reason')?.message}
            rows={5}
          />
          <div className="govuk-button-group">
            <SubmitButton isBusy={navigation.state === 'submitting'}>Save decision</SubmitButton>
            <Link className="govuk-link" to={returnTo}>
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}

export function MatchReviewPage() {
  const loaded = useLoaderData<typeof matchReviewLoader>();
  const actionData = useActionData<typeof matchReviewAction>();
  const location = useLocation();
  const { review, person } = loaded;
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const name = fullName(review.person);
  // Read once: submitting the form moves to a new history entry without the state the queue's link gave.
  const [returnTo] = useState(() => returnToFrom(location.state));
  usePageTitle(`Possible match: ${name}`, errors.length > 0);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={returnTo} className="govuk-back-link">
        Back to possible matches
      </Link>
      <span className="govuk-caption-l">Possible match – {REVIEW_KIND_LABELS[review.kind]}</span>
      <h1 className="govuk-heading-l">
        {name} <strong className={`${reviewStatusTagClass(review.status)} app-heading-tag`}>{REVIEW_STATUS_LABELS[review.status]}</strong>
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half" data-testid="register-side">
          {person ? <RegisterRecord person={person} title="In the register" /> : <p className="govuk-body">Your account cannot show the register’s record.</p>}
        </div>
        <div className="govuk-grid-column-one-half" data-testid="other-side">
          <OtherSide loaded={loaded} />
        </div>
      </div>
      {review.score !== null && (
        <>
          <h2 className="govuk-heading-m">
            Why they were matched: <BandTag band={bandOf(review.band)} />
          </h2>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ExplanationTable reasons={review.reasons} score={review.score} caption={`Each field compared, for a score of ${formatScore(review.score)}`} />
            </div>
          </div>
        </>
      )}
      {review.status === 'open' ? <DecisionForm errors={errors} returnTo={returnTo} /> : <Decision review={review} />}
    </>
  );
}
