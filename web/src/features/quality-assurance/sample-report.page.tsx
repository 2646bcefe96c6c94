// The report of a dip sample (/quality-assurance/:id/report): the disagreement rate of each stratum with its Wilson
// 95% interval, as a chart and a table, and every disagreement with the decision-maker's response, for action. The
// publication view hides small counts as Insight does (docs/statistics.md) and lists no one.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TReportRow } from '../../../../shared/qa-contracts.js';
import { QA_POPULATION_LABELS } from '../../../../shared/qa-vocabulary.js';
import { listForces } from '../../api/forces.api.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { formatCount, formatProportion } from '../insight/insight-format.js';
import { DisagreementChart, type RateRow } from './qa-chart.js';
import { getReport } from './qa.api.js';
import { decisionLabel, itemPath, samplePath, stratumLabel } from './qa.labels.js';

export async function sampleReportLoader({ request, params }: LoaderFunctionArgs) {
  try {
    await requirePermission(request, 'qa:sample');
    const view = new URL(request.url).searchParams.get('view') === 'publication' ? 'publication' : 'full';
    const [report, forces] = await Promise.all([getReport(requireId(params, 'id'), view, request.signal), listForces(request.signal)]);
    return { report, forceNames: new Map(forces.map((f) => [f.id, f.name])) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function chartRows(rows: readonly TReportRow[], label: (row: TReportRow) => string): RateRow[] {
  return rows.flatMap((r) => {
    const { value, lower, upper } = r.disagreementRate;
    return value === null || lower === null || upper === null ? [] : [{ label: label(r), value, lower, upper }];
  });
}

export function SampleReportPage() {
  const { report, forceNames } = useLoaderData<typeof sampleReportLoader>();
  usePageTitle(`Report: ${report.name}`);
  const isPublication = report.view === 'publication';
  const labelOf = (row: TReportRow) => stratumLabel(row.values, forceNames);
  const count = (c: TReportRow['reviewed']) => formatCount(c, report.threshold);
  const rows = report.strata.length > 1 ? [...report.strata, report.total] : report.strata;
  return (
    <>
      <Link to={samplePath(report.sampleId)} className="govuk-back-link">
        Back to the sample
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{QA_POPULATION_LABELS[report.population]}</span>
        Report: {report.name}
      </h1>
      <p className="govuk-body">
        The disagreement rate is the share of reviewed decisions the reviewer disagreed with. The 95% interval (Wilson) shows how far the true rate could
        be from it given how few decisions were reviewed.
        {isPublication
          ? ` Counts from 1 to ${report.threshold - 1} are shown as “<${report.threshold}”, and counts that would give them away as “[c]”.`
          : ' Every count is shown: use the publication view for anything shared beyond the reviewers.'}
      </p>
      <p className="govuk-body">
        {isPublication ? (
          <Link className="govuk-link" to={`${samplePath(report.sampleId)}/report`}>
            Show the full report
          </Link>
        ) : (
          <Link className="govuk-link" to={`${samplePath(report.sampleId)}/report?view=publication`}>
            Show the publication view (small numbers hidden)
          </Link>
        )}
      </p>

      <DisagreementChart rows={chartRows(report.strata, labelOf)} label={`Disagreement rate with 95% interval for each stratum of ${report.name}; the table below gives every figure`} />

      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Disagreement by stratum</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Stratum</th>
            {!isPublication && <th scope="col" className="govuk-table__header govuk-table__header--numeric">Drawn</th>}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviewed</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Agreed</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Disagreed</th>
            <th scope="col" className="govuk-table__header">Disagreement rate (95% interval)</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className="govuk-table__header">{row === report.total ? 'All strata' : labelOf(row)}</th>
              {!isPublication && <td className="govuk-table__cell govuk-table__cell--numeric">{row.drawn}</td>}
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(row.reviewed)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(row.agreed)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{count(row.disagreed)}</td>
              <td className="govuk-table__cell">
                {formatProportion(row.disagreementRate)}
                {row.disagreementRate.note && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{row.disagreementRate.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {!isPublication && (
        <section aria-labelledby="disagreements-heading">
          <h2 className="govuk-heading-m" id="disagreements-heading">
            Disagreements for action
          </h2>
          {report.disagreements.length === 0 ? (
            <p className="govuk-body">No disagreements recorded.</p>
          ) : (
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">Every decision the reviewer disagreed with</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Reference</th>
                  <th scope="col" className="govuk-table__header">Decision</th>
                  <th scope="col" className="govuk-table__header">Decided by</th>
                  <th scope="col" className="govuk-table__header">Reasons</th>
                  <th scope="col" className="govuk-table__header">Response</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {report.disagreements.map((d) => (
                  <tr className="govuk-table__row" key={d.id}>
                    <td className="govuk-table__cell app-nowrap">
                      <Link className="govuk-link" to={itemPath(d.id)}>
                        {d.reference}
                      </Link>
                      <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{d.subjectName}</span>
                    </td>
                    <td className="govuk-table__cell">
                      {decisionLabel(d.entityType, d.decision)}, {formatDate(d.decidedOn)}
                    </td>
                    <td className="govuk-table__cell">{d.deciderName ?? 'Not recorded'}</td>
                    <td className="govuk-table__cell app-pre-wrap">{d.reasons}</td>
                    <td className="govuk-table__cell app-pre-wrap">{d.response ?? 'None yet'}</td>
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
