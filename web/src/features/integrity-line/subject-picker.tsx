// Choose a case subject from the register by name: search, then select one person, whose id goes with the form
// as subjects-N-personId. The same picker the case intake and the complaint intake use.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TPersonSearchResult, TPersonSummary } from '../../../../shared/contracts.js';
import { isApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { formatDate, pluralise } from '../../components/format.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { fieldId } from '../cases/case-form-errors.js';
import { searchPeople } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';

const PERSON_RESULTS = 10;

/** Search the register by name and choose one person; the chosen person's id goes with the form. */
export function SubjectPicker({ index, error }: { index: number; error: string | undefined }) {
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
