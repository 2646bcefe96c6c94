// Search the register by name (current, previous or alias), date of birth, collar number or force. The search
// lives in the URL (?name=…&dateOfBirth=yyyy-mm-dd&page=2) so back, refresh and shared links all work.
import { useState, type FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TForce, TPersonSearchResult } from '../../../../shared/contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { checkDate, DateInput, dateParts, isoToDateParts } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { searchPeople, type PersonSearchCriteria } from './people.api.js';
import { EMPLOYMENT_ROLE_LABELS, fullName } from './people.labels.js';

const CRITERIA = ['name', 'dateOfBirth', 'collarNumber', 'forceId'] as const;

type SearchLoaderData = {
  forces: TForce[];
  criteria: PersonSearchCriteria;
  result: TPersonSearchResult | null;
  errors: FormError[];
};

const API_FIELDS = {
  name: { field: 'name', href: '#name' },
  dateOfBirth: { field: 'dateOfBirth', href: '#dateOfBirth-day' },
  collarNumber: { field: 'collarNumber', href: '#collarNumber' },
  forceId: { field: 'forceId', href: '#forceId' },
};

function criteriaFrom(params: URLSearchParams): PersonSearchCriteria {
  const read = (key: string): string | undefined => params.get(key)?.trim() || undefined;
  const page = Number(params.get('page'));
  return {
    name: read('name'),
    dateOfBirth: read('dateOfBirth'),
    collarNumber: read('collarNumber'),
    forceId: read('forceId'),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

function hasCriteria(criteria: PersonSearchCriteria): boolean {
  return CRITERIA.some((key) => criteria[key] !== undefined);
}

export async function personSearchLoader({ request }: LoaderFunctionArgs): Promise<SearchLoaderData> {
  try {
    await requirePermission(request, 'person:search');
    const criteria = criteriaFrom(new URL(request.url).searchParams);
    const forces = listForces(request.signal);
    if (!hasCriteria(criteria)) return { forces: await forces, criteria, result: null, errors: [] };
    try {
      const result = await searchPeople(criteria, request.signal);
      return { forces: await forces, criteria, result, errors: [] };
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        return { forces: await forces, criteria, result: null, errors: formErrorsFromApi(error, API_FIELDS, API_FIELDS.name) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function searchParamsFor(criteria: PersonSearchCriteria, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CRITERIA) {
    const value = criteria[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set('page', String(page));
  return params;
}

function ResultsTable({ result }: { result: TPersonSearchResult }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">People matching your search</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Name</th>
          <th scope="col" className="govuk-table__header">Date of birth</th>
          <th scope="col" className="govuk-table__header">Current force</th>
          <th scope="col" className="govuk-table__header">Role</th>
          <th scope="col" className="govuk-table__header">Collar numbers</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {result.items.map((person) => (
          <tr className="govuk-table__row" key={person.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/people/${person.id}`}>
                {fullName(person)}
              </Link>
              {person.matchedName && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">Matched on {person.matchedNameKind === 'alias' ? 'alias' : 'previous name'} {person.matchedName}</span>}
            </td>
            <td className="govuk-table__cell">{formatDate(person.dateOfBirth)}</td>
            <td className="govuk-table__cell">{person.currentForceName ?? 'None'}</td>
            <td className="govuk-table__cell">{person.currentRole ? EMPLOYMENT_ROLE_LABELS[person.currentRole] : 'None'}</td>
            <td className="govuk-table__cell">{person.collarNumbers.length > 0 ? person.collarNumbers.join(', ') : 'None'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SearchResults({ criteria, result }: { criteria: PersonSearchCriteria; result: TPersonSearchResult }) {
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  return (
    <section aria-labelledby="results-heading">
      <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
        {result.total === 0 ? 'No people found' : pluralise(result.total, 'person found', 'people found')}
      </h2>
      {result.total === 0 ? (
        <>
          <p className="govuk-body">Improve your results by:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>checking the spelling of the name</li>
            <li>searching on fewer details</li>
            <li>searching on a previous name</li>
          </ul>
        </>
      ) : (
        <>
          {result.items.length > 0 && (
            <p className="govuk-body" data-testid="result-range">
              Showing {first} to {last} of {result.total}
            </p>
          )}
          <ResultsTable result={result} />
          <Pagination page={result.page} pageCount={pageCount} hrefFor={(page) => `/people?${searchParamsFor(criteria, page).toString()}`} />
        </>
      )}
    </section>
  );
}

function PersonSearchContent({ data }: { data: SearchLoaderData }) {
  const navigate = useNavigate();
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const errors = clientErrors.length > 0 ? clientErrors : data.errors;
  usePageTitle('Search for a person', errors.length > 0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const dateOfBirth = checkDate(dateParts(form, 'dateOfBirth'), { label: 'Date of birth', notInFuture: 'past' });
    const criteria: PersonSearchCriteria = {
      name: formString(form, 'name') || undefined,
      collarNumber: formString(form, 'collarNumber') || undefined,
      forceId: formString(form, 'forceId') || undefined,
      dateOfBirth: dateOfBirth.iso ?? undefined,
    };
    if (dateOfBirth.error !== undefined) {
      setClientErrors([{ field: 'dateOfBirth', message: dateOfBirth.error, href: `#dateOfBirth-${dateOfBirth.parts[0] ?? 'day'}`, parts: dateOfBirth.parts }]);
      return;
    }
    if (!hasCriteria(criteria)) {
      setClientErrors([{ field: 'name', message: 'Enter a name, date of birth or collar number, or select a force', href: '#name' }]);
      return;
    }
    setClientErrors([]);
    void navigate(`/people?${searchParamsFor(criteria).toString()}`);
  }

  const dateError = errorFor(errors, 'dateOfBirth');
  const forceOptions = [{ value: '', text: 'Any force' }, ...data.forces.map((force) => ({ value: force.id, text: force.name }))];
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Search for a person</h1>
          <p className="govuk-body">Search current and former officers, staff and volunteers across all forces you can see. Names include previous names and aliases.</p>
          <form noValidate onSubmit={handleSubmit} role="search" aria-label="Person search">
            <TextInput id="name" label="Name" hint="Full name or part of a name" error={errorFor(errors, 'name')?.message} spellCheck={false} defaultValue={data.criteria.name ?? ''} />
            <DateInput
              id="dateOfBirth"
              legend="Date of birth"
              hint="For example, 27 3 1985"
              error={dateError?.message}
              errorParts={dateError?.parts}
              defaultValue={isoToDateParts(data.criteria.dateOfBirth)}
            />
            <TextInput
              id="collarNumber"
              label="Collar number"
              error={errorFor(errors, 'collarNumber')?.message}
              widthClass="govuk-input--width-10"
              spellCheck={false}
              defaultValue={data.criteria.collarNumber ?? ''}
            />
            <Select id="forceId" label="Force" error={errorFor(errors, 'forceId')?.message} options={forceOptions} defaultValue={data.criteria.forceId ?? ''} />
            <SubmitButton>Search</SubmitButton>
          </form>
        </div>
      </div>
      {data.result && <SearchResults criteria={data.criteria} result={data.result} />}
    </>
  );
}

export function PersonSearchPage() {
  const data = useLoaderData<typeof personSearchLoader>();
  const { search } = useLocation();
  // A new search (or back/forward) remounts the form so its fields show the URL's values.
  return <PersonSearchContent key={search} data={data} />;
}
