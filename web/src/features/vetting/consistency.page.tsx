// Decision consistency of the vetting unit (/vetting/consistency?from-day=…): grant and refusal rates overall, by
// adverse category and by decider, and every grant made despite adverse information, for supervisors and the
// inspectorate to audit. The period is a GET form, so a period can be bookmarked and shared.
import { Form, Link, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TConsistency } from '../../../../shared/vetting-contracts.js';
import { ADVERSE_CATEGORY_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { checkDate, DateInput, dateParts, isoToDateParts } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { applicationHref } from './application-tasks.js';
import { getConsistency } from './vetting.api.js';
import { formatRate } from './vetting.labels.js';

type ConsistencyData = { figures: TConsistency | null; errors: FormError[]; from: string | null; to: string | null; user: TCurrentUser };

/** The period in the URL, as the date inputs send it; each part checked as the GOV.UK date pattern asks. */
export function periodFrom(params: URLSearchParams): { from: string | null; to: string | null; errors: FormError[] } {
  const errors: FormError[] = [];
  const read = (name: 'from' | 'to', label: string): string | null => {
    const checked = checkDate(dateParts(params, name), { label, notInFuture: 'today-or-past' });
    if (checked.error === undefined) return checked.iso;
    errors.push({ field: name, message: checked.error, href: `#${name}-${checked.parts[0] ?? 'day'}`, parts: checked.parts });
    return null;
  };
  const from = read('from', 'Start date');
  const to = read('to', 'End date');
  if (from && to && from > to) errors.push({ field: 'from', message: 'Start date must be on or before the end date', href: '#from-day' });
  return { from, to, errors };
}

export async function consistencyLoader({ request }: LoaderFunctionArgs): Promise<ConsistencyData> {
  try {
    const user = await requirePermission(request, 'vetting:consistency');
    const { from, to, errors } = periodFrom(new URL(request.url).searchParams);
    if (errors.length > 0) return { figures: null, errors, from, to, user };
    try {
      return { figures: await getConsistency({ from: from ?? undefined, to: to ?? undefined }, request.signal), errors: [], from, to, user };
    } catch (error) {
      if (isApiError(error) && error.status === 400) return { figures: null, errors: [{ field: 'from', message: error.detail ?? 'Check the dates', href: '#from-day' }], from, to, user };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type RateRow = { decisions: number; granted: number; refused: number; grantRate: number | null };

function RateCells({ row }: { row: RateRow }) {
  return (
    <>
      <td className="govuk-table__cell govuk-table__cell--numeric">{row.decisions}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{row.granted}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{row.refused}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatRate(row.grantRate)}</td>
    </>
  );
}

function RateHeaders({ first }: { first: string }) {
  return (
    <>
      <th scope="col" className="govuk-table__header">{first}</th>
      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Decisions</th>
      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Granted</th>
      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Refused</th>
      <th scope="col" className="govuk-table__header govuk-table__header--numeric">Grant rate</th>
    </>
  );
}

function Figures({ figures, user }: { figures: TConsistency; user: TCurrentUser }) {
  const canOpen = hasPermission(user, 'vetting:read');
  return (
    <>
      <p className="govuk-body">
        Decisions from {formatDate(figures.from)} to {formatDate(figures.to)}, not counting grants still waiting for a second approval.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Overall</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <RateHeaders first="Which decisions" />
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">All decisions</th>
            <RateCells row={figures.overall} />
          </tr>
        </tbody>
      </table>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">By adverse category</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <RateHeaders first="Category" />
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.byCategory.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={5}>No decision on an application with adverse information in this period.</td>
            </tr>
          ) : (
            figures.byCategory.map((row) => (
              <tr className="govuk-table__row" key={row.category}>
                <th scope="row" className="govuk-table__header">{ADVERSE_CATEGORY_LABELS[row.category]}</th>
                <RateCells row={row} />
              </tr>
            ))
          )}
        </tbody>
      </table>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">By decider</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <RateHeaders first="Decider" />
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">With adverse information</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Granted despite it</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.byDecider.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={7}>No decisions in this period.</td>
            </tr>
          ) : (
            figures.byDecider.map((row) => (
              <tr className="govuk-table__row" key={row.deciderId}>
                <th scope="row" className="govuk-table__header">{row.deciderName}</th>
                <RateCells row={row} />
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.withAdverse}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.grantedDespiteAdverse}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>

      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Grants despite adverse information</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Application</th>
            <th scope="col" className="govuk-table__header">Decided</th>
            <th scope="col" className="govuk-table__header">Decider and approver</th>
            <th scope="col" className="govuk-table__header">Adverse categories</th>
            <th scope="col" className="govuk-table__header">Rebuttal and conditions</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.grantsDespiteAdverse.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={5}>No grant despite adverse information in this period.</td>
            </tr>
          ) : (
            figures.grantsDespiteAdverse.map((grant) => (
              <tr className="govuk-table__row" key={grant.applicationId}>
                <td className="govuk-table__cell">
                  {canOpen ? (
                    <Link className="govuk-link app-nowrap" to={applicationHref(grant.applicationId)}>
                      {grant.reference}
                    </Link>
                  ) : (
                    <span className="app-nowrap">{grant.reference}</span>
                  )}
                  <span className="govuk-!-display-block">{grant.personName}</span>
                </td>
                <td className="govuk-table__cell app-nowrap">{formatDate(grant.decidedOn)}</td>
                <td className="govuk-table__cell">
                  {grant.deciderName}
                  <span className="govuk-!-display-block">{grant.approverName ? `Approved by ${grant.approverName}` : 'No second approval recorded'}</span>
                </td>
                <td className="govuk-table__cell">{grant.categories.map((category) => ADVERSE_CATEGORY_LABELS[category]).join(', ')}</td>
                <td className="govuk-table__cell">
                  {grant.rebuttal && <p className="govuk-body-s app-pre-wrap">Rebuttal: {grant.rebuttal}</p>}
                  {grant.conditions.length > 0 ? (
                    <ul className="govuk-list govuk-list--bullet govuk-body-s">
                      {grant.conditions.map((condition) => (
                        <li key={condition} className="app-pre-wrap">
                          {condition}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    !grant.rebuttal && 'None'
                  )}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}

function ConsistencyContent({ data }: { data: ConsistencyData }) {
  const { figures, errors, from, to, user } = data;
  usePageTitle('Decision consistency', errors.length > 0);
  const fromError = errorFor(errors, 'from');
  const toError = errorFor(errors, 'to');
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      {hasPermission(user, 'vetting:read') && (
        <Link to="/vetting" className="govuk-back-link">
          Back to vetting
        </Link>
      )}
      <span className="govuk-caption-l">Vetting</span>
      <h1 className="govuk-heading-l">Decision consistency</h1>
      <p className="govuk-body">How often each kind of adverse information, and each decider, ends in a grant. Leave the dates empty for the last 12 months.</p>
      <Form method="get" role="search" aria-label="Choose the period" className="app-filter">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput id="from" legend="Start date" hint="For example, 1 1 2026" error={fromError?.message} errorParts={fromError?.parts} defaultValue={isoToDateParts(from ?? figures?.from)} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput id="to" legend="End date" hint="For example, 31 12 2026" error={toError?.message} errorParts={toError?.parts} defaultValue={isoToDateParts(to ?? figures?.to)} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show the figures
        </button>
      </Form>
      {figures && <Figures figures={figures} user={user} />}
    </>
  );
}

export function ConsistencyPage() {
  const data = useLoaderData<typeof consistencyLoader>();
  const { search } = useLocation();
  return <ConsistencyContent key={search} data={data} />;
}
