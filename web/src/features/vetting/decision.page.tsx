// The decision on an application: the form (/vetting/applications/:id/decision) weighs each adverse item and
// records the outcome, its conditions and, where a caution or conviction raises a presumption of refusal, the
// rebuttal a grant needs; then "check your answers" (/decision/check) shows it all before it is recorded. The
// answers wait in session storage between the two pages, so "Change" brings them back.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TVettingApplication, TVettingDecision } from '../../../../shared/vetting-contracts.js';
import { ADVERSE_CATEGORY_LABELS, DECISION_OUTCOME_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { fieldId } from '../cases/case-form-errors.js';
import { choicesOf } from '../cases/cases.labels.js';
import { requireId } from '../cases/case-params.js';
import { applicationHref, decisionBlockers } from './application-tasks.js';
import {
  clearDecisionDraft, DECISION_DATE_FIELDS, DECISION_FIELD_ALIASES, decisionAnswers, decisionFieldLabels, formValuesFrom, loadDecisionDraft, needsSecondApproval,
  parseDecisionForm, saveDecisionDraft, type DecisionFormValues,
} from './decision-draft.js';
import { decideApplication, getApplication } from './vetting.api.js';
import { AdverseItemCard, ConditionalRadios, DateField, DecidedOnField, FormFrame, message, NotOpen } from './vetting-components.js';
import { setVettingFlash } from './vetting-flash.js';
import { vettingFormErrors } from './vetting-form-reader.js';

const decisionHref = (id: string): string => `${applicationHref(id)}/decision`;
const checkHref = (id: string): string => `${decisionHref(id)}/check`;

type DecisionFormData = { application: TVettingApplication; values: DecisionFormValues };

export async function decisionLoader({ request, params }: LoaderFunctionArgs): Promise<DecisionFormData> {
  try {
    await requirePermission(request, 'vetting:decide');
    const id = requireId(params, 'id');
    const application = await getApplication(id, request.signal);
    return { application, values: formValuesFrom(loadDecisionDraft(sessionStorage, id)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function decisionAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:decide');
    const id = requireId(params, 'id');
    const [form, application] = await Promise.all([request.formData(), getApplication(id)]);
    const parsed = parseDecisionForm(form, application);
    if (!parsed.request) return { errors: parsed.errors };
    saveDecisionDraft(sessionStorage, id, parsed.request);
    return redirect(checkHref(id));
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function frameProps(application: TVettingApplication) {
  return { caption: `${application.reference} – ${application.personName}`, backHref: applicationHref(application.id), backText: `Back to application ${application.reference}` };
}

function OutcomeFields({ application, values, errors }: { application: TVettingApplication; values: DecisionFormValues; errors: readonly FormError[] }) {
  const hasAdverse = application.adverseItems.length > 0;
  return (
    <ConditionalRadios
      id="outcome"
      legend="What is your decision?"
      legendClass="govuk-fieldset__legend--m"
      hint={hasAdverse ? 'A grant despite adverse information takes effect only once a vetting manager who did not decide approves it' : undefined}
      error={message(errors, 'outcome')}
      defaultValue={values.outcome || undefined}
      items={choicesOf(DECISION_OUTCOME_LABELS)}
      conditional={{
        granted_with_conditions: (
          <>
            <Textarea
              id="conditions"
              label="Risk-mitigation conditions"
              hint="Put each condition on its own line"
              error={message(errors, 'conditions')}
              rows={4}
              defaultValue={values.conditions}
            />
            <DateField
              path="conditionsReviewOn"
              legend="Date the conditions are reviewed"
              hint="It must be after the date decided. For example, 27 3 2027"
              errors={errors}
              defaultIso={values.conditionsReviewOn}
            />
          </>
        ),
      }}
    />
  );
}

export function DecisionPage() {
  const { application, values } = useLoaderData<typeof decisionLoader>();
  const actionData = useActionData<typeof decisionAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const props = frameProps(application);
  const title = 'Record the decision';
  if (!application.allowedActions.includes('decide')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen
          reason={application.decision ? 'A decision has already been recorded on this application.' : 'Decisions are recorded by a vetting officer or manager while the checks are in progress.'}
          backHref={props.backHref}
          backText="Go back to the application"
        />
      </FormFrame>
    );
  }
  const blockers = decisionBlockers(application);
  if (blockers.length > 0) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <p className="govuk-body">You cannot record the decision yet:</p>
        <ul className="govuk-list govuk-list--bullet">
          {blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
        <p className="govuk-body">
          <Link className="govuk-link" to={props.backHref}>
            Go back to the application
          </Link>
        </p>
      </FormFrame>
    );
  }
  const presumption = application.adverseItems.filter((item) => item.presumptionOfRefusal);
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <p className="govuk-body">You can check your answers before the decision is recorded.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        {application.adverseItems.length === 0 ? (
          <div className="govuk-inset-text">No adverse information was recorded. A grant takes effect as soon as it is recorded.</div>
        ) : (
          <>
            <h2 className="govuk-heading-m">Weigh the adverse information</h2>
            {application.adverseItems.map((item, index) => (
              <div key={item.id}>
                <AdverseItemCard item={item} index={index} />
                <Textarea
                  id={fieldId(`weighings.${index}`)}
                  label={`How did you weigh adverse item ${index + 1} (${ADVERSE_CATEGORY_LABELS[item.category].toLowerCase()})?`}
                  hint="Its seriousness, how long ago, whether it was disclosed, and what mitigates it"
                  error={message(errors, `weighings.${index}`)}
                  rows={4}
                  defaultValue={values.weighings[item.id]}
                />
              </div>
            ))}
          </>
        )}
        <OutcomeFields application={application} values={values} errors={errors} />
        {presumption.length > 0 && (
          <>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {presumption.length === 1 ? 'A caution or conviction' : `${presumption.length} cautions or convictions`} for dishonesty, violence or targeting a vulnerable person
                lead to refusal unless the presumption is rebutted (Vetting Code of Practice 2023).
              </strong>
            </div>
            <Textarea
              id="rebuttal"
              label="Why is the presumption of refusal rebutted?"
              hint="Needed to grant. Leave it empty if you refuse"
              error={message(errors, 'rebuttal')}
              rows={5}
              defaultValue={values.rebuttal}
            />
          </>
        )}
        <Textarea id="rationale" label="Rationale" hint="The reasons for your decision, as they will appear in the vetting file" error={message(errors, 'rationale')} rows={6} defaultValue={values.rationale} />
        <DecidedOnField errors={errors} defaultIso={values.decidedOn} hint={`It cannot be before the application was opened (${formatDate(application.openedOn)}) or in the future. For example, 27 3 2026`} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Continue</SubmitButton>
          <Link className="govuk-link" to={props.backHref}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// Check your answers -----------------------------------------------------------------------------------------------

type CheckAnswersData = { application: TVettingApplication; draft: TVettingDecision; isStale: boolean };

export async function decisionCheckLoader({ request, params }: LoaderFunctionArgs): Promise<CheckAnswersData> {
  try {
    await requirePermission(request, 'vetting:decide');
    const id = requireId(params, 'id');
    const draft = loadDecisionDraft(sessionStorage, id);
    // Nothing to check (a new tab, or already recorded): start from the form, or show where the application is.
    if (!draft) throw redirect(decisionHref(id));
    const application = await getApplication(id, request.signal);
    if (!application.allowedActions.includes('decide')) throw redirect(applicationHref(id));
    return { application, draft, isStale: draft.version !== application.version };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function decisionCheckAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:decide');
    const id = requireId(params, 'id');
    const draft = loadDecisionDraft(sessionStorage, id);
    if (!draft) return redirect(decisionHref(id));
    try {
      const saved = await decideApplication(id, draft);
      clearDecisionDraft(sessionStorage, id);
      const outcome = DECISION_OUTCOME_LABELS[draft.outcome];
      setVettingFlash(applicationHref(id), saved.state === 'awaiting_approval' ? `Decision recorded: ${outcome.toLowerCase()}, waiting for a second approval` : `Decision recorded: ${outcome.toLowerCase()}`);
      return redirect(applicationHref(id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        const application = await getApplication(id);
        const errors = vettingFormErrors(error, {
          labels: decisionFieldLabels(application.adverseItems),
          dateFields: DECISION_DATE_FIELDS,
          aliases: DECISION_FIELD_ALIASES,
          what: 'application',
          reloadHref: decisionHref(id),
        });
        // The fields are on the form, not here: each error links to its field there.
        return { errors: errors.map((e) => (e.href.startsWith('#') ? { ...e, href: `${decisionHref(id)}${e.href}` } : e)) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function DecisionCheckPage() {
  const { application, draft, isStale } = useLoaderData<typeof decisionCheckLoader>();
  const actionData = useActionData<typeof decisionCheckAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const title = 'Check your answers before recording the decision';
  usePageTitle(`${title} – ${application.reference}`, errors.length > 0);
  const answers = decisionAnswers(draft, application);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={decisionHref(application.id)} className="govuk-back-link">
        Back to the decision
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{`${application.reference} – ${application.personName}`}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <dl className="govuk-summary-list">
            {answers.map((answer) => (
              <div className="govuk-summary-list__row" key={answer.key}>
                <dt className="govuk-summary-list__key">{answer.label}</dt>
                <dd className="govuk-summary-list__value">
                  {Array.isArray(answer.value) ? (
                    <ul className="govuk-list govuk-list--bullet">
                      {answer.value.map((line) => (
                        <li key={line} className="app-pre-wrap">
                          {line}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="app-pre-wrap">{answer.value}</span>
                  )}
                </dd>
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={answer.changeHref}>
                    Change<span className="govuk-visually-hidden"> {answer.changeLabel}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
          {isStale ? (
            <NotificationBanner title="Important">
              <p className="govuk-notification-banner__heading">The application has changed since you filled in the decision.</p>
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to={decisionHref(application.id)}>
                  Go back to the decision
                </Link>{' '}
                to check it against the application as it is now.
              </p>
            </NotificationBanner>
          ) : (
            <>
              <h2 className="govuk-heading-m">Now record the decision</h2>
              <p className="govuk-body">
                {needsSecondApproval(draft, application)
                  ? 'Because there is adverse information, the grant takes effect only when a vetting manager who did not make this decision approves it.'
                  : draft.outcome === 'refused'
                    ? 'The applicant will have 14 days to appeal against the refusal.'
                    : 'The clearance is granted as soon as you record the decision.'}
              </p>
              <Form method="post" noValidate>
                <SubmitButton isBusy={navigation.state === 'submitting'}>Record the decision</SubmitButton>
              </Form>
            </>
          )}
        </div>
      </div>
    </>
  );
}
