// The vetting unit's home (/vetting): applications in the force, filtered by state and paged, with the lists that
// need attention (clearances expiring, lapsed, under review, withdrawn or with conditions due; open reviews;
// overdue integrity reviews) and, for supervisors, decision consistency. The filter lives in the URL.
import type { FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import { APPLICATION_KIND_LABELS, APPLICATION_STATE_LABELS, APPLICATION_STATES, type ApplicationState } from '../../../../shared/vetting-vocabulary.js';
import { SubmitButton } from '../../components/button.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { choicesOf } from '../cases/cases.labels.js';
import { applicationHref } from './application-tasks.js';
import { listApplications, type ClearanceListStatus, type TApplicationList } from './vetting.api.js';
import { isOneOf } from './vetting-form-reader.js';
import { applicationStateTag, CLEARANCE_LIST_LABELS } from './vetting.labels.js';

export type ApplicationCriteria = { state?: ApplicationState | undefined; page?: number | undefined };

/** The filter in a URL, keeping only values the API accepts (a mistyped state would otherwise be a 400). */
export function applicationCriteriaFrom(params: URLSearchParams): ApplicationCriteria {
  const state = params.get('state')?.trim() ?? '';
  const page = Number(params.get('page'));
  return {
    state: isOneOf(APPLICATION_STATES, state) ? state : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function applicationListHref(criteria: ApplicationCriteria, page?: number): string {
  const params = new URLSearchParams();
  if (criteria.state) params.set('state', criteria.state);
  if (page && page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/vetting?${search}` : '/vetting';
}

type HomeData = { criteria: ApplicationCriteria; result: TApplicationList; user: TCurrentUser };

export async function vettingHomeLoader({ request }: LoaderFunctionArgs): Promise<HomeData> {
  try {
    const user = await requirePermission(request, 'vetting:read');
    const criteria = applicationCriteriaFrom(new URL(request.url).searchParams);
    const result = await listApplications(criteria, request.signal);
    return { criteria, result, user };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const CLEARANCE_LISTS: readonly ClearanceListStatus[] = ['expiring', 'lapsed', 'under_review', 'withdrawn', 'conditions_due'];

function WorkLists({ user }: { user: TCurrentUser }) {
  return (
    <nav aria-labelledby="lists-heading">
      <h2 className="govuk-heading-m" id="lists-heading">
        Lists to work through
      </h2>
      <ul className="govuk-list">
        {CLEARANCE_LISTS.map((status) => (
          <li key={status}>
            <Link className="govuk-link" to={`/vetting/clearances?status=${status}`}>
              Clearances: {CLEARANCE_LIST_LABELS[status].toLowerCase()}
            </Link>
          </li>
        ))}
        <li>
          <Link className="govuk-link" to="/vetting/reviews">
            Open vetting reviews and withdrawal assessments
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/vetting/integrity-reviews">
            Overdue annual integrity reviews
          </Link>
        </li>
        {hasPermission(user, 'vetting:approve') && (
          <li>
            <Link className="govuk-link" to="/vetting/random-revetting">
              Randomised re-vetting: this year’s draw and past draws
            </Link>
          </li>
        )}
        {hasPermission(user, 'vetting:consistency') && (
          <li>
            <Link className="govuk-link" to="/vetting/consistency">
              Decision consistency
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function ApplicationsTable({ result }: { result: TApplicationList }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Vetting applications, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          <th scope="col" className="govuk-table__header">Person</th>
          <th scope="col" className="govuk-table__header">Level</th>
          <th scope="col" className="govuk-table__header">Kind</th>
          <th scope="col" className="govuk-table__header">Opened</th>
          <th scope="col" className="govuk-table__header">State</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Checks to do</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Adverse items</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {result.items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link app-nowrap" to={applicationHref(item.id)}>
                {item.reference}
              </Link>
            </td>
            <td className="govuk-table__cell">{item.personName}</td>
            <td className="govuk-table__cell">{item.level}</td>
            <td className="govuk-table__cell">{APPLICATION_KIND_LABELS[item.kind]}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(item.openedOn)}</td>
            <td className="govuk-table__cell">
              <strong className={applicationStateTag(item.state)}>{APPLICATION_STATE_LABELS[item.state]}</strong>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.missingChecks}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.adverseItems}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VettingHomeContent({ data }: { data: HomeData }) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { criteria, result, user } = data;
  usePageTitle('Vetting');
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const state = new FormData(event.currentTarget).get('state');
    void navigate(applicationListHref({ state: typeof state === 'string' && isOneOf(APPLICATION_STATES, state) ? state : undefined }));
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Vetting</h1>
          <p className="govuk-body">Applications for clearance in your force, and the clearances, reviews and integrity reviews that need attention.</p>
        </div>
        <div className="govuk-grid-column-one-third app-align-right">
          {hasPermission(user, 'vetting:record') && (
            <Link className="govuk-button" to="/vetting/applications/new">
              Open an application
            </Link>
          )}
        </div>
      </div>
      <WorkLists user={user} />

      <section aria-labelledby="applications-heading">
        <h2 className="govuk-heading-m" id="applications-heading">
          Applications
        </h2>
        <form noValidate onSubmit={handleSubmit} role="search" aria-label="Filter applications" className="app-filter">
          <Select id="state" label="State" options={[{ value: '', text: 'Any state' }, ...choicesOf(APPLICATION_STATE_LABELS)]} defaultValue={criteria.state ?? ''} />
          <div className="govuk-button-group">
            <SubmitButton variant="secondary" isBusy={navigation.state !== 'idle'}>
              Apply filter
            </SubmitButton>
            {criteria.state && (
              <Link className="govuk-link" to="/vetting">
                Clear filter
              </Link>
            )}
          </div>
        </form>
        <p className="govuk-body" aria-live="polite" data-testid="application-count">
          {result.total === 0 ? (criteria.state ? 'No applications in this state.' : 'No applications have been opened yet.') : pluralise(result.total, 'application')}
        </p>
        {result.items.length > 0 && <ApplicationsTable result={result} />}
        <Pagination page={result.page} pageCount={pageCount} hrefFor={(page) => applicationListHref(criteria, page)} />
      </section>
    </>
  );
}

export function VettingHomePage() {
  const data = useLoaderData<typeof vettingHomeLoader>();
  const { search } = useLocation();
  // A new filter (or back/forward) remounts the form so it shows the URL's value.
  return <VettingHomeContent key={search} data={data} />;
}
