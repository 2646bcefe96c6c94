// The forms that build up an application: record a check, add an item of adverse information, complete the
// transferee checklist; and, once decided, the second approval, an appeal and the decision on it. Each posts to
// the API with the version read and returns to the application with a success message.
import { data, Form, Link, useActionData, useLoaderData, useNavigation, useParams, type LoaderFunctionArgs } from 'react-router';
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import {
  ADVERSE_CATEGORY_LABELS, CHECK_LABELS, CHECK_TYPES, DECISION_OUTCOME_LABELS, PRESUMPTION_OF_REFUSAL, raisesPresumptionOfRefusal, TRANSFEREE_CHECKLIST,
  TRANSFEREE_CHECKLIST_LABELS, type CheckType,
} from '../../../../shared/vetting-vocabulary.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { Select } from '../../components/select.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import { fieldId } from '../cases/case-form-errors.js';
import { choicesOf } from '../cases/cases.labels.js';
import { applicationHref } from './application-tasks.js';
import { applicationFormAction, applicationFormLoader, type ApplicationFormData } from './application-write.js';
import { addAdverseItem, approveDecision, decideAppeal, lodgeAppeal, recordCheck, updateTransfereeChecklist } from './vetting.api.js';
import { AdverseItemCard, ConditionalRadios, DateField, DecidedOnField, DecisionSummary, FormFrame, message, NotOpen } from './vetting-components.js';
import { isOneOf } from './vetting-form-reader.js';
import {
  ADVERSE_ITEM_DATE_FIELDS, ADVERSE_ITEM_FIELD_LABELS, APPEAL_DECISION_FIELD_LABELS, APPROVAL_FIELD_LABELS, CHECK_FIELD_LABELS, checklistPath, DECIDED_ON,
  LODGE_APPEAL_FIELD_LABELS, parseAdverseItemForm, parseAppealDecisionForm, parseApprovalForm, parseCheckForm, parseChecklistForm, parseLodgeAppealForm,
} from './vetting-forms.js';
import { ADVERSE_DISPOSAL_LABELS, APPEAL_RESULT_LABELS, APPROVAL_LABELS, CHECK_RESULT_HINTS, CHECK_RESULT_LABELS } from './vetting.labels.js';

type ActionResult = { errors: FormError[] } | undefined;

function useFormState(): { errors: FormError[]; isBusy: boolean } {
  const actionData = useActionData<ActionResult>();
  const navigation = useNavigation();
  return { errors: actionData?.errors ?? [], isBusy: navigation.state === 'submitting' };
}

function frameProps(application: TVettingApplication) {
  return { caption: `${application.reference} – ${application.personName}`, backHref: applicationHref(application.id), backText: `Back to application ${application.reference}` };
}

function Buttons({ label, isBusy, cancelHref }: { label: string; isBusy: boolean; cancelHref: string }) {
  return (
    <div className="govuk-button-group">
      <SubmitButton isBusy={isBusy}>{label}</SubmitButton>
      <Link className="govuk-link" to={cancelHref}>
        Cancel
      </Link>
    </div>
  );
}

// Record a check ------------------------------------------------------------------------------------------------

function requireCheckType(value: string | undefined): CheckType {
  if (!value || !isOneOf(CHECK_TYPES, value)) throw data(null, { status: 404 });
  return value;
}

const loadForCheck = applicationFormLoader('vetting:record');

export function checkLoader(args: LoaderFunctionArgs): Promise<ApplicationFormData> {
  requireCheckType(args.params.checkType);
  return loadForCheck(args);
}

export const checkAction = applicationFormAction({
  permission: 'vetting:record',
  parse: (form, _application, params) => parseCheckForm(form, requireCheckType(params.checkType)),
  save: recordCheck,
  labels: CHECK_FIELD_LABELS,
  flash: (_saved, request) => `${CHECK_LABELS[request.checkType]}: ${CHECK_RESULT_LABELS[request.result].toLowerCase()}`,
});

export function CheckPage() {
  const { application } = useLoaderData<typeof checkLoader>();
  const checkType = requireCheckType(useParams().checkType);
  const { errors, isBusy } = useFormState();
  const check = application.checks.find((c) => c.checkType === checkType);
  const props = frameProps(application);
  const title = CHECK_LABELS[checkType];
  if (!check?.required) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen reason={`This check is not required for ${application.levelLabel}.`} backHref={props.backHref} backText="Go back to the application" />
      </FormFrame>
    );
  }
  if (check.prefilled || !application.allowedActions.includes('record_check')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen
          reason={check.prefilled ? 'Warrant fills this check in from its own records in every force: it cannot be typed in.' : 'Checks can only be recorded by the vetting unit while the checks are in progress.'}
          backHref={props.backHref}
          backText="Go back to the application"
        />
      </FormFrame>
    );
  }
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        <ConditionalRadios
          id="result"
          legend="What did the check find?"
          error={message(errors, 'result')}
          defaultValue={check.result ?? undefined}
          items={choicesOf(CHECK_RESULT_LABELS, CHECK_RESULT_HINTS)}
          conditional={{
            not_completed: <Textarea id="reason" label="Why could the check not be completed?" error={message(errors, 'reason')} rows={3} defaultValue={check.reason ?? undefined} />,
          }}
        />
        <Textarea id="notes" label="Notes (optional)" hint="What was checked, and what was found" error={message(errors, 'notes')} rows={5} defaultValue={check.notes ?? undefined} />
        <Buttons label="Save the result" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}

