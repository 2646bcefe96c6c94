// Insight (/insight): disproportionality at each stage, the repeat distribution, case-to-answer rates and
// timeliness for a force (or every force) and period, each with its definition, the suppression applied, a chart
// where one helps, the table under it, and a CSV download. Filters live in the URL so links can be shared.
import { useMemo, type FormEvent, type ReactNode } from 'react';
import { Link, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type {
  TCaseToAnswer, TCaseToAnswerTable, TDisproportionality, TDisproportionalityTable, TDisproportionalityTrend, TFigureMeta, TRepeatDistribution, TTimeliness,
} from '../../../../shared/insight-contracts.js';
import type { InsightFigure } from '../../../../shared/insight-vocabulary.js';
import { reachOf } from '../../../../shared/policy.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { csvHref, getCaseToAnswer, getDisproportionality, getDisproportionalityTrend, getRepeatDistribution, getTimeliness, TREND_YEARS } from './insight.api.js';
import { CaseToAnswerChart, ForestPlot, RepeatBarChart, TimelinessChart, TrendChart } from './insight-charts.js';
import {
  caseToAnswerRows, closureRows, criteriaFrom, describeCaseToAnswer, describeClosure, describeForest, describeTimeliness, describeTrend, forestRows, formatCount, formatDays,
  formatProportion, formatRatio, searchOf, timelinessRows, trendSeries, type InsightCriteria,
} from './insight-format.js';

type InsightLoaderData = {
  criteria: InsightCriteria;
  thisYear: number;
  forces: TForce[];
  canChooseForce: boolean;
  canDrilldown: boolean;
  disproportionality: TDisproportionality;
  trend: TDisproportionalityTrend;
  repeat: TRepeatDistribution;
  caseToAnswer: TCaseToAnswer;
  timeliness: TTimeliness;
};

const yearInEngland = (): number => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' }).format(new Date()));

export async function insightLoader({ request }: LoaderFunctionArgs): Promise<InsightLoaderData> {
  try {
    const user = await requirePermission(request, 'insight:read');
    const thisYear = yearInEngland();
    const criteria = criteriaFrom(new URL(request.url).searchParams, thisYear);
    const canChooseForce = reachOf(user, 'insight:read') === 'national';
    const [forces, disproportionality, trend, repeat, caseToAnswer, timeliness] = await Promise.all([
      canChooseForce ? listForces(request.signal) : Promise.resolve([]),
      getDisproportionality(criteria, request.signal),
      getDisproportionalityTrend(criteria, request.signal),
      getRepeatDistribution(criteria, request.signal),
      getCaseToAnswer(criteria, request.signal),
      getTimeliness(criteria, request.signal),
    ]);
    return { criteria, thisYear, forces, canChooseForce, canDrilldown: hasPermission(user, 'insight:drilldown'), disproportionality, trend, repeat, caseToAnswer, timeliness };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const ROLE_OPTIONS = [
  { value: 'all', text: 'Officers and staff' },
  { value: 'officers', text: 'Police officers' },
  { value: 'staff', text: 'Police staff and PCSOs' },
];

function Filters({ data }: { data: InsightLoaderData }) {
  const navigate = useNavigate();
  const { criteria, thisYear } = data;
  const years = Array.from({ length: 10 }, (_, i) => String(thisYear - i));
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const key of ['forceId', 'year', 'years', 'role']) {
      const value = form.get(key);
      if (typeof value === 'string' && value !== '') params.set(key, value);
    }
    void navigate(`/insight${searchOf(criteriaFrom(params, thisYear))}`);
  }
  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Choose the figures" className="app-filter">
      <h2 className="govuk-heading-m">Choose the figures</h2>
      <div className="govuk-grid-row">
        {data.canChooseForce && (
          <div className="govuk-grid-column-one-quarter">
            <Select id="forceId" label="Force" options={[{ value: '', text: 'All forces' }, ...data.forces.map((f) => ({ value: f.id, text: f.name }))]} defaultValue={criteria.forceId ?? ''} />
          </div>
        )}
        <div className="govuk-grid-column-one-quarter">
          <Select id="year" label="Year" options={years.map((y) => ({ value: y, text: y }))} defaultValue={String(criteria.year ?? thisYear)} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="years"
            label="Period"
            options={[1, 2, 3, 5, 10].map((n) => ({ value: String(n), text: n === 1 ? 'That year' : `${n} years to the end of it` }))}
            defaultValue={String(criteria.years ?? 1)}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="role" label="Role" options={ROLE_OPTIONS} defaultValue={criteria.role ?? 'all'} />
        </div>
      </div>
      <SubmitButton>Show figures</SubmitButton>
    </form>
  );
}

