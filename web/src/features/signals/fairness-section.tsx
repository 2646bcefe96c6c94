// The fairness monitor beside the queue: are alerts and high risk scores falling harder on some groups? Rates by
// ethnicity and sex with the relative rate index and 95% CI (server/modules/signals/fairness.ts); hidden counts
// are shown as suppressed, never as numbers.
import type { TFairness } from '../../../../shared/signal-contracts.js';
import { ETHNICITY_LABELS, fairnessCell, fairnessRatio, fairnessRate, SEX_GROUP_LABELS } from './fairness-format.js';

const MEASURE_TITLES: Record<TFairness['measures'][number]['measure'], string> = {
  open_alert: 'People with an open alert',
  high_score: 'People with a high risk score',
};

export function FairnessSection({ fairness }: { fairness: TFairness }) {
  return (
    <section aria-labelledby="fairness-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="fairness-heading">Fairness monitor</h2>
      <p className="govuk-body">
        Whether alerts and risk scores fall harder on some groups. A relative rate index above 1 means a higher rate than
        the reference group; where its 95% confidence interval is wholly above 1 the difference is unlikely to be chance.
        Counts under {fairness.threshold} are hidden, with others where they could be worked out from the totals.
      </p>
      {fairness.measures.map((m) => {
        const labels = m.dimension === 'ethnicity' ? ETHNICITY_LABELS : SEX_GROUP_LABELS;
        const caption = `${MEASURE_TITLES[m.measure]}, by ${m.dimension}`;
        return (
          <table className="govuk-table app-table--compact" key={`${m.measure}-${m.dimension}`}>
            <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Group</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Serving</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">With {m.measure === 'open_alert' ? 'an open alert' : 'a high score'}</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rate</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Relative rate index (95% CI)</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {m.rows.map((row) => (
                <tr className="govuk-table__row" key={row.group}>
                  <th scope="row" className="govuk-table__header">{labels[row.group] ?? row.group}{row.group === m.reference ? ' (reference)' : ''}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{fairnessCell(row.people, row.suppressed)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{fairnessCell(row.events, row.suppressed)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{fairnessRate(row.rate)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{row.group === m.reference ? '1' : fairnessRatio(row.rri)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">How these figures are worked out</span></summary>
        <div className="govuk-details__text">
          {fairness.measures.map((m) => <p className="govuk-body" key={`${m.measure}-${m.dimension}-definition`}>{m.definition}</p>)}
        </div>
      </details>
    </section>
  );
}