// Add adverse information -----------------------------------------------------------------------------------------

export const adverseItemLoader = applicationFormLoader('vetting:record');

export const adverseItemAction = applicationFormAction({
  permission: 'vetting:record',
  parse: (form) => parseAdverseItemForm(form),
  save: addAdverseItem,
  labels: ADVERSE_ITEM_FIELD_LABELS,
  dateFields: ADVERSE_ITEM_DATE_FIELDS,
  flash: (_saved, request) => `Adverse information added: ${ADVERSE_CATEGORY_LABELS[request.category].toLowerCase()}${raisesPresumptionOfRefusal(request) ? '. It raises a presumption of refusal' : ''}`,
});

const PRESUMPTION_TEXT = `A conviction or caution for ${PRESUMPTION_OF_REFUSAL.categories.map((c) => ADVERSE_CATEGORY_LABELS[c].toLowerCase()).join(', ')} raises a presumption of refusal: the decider must record why it is rebutted to grant.`;

export function AdverseItemPage() {
  const { application } = useLoaderData<typeof adverseItemLoader>();
  const { errors, isBusy } = useFormState();
  const props = frameProps(application);
  const title = 'Add adverse information';
  if (!application.allowedActions.includes('add_adverse_item')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen reason="Adverse information can only be added by the vetting unit while the checks are in progress." backHref={props.backHref} backText="Go back to the application" />
      </FormFrame>
    );
  }
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <p className="govuk-body">Record each item separately, so the decision records how each was weighed.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        <Select id="category" label="Category" error={message(errors, 'category')} options={[{ value: '', text: 'Choose a category' }, ...choicesOf(ADVERSE_CATEGORY_LABELS)]} />
        <Radios id="disposal" legend="Did it lead to a conviction or a caution?" hint={PRESUMPTION_TEXT} error={message(errors, 'disposal')} items={choicesOf(ADVERSE_DISPOSAL_LABELS)} />
        <DateField path="occurredOn" legend="When did it happen? (optional)" hint="For example, 27 3 2019" errors={errors} />
        <TextInput id="source" label="Source" hint="Where the information came from, for example PNC or a credit reference agency" error={message(errors, 'source')} />
        <Textarea id="description" label="Description" error={message(errors, 'description')} rows={6} />
        <Buttons label="Add the item" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}

// Transferee checklist ------------------------------------------------------------------------------------------

export const checklistLoader = applicationFormLoader('vetting:record');

export const checklistAction = applicationFormAction({
  permission: 'vetting:record',
  parse: (form) => parseChecklistForm(form),
  save: updateTransfereeChecklist,
  labels: Object.fromEntries(TRANSFEREE_CHECKLIST.map((item) => [checklistPath(item), TRANSFEREE_CHECKLIST_LABELS[item]])),
  aliases: { items: checklistPath(TRANSFEREE_CHECKLIST[0]) },
  flash: (saved) => {
    const done = (saved.transfereeChecklist ?? []).filter((item) => item.note !== null).length;
    return `Transferee checklist updated: ${done} of ${TRANSFEREE_CHECKLIST.length} items completed`;
  },
});

export function ChecklistPage() {
  const { application } = useLoaderData<typeof checklistLoader>();
  const { errors, isBusy } = useFormState();
  const props = frameProps(application);
  const title = 'Transferee checklist';
  const checklist = application.transfereeChecklist;
  if (!checklist || !application.allowedActions.includes('update_checklist')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen
          reason={checklist ? 'The checklist can only be completed by the vetting unit while the checks are in progress.' : 'The transferee checklist is for transferees and re-joiners.'}
          backHref={props.backHref}
          backText="Go back to the application"
        />
      </FormFrame>
    );
  }
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <p className="govuk-body">For each item, record what was received and from whom. Every item must be completed before a decision.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        {checklist.map((item) => (
          <Textarea
            key={item.item}
            id={fieldId(checklistPath(item.item))}
            label={TRANSFEREE_CHECKLIST_LABELS[item.item]}
            error={message(errors, checklistPath(item.item))}
            rows={2}
            defaultValue={item.note ?? undefined}
          />
        ))}
        <Buttons label="Save the checklist" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}

// Second approval -------------------------------------------------------------------------------------------------

export const approvalLoader = applicationFormLoader('vetting:approve');

export const approvalAction = applicationFormAction({
  permission: 'vetting:approve',
  parse: (form, application) => parseApprovalForm(form, application.decision?.decidedOn ?? null),
  save: approveDecision,
  labels: APPROVAL_FIELD_LABELS,
  dateFields: DECIDED_ON,
  flash: (saved, request) => (request.approve ? `Grant approved: clearance ${saved.level} granted` : 'Decision sent back to the decider'),
});

