// One dip sample (/quality-assurance/:id): how it was drawn (with its seed), progress, a check that the draw can be
// reproduced, and the sampled decisions stratum by stratum, each linking to its review.
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TReproduction, TSample } from '../../../../shared/qa-contracts.js';
import { QA_POPULATION_LABELS, STRATIFIER_LABELS } from '../../../../shared/qa-vocabulary.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { takeQaFlash } from './qa-flash.js';
import { checkReproduction, getSample } from './qa.api.js';
import { decisionLabel, isStratifier, itemPath, samplePath, stratumLabel, stratumValueLabel, VERDICT_SHORT_LABELS, VERDICT_TAGS } from './qa.labels.js';

type SampleData = { sample: TSample; forceNames: Map<string, string>; reproduction: TReproduction | null; flash: string | null };

export async function sampleLoader({ request, params }: LoaderFunctionArgs): Promise<SampleData> {
  try {
    await requirePermission(request, 'qa:sample');
    const id = requireId(params, 'id');
    const wantsCheck = new URL(request.url).searchParams.get('check') === 'reproduction';
    const [sample, forces, reproduction] = await Promise.all([getSample(id, request.signal), listForces(request.signal), wantsCheck ? checkReproduction(id, request.signal) : null]);
    return { sample, forceNames: new Map(forces.map((f) => [f.id, f.name])), reproduction, flash: takeQaFlash(samplePath(id)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function sizeRule(sample: TSample): string {
  if (sample.sizePerStratum) return `${pluralise(sample.sizePerStratum, 'decision')} from each stratum (all of a smaller one)`;
  return `${((sample.proportion ?? 0) * 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}% of each stratum, rounded up`;
}

export function SamplePage() {
  const { sample, forceNames, reproduction, flash } = useLoaderData<typeof sampleLoader>();
  usePageTitle(`Sample: ${sample.name}`);
  const next = sample.sampleItems.find((i) => i.verdict === null);
  const filters = Object.entries(sample.filters).flatMap(([by, values]) => (values && values.length > 0 && isStratifier(by)
    ? [`${STRATIFIER_LABELS[by]}: ${values.map((v) => stratumValueLabel(by, v, forceNames)).join(', ')}`]
    : []));
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <Link to="/quality-assurance" className="govuk-back-link">
        Back to quality assurance
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Dip sample</span>
        {sample.name}
      </h1>
      <p className="govuk-body-l">
        {sample.reviewed} of {pluralise(sample.items, 'decision')} reviewed, {pluralise(sample.disagreements, 'disagreement')}.
      </p>
      <div className="govuk-button-group">
        {next && (
          <Link className="govuk-button" to={itemPath(next.id)}>
            Review the next decision
          </Link>
        )}
        <Link className="govuk-button govuk-button--secondary" to={`${samplePath(sample.id)}/report`}>
          See the report
        </Link>
      </div>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">How the sample was drawn</h2>
          <SummaryList>
            <SummaryRow label="Decisions">{QA_POPULATION_LABELS[sample.population]}</SummaryRow>
            <SummaryRow label="Force">{sample.forceName ?? 'Every force'}</SummaryRow>
            <SummaryRow label="Made between">{`${formatDate(sample.periodFrom)} and ${formatDate(sample.periodTo)}`}</SummaryRow>
            <SummaryRow label="Strata">{sample.stratifyBy.length === 0 ? 'None: a simple random sample' : sample.stratifyBy.map((s) => STRATIFIER_LABELS[s]).join(', ')}</SummaryRow>
            <SummaryRow label="Filters">{filters.length === 0 ? 'None' : filters.join('; ')}</SummaryRow>
            <SummaryRow label="Drawn">{sizeRule(sample)}</SummaryRow>
            <SummaryRow label="Seed"><code className="app-code">{sample.seed}</code></SummaryRow>
            <SummaryRow label="Checklist">{sample.checklist.name}</SummaryRow>
            <SummaryRow label="Drawn by">{`${sample.drawnByName ?? 'Not recorded'}, ${formatDateTime(sample.createdAt)}`}</SummaryRow>
          </SummaryList>
          {reproduction ? (
            <div className={reproduction.reproduced ? 'govuk-inset-text' : 'govuk-warning-text'}>
              {reproduction.reproduced ? (
                <p className="govuk-body">
                  <strong>The draw is reproduced.</strong> {reproduction.note}
                </p>
              ) : (
                <>
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  The draw is not reproduced today: {reproduction.missing} of the sampled decisions would not be picked and {reproduction.extra} others would. {reproduction.note}
                </strong>
                </>
              )}
            </div>
          ) : (
            <Form method="get" className="govuk-!-margin-bottom-6">
              <input type="hidden" name="check" value="reproduction" />
              <SubmitButton variant="secondary">Check the draw can be reproduced</SubmitButton>
            </Form>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-m">Sampled decisions</h2>
      {sample.strata.map((stratum) => {
        const items = sample.sampleItems.filter((i) => i.stratum === stratum.key);
        const headingId = `stratum-${stratum.key.replace(/[^a-z0-9]+/gi, '-')}`;
        return (
          <section key={stratum.key} aria-labelledby={headingId} className="app-case-section">
            <h3 className="govuk-heading-s" id={headingId}>
              {stratumLabel(stratum.values, forceNames)}
            </h3>
            <p className="govuk-body-s">
              {stratum.drawn} drawn{stratum.population !== null ? ` of ${stratum.population}` : ''}; {stratum.reviewed} reviewed; {pluralise(stratum.disagreed, 'disagreement')}.
            </p>
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">Decisions sampled: {stratumLabel(stratum.values, forceNames)}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Reference</th>
                  <th scope="col" className="govuk-table__header">About</th>
                  <th scope="col" className="govuk-table__header">Decision</th>
                  <th scope="col" className="govuk-table__header">Decided</th>
                  <th scope="col" className="govuk-table__header">Decided by</th>
                  <th scope="col" className="govuk-table__header">Review</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {items.map((item) => (
                  <tr className="govuk-table__row" key={item.id}>
                    <td className="govuk-table__cell app-nowrap">
                      <Link className="govuk-link" to={itemPath(item.id)}>
                        {item.reference}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{item.subjectName}</td>
                    <td className="govuk-table__cell">{decisionLabel(item.entityType, item.decision)}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(item.decidedOn)}</td>
                    <td className="govuk-table__cell">{item.deciderName ?? 'Not recorded'}</td>
                    <td className="govuk-table__cell">
                      {item.verdict ? <strong className={VERDICT_TAGS[item.verdict]}>{VERDICT_SHORT_LABELS[item.verdict]}</strong> : <strong className="govuk-tag govuk-tag--grey">Not reviewed</strong>}
                      {item.hasResponse && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">Decision-maker responded</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
