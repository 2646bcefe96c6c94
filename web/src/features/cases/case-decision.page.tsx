// One workflow decision for one subject (/cases/:id/subjects/:subjectId/:action): exactly the fields that action
// takes, the date decided (today unless changed), the rationale, and the case version read. Severity assessment
// and case to answer show the subject's full history above the form and need it acknowledged; those and the
// outcome show comparable cases; the IOPC referral shows the criteria the allegations' tags suggest.
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TCase, TComparables, TSubjectHistory } from '../../../../shared/case-contracts.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getCase, getClassification, getComparables, getSubjectHistory, listInvestigators, takeTransition, type TCaseSubject, type TClassification, type TInvestigator } from './cases.api.js';
import { DECISION_DATE_FIELDS, DECISION_FIELD_ALIASES, DECISION_FIELD_LABELS, parseDecisionForm } from './case-decisions.js';
import { setCaseFlash } from './case-flash.js';
import { caseFormErrors, fieldId } from './case-form-errors.js';
import { ComparablesPanel, HistoryPanel } from './case-panels.js';
import { requireId } from './case-params.js';
import {
  ACTION_LABELS, APPEAL_RESULT_LABELS, APPEAL_TO_LABELS, CASE_TO_ANSWER_LABELS, choicesOf, EVENT_LABELS, INVESTIGATION_TYPE_LABELS, IOPC_DECISION_LABELS,
  isTransitionAction, OUTCOME_HINTS, OUTCOME_LABELS, PROCEEDINGS_FORM_HINTS, PROCEEDINGS_FORM_LABELS, SEVERITY_HINTS, SEVERITY_LABELS, stateLabel,
  type TransitionAction,
} from './cases.labels.js';

const NEEDS_HISTORY: ReadonlySet<TransitionAction> = new Set(['assess_severity', 'decide_case_to_answer']);
const NEEDS_COMPARABLES: ReadonlySet<TransitionAction> = new Set(['assess_severity', 'decide_case_to_answer', 'record_outcome']);
const MAY_DEPART_FROM_NORM: ReadonlySet<TransitionAction> = new Set(['decide_case_to_answer', 'record_outcome']);

type DecisionLoaderData = {
  case: TCase;
  subject: TCaseSubject;
  action: TransitionAction;
  isAllowed: boolean;
  history: TSubjectHistory | null;
  comparables: TComparables | null;
  classification: TClassification | null;
  investigators: TInvestigator[] | null;
  user: TCurrentUser;
};

function requireAction(value: string | undefined): TransitionAction {
  if (!value || !isTransitionAction(value)) throw data(null, { status: 404 });
  return value;
}

