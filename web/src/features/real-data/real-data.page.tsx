// Figures on imported data (/real-data): for one force, of any jurisdiction, the figures `warrant report` writes —
// repeat distribution, concentration, case to answer by category, disproportionality of being accused, alerts the
// rules raise — each on all rows and without the rows flagged for data quality, with the flags themselves first.
// The API runs the report's own code; every figure has its definition, a chart, the table under it and its CSV.
import type { FormEvent, ReactNode } from 'react';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TCaseToAnswerTable, TCount, TDisproportionalityTable, TEstimate } from '../../../../shared/insight-contracts.js';
import type { RealDataCsvFigure, TRealDataFigures } from '../../../../shared/real-data-contracts.js';
import { reachOf } from '../../../../shared/policy.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { formatCount, formatProportion, formatRatio } from '../insight/insight-format.js';
import { ComparisonChart } from './real-data-charts.js';
import { getRealDataFigures, realDataCsvHref } from './real-data.api.js';
import {
  accusedRriRows, alertRows, caseToAnswerRows, concentrationRows, describeComparison, formatShare, formatSmall, realDataCriteriaFrom, realDataSearch, repeatRows, type RealDataCriteria,
} from './real-data-format.js';

type FigureSet = TRealDataFigures['all'];
type RealDataLoaderData = {
  criteria: RealDataCriteria;
  forces: TForce[];
  canChooseForce: boolean;
  figures: TRealDataFigures | null;
  /** Why there are no figures for the chosen force (e.g. nothing imported yet), from the API's problem. */
  problem: string | null;
};

export async function realDataLoader({ request }: LoaderFunctionArgs): Promise<RealDataLoaderData> {
  try {
    const user = await requirePermission(request, 'insight:read');
    const canChooseForce = reachOf(user, 'insight:read') === 'national';
    const criteria = realDataCriteriaFrom(new URL(request.url).searchParams);
    if (!canChooseForce && user.forceId) criteria.forceId = user.forceId;
    const forces = canChooseForce ? await listForces(request.signal) : [];
    if (!criteria.forceId) return { criteria, forces, canChooseForce, figures: null, problem: null };
    try {
      return { criteria, forces, canChooseForce, figures: await getRealDataFigures(criteria, request.signal), problem: null };
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        return { criteria, forces, canChooseForce, figures: null, problem: error.errors[0]?.message ?? error.message };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function ForceChooser({ data }: { data: RealDataLoaderData }) {
  const navigate = useNavigate();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    const forceId = form.get('forceId');
    if (typeof forceId === 'string' && forceId !== '') params.set('forceId', forceId);
    void navigate(`/real-data${realDataSearch(realDataCriteriaFrom(params))}`);
  }
  if (!data.canChooseForce) return null;
  const byJurisdiction = [...data.forces].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.name.localeCompare(b.name, 'en-GB'));
  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Choose the force" className="app-filter">
      <Select
        id="forceId"
        label="Force"
        hint="Any force, including those imported from outside England and Wales"
        error={data.problem ?? undefined}
        options={[{ value: '', text: 'Choose a force' }, ...byJurisdiction.map((f) => ({ value: f.id, text: `${f.name} (${f.id}, ${f.jurisdiction})` }))]}
        defaultValue={data.criteria.forceId ?? ''}
      />
      <SubmitButton>Show figures</SubmitButton>
    </form>
  );
}

const Num = ({ children }: { children: ReactNode }) => <td className="govuk-table__cell govuk-table__cell--numeric">{children}</td>;
const NumHead = ({ children }: { children: ReactNode }) => <th scope="col" className="govuk-table__header govuk-table__header--numeric">{children}</th>;
const RowHead = ({ children }: { children: ReactNode }) => <th scope="row" className="govuk-table__header">{children}</th>;

