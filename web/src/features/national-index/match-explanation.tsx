// How a match was scored, as a person reads it: each field compared, how it compared and what it added.
import type { TMatchReason } from '../../../../shared/national-index-contracts.js';
import { BAND_LABELS, bandTagClass, explanationRows, formatScore, type MatchBand } from './national-index.labels.js';

export function BandTag({ band }: { band: MatchBand }) {
  return <strong className={bandTagClass(band)}>{BAND_LABELS[band]}</strong>;
}

export function ExplanationTable({ reasons, score, caption }: { reasons: readonly TMatchReason[] | null; score: number | null; caption: string }) {
  const rows = explanationRows(reasons);
  if (rows.length === 0) return <p className="govuk-body">The matching engine recorded no reasons for this match.</p>;
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Field</th>
          <th scope="col" className="govuk-table__header">How it compared</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Weight</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, index) => (
          <tr className="govuk-table__row" key={`${row.field}-${index}`}>
            <th scope="row" className="govuk-table__header">{row.field}</th>
            <td className="govuk-table__cell">{row.agreement}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.weight}</td>
          </tr>
        ))}
        {score !== null && (
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">Score</th>
            <td className="govuk-table__cell">10 or more is a match; 6 to 10 is a possible match for a person to review</td>
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">{formatScore(score)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