/** What the figure is, how it is worked out, what was hidden and why, and the CSV of it. */
function FigureNotes({ meta, figure, criteria }: { meta: TFigureMeta; figure: InsightFigure; criteria: InsightCriteria }) {
  const hidden = meta.suppression.primary + meta.suppression.secondary;
  return (
    <>
      {meta.warnings.map((warning) => (
        <div className="govuk-warning-text" key={warning}>
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {warning}
          </strong>
        </div>
      ))}
      <p className="govuk-body-s">{meta.definition}</p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Formula and small numbers</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body-s">{meta.formula}</p>
          <p className="govuk-body-s">{meta.suppression.rule}</p>
        </div>
      </details>
      <p className="govuk-body-s">
        {hidden === 0 ? 'No number is hidden.' : `${hidden} ${hidden === 1 ? 'number is' : 'numbers are'} hidden: "<${meta.suppression.threshold}" is fewer than ${meta.suppression.threshold}; "[c]" is hidden so that one of them cannot be worked out from the totals.`}{' '}
        <a className="govuk-link" href={csvHref(figure, criteria)} download>
          Download this figure as CSV<span className="govuk-visually-hidden"> ({meta.title})</span>
        </a>
      </p>
    </>
  );
}

const Num = ({ children }: { children: ReactNode }) => <td className="govuk-table__cell govuk-table__cell--numeric">{children}</td>;
const NumHead = ({ children }: { children: ReactNode }) => <th scope="col" className="govuk-table__header govuk-table__header--numeric">{children}</th>;