export function ApprovalPage() {
  const { application } = useLoaderData<typeof approvalLoader>();
  const { errors, isBusy } = useFormState();
  const props = frameProps(application);
  const title = 'Second approval';
  const { decision } = application;
  if (!decision || !application.allowedActions.includes('approve')) {
    const isDecider = application.state === 'awaiting_approval';
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen
          reason={isDecider ? 'A vetting manager who did not make the decision must give the second approval.' : 'There is no decision waiting for a second approval.'}
          backHref={props.backHref}
          backText="Go back to the application"
        />
      </FormFrame>
    );
  }
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <p className="govuk-body">
        {decision.decidedByName ?? 'The decider'} decided to grant {application.levelLabel} despite adverse information. The grant takes effect only with your approval.
      </p>
      <DecisionSummary application={application} />
      <h2 className="govuk-heading-m">Adverse information</h2>
      {application.adverseItems.map((item, index) => (
        <AdverseItemCard key={item.id} item={item} index={index} />
      ))}
      <h2 className="govuk-heading-m">Your decision</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        <Radios id="approve" legend={`Do you approve the decision: ${DECISION_OUTCOME_LABELS[decision.outcome].toLowerCase()}?`} error={message(errors, 'approve')} items={choicesOf(APPROVAL_LABELS)} />
        <Textarea id="rationale" label="Rationale" hint="Why you approve it or, if you send it back, what the decider should reconsider" error={message(errors, 'rationale')} rows={5} />
        <DecidedOnField errors={errors} hint={`It cannot be before the decision (${formatDate(decision.decidedOn)}) or in the future. For example, 27 3 2026`} />
        <Buttons label="Save your decision" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}

// Appeals ---------------------------------------------------------------------------------------------------------

export const lodgeAppealLoader = applicationFormLoader('vetting:record');

export const lodgeAppealAction = applicationFormAction({
  permission: 'vetting:record',
  parse: (form, application) => parseLodgeAppealForm(form, application.decision?.decidedOn ?? null),
  save: lodgeAppeal,
  labels: LODGE_APPEAL_FIELD_LABELS,
  dateFields: ['lodgedOn'],
  flash: () => 'Appeal recorded',
});

export function LodgeAppealPage() {
  const { application } = useLoaderData<typeof lodgeAppealLoader>();
  const { errors, isBusy } = useFormState();
  const props = frameProps(application);
  const title = 'Record an appeal against the refusal';
  const dueBy = application.decision?.appealDueBy;
  if (!dueBy || !application.allowedActions.includes('lodge_appeal')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen reason="There is no refusal open to appeal." backHref={props.backHref} backText="Go back to the application" />
      </FormFrame>
    );
  }
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <p className="govuk-body">The applicant may appeal until {formatDate(dueBy)}. Someone other than the original decider decides the appeal.</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        <Textarea id="grounds" label="Grounds of appeal" error={message(errors, 'grounds')} rows={6} />
        <DateField path="lodgedOn" legend="Date the appeal was lodged" hint={`It must be on or before ${formatDate(dueBy)}. For example, 27 3 2026`} errors={errors} />
        <Buttons label="Record the appeal" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}

export const appealDecisionLoader = applicationFormLoader('vetting:approve');

export const appealDecisionAction = applicationFormAction({
  permission: 'vetting:approve',
  parse: (form) => parseAppealDecisionForm(form),
  save: decideAppeal,
  labels: APPEAL_DECISION_FIELD_LABELS,
  dateFields: DECIDED_ON,
  flash: (_saved, request) => (request.result === 'upheld' ? 'Appeal upheld: clearance granted' : 'Appeal dismissed: the refusal stands'),
});

export function AppealDecisionPage() {
  const { application } = useLoaderData<typeof appealDecisionLoader>();
  const { errors, isBusy } = useFormState();
  const props = frameProps(application);
  const title = 'Decide the appeal';
  if (!application.allowedActions.includes('decide_appeal')) {
    return (
      <FormFrame title={title} errors={[]} {...props}>
        <NotOpen
          reason={application.state === 'appeal_lodged' ? 'The appeal must be decided by a vetting manager who did not make the original decision.' : 'There is no appeal waiting for a decision.'}
          backHref={props.backHref}
          backText="Go back to the application"
        />
      </FormFrame>
    );
  }
  const grounds = [...application.events].reverse().find((event) => event.action === 'lodge_appeal')?.rationale;
  return (
    <FormFrame title={title} errors={errors} {...props}>
      <DecisionSummary application={application} />
      {grounds && (
        <>
          <h2 className="govuk-heading-m">Grounds of appeal</h2>
          <p className="govuk-body app-pre-wrap">{grounds}</p>
        </>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={application.version} />
        <Radios id="result" legend="Result of the appeal" error={message(errors, 'result')} items={choicesOf(APPEAL_RESULT_LABELS)} />
        <Textarea id="rationale" label="Rationale" error={message(errors, 'rationale')} rows={5} />
        <DecidedOnField errors={errors} />
        <Buttons label="Save the decision on the appeal" isBusy={isBusy} cancelHref={props.backHref} />
      </Form>
    </FormFrame>
  );
}
