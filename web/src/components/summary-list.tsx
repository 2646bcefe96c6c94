import { createContext, useContext, type ReactNode } from 'react';

// Whether any row of the enclosing list has an action: rows without one then keep the actions column empty
// (govuk-summary-list__row--no-actions) so values line up.
const ListHasActions = createContext(false);

export function SummaryList({ children, hasActions = false, noBorder }: { children: ReactNode; hasActions?: boolean; noBorder?: boolean }) {
  return (
    <ListHasActions.Provider value={hasActions}>
      <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>{children}</dl>
    </ListHasActions.Provider>
  );
}

/** One row of a GOV.UK summary list, with an optional action link (e.g. "Record") at the end. */
export function SummaryRow({ label, children, action }: { label: string; children: ReactNode; action?: ReactNode }) {
  const listHasActions = useContext(ListHasActions);
  return (
    <div className={`govuk-summary-list__row${listHasActions && !action ? ' govuk-summary-list__row--no-actions' : ''}`}>
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
      {action && <dd className="govuk-summary-list__actions">{action}</dd>}
    </div>
  );
}
