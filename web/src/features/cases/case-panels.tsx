// Panels shown beside decisions so they are consistent and informed: a person's history of cases in every force
// (with live warnings and open restrictions) and the comparable closed cases with how they ended.
import { CLEARANCE_STATUS_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { Link } from 'react-router';
import type { TComparables, TSubjectHistory } from '../../../../shared/case-contracts.js';
import { formatDate, pluralise } from '../../components/format.js';
import {
  caseToAnswerLabel, labelFor, outcomeLabel, RESTRICTION_KIND_LABELS, severityLabel, standardLabel, stateLabel, stateTagClass, tagLabel,
} from './cases.labels.js';

type HistoryItem = TSubjectHistory['items'][number];

function CaseLink({ caseId, reference }: { caseId: string | null; reference: string | null }) {
  if (!reference) return <>Not available</>;
  if (!caseId) return <span className="app-nowrap">{reference}</span>;
  return (
    <Link className="govuk-link app-nowrap" to={`/cases/${caseId}`}>
      {reference}
    </Link>
  );
}

function allegationSummary(allegations: HistoryItem['allegations']): string {
  const standards = [...new Set(allegations.map((a) => standardLabel(a.standard)))];
  const tags = [...new Set(allegations.flatMap((a) => a.tags.map(tagLabel)))];
  return [standards.join('; '), tags.length > 0 ? `Tags: ${tags.join(', ')}` : ''].filter(Boolean).join('. ');
}

/** Every case in the history, newest first: no case to answer, withdrawn and closed ones included. */
export function CaseHistoryTable({ items, caption }: { items: readonly HistoryItem[]; caption: string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Case</th>
          <th scope="col" className="govuk-table__header">Force</th>
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Stage</th>
          <th scope="col" className="govuk-table__header">Severity</th>
          <th scope="col" className="govuk-table__header">Case to answer</th>
          <th scope="col" className="govuk-table__header">Outcome</th>
          <th scope="col" className="govuk-table__header">Live until</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item, index) => (
          <tr className="govuk-table__row" key={`${item.caseReference ?? 'case'}-${index}`}>
            <td className="govuk-table__cell">
              <CaseLink caseId={item.caseId} reference={item.caseReference} />
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{allegationSummary(item.allegations)}</span>
            </td>
            <td className="govuk-table__cell">{item.forceName}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
            <td className="govuk-table__cell">
              <strong className={stateTagClass(item.state)}>{stateLabel(item.state)}</strong>
            </td>
            <td className="govuk-table__cell">{severityLabel(item.severity, 'Not assessed')}</td>
            <td className="govuk-table__cell">{caseToAnswerLabel(item.caseToAnswer, 'Not decided')}</td>
            <td className="govuk-table__cell">{outcomeLabel(item.outcome, 'None')}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(item.liveUntil, 'Not applicable')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Live warnings and open restrictions, as GOV.UK warning text: the first things a decision-maker must know. */
export function HistoryWarnings({ history }: { history: TSubjectHistory }) {
  const forceName = (forceId: string) => history.items.find((item) => item.forceId === forceId)?.forceName ?? forceId;
  return (
    <>
      {history.liveWarnings.map((warning, index) => (
        <div className="govuk-warning-text" key={`warning-${index}`}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Live {outcomeLabel(warning.outcome).toLowerCase()} until {formatDate(warning.liveUntil)} ({forceName(warning.forceId)})
          </strong>
        </div>
      ))}
      {history.openRestrictions.map((restriction, index) => (
        <div className="govuk-warning-text" key={`restriction-${index}`}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Open restriction: {labelFor(RESTRICTION_KIND_LABELS, restriction.kind)}, review due {formatDate(restriction.reviewOn)}.{' '}
            <span className="app-pre-wrap">{restriction.conditions}</span>
          </strong>
        </div>
      ))}
      {history.vetting?.map((clearance, index) => (
        <p className="govuk-body" key={`vetting-${index}`}>
          Vetting: {clearance.level} clearance ({forceName(clearance.forceId)}){' '}
          <strong className={clearance.status === 'active' ? 'govuk-tag govuk-tag--green' : 'govuk-tag govuk-tag--orange'}>{CLEARANCE_STATUS_LABELS[clearance.status]}</strong>
          {clearance.expiresOn ? `, expires ${formatDate(clearance.expiresOn)}` : ''}
        </p>
      ))}
      {history.vetting && history.vetting.length === 0 ? <p className="govuk-body">Vetting: no clearance recorded in Warrant.</p> : null}
    </>
  );
}

/** The subject's full history, shown above assessment and case-to-answer decisions. */
export function HistoryPanel({ name, history }: { name: string; history: TSubjectHistory }) {
  return (
    <section aria-labelledby="history-heading" className="app-panel">
      <h2 className="govuk-heading-m" id="history-heading">
        {name}’s history in every force
      </h2>
      <HistoryWarnings history={history} />
      {history.items.length === 0 ? (
        <p className="govuk-body">No other cases are recorded for {name} in any force.</p>
      ) : (
        <CaseHistoryTable items={history.items} caption={`${pluralise(history.items.length, 'other case')}, newest first, including no case to answer and withdrawn`} />
      )}
    </section>
  );
}

const TALLY_LABELS: Record<string, string> = { not_decided: 'Not decided', none: 'No outcome recorded' };

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function TallyTable({ caption, heading, rows, label }: { caption: string; heading: string; rows: TComparables['outcomes']; label: (value: string) => string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{heading}</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Cases</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.value}>
            <th scope="row" className="govuk-table__header">{TALLY_LABELS[row.value] ?? label(row.value)}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.count}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(row.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Comparable closed matters (same severity, sharing a Standard or tag) and the distribution of how they ended. */
export function ComparablesPanel({ comparables }: { comparables: TComparables }) {
  const { basis, total } = comparables;
  const standards = basis.standards.map(standardLabel).join('; ');
  const tags = basis.tags.map(tagLabel).join(', ');
  return (
    <section aria-labelledby="comparables-heading" className="app-panel">
      <h2 className="govuk-heading-m" id="comparables-heading">
        Comparable cases
      </h2>
      <p className="govuk-body">
        Closed matters {basis.severity ? `assessed as ${severityLabel(basis.severity).toLowerCase()} ` : ''}with an allegation under {standards || 'the same Standards'}
        {tags ? ` or tagged ${tags}` : ''}: {total === 0 ? 'none yet' : pluralise(total, 'case')}.
      </p>
      {total === 0 ? (
        <p className="govuk-body">No comparable closed cases have been recorded yet, so there is no norm to compare this decision with.</p>
      ) : (
        <>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <TallyTable caption="Case to answer decisions" heading="Decision" rows={comparables.caseToAnswer} label={(value) => caseToAnswerLabel(value)} />
            </div>
            <div className="govuk-grid-column-one-half">
              <TallyTable caption="Outcomes" heading="Outcome" rows={comparables.outcomes} label={(value) => outcomeLabel(value)} />
            </div>
          </div>
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-table__caption--s">Most recent comparable cases</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Case</th>
                <th scope="col" className="govuk-table__header">Force</th>
                <th scope="col" className="govuk-table__header">Received</th>
                <th scope="col" className="govuk-table__header">Case to answer</th>
                <th scope="col" className="govuk-table__header">Outcome</th>
                <th scope="col" className="govuk-table__header">Standards and tags</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {comparables.recent.map((item) => (
                <tr className="govuk-table__row" key={item.reference}>
                  <td className="govuk-table__cell">
                    <CaseLink caseId={item.caseId} reference={item.reference} />
                  </td>
                  <td className="govuk-table__cell">{item.forceId}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
                  <td className="govuk-table__cell">{caseToAnswerLabel(item.caseToAnswer, 'Not decided')}</td>
                  <td className="govuk-table__cell">{outcomeLabel(item.outcome, 'None')}</td>
                  <td className="govuk-table__cell">{[item.standards.map(standardLabel).join('; '), item.tags.map(tagLabel).join(', ')].filter(Boolean).join('. ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