function DisproportionalityTable({ table, threshold, caption }: { table: TDisproportionalityTable; threshold: number; caption: string }) {
  const ratio = (note: string | null, text: string) => (note === 'Reference group' ? 'Reference' : text);
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Stage</th>
          <th scope="col" className="govuk-table__header">Group</th>
          <NumHead>People</NumHead>
          <NumHead>Share of the previous stage (95% CI)</NumHead>
          <NumHead>Rate per head against the reference (95% CI)</NumHead>
          <NumHead>Rate from the previous stage against the reference (95% CI)</NumHead>
        </tr>
      </thead>
      {table.stages.map((stage) => (
        <tbody className="govuk-table__body" key={stage.stage}>
          {stage.rows.map((row, index) => (
            <tr className="govuk-table__row" key={row.group}>
              {index === 0 && (
                <th scope="rowgroup" rowSpan={stage.rows.length + 1} className="govuk-table__header">
                  {stage.label}
                </th>
              )}
              <th scope="row" className="govuk-table__header">{row.label}</th>
              <Num>{formatCount(row.count, threshold)}</Num>
              <Num>{formatProportion(row.rateOfPrevious)}</Num>
              <Num>{ratio(row.rriPerHead.note, formatRatio(row.rriPerHead))}</Num>
              <Num>{ratio(row.rriVsPrevious.note, formatRatio(row.rriVsPrevious))}</Num>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">All</th>
            <Num>{formatCount(stage.total, threshold)}</Num>
            <Num>–</Num>
            <Num>–</Num>
            <Num>–</Num>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function DisproportionalitySection({ data }: { data: InsightLoaderData }) {
  const figure = data.disproportionality;
  const threshold = figure.meta.suppression.threshold;
  const ethnicityRows = useMemo(() => forestRows(figure.byEthnicity), [figure]);
  const sexRows = useMemo(() => forestRows(figure.bySex), [figure]);
  return (
    <section aria-labelledby="disproportionality" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="disproportionality">{figure.meta.title}</h2>
      <FigureNotes meta={figure.meta} figure="disproportionality" criteria={data.criteria} />
      <h3 className="govuk-heading-m">By ethnicity, against White</h3>
      <ForestPlot rows={ethnicityRows} label={describeForest(ethnicityRows, 'White')} />
      <DisproportionalityTable table={figure.byEthnicity} threshold={threshold} caption="People at each stage by ethnicity" />
      <h3 className="govuk-heading-m">By sex, against male</h3>
      <ForestPlot rows={sexRows} label={describeForest(sexRows, 'male')} />
      <DisproportionalityTable table={figure.bySex} threshold={threshold} caption="People at each stage by sex" />
      <p className="govuk-body-s">A dash means the rate cannot be shown: it rests on a hidden number, or there is no one to compare with.</p>
    </section>
  );
}

function TrendSection({ data }: { data: InsightLoaderData }) {
  const figure = data.trend;
  const years = figure.years.map((y) => y.year);
  const series = useMemo(() => trendSeries(figure), [figure]);
  return (
    <section aria-labelledby="disproportionality-trend" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="disproportionality-trend">{figure.meta.title}</h2>
      <FigureNotes meta={figure.meta} figure="disproportionality-trend" criteria={{ ...data.criteria, years: TREND_YEARS }} />
      <TrendChart years={years} series={series} label={describeTrend(years, series)} />
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">Subject of an allegation: rate per head against White (95% CI), by year</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Year</th>
            {series.map((s) => <NumHead key={s.group}>{s.label}</NumHead>)}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {years.map((year, i) => (
            <tr className="govuk-table__row" key={year}>
              <th scope="row" className="govuk-table__header">{year}</th>
              {series.map((s) => {
                const estimate = s.estimates[i];
                return <Num key={s.group}>{estimate ? formatRatio(estimate) : '–'}</Num>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RepeatSection({ data }: { data: InsightLoaderData }) {
  const figure = data.repeat;
  const t = figure.meta.suppression.threshold;
  const people = figure.bands.map((b) => `${b.label}: ${formatCount(b.people, t)}`).join('; ');
  return (
    <section aria-labelledby="repeat-distribution" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="repeat-distribution">{figure.meta.title}</h2>
      <FigureNotes meta={figure.meta} figure="repeat-distribution" criteria={data.criteria} />
      <RepeatBarChart figure={figure} label={`Bar chart of people by number of allegations. ${people}. The table below gives every figure.`} />
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">People by number of allegations and where they stand now</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Allegations</th>
            <NumHead>People</NumHead>
            <NumHead>Dismissed</NumHead>
            <NumHead>Still serving</NumHead>
            <NumHead>Left</NumHead>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {[...figure.bands.map((b) => ({ key: b.band, label: b.label, people: b.people, outcomes: b.outcomes })), { key: 'all', label: 'All', ...figure.total }].map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className="govuk-table__header">{row.label}</th>
              <Num>{formatCount(row.people, t)}</Num>
              <Num>{formatCount(row.outcomes.dismissed, t)}</Num>
              <Num>{formatCount(row.outcomes.serving, t)}</Num>
              <Num>{formatCount(row.outcomes.left, t)}</Num>
            </tr>
          ))}
        </tbody>
      </table>
      {data.canDrilldown && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/insight/people${searchOf(data.criteria)}`}>
            See the people with two or more allegations
          </Link>{' '}
          (your viewing is recorded in the audit trail)
        </p>
      )}
    </section>
  );
}

function CaseToAnswerTable({ table, threshold, caption }: { table: TCaseToAnswerTable; threshold: number; caption: string }) {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{table.dimension === 'tag' ? 'Thematic tag' : table.dimension === 'standard' ? 'Standard' : 'IOPC category'}</th>
          <NumHead>Decided</NumHead>
          <NumHead>Case to answer</NumHead>
          <NumHead>No case to answer</NumHead>
          <NumHead>Case-to-answer rate (95% CI)</NumHead>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">{row.label}</th>
            <Num>{formatCount(row.decided, threshold)}</Num>
            <Num>{formatCount(row.caseToAnswer, threshold)}</Num>
            <Num>{formatCount(row.noCaseToAnswer, threshold)}</Num>
            <Num>{formatProportion(row.rate)}</Num>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The chart of one table's rates, then the table. The tag table has no total, so its line is all allegations. */
function CaseToAnswerPart({ table, overall, threshold, dimension, caption }: {
  table: TCaseToAnswerTable; overall: TCaseToAnswerTable['total']; threshold: number; dimension: string; caption: string;
}) {
  const chart = useMemo(() => caseToAnswerRows(table, overall), [table, overall]);
  return (
    <>
      <CaseToAnswerChart chart={chart} label={describeCaseToAnswer(chart, dimension, threshold)} />
      <CaseToAnswerTable table={table} threshold={threshold} caption={caption} />
    </>
  );
}

function CaseToAnswerSection({ data }: { data: InsightLoaderData }) {
  const figure = data.caseToAnswer;
  const t = figure.meta.suppression.threshold;
  const overall = figure.byCategory.total;
  return (
    <section aria-labelledby="case-to-answer" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="case-to-answer">{figure.meta.title}</h2>
      <FigureNotes meta={figure.meta} figure="case-to-answer" criteria={data.criteria} />
      <CaseToAnswerPart table={figure.byTag} overall={overall} threshold={t} dimension="thematic tag" caption="Allegations by thematic tag" />
      <CaseToAnswerPart table={figure.byCategory} overall={overall} threshold={t} dimension="IOPC category" caption="Allegations by IOPC category" />
      <CaseToAnswerPart table={figure.byStandard} overall={overall} threshold={t} dimension="Standard of Professional Behaviour" caption="Allegations by Standard of Professional Behaviour" />
    </section>
  );
}

function TimelinessSection({ data }: { data: InsightLoaderData }) {
  const figure = data.timeliness;
  const t = figure.meta.suppression.threshold;
  const all = figure.rows.find((r) => r.key === 'all');
  const closure = figure.rows.filter((r) => r.key !== 'all');
  const stageLabel = (stage: string) => figure.stages.find((s) => s.stage === stage)?.label ?? stage;
  const chartRows = useMemo(() => timelinessRows(figure), [figure]);
  const closureChart = useMemo(() => closureRows(figure), [figure]);
  const heads = (
    <>
      <NumHead>Matters</NumHead>
      <NumHead>Median days</NumHead>
      <NumHead>75th percentile</NumHead>
      <NumHead>90th percentile</NumHead>
    </>
  );
  return (
    <section aria-labelledby="timeliness" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="timeliness">{figure.meta.title}</h2>
      <FigureNotes meta={figure.meta} figure="timeliness" criteria={data.criteria} />
      <TimelinessChart rows={chartRows} label={describeTimeliness(chartRows)} />
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">Days from receipt to each step, all categories</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Step</th>
            {heads}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {all?.stages.map((s) => (
            <tr className="govuk-table__row" key={s.stage}>
              <th scope="row" className="govuk-table__header">{stageLabel(s.stage)}</th>
              <Num>{formatCount(s.matters, t)}</Num>
              <Num>{formatDays(s.median)}</Num>
              <Num>{formatDays(s.p75)}</Num>
              <Num>{formatDays(s.p90)}</Num>
            </tr>
          ))}
        </tbody>
      </table>
      <TimelinessChart rows={closureChart.rows} label={describeClosure(closureChart, t)} />
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">Days from receipt to closure by IOPC category</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">IOPC category</th>
            {heads}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {closure.map((row) => {
            const closed = row.stages.find((s) => s.stage === 'closed');
            return (
              <tr className="govuk-table__row" key={row.key}>
                <th scope="row" className="govuk-table__header">{row.label}</th>
                <Num>{closed ? formatCount(closed.matters, t) : '0'}</Num>
                <Num>{formatDays(closed?.median ?? null)}</Num>
                <Num>{formatDays(closed?.p75 ?? null)}</Num>
                <Num>{formatDays(closed?.p90 ?? null)}</Num>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function InsightPage() {
  const data = useLoaderData<typeof insightLoader>();
  usePageTitle('Insight');
  const scope = data.disproportionality.meta.scope;
  return (
    <>
      <h1 className="govuk-heading-xl">Insight</h1>
      <p className="govuk-body-l">
        {scope.forceName}, {formatDate(scope.from)} to {formatDate(scope.to)}, {ROLE_OPTIONS.find((r) => r.value === scope.role)?.text.toLowerCase()}.
      </p>
      <p className="govuk-body-s">Figures as of {formatDateTime(data.disproportionality.meta.asOf)}. Counter-corruption cases are not included.</p>
      <Filters data={data} />
      <nav aria-label="Figures on this page" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list">
          {[data.disproportionality.meta, data.trend.meta, data.repeat.meta, data.caseToAnswer.meta, data.timeliness.meta].map((meta) => (
            <li key={meta.figure}>
              <a className="govuk-link" href={`#${meta.figure}`}>{meta.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DisproportionalitySection data={data} />
      <TrendSection data={data} />
      <RepeatSection data={data} />
      <CaseToAnswerSection data={data} />
      <TimelinessSection data={data} />
    </>
  );
}