export async function caseDecisionLoader({ request, params }: LoaderFunctionArgs): Promise<DecisionLoaderData> {
  try {
    const user = await requirePermission(request, 'case:read');
    const caseId = requireId(params, 'id');
    const subjectId = requireId(params, 'subjectId');
    const action = requireAction(params.action);
    const found = await getCase(caseId, request.signal);
    const subject = found.subjects.find((s) => s.id === subjectId);
    if (!subject) throw data(null, { status: 404 });
    const isAllowed = subject.allowedActions.includes(action);
    const [history, comparables, classification, investigators] = await Promise.all([
      isAllowed && NEEDS_HISTORY.has(action) && hasPermission(user, 'person:history') ? getSubjectHistory(caseId, subjectId, request.signal) : null,
      isAllowed && NEEDS_COMPARABLES.has(action) ? getComparables(caseId, subjectId, request.signal) : null,
      isAllowed && action === 'decide_iopc_referral' ? getClassification(request.signal) : null,
      isAllowed && action === 'start_investigation' ? listInvestigators(request.signal).then((r) => r.items) : null,
    ]);
    return { case: found, subject, action, isAllowed, history, comparables, classification, investigators, user };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type DecisionActionData = { errors: FormError[] };

export async function caseDecisionAction({ request, params }: ActionFunctionArgs): Promise<DecisionActionData | Response> {
  try {
    const user = await requirePermission(request, 'case:read');
    const caseId = requireId(params, 'id');
    const subjectId = requireId(params, 'subjectId');
    const action = requireAction(params.action);
    const form = await request.formData();
    const allegationIds = form.getAll('allegationIds').filter((value): value is string => typeof value === 'string');
    const parsed = parseDecisionForm(action, form, { allegationIds, userId: user.id });
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const updated = await takeTransition(caseId, subjectId, parsed.request);
      const name = updated.subjects.find((s) => s.id === subjectId)?.name;
      setCaseFlash(caseId, `${EVENT_LABELS[action] ?? ACTION_LABELS[action]}${name ? `: ${name}` : ''}`);
      return redirect(`/cases/${caseId}`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        return {
          errors: caseFormErrors(error, {
            labels: DECISION_FIELD_LABELS,
            dateFields: DECISION_DATE_FIELDS,
            aliases: DECISION_FIELD_ALIASES,
            reloadHref: new URL(request.url).pathname,
          }),
        };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type FieldsProps = { loaded: DecisionLoaderData; errors: readonly FormError[] };

const message = (errors: readonly FormError[], field: string) => errorFor(errors, field)?.message;

function DateField({ path, legend, hint, errors, defaultToday }: { path: string; legend: string; hint?: string; errors: readonly FormError[]; defaultToday?: boolean }) {
  const error = errorFor(errors, path);
  return (
    <DateInput
      id={fieldId(path)}
      legend={legend}
      hint={hint ?? 'For example, 27 3 2026'}
      error={error?.message}
      errorParts={error?.parts}
      defaultValue={defaultToday ? isoToDateParts(todayIso()) : undefined}
    />
  );
}

const YES_NO_ITEMS = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

function ReferralFields({ loaded, errors }: FieldsProps) {
  const suggested = loaded.subject.suggestedReferralCriteria;
  const criteria = loaded.classification?.referralCriteria ?? [];
  const hasMandatory = suggested.some((criterion) => criterion.mandatory);
  return (
    <>
      <h2 className="govuk-heading-m">Criteria the allegations suggest</h2>
      {suggested.length === 0 ? (
        <p className="govuk-body">The allegations’ thematic tags do not suggest any referral criterion. Check the criteria below anyway.</p>
      ) : (
        <>
          <ul className="govuk-list" aria-label="Suggested referral criteria">
            {suggested.map((criterion) => (
              <li key={criterion.code}>
                {criterion.label} {criterion.mandatory && <strong className="govuk-tag govuk-tag--red">Mandatory</strong>}
              </li>
            ))}
          </ul>
          {hasMandatory && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                If a mandatory criterion applies, the matter must be referred to the IOPC.
              </strong>
            </div>
          )}
        </>
      )}
      <Checkboxes
        id="criteria"
        legend="Which referral criteria apply?"
        hint="The criteria the tags suggest are already selected. Confirm or change them. Select all that apply."
        error={message(errors, 'criteria')}
        small
        defaultValues={suggested.map((criterion) => criterion.code)}
        items={criteria.map((criterion) => ({ value: criterion.code, text: `${criterion.label}${criterion.mandatory ? ' (mandatory)' : ''}`, hint: criterion.description }))}
      />
      <Radios id="referred" legend="Is the matter referred to the IOPC?" error={message(errors, 'referred')} inline items={YES_NO_ITEMS} />
      <Select
        id="iopcDecision"
        label="The IOPC’s decision on the mode of investigation (if known)"
        error={message(errors, 'iopcDecision')}
        options={[{ value: '', text: 'Not yet known or not referred' }, ...choicesOf(IOPC_DECISION_LABELS)]}
      />
    </>
  );
}

function CaseToAnswerFields({ loaded, errors }: FieldsProps) {
  return (
    <>
      <Radios id="decision" legend="Decision" error={message(errors, 'decision')} items={choicesOf(CASE_TO_ANSWER_LABELS)} />
      <Radios
        id="bringProceedings"
        legend="If there is a case to answer, will proceedings be brought?"
        hint="Leave blank for no case to answer or the Reflective Practice Review Process"
        error={message(errors, 'bringProceedings')}
        inline
        items={YES_NO_ITEMS}
      />
      {loaded.subject.allegations.length > 1 && (
        <>
          <h2 className="govuk-heading-m">Finding on each allegation</h2>
          <p className="govuk-body">If you leave an allegation blank, it takes the overall decision.</p>
          {loaded.subject.allegations.map((allegation, index) => (
            <Radios
              key={allegation.id}
              id={fieldId(`allegationFindings.${index}`)}
              legend={`Allegation ${index + 1}: is there a case to answer?`}
              hint={allegation.description}
              error={message(errors, `allegationFindings.${index}`)}
              inline
              small
              items={YES_NO_ITEMS}
            />
          ))}
        </>
      )}
      {loaded.subject.allegations.map((allegation) => (
        <input key={allegation.id} type="hidden" name="allegationIds" value={allegation.id} />
      ))}
    </>
  );
}

function ProceedingsFields({ errors }: FieldsProps) {
  const text = (path: string, label: string) => <TextInput id={fieldId(path)} label={label} error={message(errors, path)} autoComplete="off" spellCheck={false} />;
  return (
    <>
      <Radios id="form" legend="Form of proceedings" error={message(errors, 'form')} items={choicesOf(PROCEEDINGS_FORM_LABELS, PROCEEDINGS_FORM_HINTS)} />
      <DateField path="noticeServedOn" legend="Date the notice of proceedings was served" errors={errors} />
      <DateField path="proceedingsOn" legend="Date of the meeting or hearing" errors={errors} />
      <h2 className="govuk-heading-m">Hearing panel</h2>
      <p className="govuk-body">For a misconduct hearing or an accelerated hearing: the chair (the chief officer or a delegate), two independent lay members and a legally qualified adviser.</p>
      {text('panel.chair', 'Chair')}
      {text('panel.layMembers.0', 'First independent lay member')}
      {text('panel.layMembers.1', 'Second independent lay member')}
      {text('panel.legalAdviser', 'Legally qualified adviser')}
      <DateField path="publicNoticeOn" legend="Date the public notice of the hearing was published" hint="Hearings are held in public. For example, 27 3 2026" errors={errors} />
      <Checkboxes
        id="specialConditionsCertified"
        legend="Accelerated hearing"
        error={message(errors, 'specialConditionsCertified')}
        items={[{ value: 'true', text: 'The special conditions are certified', hint: 'Only for an accelerated hearing, which sits 10 to 15 working days after notice' }]}
      />
    </>
  );
}

function OutcomeFields({ loaded, errors }: FieldsProps) {
  const atMeeting = loaded.subject.proceedingsForm === 'misconduct_meeting';
  return (
    <>
      <Radios id="outcome" legend="Outcome" error={message(errors, 'outcome')} items={choicesOf(OUTCOME_LABELS, OUTCOME_HINTS)} />
      <Select
        id="finalWrittenWarningYears"
        label="How long a final written warning stays live"
        hint={atMeeting ? 'Given at a misconduct meeting: 2 years' : 'Only a hearing can extend it beyond 2 years, up to 5'}
        error={message(errors, 'finalWrittenWarningYears')}
        options={[
          { value: '2', text: '2 years' },
          ...(atMeeting ? [] : [3, 4, 5].map((years) => ({ value: String(years), text: `${years} years` }))),
        ]}
      />
    </>
  );
}

function ActionFields({ loaded, errors }: FieldsProps) {
  switch (loaded.action) {
    case 'handle_outside_schedule_3':
      return (
        <Checkboxes
          id="complainantAgreed"
          legend="Complainant’s agreement"
          error={message(errors, 'complainantAgreed')}
          items={[{ value: 'true', text: 'The complainant agrees to the complaint being handled outside Schedule 3', hint: 'For example, by an explanation or an apology' }]}
        />
      );
    case 'assess_severity':
      return (
        <>
          <Radios id="severity" legend="Severity" error={message(errors, 'severity')} items={choicesOf(SEVERITY_LABELS, SEVERITY_HINTS)} />
          <Radios
            id="likelyProceedings"
            legend="Likely form of proceedings (optional)"
            hint="For misconduct or gross misconduct, if you can say now"
            error={message(errors, 'likelyProceedings')}
            small
            items={choicesOf(PROCEEDINGS_FORM_LABELS)}
          />
        </>
      );
    case 'decide_iopc_referral':
      return <ReferralFields loaded={loaded} errors={errors} />;
    case 'start_investigation':
      return (
        <>
          <Radios
            id="investigationType"
            legend="Type of investigation"
            hint="A directed or independent investigation needs an IOPC referral"
            error={message(errors, 'investigationType')}
            items={choicesOf(INVESTIGATION_TYPE_LABELS)}
          />
          <Select
            id="investigatorId"
            label="Investigator"
            hint="The case is listed as theirs and counts in their caseload"
            error={message(errors, 'investigatorId')}
            defaultValue={loaded.investigators?.some((i) => i.id === loaded.user.id) ? loaded.user.id : ''}
            options={[
              { value: '', text: 'Decide later' },
              ...(loaded.investigators ?? []).map((i) => ({ value: i.id, text: i.id === loaded.user.id ? `${i.displayName} (you)` : i.displayName })),
            ]}
          />
        </>
      );
    case 'submit_investigation_report':
      return loaded.subject.regulation17ServedOn ? null : (
        <div className="govuk-inset-text">The Regulation 17 notice must be served on the officer before the investigation report is submitted.</div>
      );
    case 'decide_case_to_answer':
      return <CaseToAnswerFields loaded={loaded} errors={errors} />;
    case 'arrange_proceedings':
      return <ProceedingsFields loaded={loaded} errors={errors} />;
    case 'record_outcome':
      return <OutcomeFields loaded={loaded} errors={errors} />;
    case 'lodge_appeal':
      return <Radios id="appealTo" legend="Where is the appeal made?" error={message(errors, 'appealTo')} items={choicesOf(APPEAL_TO_LABELS)} />;
    case 'decide_appeal':
      return (
        <>
          <Radios id="result" legend="Result of the appeal" error={message(errors, 'result')} items={choicesOf(APPEAL_RESULT_LABELS)} />
          <Select
            id="variedOutcome"
            label="Outcome as varied (if varied)"
            error={message(errors, 'variedOutcome')}
            options={[{ value: '', text: 'Not varied' }, ...choicesOf(OUTCOME_LABELS)]}
          />
        </>
      );
    default:
      return null;
  }
}

const SUBMIT_LABELS: Partial<Record<TransitionAction, string>> = {
  withdraw: 'Withdraw the matter',
  reopen: 'Re-open the matter',
  close: 'Close the matter',
};

export function CaseDecisionPage() {
  const loaded = useLoaderData<typeof caseDecisionLoader>();
  const actionData = useActionData<typeof caseDecisionAction>();
  const navigation = useNavigation();
  const { case: caseData, subject, action, isAllowed, history, comparables } = loaded;
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const title = ACTION_LABELS[action];
  usePageTitle(`${title} – ${caseData.reference}`, errors.length > 0);
  const caseHref = `/cases/${caseData.id}`;

  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={caseHref} className="govuk-back-link">
        Back to case {caseData.reference}
      </Link>
      <span className="govuk-caption-l">
        {caseData.reference} – {subject.name}
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      {!isAllowed ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">
              This step is not open to you now: {subject.name}’s matter is at the stage ‘{stateLabel(subject.state)}’.{' '}
              {subject.allowedActions.length > 0 ? 'The case page lists the steps you can take.' : 'There is nothing for you to decide at this stage.'}
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={caseHref}>
                Go back to the case
              </Link>
            </p>
          </div>
        </div>
      ) : (
        <>
          {NEEDS_HISTORY.has(action) && history && <HistoryPanel name={subject.name} history={history} />}
          {comparables && <ComparablesPanel comparables={comparables} />}
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {(history || comparables) && <h2 className="govuk-heading-m">Your decision</h2>}
              <Form method="post" noValidate>
                <input type="hidden" name="version" value={caseData.version} />
                <ActionFields loaded={loaded} errors={errors} />
                {MAY_DEPART_FROM_NORM.has(action) && (
                  <Checkboxes
                    id="departsFromNorm"
                    legend="Consistency"
                    error={message(errors, 'departsFromNorm')}
                    items={[{ value: 'true', text: 'This decision departs from comparable cases', hint: 'Say why in your rationale' }]}
                  />
                )}
                {NEEDS_HISTORY.has(action) && (
                  <Checkboxes
                    id="historyAcknowledged"
                    legend="Prior history"
                    error={message(errors, 'historyAcknowledged')}
                    items={[{ value: 'true', text: `I have read ${subject.name}’s full history, including cases with no case to answer and withdrawn cases` }]}
                  />
                )}
                <DateField path="decidedOn" legend="Date decided" hint="It cannot be in the future or before the previous step. For example, 27 3 2026" errors={errors} defaultToday />
                <Textarea id="rationale" label="Rationale" hint="The reasons for your decision, as they will appear in the case timeline" error={message(errors, 'rationale')} rows={6} />
                <div className="govuk-button-group">
                  <SubmitButton variant={action === 'withdraw' ? 'warning' : 'primary'} isBusy={navigation.state === 'submitting'}>
                    {SUBMIT_LABELS[action] ?? 'Save decision'}
                  </SubmitButton>
                  <Link className="govuk-link" to={caseHref}>
                    Cancel
                  </Link>
                </div>
              </Form>
            </div>
          </div>
        </>
      )}
    </>
  );
}
