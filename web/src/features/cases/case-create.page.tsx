// Intake (/cases/new): record a complaint, conduct matter or report with its subjects and their allegations, in
// one long form with a section per part. Subjects are chosen from the register by name; each subject has one or
// more allegations, each classified by Standard, IOPC category and thematic tags (with their definitions).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TForce, TPersonSummary, TPersonSearchResult } from '../../../../shared/contracts.js';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import { reachOf } from '../../../../shared/policy.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { DateInput } from '../../components/date-input.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { searchPeople } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { createCase, getClassification, type TClassification } from './cases.api.js';
import { caseFormErrors, fieldId } from './case-form-errors.js';
import { setCaseFlash } from './case-flash.js';
import { intakeDateFields, intakeFieldLabels, parseIntakeForm } from './case-intake.js';
import { choicesOf, PARTY_KIND_LABELS, SOURCE_HINTS, SOURCE_LABELS } from './cases.labels.js';
import { TagCheckboxes } from './tag-checkboxes.js';

type CreateLoaderData = { forces: TForce[]; defaultForceId: string; classification: TClassification; canRestrict: boolean };
type CreateActionData = { errors: FormError[] };

export async function caseCreateLoader({ request }: LoaderFunctionArgs): Promise<CreateLoaderData> {
  try {
    const user = await requirePermission(request, 'case:create');
    const [forces, classification] = await Promise.all([listForces(request.signal), getClassification(request.signal)]);
    // Someone who records cases only for their own force is offered only that force.
    const offered = reachOf(user, 'case:create') === 'own-force' && user.forceId ? forces.filter((force) => force.id === user.forceId) : forces;
    return { forces: offered, defaultForceId: user.forceId ?? '', classification, canRestrict: hasPermission(user, 'case:restricted') };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function caseCreateAction({ request }: ActionFunctionArgs): Promise<CreateActionData | Response> {
  try {
    await requirePermission(request, 'case:create');
    const form = await request.formData();
    const parsed = parseIntakeForm(form);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const created = await createCase(parsed.request);
      setCaseFlash(created.id, `Case ${created.reference} recorded`);
      return redirect(`/cases/${created.id}`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: caseFormErrors(error, { labels: intakeFieldLabels(form), dateFields: intakeDateFields(form), reloadHref: '/cases/new' }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

let keySequence = 0;
const nextKey = (): string => `k${++keySequence}`;

type SubjectDraft = { key: string; person: TPersonSummary | null; allegationKeys: string[] };
const newSubject = (): SubjectDraft => ({ key: nextKey(), person: null, allegationKeys: [nextKey()] });

/** Moves focus to an element once React has rendered it (after adding, removing or choosing something). */
function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}

const PERSON_RESULTS = 10;

function SubjectPicker({ index, person, error, onChoose, onClear }: {
  index: number;
  person: TPersonSummary | null;
  error: string | undefined;
  onChoose: (person: TPersonSummary) => void;
  onClear: () => void;
}) {
  const inputId = fieldId(`subjects.${index}.personId`);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<TPersonSearchResult | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [isSearching, setIsSearching] = useState(false);
  const searchCount = useRef(0);

  if (person) {
    return (
      <>
        <input type="hidden" name={inputId} value={person.id} />
        <SummaryList hasActions>
          <SummaryRow
            label="Name"
            action={
              <button type="button" id={inputId} className="govuk-link app-button-link" onClick={onClear}>
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
    setIsSearching(true);
    setSearchError(null);
    try {
      const found = await searchPeople({ name, pageSize: PERSON_RESULTS });
      if (thisSearch === searchCount.current) setResult(found);
    } catch (caught) {
      if (thisSearch !== searchCount.current) return;
      setResult(null);
      setSearchError(isApiError(caught) && caught.status === 400 ? (caught.errors[0]?.message ?? 'Enter a different name') : 'The register could not be searched. Try again');
    } finally {
      if (thisSearch === searchCount.current) setIsSearching(false);
    }
  }

  function searchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches the register rather than sending the whole case.
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
        <button type="button" className="govuk-button govuk-button--secondary app-search-row__button" onClick={() => void search()} aria-disabled={isSearching || undefined}>
          Search<span className="govuk-visually-hidden"> for subject {index + 1}</span>
        </button>
      </div>
      <div aria-live="polite" className="govuk-body govuk-!-margin-bottom-2">
        {result && (result.total === 0 ? 'No people found' : `${pluralise(result.total, 'person found', 'people found')}${result.total > result.items.length ? `, showing the first ${result.items.length}: add more of the name to narrow it down` : ''}`)}
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
                <td className="govuk-table__cell">
                  {fullName(found)}
                  {found.matchedName && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">Matched on {found.matchedNameKind === 'alias' ? 'alias' : 'previous name'} {found.matchedName}</span>}
                </td>
                <td className="govuk-table__cell app-nowrap">{formatDate(found.dateOfBirth)}</td>
                <td className="govuk-table__cell">{found.currentForceName ?? 'None'}</td>
                <td className="govuk-table__cell">{found.collarNumbers.join(', ') || 'None'}</td>
                <td className="govuk-table__cell">
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onChoose(found)}>
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

function AllegationFields({ subjectIndex, index, subjectCount, errors, classification, onRemove }: {
  subjectIndex: number;
  index: number;
  subjectCount: number;
  errors: readonly FormError[];
  classification: TClassification;
  onRemove: (() => void) | null;
}) {
  const path = `subjects.${subjectIndex}.allegations.${index}`;
  const id = (field: string) => fieldId(`${path}.${field}`);
  const message = (field: string) => errorFor(errors, `${path}.${field}`)?.message;
  const dateError = errorFor(errors, `${path}.occurredOn`);
  const headingId = id('heading');
  return (
    <div role="group" aria-labelledby={headingId} className="app-allegation">
      <h4 className="govuk-heading-s" id={headingId}>
        Allegation {index + 1}
        {subjectCount > 1 && <span className="govuk-visually-hidden"> against subject {subjectIndex + 1}</span>}
      </h4>
      <Textarea id={id('description')} label="What is alleged" hint="What the subject is said to have done, in plain words" error={message('description')} rows={4} />
      <DateInput id={id('occurredOn')} legend="When it happened (optional)" hint="For example, 27 3 2026" error={dateError?.message} errorParts={dateError?.parts} />
      <TextInput id={id('place')} label="Where it happened (optional)" error={message('place')} />
      <Select
        id={id('standard')}
        label="Standard of Professional Behaviour"
        error={message('standard')}
        options={[{ value: '', text: 'Select a Standard' }, ...choicesOf(STANDARD_LABELS)]}
      />
      <Select
        id={id('iopcCategory')}
        label="IOPC complaint category"
        error={message('iopcCategory')}
        options={[{ value: '', text: 'Select a category' }, ...choicesOf(IOPC_CATEGORY_LABELS)]}
      />
      <TagCheckboxes
        id={id('tags')}
        legend="Thematic tags (optional)"
        hint="Select all that apply. Read the definition of each tag before you select it."
        error={message('tags')}
        tags={classification.tags}
        version={classification.tagDefinitionsVersion}
      />
      {onRemove && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          Remove allegation {index + 1}
          {subjectCount > 1 && <span className="govuk-visually-hidden"> against subject {subjectIndex + 1}</span>}
        </button>
      )}
    </div>
  );
}

function PartyFields({ index, errors, onRemove }: { index: number; errors: readonly FormError[]; onRemove: (() => void) | null }) {
  const id = (field: string) => fieldId(`parties.${index}.${field}`);
  const message = (field: string) => errorFor(errors, `parties.${index}.${field}`)?.message;
  const headingId = id('heading');
  return (
    <div role="group" aria-labelledby={headingId} className="app-allegation">
      <h3 className="govuk-heading-s" id={headingId}>
        Complainant or witness {index + 1}
      </h3>
      <Radios
        id={id('kind')}
        legend="Are they a complainant or a witness?"
        inline
        small
        error={message('kind')}
        defaultValue="complainant"
        items={choicesOf(PARTY_KIND_LABELS)}
      />
      <TextInput id={id('name')} label="Full name" error={message('name')} autoComplete="off" spellCheck={false} />
      <TextInput id={id('email')} label="Email address (optional)" type="email" error={message('email')} autoComplete="off" spellCheck={false} />
      <TextInput id={id('phone')} label="Phone number (optional)" error={message('phone')} autoComplete="off" widthClass="govuk-input--width-20" />
      <Textarea
        id={id('accessibilityNeeds')}
        label="Accessibility needs (optional)"
        hint="For example, letters in large print, or a British Sign Language interpreter at meetings"
        error={message('accessibilityNeeds')}
        rows={2}
      />
      {onRemove && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          Remove complainant or witness {index + 1}
        </button>
      )}
    </div>
  );
}

export function CaseCreatePage() {
  const { forces, defaultForceId, classification, canRestrict } = useLoaderData<typeof caseCreateLoader>();
  const actionData = useActionData<typeof caseCreateAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Record a case', errors.length > 0);
  const [subjects, setSubjects] = useState<SubjectDraft[]>(() => [newSubject()]);
  const [partyKeys, setPartyKeys] = useState<string[]>(() => [nextKey()]);
  const focusLater = useFocusAfterRender();
  const message = (field: string) => errorFor(errors, field)?.message;
  const receivedError = errorFor(errors, 'receivedOn');
  const forceOptions = [...(forces.length > 1 ? [{ value: '', text: 'Select a force' }] : []), ...forces.map((force) => ({ value: force.id, text: force.name }))];

  const updateSubject = (key: string, change: (subject: SubjectDraft) => SubjectDraft) =>
    setSubjects((current) => current.map((subject) => (subject.key === key ? change(subject) : subject)));

  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to="/cases" className="govuk-back-link">
        Back to cases
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Record a case</h1>
          <p className="govuk-body">
            Record a complaint, conduct matter or report with everyone it is about. Each subject needs at least one allegation. Public complaints are
            logged; every other case is recorded and goes to severity assessment.
          </p>
        </div>
      </div>
      <Form method="post" noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">About the case</h2>
            <Select id="forceId" label="Force" error={message('forceId')} options={forceOptions} defaultValue={defaultForceId} />
            <Radios
              id="source"
              legend="Where the case came from"
              error={message('source')}
              items={choicesOf(SOURCE_LABELS, SOURCE_HINTS)}
            />
            <DateInput id="receivedOn" legend="Date received" hint="The day the matter reached the appropriate authority, for example 27 3 2026" error={receivedError?.message} errorParts={receivedError?.parts} />
            <Textarea id="summary" label="Summary" hint="What happened and how it came to light" error={message('summary')} rows={5} />
            {canRestrict && (
              <Checkboxes
                id="restricted"
                legend="Restriction"
                error={message('restricted')}
                items={[{ value: 'true', text: 'Restricted case', hint: 'Only counter-corruption will be able to see it: it will not appear in lists, searches or history for anyone else' }]}
              />
            )}

            <h2 className="govuk-heading-m">Complainants and witnesses (optional)</h2>
            <p className="govuk-body">Leave these blank for a conduct matter with no complainant.</p>
            {partyKeys.map((key, index) => (
              <PartyFields
                key={key}
                index={index}
                errors={errors}
                onRemove={partyKeys.length > 1 ? () => {
                  setPartyKeys((current) => current.filter((k) => k !== key));
                  focusLater('add-party');
                } : null}
              />
            ))}
            <button
              type="button"
              id="add-party"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setPartyKeys((current) => [...current, nextKey()]);
                focusLater(fieldId(`parties.${partyKeys.length}.kind`));
              }}
            >
              Add another complainant or witness
            </button>

            <h2 className="govuk-heading-m">Subjects and allegations</h2>
            {subjects.map((subject, subjectIndex) => {
              const headingId = fieldId(`subjects.${subjectIndex}.heading`);
              return (
                <section key={subject.key} aria-labelledby={headingId} className="app-case-subject">
                  <h3 className="govuk-heading-m" id={headingId}>
                    Subject {subjectIndex + 1}
                  </h3>
                  <SubjectPicker
                    index={subjectIndex}
                    person={subject.person}
                    error={message(`subjects.${subjectIndex}.personId`)}
                    onChoose={(person) => {
                      updateSubject(subject.key, (s) => ({ ...s, person }));
                      focusLater(fieldId(`subjects.${subjectIndex}.personId`));
                    }}
                    onClear={() => {
                      updateSubject(subject.key, (s) => ({ ...s, person: null }));
                      focusLater(fieldId(`subjects.${subjectIndex}.personId`));
                    }}
                  />
                  {subject.allegationKeys.map((allegationKey, allegationIndex) => (
                    <AllegationFields
                      key={allegationKey}
                      subjectIndex={subjectIndex}
                      index={allegationIndex}
                      subjectCount={subjects.length}
                      errors={errors}
                      classification={classification}
                      onRemove={subject.allegationKeys.length > 1 ? () => {
                        updateSubject(subject.key, (s) => ({ ...s, allegationKeys: s.allegationKeys.filter((k) => k !== allegationKey) }));
                        focusLater(fieldId(`subjects.${subjectIndex}.add-allegation`));
                      } : null}
                    />
                  ))}
                  <div className="govuk-button-group">
                    <button
                      type="button"
                      id={fieldId(`subjects.${subjectIndex}.add-allegation`)}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => {
                        updateSubject(subject.key, (s) => ({ ...s, allegationKeys: [...s.allegationKeys, nextKey()] }));
                        focusLater(fieldId(`subjects.${subjectIndex}.allegations.${subject.allegationKeys.length}.description`));
                      }}
                    >
                      Add another allegation<span className="govuk-visually-hidden"> against subject {subjectIndex + 1}</span>
                    </button>
                    {subjects.length > 1 && (
                      <button
                        type="button"
                        className="govuk-button govuk-button--warning"
                        onClick={() => {
                          setSubjects((current) => current.filter((s) => s.key !== subject.key));
                          focusLater('add-subject');
                        }}
                      >
                        Remove subject {subjectIndex + 1}
                      </button>
                    )}
                  </div>
                </section>
              );
            })}
            <button
              type="button"
              id="add-subject"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setSubjects((current) => [...current, newSubject()]);
                focusLater(fieldId(`subjects.${subjects.length}.personId`));
              }}
            >
              Add another subject
            </button>

            <h2 className="govuk-heading-m">Record the case</h2>
            <p className="govuk-body">The case gets its reference when you record it. Allegations are classified under tag definitions version {classification.tagDefinitionsVersion}.</p>
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Record case</SubmitButton>
              <Link className="govuk-link" to="/cases">
                Cancel
              </Link>
            </div>
          </div>
        </div>
      </Form>
    </>
  );
}