function Table({ caption, heads, children }: { caption: string; heads: readonly string[]; children: ReactNode }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{heads[0]}</th>
          {heads.slice(1).map((h) => <NumHead key={h}>{h}</NumHead>)}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

/** The definition of a figure, what "without flagged rows" means, and the report's CSV of it. */
function Notes({ definition, figure, title, data }: { definition: string; figure: RealDataCsvFigure; title: string; data: { criteria: RealDataCriteria; figures: TRealDataFigures } }) {
  return (
    <>
      <p className="govuk-body-s">{definition}</p>
      <p className="govuk-body-s">
        <a className="govuk-link" href={realDataCsvHref(figure, data.criteria)} download>
          Download this figure as CSV<span className="govuk-visually-hidden"> ({title})</span>
        </a>{' '}
        (the file <code>{figure}.csv</code> of <code>warrant report</code>, rows marked all or without_flagged)
      </p>
    </>
  );
}

type SectionProps = { figures: TRealDataFigures; criteria: RealDataCriteria };

function DataQualitySection({ figures, criteria }: SectionProps) {
  const dq = figures.dataQuality;
  const linkText: Record<string, string> = { linked: 'Accused rows linked to the roster automatically', review: 'Accused rows sent to the review queue (a new person meanwhile)', created: 'Accused rows made new people (no roster match)' };
  const flagRows = dq.flags.map((f) => ({ label: f.label, values: [f.rows, null] as [number, null] }));
  return (
    <section aria-labelledby="data-quality" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="data-quality">Data quality</h2>
      <Notes definition={`${figures.definitions.dataQuality} ${figures.definitions.withoutFlagged}`} figure="data-quality" title="Data quality" data={{ criteria, figures }} />
      <ComparisonChart rows={flagRows} label={`Rows flagged for data quality. ${dq.flags.map((f) => `${f.label}: ${f.rows}`).join('; ') || 'None'}. The table below gives every figure.`} />
      <Table caption="What an analyst should question before trusting the figures" heads={['Item', 'Rows', 'Left out without flagged rows']}>
        {dq.flags.map((f) => (
          <tr className="govuk-table__row" key={f.flag}>
            <RowHead>{f.label}</RowHead>
            <Num>{f.rows.toLocaleString('en-GB')}</Num>
            <Num>{f.excluded ? 'Yes' : 'No (informative)'}</Num>
          </tr>
        ))}
        {Object.entries(dq.linkage).map(([link, n]) => (
          <tr className="govuk-table__row" key={link}>
            <RowHead>{linkText[link] ?? `Accused rows: ${link}`}</RowHead>
            <Num>{n.toLocaleString('en-GB')}</Num>
            <Num>No</Num>
          </tr>
        ))}
        <tr className="govuk-table__row">
          <RowHead>Rows naming no usable officer (for example UNKNOWN): rejected at import, counted</RowHead>
          <Num>{dq.unidentifiedSubjects.toLocaleString('en-GB')}</Num>
          <Num>Not imported</Num>
        </tr>
        <tr className="govuk-table__row">
          <RowHead>Subjects that are not people (for example Organisational): kept out of person statistics</RowHead>
          <Num>{dq.nonPersonSubjects.toLocaleString('en-GB')}</Num>
          <Num>Not people</Num>
        </tr>
      </Table>
    </section>
  );
}

const pairHeads = (what: string) => [`${what} (all rows)`, `${what} (without flagged rows)`];

function RepeatSection({ figures, criteria }: SectionProps) {
  const { all, withoutFlagged: w, threshold } = figures;
  return (
    <section aria-labelledby="repeat-distribution" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="repeat-distribution">Repeat distribution</h2>
      <Notes definition={all.repeatByAllegations.meta.definition} figure="repeat-distribution" title="Repeat distribution" data={{ criteria, figures }} />
      {(['cases', 'allegations'] as const).map((unit) => {
        const [a, b] = unit === 'cases' ? [all.repeatByCases, w.repeatByCases] : [all.repeatByAllegations, w.repeatByAllegations];
        const rows = repeatRows(all, w, unit);
        const caption = `People by number of ${unit}`;
        return (
          <div key={unit}>
            <h3 className="govuk-heading-m">By {unit}</h3>
            <ComparisonChart rows={rows} label={describeComparison(caption, rows, (v) => v.toLocaleString('en-GB'))} />
            <Table caption={caption} heads={[unit === 'cases' ? 'Cases' : 'Allegations', ...pairHeads('People'), 'Dismissed', 'Still serving', 'Left']}>
              {[...a.bands.map((band, i) => ({ key: band.band, label: band.label, people: band.people, other: b.bands[i]?.people, outcomes: band.outcomes })), { key: 'all', label: 'All', people: a.total.people, other: b.total.people, outcomes: a.total.outcomes }].map((row) => (
                <tr className="govuk-table__row" key={row.key}>
                  <RowHead>{row.label}</RowHead>
                  <Num>{formatCount(row.people, threshold)}</Num>
                  <Num>{row.other ? formatCount(row.other, threshold) : '–'}</Num>
                  <Num>{formatCount(row.outcomes.dismissed, threshold)}</Num>
                  <Num>{formatCount(row.outcomes.serving, threshold)}</Num>
                  <Num>{formatCount(row.outcomes.left, threshold)}</Num>
                </tr>
              ))}
            </Table>
          </div>
        );
      })}
      <p className="govuk-body-s">Dismissed, still serving and left are for all rows. &quot;&lt;{threshold}&quot; is fewer than {threshold}; &quot;[c]&quot; is hidden so that one of them cannot be worked out from the totals.</p>
    </section>
  );
}

function ConcentrationSection({ figures, criteria }: SectionProps) {
  const { all, withoutFlagged: w } = figures;
  const rows = concentrationRows(all, w);
  const caption = 'Share of allegations of the subjects with the most allegations';
  return (
    <section aria-labelledby="concentration" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="concentration">Concentration</h2>
      <Notes definition={figures.definitions.concentration} figure="concentration" title="Concentration" data={{ criteria, figures }} />
      <ComparisonChart rows={rows} percent label={describeComparison(caption, rows, formatShare)} />
      <Table caption={caption} heads={['Subjects', 'Subjects in the band', ...pairHeads('Share of allegations')]}>
        {all.concentration.top.map((t, i) => {
          const o = w.concentration.top[i];
          return (
            <tr className="govuk-table__row" key={t.percent}>
              <RowHead>Top {t.percent}%</RowHead>
              <Num>{t.subjects.toLocaleString('en-GB')}</Num>
              <Num>{t.suppressed ? `Not shown: fewer than ${figures.threshold} subjects` : formatShare(t.share)}</Num>
              <Num>{!o ? '–' : o.suppressed ? `Not shown: fewer than ${figures.threshold} subjects` : formatShare(o.share)}</Num>
            </tr>
          );
        })}
      </Table>
      <p className="govuk-body-s">
        {all.concentration.subjects.toLocaleString('en-GB')} subjects and {all.concentration.allegations.toLocaleString('en-GB')} allegations in all;{' '}
        {w.concentration.subjects.toLocaleString('en-GB')} and {w.concentration.allegations.toLocaleString('en-GB')} without flagged rows.
      </p>
    </section>
  );
}

function CaseToAnswerTablePair({ a, b, threshold, caption, head }: { a: TCaseToAnswerTable; b: TCaseToAnswerTable; threshold: number; caption: string; head: string }) {
  const rows = [...a.rows, ...(a.total ? [a.total] : [])];
  const others = [...b.rows, ...(b.total ? [b.total] : [])];
  const decided = (c: TCount | undefined) => (c ? formatCount(c, threshold) : '–');
  const rate = (e: TEstimate | undefined) => (e ? formatProportion(e) : '–');
  return (
    <Table caption={caption} heads={[head, 'Decided', 'Case to answer', 'Rate (95% CI)', 'Decided (without flagged rows)', 'Rate (without flagged rows)']}>
      {rows.filter((r, i) => r.decided.value !== 0 || (others[i]?.decided.value ?? 0) !== 0).map((r) => {
        const o = others.find((x) => x.key === r.key);
        return (
          <tr className="govuk-table__row" key={r.key}>
            <RowHead>{r.label}</RowHead>
            <Num>{decided(r.decided)}</Num>
            <Num>{formatCount(r.caseToAnswer, threshold)}</Num>
            <Num>{rate(r.rate)}</Num>
            <Num>{decided(o?.decided)}</Num>
            <Num>{rate(o?.rate)}</Num>
          </tr>
        );
      })}
    </Table>
  );
}

function CaseToAnswerSection({ figures, criteria }: SectionProps) {
  const { all, withoutFlagged: w, threshold } = figures;
  const rows = caseToAnswerRows(all, w);
  const caption = 'Allegations by IOPC category';
  return (
    <section aria-labelledby="case-to-answer" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="case-to-answer">Finding: case to answer by category</h2>
      <Notes definition={`${all.caseToAnswer.meta.definition} Categories and findings are the source's, mapped by the versioned vocabulary mapping of the jurisdiction (docs/real-data.md).`} figure="case-to-answer" title="Case to answer" data={{ criteria, figures }} />
      {all.caseToAnswer.meta.warnings.map((warning) => <p className="govuk-inset-text" key={warning}>{warning}</p>)}
      <ComparisonChart rows={rows} percent label={describeComparison('Case-to-answer rate by IOPC category with 95% Wilson intervals', rows, formatShare)} />
      <CaseToAnswerTablePair a={all.caseToAnswer.byCategory} b={w.caseToAnswer.byCategory} threshold={threshold} caption={caption} head="IOPC category" />
      <CaseToAnswerTablePair a={all.caseToAnswer.byStandard} b={w.caseToAnswer.byStandard} threshold={threshold} caption="Allegations by Standard of Professional Behaviour" head="Standard" />
    </section>
  );
}

function AccusedTable({ a, b, threshold, caption, head }: { a: TDisproportionalityTable; b: TDisproportionalityTable; threshold: number; caption: string; head: string }) {
  const stage = (t: TDisproportionalityTable, name: string) => t.stages.find((s) => s.stage === name);
  const ratio = (e: TEstimate | undefined) => (!e ? '–' : e.note === 'Reference group' ? 'Reference' : formatRatio(e));
  return (
    <Table caption={caption} heads={[head, 'Workforce', 'Accused', 'Rate per head against the reference (95% CI)', 'Workforce (without flagged rows)', 'Accused (without flagged rows)', 'Rate (without flagged rows)']}>
      {(stage(a, 'allegation')?.rows ?? []).map((r) => {
        const wf = stage(a, 'workforce')?.rows.find((x) => x.group === r.group);
        const o = stage(b, 'allegation')?.rows.find((x) => x.group === r.group);
        const ow = stage(b, 'workforce')?.rows.find((x) => x.group === r.group);
        return (
          <tr className="govuk-table__row" key={r.group}>
            <RowHead>{r.label}</RowHead>
            <Num>{wf ? formatCount(wf.count, threshold) : '–'}</Num>
            <Num>{formatCount(r.count, threshold)}</Num>
            <Num>{ratio(r.rriPerHead)}</Num>
            <Num>{ow ? formatCount(ow.count, threshold) : '–'}</Num>
            <Num>{o ? formatCount(o.count, threshold) : '–'}</Num>
            <Num>{ratio(o?.rriPerHead)}</Num>
          </tr>
        );
      })}
    </Table>
  );
}

function DisproportionalitySection({ figures, criteria }: SectionProps) {
  const { all, withoutFlagged: w, threshold } = figures;
  const ethnicity = accusedRriRows(all, w, 'byEthnicity');
  const sex = accusedRriRows(all, w, 'bySex');
  const ratio = (v: number) => v.toFixed(2);
  return (
    <section aria-labelledby="disproportionality" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="disproportionality">Disproportionality of being accused</h2>
      <Notes
        definition={`Relative rate index of being the subject of an allegation per head of the workforce (everyone employed in the period), against White and against male, with the 95% interval (log method). ${figures.force.jurisdiction === 'us-il' ? 'Chicago race values are mapped to ONS groups: "Other" is almost entirely Hispanic officers. ' : ''}Without flagged rows, people made from accused rows who are not on the roster leave both the accused and the workforce. ${all.disproportionality.meta.formula}`}
        figure="disproportionality"
        title="Disproportionality"
        data={{ criteria, figures }}
      />
      {all.disproportionality.meta.warnings.map((warning) => <p className="govuk-inset-text" key={warning}>{warning}</p>)}
      <h3 className="govuk-heading-m">By ethnicity, against White</h3>
      <ComparisonChart rows={ethnicity} reference={1} label={describeComparison('Relative rate index of being accused per head, against White', ethnicity, ratio)} />
      <AccusedTable a={all.disproportionality.byEthnicity} b={w.disproportionality.byEthnicity} threshold={threshold} caption="Workforce and accused by ethnicity" head="Ethnicity" />
      <h3 className="govuk-heading-m">By sex, against male</h3>
      <ComparisonChart rows={sex} reference={1} label={describeComparison('Relative rate index of being accused per head, against male', sex, ratio)} />
      <AccusedTable a={all.disproportionality.bySex} b={w.disproportionality.bySex} threshold={threshold} caption="Workforce and accused by sex" head="Sex" />
      <p className="govuk-body-s">A dash means the rate cannot be shown: it rests on a hidden number, or there is no one to compare with.</p>
    </section>
  );
}

function AlertsSection({ figures, criteria }: SectionProps) {
  const { all, withoutFlagged: w, threshold } = figures;
  const rows = alertRows(all, w);
  const caption = `People alerted by each early-warning rule as of ${formatDate(figures.alertsAsOf)}`;
  return (
    <section aria-labelledby="alerts" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="alerts">Alerts raised by the default rules</h2>
      <Notes definition={figures.definitions.alerts} figure="alerts" title="Alerts" data={{ criteria, figures }} />
      <ComparisonChart rows={rows} label={describeComparison(caption, rows, (v) => v.toLocaleString('en-GB'))} />
      <Table caption={caption} heads={['Rule', ...pairHeads('People')]}>
        {all.alerts.map((a, i) => {
          const o = w.alerts[i];
          return (
            <tr className="govuk-table__row" key={a.code}>
              <RowHead>{a.name}</RowHead>
              <Num>{formatSmall(a.people, a.suppressed, threshold)}</Num>
              <Num>{o ? formatSmall(o.people, o.suppressed, threshold) : '–'}</Num>
            </tr>
          );
        })}
      </Table>
    </section>
  );
}

const SECTIONS = [
  ['data-quality', 'Data quality'],
  ['repeat-distribution', 'Repeat distribution'],
  ['concentration', 'Concentration'],
  ['case-to-answer', 'Finding: case to answer by category'],
  ['disproportionality', 'Disproportionality of being accused'],
  ['alerts', 'Alerts raised by the default rules'],
] as const;

function Figures({ figures, criteria }: { figures: TRealDataFigures; criteria: RealDataCriteria }) {
  const set: FigureSet = figures.all;
  return (
    <>
      <p className="govuk-body-l" data-testid="real-data-scope">
        {figures.force.name} ({figures.force.id}, {figures.force.jurisdiction}): cases received {formatDate(figures.period.from)} to {formatDate(figures.period.to)}.
      </p>
      <p className="govuk-body-s">
        Every figure comes from Warrant&apos;s own Insight and early-warning code — the same as <code>warrant report --force {figures.force.id}</code> — on all imported rows and without the rows flagged for data quality. {set.repeatByCases.meta.suppression.rule}
      </p>
      <nav aria-label="Figures on this page" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list">
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a className="govuk-link" href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DataQualitySection figures={figures} criteria={criteria} />
      <RepeatSection figures={figures} criteria={criteria} />
      <ConcentrationSection figures={figures} criteria={criteria} />
      <CaseToAnswerSection figures={figures} criteria={criteria} />
      <DisproportionalitySection figures={figures} criteria={criteria} />
      <AlertsSection figures={figures} criteria={criteria} />
    </>
  );
}

export function RealDataPage() {
  const data = useLoaderData<typeof realDataLoader>();
  usePageTitle(data.problem ? 'Error: Figures on imported data' : 'Figures on imported data');
  return (
    <>
      {data.problem && <ErrorSummary errors={[{ message: data.problem, href: '#forceId' }]} />}
      <h1 className="govuk-heading-xl">Figures on imported data</h1>
      <p className="govuk-body">
        Public records imported with <code>warrant import --format chicago</code>, <code>case-subject</code> or <code>barred-list</code>, and what a careful analyst would question before trusting them.
      </p>
      <ForceChooser data={data} />
      {data.figures ? <Figures figures={data.figures} criteria={data.criteria} /> : !data.problem && <p className="govuk-body">Choose a force to see its figures.</p>}
      {!data.canChooseForce && data.problem && <p className="govuk-body">{data.problem}</p>}
    </>
  );
}
