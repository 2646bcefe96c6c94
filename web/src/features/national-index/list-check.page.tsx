// Check a person against the Barred and Advisory Lists (/list-checks), as HR does at every hire and transfer and
// vetting at every application. The check lives in the address; each one is recorded in the audit log by the
// server. Each entry found shows its score, its band and which fields agreed.
import { Form, Link, useLoaderData, useLocation, useNavigation, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TListCheckQuery, TListHit } from '../../../../shared/national-index-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { DateInput } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { fullName } from '../people/people.labels.js';
import { describeCheck, readCheckForm, type CheckValues } from './list-check-form.js';
import { BandTag, ExplanationTable } from './match-explanation.js';
import { checkLists } from './national-index.api.js';
import { formatListBirthDate, formatScore, LIST_LABELS, overallBand } from './national-index.labels.js';

export const LIST_CHECK_PATH = '/list-checks';

type CheckLoaderData = { values: CheckValues; query: TListCheckQuery | null; hits: TListHit[] | null; errors: FormError[]; forces: TForce[] };

const API_FIELDS = {
  givenNames: { field: 'givenNames', href: '#givenNames' },
  familyName: { field: 'familyName', href: '#familyName' },
  otherFamilyNames: { field: 'otherFamilyNames', href: '#otherFamilyNames' },
  dateOfBirth: { field: 'dateOfBirth', href: '#dateOfBirth-day' },
  list: { field: 'list', href: '#list' },
};

export async function listCheckLoader({ request }: LoaderFunctionArgs): Promise<CheckLoaderData> {
  try {
    await requirePermission(request, 'list:check');
    const form = readCheckForm(new URL(request.url).searchParams);
    const forces = listForces(request.signal);
    if (!form.query) return { values: form.values, query: null, hits: null, errors: form.errors, forces: await forces };
    try {
      const result = await checkLists(form.query, request.signal);
      return { values: form.values, query: form.query, hits: result.hits, errors: [], forces: await forces };
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        return { values: form.values, query: null, hits: null, errors: formErrorsFromApi(error, API_FIELDS, API_FIELDS.givenNames), forces: await forces };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function forceNameOf(forces: readonly TForce[], id: string | null): string {
  if (!id) return 'Not recorded';
  return forces.find((force) => force.id === id)?.name ?? id;
}

function HitCard({ hit, index, forces }: { hit: TListHit; index: number; forces: readonly TForce[] }) {
  const name = fullName(hit.entry);
  const list = LIST_LABELS[hit.entry.list];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {index + 1}. {name}, {list}
        </h3>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={`${LIST_CHECK_PATH}/entries/${hit.entry.id}`}>
              View entry<span className="govuk-visually-hidden"> {index + 1}, {name} on the {list}</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="Result">
            <BandTag band={hit.band} /> <span className="govuk-!-margin-left-1">score {formatScore(hit.score)}</span>
          </SummaryRow>
          <SummaryRow label="Date of birth">{formatListBirthDate(hit.entry.dateOfBirth)}</SummaryRow>
          <SummaryRow label="Other family names">{hit.entry.otherFamilyNames.length > 0 ? hit.entry.otherFamilyNames.join(', ') : 'None recorded'}</SummaryRow>
          <SummaryRow label="Last force">{forceNameOf(forces, hit.entry.lastForce)}</SummaryRow>
          <SummaryRow label="Date of decision">{formatDate(hit.entry.decidedOn)}</SummaryRow>
        </SummaryList>
        <ExplanationTable reasons={hit.reasons} score={hit.score} caption={`Why ${name} scored ${formatScore(hit.score)}`} />
      </div>
    </div>
  );
}

function CheckResults({ query, hits, forces }: { query: TListCheckQuery; hits: TListHit[]; forces: readonly TForce[] }) {
  const band = overallBand(hits);
  const who = describeCheck(query);
  const born = query.dateOfBirth ? `, born ${formatListBirthDate(query.dateOfBirth)}` : '';
  const lists = query.list ? `the ${LIST_LABELS[query.list]}` : 'the Barred and Advisory Lists';
  return (
    <section aria-labelledby="results-heading">
      <h2 className="govuk-heading-m" id="results-heading">
        Result: <BandTag band={band} />
      </h2>
      <p className="govuk-body" data-testid="check-summary">
        {who}
        {born} checked against {lists}.{' '}
        {hits.length === 0 ? 'No entry scored as a match or a possible match.' : `${pluralise(hits.length, 'entry', 'entries')} found, highest score first.`}
      </p>
      {band === 'match' && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            An entry matches these details. Compare the entry with the person’s documents before you take any decision.
          </strong>
        </div>
      )}
      {band === 'review' && (
        <div className="govuk-inset-text">A possible match is not a match: compare the entry with the person’s documents and record what you find.</div>
      )}
      {hits.map((hit, index) => (
        <HitCard key={hit.entry.id} hit={hit} index={index} forces={forces} />
      ))}
    </section>
  );
}

function ListCheckContent({ data }: { data: CheckLoaderData }) {
  const navigation = useNavigation();
  const { values, errors } = data;
  usePageTitle(data.query ? `List check: ${describeCheck(data.query)}` : 'Check the Barred and Advisory Lists', errors.length > 0);
  const dateError = errorFor(errors, 'dateOfBirth');
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Check the Barred and Advisory Lists</h1>
          <p className="govuk-body">
            Check someone before they are hired, transferred or vetted. Variant spellings, nicknames, previous names, swapped names and mistyped dates of birth are
            found too. Every check is recorded.
          </p>
          <Form method="get" action={LIST_CHECK_PATH} noValidate role="search" aria-label="List check">
            <TextInput id="givenNames" label="Given names" error={errorFor(errors, 'givenNames')?.message} autoComplete="off" spellCheck={false} defaultValue={values.givenNames} />
            <TextInput id="familyName" label="Family name" error={errorFor(errors, 'familyName')?.message} autoComplete="off" spellCheck={false} defaultValue={values.familyName} />
            <TextInput
              id="otherFamilyNames"
              label="Previous or married family names (optional)"
              hint="Separate names with a semicolon, for example Collins; Wright"
              error={errorFor(errors, 'otherFamilyNames')?.message}
              autoComplete="off"
              spellCheck={false}
              defaultValue={values.otherFamilyNames}
            />
            <DateInput
              id="dateOfBirth"
              legend="Date of birth (optional)"
              hint="For example, 27 3 1985. If you only know the year, enter the year alone."
              error={dateError?.message}
              errorParts={dateError?.parts}
              defaultValue={values.dateOfBirth}
            />
            <Radios
              id="list"
              legend="Which lists"
              small
              defaultValue={values.list}
              items={[
                { value: '', text: 'Both lists' },
                { value: 'barred', text: 'Barred List only' },
                { value: 'advisory', text: 'Advisory List only' },
              ]}
            />
            <SubmitButton isBusy={navigation.state === 'loading' && navigation.location.pathname === LIST_CHECK_PATH}>Check the lists</SubmitButton>
          </Form>
        </div>
      </div>
      {data.query && data.hits && <CheckResults query={data.query} hits={data.hits} forces={data.forces} />}
    </>
  );
}

export function ListCheckPage() {
  const data = useLoaderData<typeof listCheckLoader>();
  const { search } = useLocation();
  // A new check (or back/forward) remounts the form so its fields show the address's values.
  return <ListCheckContent key={search} data={data} />;
}
