// Open a vetting application (/vetting/applications/new): choose the person from the register (search by name, or
// arrive from their page with ?personId=…), the level and the kind; the force is the user's own. The search is a
// GET in the URL (?name=…), so back and refresh keep it; opening the application is the only write.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce, TPerson, TPersonSearchResult } from '../../../../shared/contracts.js';
import type { TVettingLevel } from '../../../../shared/vetting-contracts.js';
import { APPLICATION_KIND_LABELS, CHECKLIST_KINDS } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getPerson, searchPeople } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { applicationHref } from './application-tasks.js';
import { listLevels, openApplication } from './vetting.api.js';
import { FormFrame, message } from './vetting-components.js';
import { setVettingFlash } from './vetting-flash.js';
import { vettingFormErrors } from './vetting-form-reader.js';
import { OPEN_APPLICATION_FIELD_LABELS, parseOpenApplicationForm } from './vetting-forms.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN_PATH = '/vetting/applications/new';

type OpenData = {
  user: TCurrentUser;
  levels: TVettingLevel[];
  forces: TForce[];
  person: TPerson | null;
  name: string;
  results: TPersonSearchResult | null;
};

export async function applicationOpenLoader({ request }: LoaderFunctionArgs): Promise<OpenData> {
  try {
    const user = await requirePermission(request, 'vetting:record');
    const params = new URL(request.url).searchParams;
    const personId = params.get('personId') ?? '';
    const name = params.get('name')?.trim() ?? '';
    const [levels, forces, person, results] = await Promise.all([
      listLevels(request.signal),
      // Only a user without a force of their own has to choose one.
      user.forceId ? [] : listForces(request.signal),
      UUID.test(personId) ? getPerson(personId, request.signal) : null,
      !UUID.test(personId) && name ? searchPeople({ name }, request.signal) : null,
    ]);
    return { user, levels, forces, person, name, results };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function applicationOpenAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    const user = await requirePermission(request, 'vetting:record');
    const [form, levels] = await Promise.all([request.formData(), listLevels()]);
    const parsed = parseOpenApplicationForm(form, { levels: levels.map((level) => level.code), forceId: user.forceId });
    // The person is chosen with the search box above the form: that is where the error points.
    const toSearch = (errors: FormError[]) => errors.map((error) => (error.field === 'personId' ? { ...error, href: '#name' } : error));
    if (!parsed.request) return { errors: toSearch(parsed.errors) };
    try {
      const opened = await openApplication(parsed.request);
      setVettingFlash(applicationHref(opened.id), `Application ${opened.reference} opened`);
      return redirect(applicationHref(opened.id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: toSearch(vettingFormErrors(error, { labels: OPEN_APPLICATION_FIELD_LABELS, what: 'application', reloadHref: OPEN_PATH })) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function PersonSearch({ name, results, errors }: { name: string; results: TPersonSearchResult | null; errors: readonly FormError[] }) {
  return (
    <>
      <Form method="get" role="search" aria-label="Search the register">
        <TextInput id="name" label="Search the register by name" hint="Current, previous or other names, in any force" error={message(errors, 'personId')} spellCheck={false} defaultValue={name} />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Search the register
        </button>
      </Form>
      {results && (
        <section aria-labelledby="results-heading">
          <h3 className="govuk-heading-s" id="results-heading" aria-live="polite">
            {results.total === 0 ? 'No people found' : pluralise(results.total, 'person found', 'people found')}
          </h3>
          {results.items.length > 0 && (
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">People matching your search</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Name</th>
                  <th scope="col" className="govuk-table__header">Date of birth</th>
                  <th scope="col" className="govuk-table__header">Current force</th>
                  <th scope="col" className="govuk-table__header">Collar numbers</th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {results.items.map((person) => (
                  <tr className="govuk-table__row" key={person.id}>
                    <td className="govuk-table__cell">{fullName(person)}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(person.dateOfBirth)}</td>
                    <td className="govuk-table__cell">{person.currentForceName ?? 'None'}</td>
                    <td className="govuk-table__cell">{person.collarNumbers.length > 0 ? person.collarNumbers.join(', ') : 'None'}</td>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`${OPEN_PATH}?personId=${person.id}`}>
                        Select<span className="govuk-visually-hidden"> {fullName(person)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}

function ChosenPerson({ person }: { person: TPerson }) {
  const current = person.employments.find((job) => job.endDate === null);
  return (
    <SummaryList hasActions>
      <SummaryRow
        label="Name"
        action={
          <Link className="govuk-link" to={OPEN_PATH}>
            Change<span className="govuk-visually-hidden"> the person being vetted</span>
          </Link>
        }
      >
        {fullName(person)}
      </SummaryRow>
      <SummaryRow label="Date of birth">{formatDate(person.dateOfBirth)}</SummaryRow>
      <SummaryRow label="Current force">{current?.forceName ?? 'None'}</SummaryRow>
    </SummaryList>
  );
}

const VALIDITY = (months: number): string => (months % 12 === 0 ? pluralise(months / 12, 'year') : pluralise(months, 'month'));

export function ApplicationOpenPage() {
  const { user, levels, forces, person, name, results } = useLoaderData<typeof applicationOpenLoader>();
  const actionData = useActionData<typeof applicationOpenAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  return (
    <FormFrame title="Open a vetting application" caption="Vetting" backHref="/vetting" backText="Back to vetting" errors={errors}>
      <h2 className="govuk-heading-m">Person being vetted</h2>
      {person ? <ChosenPerson person={person} /> : <PersonSearch name={name} results={results} errors={errors} />}
      <h2 className="govuk-heading-m">The application</h2>
      <Form method="post" noValidate>
        {person && <input type="hidden" name="personId" value={person.id} />}
        {user.forceId ? (
          <p className="govuk-body">
            Force: <strong>{user.forceName ?? user.forceId}</strong>
          </p>
        ) : (
          <Select id="forceId" label="Force" error={message(errors, 'forceId')} options={[{ value: '', text: 'Choose a force' }, ...forces.map((force) => ({ value: force.id, text: force.name }))]} />
        )}
        <Radios
          id="level"
          legend="Vetting level"
          error={message(errors, 'level')}
          items={levels.map((level) => ({ value: level.code, text: `${level.label} (${level.code})`, hint: `Valid for ${VALIDITY(level.validityMonths)}; ${pluralise(level.requiredChecks.length, 'check')} required` }))}
        />
        <Radios
          id="kind"
          legend="Kind of application"
          error={message(errors, 'kind')}
          items={Object.entries(APPLICATION_KIND_LABELS).map(([value, text]) => ({
            value,
            text,
            ...(CHECKLIST_KINDS.some((kind) => kind === value) ? { hint: 'Shows their history from every force, and the transferee checklist applies' } : {}),
          }))}
        />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Open the application</SubmitButton>
          <Link className="govuk-link" to="/vetting">
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
