// Record a public complaint as a case (/intake/:id/record): the subjects chosen from the register, each with the
// allegation classified by Standard, IOPC category and thematic tags. The case is made by the cases module, as a
// public complaint with the complainant as a party, so it starts 'logged'.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TPersonSearchResult, TPersonSummary } from '../../../../shared/contracts.js';
import type { TIntakeComplaint } from '../../../../shared/portal-contracts.js';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { caseFormErrors, fieldId } from '../cases/case-form-errors.js';
import { requireId } from '../cases/case-params.js';
import { getClassification, type TClassification } from '../cases/cases.api.js';
import { choicesOf } from '../cases/cases.labels.js';
import { TagCheckboxes } from '../cases/tag-checkboxes.js';
import { searchPeople } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { setIntakeFlash } from './intake-flash.js';
import { parseRecordForm, recordFieldLabels, subjectCount, SUMMARY_LIMIT } from './intake-record-form.js';
import { getIntakeComplaint, recordComplaintAsCase } from './portal.api.js';

type RecordData = { complaint: TIntakeComplaint; classification: TClassification };
type RecordActionData = { errors: FormError[] };

export async function intakeRecordLoader({ request, params }: LoaderFunctionArgs): Promise<RecordData> {
  try {
    await requirePermission(request, 'case:create');
    const [complaint, classification] = await Promise.all([getIntakeComplaint(requireId(params, 'id'), request.signal), getClassification(request.signal)]);
    if (complaint.status !== 'received' || !complaint.forceId) throw redirect(`/intake/${complaint.id}`);
    return { complaint, classification };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function intakeRecordAction({ request, params }: ActionFunctionArgs): Promise<RecordActionData | Response> {
  try {
    await requirePermission(request, 'case:create');
    const id = requireId(params, 'id');
    const form = await request.formData();
    const parsed = parseRecordForm(form);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const recorded = await recordComplaintAsCase(id, parsed.request);
      setIntakeFlash(`Complaint ${recorded.reference} recorded as case ${recorded.caseReference ?? ''}`);
      return redirect(`/intake/${id}`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: caseFormErrors(error, { labels: recordFieldLabels(subjectCount(form)), reloadHref: `/intake/${id}` }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const PERSON_RESULTS = 10;

/** Search the register by name and choose one person; the chosen person's id goes with the form. */
function PersonPicker({ index, error }: { index: number; error: string | undefined }) {
  const inputId = fieldId(`subjects.${index}.personId`);
  const [person, setPerson] = useState<TPersonSummary | null>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<TPersonSearchResult | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const searchCount = useRef(0);
  const [focusAfter, setFocusAfter] = useState(false);
  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(inputId)?.focus();
    setFocusAfter(false);
  }, [focusAfter, inputId]);

  if (person) {
    return (
      <>
        <input type="hidden" name={inputId} value={person.id} />
        <SummaryList hasActions>
          <SummaryRow
            label="Name"
            action={
              <button type="button" id={inputId} className="govuk-link app-button-link" onClick={() => { setPerson(null); setFocusAfter(true); }}>
                Change<span className="govuk-visually-hidden"> subject {index + 1}</span>
              </button>
            }
          >
            {fullName(person)}
          </SummaryRow>
          <SummaryRow label="Date of birth">{formatDate(person.dateOfBirth)}</SummaryRow>
          <SummaryRow label="Current force">{person.currentForceName ?? 'None'}</SummaryRow>
          <SummaryRow label="Collar numbers">{person.collarNumbers.length > 0 ? person.collarNumbers.join(', ') : 'None'}</SummaryRow>
        </SummaryList>
      </>
    );
  }

  async function search() {
    const name = query.trim();
    if (!name) {
      setSearchError('Enter a name to search for');
      setResult(null);
      return;
    }
    const thisSearch = ++searchCount.current;
    setSearchError(null);
    try {
      const found = await searchPeople({ name, pageSize: PERSON_RESULTS });
      if (thisSearch === searchCount.current) setResult(found);
    } catch (caught) {
      if (thisSearch !== searchCount.current) return;
      setResult(null);
      setSearchError(isApiError(caught) && caught.status === 400 ? (caught.errors[0]?.message ?? 'Enter a different name') : 'The register could not be searched. Try again');
    }
  }

  function searchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches the register rather than sending the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  }

  const shownError = error ?? searchError ?? undefined;
  const hintId = `${inputId}-hint`;
  const errorId = shownError ? `${inputId}-error` : undefined;
  return (
    <div className={`govuk-form-group${shownError ? ' govuk-form-group--error' : ''}`}>
      <input type="hidden" name={inputId} value="" />
      <label className="govuk-label govuk-label--s" htmlFor={inputId}>
        Search the register by name
      </label>
      <div id={hintId} className="govuk-hint">
        Current names, previous names and aliases, in every force
      </div>
      {shownError && errorId && <ErrorMessage id={errorId} message={shownError} />}
      <div className="app-search-row">
        <input
          className={`govuk-input govuk-!-width-one-half${shownError ? ' govuk-input--error' : ''}`}
          id={inputId}
          name={`${inputId}-search`}
          type="search"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={searchOnEnter}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        />
        <button type="button" className="govuk-button govuk-button--secondary app-search-row__button" onClick={() => void search()}>
          Search<span className="govuk-visually-hidden"> for subject {index + 1}</span>
        </button>
      </div>
      <div aria-live="polite" className="govuk-body govuk-!-margin-bottom-2">
        {result && (result.total === 0 ? 'No people found' : pluralise(result.total, 'person found', 'people found'))}
      </div>
      {result && result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">People matching your search for subject {index + 1}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Date of birth</th>
              <th scope="col" className="govuk-table__header">Current force</th>
              <th scope="col" className="govuk-table__header">Collar numbers</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((found) => (
              <tr className="govuk-table__row" key={found.id}>
                <td className="govuk-table__cell">{fullName(found)}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(found.dateOfBirth)}</td>
                <td className="govuk-table__cell">{found.currentForceName ?? 'None'}</td>
                <td className="govuk-table__cell">{found.collarNumbers.join(', ') || 'None'}</td>
                <td className="govuk-table__cell">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => {
                      setPerson(found);
                      setFocusAfter(true);
                    }}
                  >
                    Select<span className="govuk-visually-hidden"> {fullName(found)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

let keySequence = 0;
const nextKey = (): string => `s${++keySequence}`;

export function IntakeRecordPage() {
  const { complaint, classification } = useLoaderData<typeof intakeRecordLoader>();
  const actionData = useActionData<typeof intakeRecordAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle(`Record as a case – ${complaint.reference}`, errors.length > 0);
  const [subjectKeys, setSubjectKeys] = useState<string[]>(() => [nextKey()]);
  const message = (path: string) => errorFor(errors, path)?.message;
  const officer = [complaint.officer.name, complaint.officer.collarNumber].filter(Boolean).join(', ');
  return (
    <>
      <Link to={`/intake/${complaint.id}`} className="govuk-back-link">
        Back to complaint {complaint.reference}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Complaint {complaint.reference}</span>
          <h1 className="govuk-heading-l">Record as a case</h1>
          <p className="govuk-body">
            The case is a public complaint in {complaint.forceName}, received {formatDate(complaint.receivedOn)}, with {complaint.complainant.name} as the complainant. It starts
            as logged, for the appropriate authority to decide how it is handled.
          </p>
          <div className="govuk-inset-text">
            The complainant said it was about: {officer || 'no name or number given'}.
            {complaint.officer.description && <span className="govuk-!-display-block app-pre-wrap">{complaint.officer.description}</span>}
          </div>
          <Form method="post" noValidate>
            <Textarea
              id="summary"
              label="Summary"
              hint={`What the complaint is about, for the case. Up to ${SUMMARY_LIMIT.toLocaleString('en-GB')} characters.`}
              rows={6}
              defaultValue={complaint.whatHappened.slice(0, SUMMARY_LIMIT)}
              error={message('summary')}
            />
            {subjectKeys.map((key, index) => {
              const path = `subjects.${index}.allegations.0`;
              const id = (field: string) => fieldId(`${path}.${field}`);
              const headingId = fieldId(`subjects.${index}.heading`);
              return (
                <section key={key} aria-labelledby={headingId} className="app-case-subject">
                  <h2 className="govuk-heading-m" id={headingId}>
                    Subject {index + 1}
                  </h2>
                  <PersonPicker index={index} error={message(`subjects.${index}.personId`)} />
                  <Textarea id={id('description')} label="What is alleged" hint="What this person is said to have done, in plain words" rows={3} error={message(`${path}.description`)} />
                  <Select id={id('standard')} label="Standard of Professional Behaviour" error={message(`${path}.standard`)} options={[{ value: '', text: 'Select a Standard' }, ...choicesOf(STANDARD_LABELS)]} />
                  <Select id={id('iopcCategory')} label="IOPC complaint category" error={message(`${path}.iopcCategory`)} options={[{ value: '', text: 'Select a category' }, ...choicesOf(IOPC_CATEGORY_LABELS)]} />
                  <TagCheckboxes
                    id={id('tags')}
                    legend="Thematic tags (optional)"
                    hint="Select all that apply. Read the definition of each tag before you select it."
                    error={message(`${path}.tags`)}
                    tags={classification.tags}
                    version={classification.tagDefinitionsVersion}
                  />
                  {subjectKeys.length > 1 && (
                    <button type="button" className="govuk-button govuk-button--warning" onClick={() => setSubjectKeys((current) => current.filter((k) => k !== key))}>
                      Remove subject {index + 1}
                    </button>
                  )}
                </section>
              );
            })}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setSubjectKeys((current) => [...current, nextKey()])}>
              Add another subject
            </button>
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Record case</SubmitButton>
              <Link className="govuk-link" to={`/intake/${complaint.id}`}>
                Cancel
              </Link>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}
