// The possible matches in the user's force (/match-reviews): what the data wash and the list checks found for a
// person to confirm or reject, highest score first. Filtered by status and by data wash run in the address.
import type { FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TMatchReview, TWashRun } from '../../../../shared/national-index-contracts.js';
import { SubmitButton } from '../../components/button.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { fullName } from '../people/people.labels.js';
import { BandTag } from './match-explanation.js';
import { takeReviewFlash } from './match-review-flash.js';
import { pageOfQueue, queueFiltersFrom, queuePathFor, queueQueryFor, QUEUE_PATH, type QueueFilters } from './match-review-form.js';
import { listMatchReviews, listWashRuns } from './national-index.api.js';
import { bandOf, formatScore, REVIEW_KIND_LABELS, REVIEW_STATUS_LABELS, reviewStatusTagClass } from './national-index.labels.js';

type QueueLoaderData = { filters: QueueFilters; reviews: TMatchReview[]; runs: TWashRun[] | null; flash: string | null };

export async function matchReviewsLoader({ request }: LoaderFunctionArgs): Promise<QueueLoaderData> {
  try {
    const user = await requirePermission(request, 'match:review');
    const filters = queueFiltersFrom(new URL(request.url).searchParams);
    const [reviews, runs] = await Promise.all([
      listMatchReviews(queueQueryFor(filters), request.signal),
      // Reviewers who do not run the wash themselves cannot list its runs; they filter by run from its link only.
      hasPermission(user, 'wash:run') ? listWashRuns(request.signal) : null,
    ]);
    return { filters, reviews, runs, flash: takeReviewFlash() };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const STATUS_OPTIONS = [
  { value: 'open', text: 'To review' },
  { value: 'confirmed', text: 'Confirmed' },
  { value: 'rejected', text: 'Rejected' },
  { value: 'all', text: 'Any status' },
];

const EMPTY_MESSAGES: Record<QueueFilters['status'], string> = {
  open: 'There are no possible matches to review.',
  confirmed: 'No possible matches have been confirmed.',
  rejected: 'No possible matches have been rejected.',
  all: 'There are no possible matches.',
};

function ReviewsTable({ reviews, returnTo }: { reviews: TMatchReview[]; returnTo: string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Possible matches, highest score first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Person</th>
          <th scope="col" className="govuk-table__header">Date of birth</th>
          <th scope="col" className="govuk-table__header">Found</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
          <th scope="col" className="govuk-table__header">Result</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reviews.map((review) => (
          <tr className="govuk-table__row" key={review.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`${QUEUE_PATH}/${review.id}`} state={{ returnTo }}>
                {fullName(review.person)}
              </Link>
            </td>
            <td className="govuk-table__cell app-nowrap">{formatDate(review.person.dateOfBirth)}</td>
            <td className="govuk-table__cell">
              {REVIEW_KIND_LABELS[review.kind]}
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{formatDateTime(review.createdAt)}</span>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatScore(review.score)}</td>
            <td className="govuk-table__cell">{review.band ? <BandTag band={bandOf(review.band)} /> : 'Not scored'}</td>
            <td className="govuk-table__cell">
              <strong className={reviewStatusTagClass(review.status)}>{REVIEW_STATUS_LABELS[review.status]}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function runLabel(run: TWashRun): string {
  return `Started ${formatDateTime(run.startedAt)}${run.forceId ? ` (${run.forceId})` : ' (every force)'}`;
}

function Filters({ data }: { data: QueueLoaderData }) {
  const navigate = useNavigate();
  const { filters, runs } = data;
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const name of ['status', 'washRunId']) {
      const value = form.get(name);
      if (typeof value === 'string' && value !== '') params.set(name, value);
    }
    const next = queueFiltersFrom(params);
    void navigate(queuePathFor(next));
  }
  return (
    <form noValidate onSubmit={handleSubmit} role="search" aria-label="Filter possible matches" className="app-filter">
      <h2 className="govuk-heading-m">Filter possible matches</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select id="status" label="Status" options={STATUS_OPTIONS} defaultValue={filters.status} />
        </div>
        {runs && (
          <div className="govuk-grid-column-two-thirds">
            <Select id="washRunId" label="Data wash" options={[{ value: '', text: 'Every data wash' }, ...runs.map((run) => ({ value: run.id, text: runLabel(run) }))]} defaultValue={filters.washRunId ?? ''} />
          </div>
        )}
        {!runs && filters.washRunId && <input type="hidden" name="washRunId" value={filters.washRunId} />}
      </div>
      <SubmitButton variant="secondary">Apply filters</SubmitButton>
    </form>
  );
}

function QueueContent({ data }: { data: QueueLoaderData }) {
  const { filters, reviews, flash } = data;
  const { pathname, search } = useLocation();
  usePageTitle('Possible matches');
  const page = pageOfQueue(reviews, filters.page);
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <h3 className="govuk-notification-banner__heading">{flash}</h3>
        </NotificationBanner>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Possible matches</h1>
          <p className="govuk-body">
            People in your force’s workforce whom the data wash linked to a Barred or Advisory List entry or to an open case in another force. Compare the
            records and confirm or reject each one.
          </p>
        </div>
      </div>
      <Filters data={data} />
      <section aria-labelledby="queue-heading">
        <h2 className="govuk-heading-m" id="queue-heading">
          {reviews.length === 0 ? EMPTY_MESSAGES[filters.status] : pluralise(reviews.length, 'possible match', 'possible matches')}
        </h2>
        {filters.washRunId && (
          <p className="govuk-body">
            Showing what one data wash found.{' '}
            <Link className="govuk-link" to={queuePathFor({ status: filters.status, washRunId: undefined })}>
              Show possible matches from every data wash
            </Link>
          </p>
        )}
        {page.items.length > 0 && (
          <>
            {page.pageCount > 1 && (
              <p className="govuk-body">
                Showing {page.first} to {page.last} of {reviews.length}
              </p>
            )}
            <ReviewsTable reviews={page.items} returnTo={`${pathname}${search}`} />
            {reviews.length >= 500 && <p className="govuk-body">Only the 500 highest scores are listed. Filter by data wash to see the rest.</p>}
            <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(number) => queuePathFor(filters, number)} />
          </>
        )}
      </section>
    </>
  );
}

export function MatchReviewsPage() {
  const data = useLoaderData<typeof matchReviewsLoader>();
  const { search } = useLocation();
  // New filters (or back/forward) remount the form so its fields show the address's values.
  return <QueueContent key={search} data={data} />;
}
