// Cases in the user's scope (/cases), filtered by force, stage, thematic tag, overdue and "only my cases". The
// filters live in the URL (?tag=misogyny&overdue=true&page=2) so back, refresh and shared links all work.
import type { FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TCaseList } from '../../../../shared/case-contracts.js';
import { THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import { reachOf } from '../../../../shared/policy.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listCases, type CaseListCriteria } from './cases.api.js';
import { choicesOf, isOneOf, isSubjectState, stateLabel, stateTagClass, SUBJECT_STATE_LABELS, tagLabel, THEMATIC_TAG_LABELS } from './cases.labels.js';

const FILTERS = ['forceId', 'state', 'tag', 'overdue', 'mine'] as const;

type ListLoaderData = {
  forces: TForce[];
  criteria: CaseListCriteria;
  result: TCaseList;
  canCreate: boolean;
  canFilterByForce: boolean;
  canFilterMine: boolean;
};

/** The filters in a URL, keeping only values the API accepts (a mistyped tag would otherwise be a 400). */
export function criteriaFrom(params: URLSearchParams): CaseListCriteria {
  const read = (key: string): string | undefined => params.get(key)?.trim() || undefined;
  const state = read('state');
  const tag = read('tag');
  const overdue = read('overdue');
  const page = Number(params.get('page'));
  return {
    forceId: read('forceId'),
    state: state && isSubjectState(state) ? state : undefined,
    tag: tag && isOneOf(THEMATIC_TAGS, tag) ? tag : undefined,
    overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
    mine: read('mine') === 'true' ? 'true' : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function searchParamsFor(criteria: CaseListCriteria, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTERS) {
    const value = criteria[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set('page', String(page));
  return params;
}

export async function caseListLoader({ request }: LoaderFunctionArgs): Promise<ListLoaderData> {
  try {
    const user = await requirePermission(request, 'case:list');
    const criteria = criteriaFrom(new URL(request.url).searchParams);
    const [forces, result] = await Promise.all([listForces(request.signal), listCases(criteria, request.signal)]);
    return {
      forces,
      criteria,
      result,
      canCreate: hasPermission(user, 'case:create'),
      // Someone who sees one force's cases has nothing to choose between.
      canFilterByForce: reachOf(user, 'case:list') === 'national',
      canFilterMine: hasPermission(user, 'case:create') || hasPermission(user, 'case:investigate'),
    };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function CasesTable({ result, forceName }: { result: TCaseList; forceName: (id: string) => string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Cases matching the filters</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          <th scope="col" className="govuk-table__header">Subjects</th>
          <th scope="col" className="govuk-table__header">Thematic tags</th>
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Next due</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {result.items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link app-nowrap" to={`/cases/${item.id}`}>
                {item.reference}
              </Link>
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{forceName(item.forceId)}</span>
              {item.restricted && <strong className="govuk-tag govuk-tag--red">Restricted</strong>}
            </td>
            <td className="govuk-table__cell">
              <ul className="govuk-list app-subject-list">
                {item.subjects.map((subject, index) => (
                  <li key={`${subject.name}-${index}`}>
                    {subject.name} <strong className={stateTagClass(subject.state)}>{stateLabel(subject.state)}</strong>
                  </li>
                ))}
              </ul>
            </td>
            <td className="govuk-table__cell">{item.tags.length > 0 ? item.tags.map(tagLabel).join(', ') : 'None'}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
            <td className="govuk-table__cell">
              {item.nextDue ? (
                <>
                  <span className="app-nowrap">{formatDate(item.nextDue.on)}</span>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{item.nextDue.what.charAt(0).toUpperCase() + item.nextDue.what.slice(1)}</span>
                </>
              ) : 'Nothing due'}
              {item.overdue && (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CaseListContent({ data }: { data: ListLoaderData }) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { criteria, result } = data;
  usePageTitle('Cases');
  const forceName = (id: string) => data.forces.find((force) => force.id === id)?.name ?? id;
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const isFiltered = FILTERS.some((key) => criteria[key] !== undefined);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = form.get(name);
      return typeof entry === 'string' && entry !== '' ? entry : undefined;
    };
    const overdue = value('overdue');
    void navigate(`/cases?${searchParamsFor({
      forceId: value('forceId'),
      state: value('state'),
      tag: value('tag'),
      overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
      mine: value('mine') === 'true' ? 'true' : undefined,
    }).toString()}`);
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Cases</h1>
          <p className="govuk-body">Complaints, conduct matters and reports you can see, newest first; with ‘only my cases’, soonest due first.</p>
        </div>
        <div className="govuk-grid-column-one-third app-align-right">
          {data.canCreate && (
            <Link className="govuk-button" to="/cases/new">
              Record a case
            </Link>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to="/cases/oversight">
              Overdue and time in stage
            </Link>
          </p>
        </div>
      </div>

      <form noValidate onSubmit={handleSubmit} role="search" aria-label="Filter cases" className="app-filter">
        <h2 className="govuk-heading-m">Filter cases</h2>
        <div className="govuk-grid-row">
          {data.canFilterByForce && (
            <div className="govuk-grid-column-one-third">
              <Select
                id="forceId"
                label="Force"
                options={[{ value: '', text: 'Any force' }, ...data.forces.map((force) => ({ value: force.id, text: force.name }))]}
                defaultValue={criteria.forceId ?? ''}
              />
            </div>
          )}
          <div className="govuk-grid-column-one-third">
            <Select id="state" label="Stage" options={[{ value: '', text: 'Any stage' }, ...choicesOf(SUBJECT_STATE_LABELS)]} defaultValue={criteria.state ?? ''} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="tag" label="Thematic tag" options={[{ value: '', text: 'Any tag' }, ...choicesOf(THEMATIC_TAG_LABELS)]} defaultValue={criteria.tag ?? ''} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Radios
              id="overdue"
              legend="Overdue"
              inline
              small
              defaultValue={criteria.overdue ?? ''}
              items={[
                { value: '', text: 'Any' },
                { value: 'true', text: 'Overdue' },
                { value: 'false', text: 'Not overdue' },
              ]}
            />
          </div>
          {data.canFilterMine && (
            <div className="govuk-grid-column-one-half">
              <Checkboxes
                id="mine"
                legend="Whose cases"
                small
                defaultValues={criteria.mine ? ['true'] : []}
                items={[{ value: 'true', text: 'Only my cases', hint: 'Cases you recorded or investigate' }]}
              />
            </div>
          )}
        </div>
        <div className="govuk-button-group">
          <SubmitButton variant="secondary" isBusy={navigation.state !== 'idle'}>
            Apply filters
          </SubmitButton>
          {isFiltered && (
            <Link className="govuk-link" to="/cases">
              Clear filters
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading">
        <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
          {result.total === 0 ? 'No cases found' : pluralise(result.total, 'case')}
        </h2>
        {result.total === 0 ? (
          <p className="govuk-body">{isFiltered ? 'No cases match these filters. Try removing some of them.' : 'No cases have been recorded yet.'}</p>
        ) : (
          <>
            {result.items.length > 0 && (
              <p className="govuk-body" data-testid="result-range">
                Showing {first} to {last} of {result.total}
              </p>
            )}
            <CasesTable result={result} forceName={forceName} />
            <Pagination page={result.page} pageCount={pageCount} hrefFor={(page) => `/cases?${searchParamsFor(criteria, page).toString()}`} />
          </>
        )}
      </section>
    </>
  );
}

export function CaseListPage() {
  const data = useLoaderData<typeof caseListLoader>();
  const { search } = useLocation();
  // New filters (or back/forward) remount the form so its fields show the URL's values.
  return <CaseListContent key={search} data={data} />;
}
