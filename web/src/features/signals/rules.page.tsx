// The early-warning rules (/alerts/rules): each rule's current version in words, its severity, scope and who last
// changed it and why. Administrators add and change rules (a change is a new version; alerts keep the version that
// raised them) and can run the evaluation over everyone now rather than wait for the nightly run.
import { data, Form, Link, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TRule } from '../../../../shared/signal-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasPermission, requirePermission, requireUser, rethrowUnlessSignedIn } from '../auth/session.js';
import { canChangeRule } from './rule-form.js';
import { SEVERITY_LABELS, severityTagClass } from './signals.labels.js';
import { takeSignalsFlash } from './signals-flash.js';
import { listRules, runEvaluation, type TEvaluationResult } from './signals.api.js';

export const RULES_PATH = '/alerts/rules';

type RulesLoaderData = { rules: TRule[]; forces: TForce[]; user: TCurrentUser; flash: string | null };

export async function rulesLoader({ request }: LoaderFunctionArgs): Promise<RulesLoaderData> {
  try {
    const user = await requireUser(request);
    // Those who work the queue read the rules that feed it; administrators keep them.
    if (!hasPermission(user, 'signal:read') && !hasPermission(user, 'signal:rules')) throw data(null, { status: 403 });
    const [rules, forces] = await Promise.all([listRules(request.signal), listForces(request.signal)]);
    const sorted = [...rules].sort((a, b) => Number(a.forceId !== null) - Number(b.forceId !== null) || a.name.localeCompare(b.name, 'en-GB'));
    return { rules: sorted, forces, user, flash: takeSignalsFlash(RULES_PATH) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type RulesActionData = { result: TEvaluationResult; error?: undefined } | { result?: undefined; error: string };

export async function rulesAction({ request }: ActionFunctionArgs): Promise<RulesActionData> {
  try {
    await requirePermission(request, 'signal:evaluate');
    try {
      return { result: await runEvaluation() };
    } catch (error) {
      if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 401) {
        return { error: error.detail ?? 'The evaluation could not be run. Try again later' };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/** The counts of a run in words: new and re-opened alerts first, as those are what reach the queue. */
export function describeEvaluation(result: TEvaluationResult): { heading: string; detail: string } {
  const seconds = (result.millis / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return {
    heading: `Evaluation finished: ${pluralise(result.opened, 'new alert')}, ${result.reopened} re-opened`,
    detail: `${pluralise(result.rules, 'rule')} over everyone as of ${formatDate(result.asOf)}, in ${seconds} seconds. ${pluralise(result.hits, 'match', 'matches')} in all; ${pluralise(result.updated, 'open alert')} grew.`,
  };
}

function scopeText(rule: TRule, forces: readonly TForce[]): string {
  if (rule.forceId === null) return 'National';
  return forces.find((force) => force.id === rule.forceId)?.name ?? rule.forceId;
}

function RulesTable({ rules, forces, user }: { rules: readonly TRule[]; forces: readonly TForce[]; user: TCurrentUser }) {
  const hasActions = rules.some((rule) => canChangeRule(user, rule));
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Early-warning rules</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Rule</th>
          <th scope="col" className="govuk-table__header">Severity</th>
          <th scope="col" className="govuk-table__header">Scope</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Version</th>
          <th scope="col" className="govuk-table__header">Active</th>
          <th scope="col" className="govuk-table__header">Last changed</th>
          {hasActions && (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rules.map((rule) => (
          <tr className="govuk-table__row" key={rule.id} id={`rule-${rule.code}`}>
            <td className="govuk-table__cell">
              <strong>{rule.name}</strong>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{rule.description}</span>
              <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-code">{rule.code}</span>
            </td>
            <td className="govuk-table__cell">
              <strong className={severityTagClass(rule.severity)}>{SEVERITY_LABELS[rule.severity]}</strong>
            </td>
            <td className="govuk-table__cell">{scopeText(rule, forces)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{rule.version}</td>
            <td className="govuk-table__cell">{rule.active ? 'Yes' : <strong className="govuk-tag govuk-tag--grey">Inactive</strong>}</td>
            <td className="govuk-table__cell">
              <span className="app-nowrap">{formatDateTime(rule.editedAt)}</span>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">by {rule.editedByName ?? 'Warrant'}</span>
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-pre-wrap">{rule.reason}</span>
            </td>
            {hasActions && (
              <td className="govuk-table__cell">
                {canChangeRule(user, rule) && (
                  <Link className="govuk-link" to={`${RULES_PATH}/${encodeURIComponent(rule.code)}/edit`}>
                    Change<span className="govuk-visually-hidden"> {rule.name}</span>
                  </Link>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RulesPage() {
  const { rules, forces, user, flash } = useLoaderData<typeof rulesLoader>();
  const actionData = useActionData<typeof rulesAction>();
  const navigation = useNavigation();
  usePageTitle('Early-warning rules', Boolean(actionData?.error));
  const evaluation = actionData?.result ? describeEvaluation(actionData.result) : null;
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      {evaluation && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{evaluation.heading}</p>
          <p className="govuk-body">{evaluation.detail}</p>
        </NotificationBanner>
      )}
      {actionData?.error && <ErrorSummary errors={[{ message: actionData.error }]} />}
      {hasPermission(user, 'signal:read') && (
        <Link to="/alerts" className="govuk-back-link">
          Back to alerts
        </Link>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Early-warning rules</h1>
          <p className="govuk-body">
            The rules run on every new or changed allegation, case decision and vetting event, and over everyone every night. National rules apply in every force; a
            force may add its own. Changing a rule adds a version: alerts already raised keep the version that raised them, and their dispositions.
          </p>
        </div>
        <div className="govuk-grid-column-one-third app-align-right">
          {hasPermission(user, 'signal:rules') && (
            <Link className="govuk-button" to={`${RULES_PATH}/new`}>
              Add a rule
            </Link>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-m">{pluralise(rules.length, 'rule')}</h2>
      {rules.length === 0 ? <p className="govuk-body">There are no rules yet.</p> : <RulesTable rules={rules} forces={forces} user={user} />}

      {hasPermission(user, 'signal:evaluate') && (
        <section aria-labelledby="evaluate-heading" className="app-case-section">
          <h2 className="govuk-heading-m" id="evaluate-heading">
            Run the rules now
          </h2>
          <p className="govuk-body">Evaluates every active rule over everyone, as the nightly run does: for example after changing a rule. It can take a few seconds.</p>
          <Form method="post" noValidate>
            <SubmitButton variant="secondary" isBusy={navigation.state === 'submitting'}>
              Run the evaluation now
            </SubmitButton>
          </Form>
        </section>
      )}
    </>
  );
}
