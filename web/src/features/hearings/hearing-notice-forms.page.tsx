// The appropriate authority's forms for a hearing notice: draft it from the register (/hearing-notices/new) or change
// a draft (/:id/edit), decide to publish it with any withheld details and the period (/:id/publish), add the outcome
// (/:id/outcome) and withdraw it (/:id/withdraw). Each sends the version read, so a change made meanwhile is refused.
import type { ReactNode } from 'react';
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { THearingCandidate, THearingNotice } from '../../../../shared/hearing-contracts.js';
import { HEARING_FORM_LABELS, WITHHOLDABLE_FIELD_LABELS, WITHHOLDABLE_FIELDS } from '../../../../shared/hearing-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes } from '../../components/choice-fields.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { TextInput } from '../../components/text-input.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { outcomeLabel } from '../cases/cases.labels.js';
import { setHearingFlash } from './hearing-flash.js';
import { noticeFormErrors, readEditForm, readNoticeDetailsForm, readOutcomeForm, readPublishForm, readWithdrawForm, type Parsed } from './hearing-forms.js';
import { loadNotice } from './hearing-notice.page.js';
import { addHearingOutcome, draftHearingNotice, editHearingNotice, listHearingCandidates, publishHearingNotice, withdrawHearingNotice } from './hearings.api.js';
import { noticePath } from './hearings.labels.js';

type ActionData = { errors: FormError[] };

/** Reads the form, saves it, and goes back to the notice with a message; a refusal is shown on the form. */
async function saveAndReturn<T>(request: Request, parse: (form: FormData) => Parsed<T>, save: (body: T) => Promise<THearingNotice>, message: string): Promise<ActionData | Response> {
  try {
    await requirePermission(request, 'hearing:publish');
    const parsed = parse(await request.formData());
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const notice = await save(parsed.request);
      setHearingFlash(noticePath(notice.id), message);
      return redirect(noticePath(notice.id));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { errors: noticeFormErrors(error) };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function FormFrame({ caption, title, errors, children }: { caption: string; title: string; errors: readonly FormError[]; children: ReactNode }) {
  usePageTitle(title, errors.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <h1 className="govuk-heading-l">
          <span className="govuk-caption-l">{caption}</span>
          {title}
        </h1>
        {children}
      </div>
    </div>
  );
}

function useFormState() {
  const actionData = useActionData<ActionData>();
  const navigation = useNavigation();
  return { errors: actionData?.errors ?? [], isBusy: navigation.state === 'submitting' };
}

type Details = { officerName: string; rank: string | null; allegationSummary: string; hearingOn: string | null; venue: string };

function DetailsFields({ details, errors }: { details: Details; errors: readonly FormError[] }) {
  const hearingError = errorFor(errors, 'hearingOn');
  return (
    <>
      <TextInput id="officerName" label="Officer’s name" hint="As it should appear on the public page, for example PC Jo Bloggs" defaultValue={details.officerName} error={errorFor(errors, 'officerName')?.message} />
      <TextInput id="rank" label="Rank (optional)" defaultValue={details.rank ?? ''} widthClass="govuk-input--width-20" error={errorFor(errors, 'rank')?.message} />
      <Textarea id="allegationSummary" label="Summary of the allegations" hint="What is alleged, in plain words. Do not name a complainant or a witness" defaultValue={details.allegationSummary} error={errorFor(errors, 'allegationSummary')?.message} rows={5} />
      <DateInput id="hearingOn" legend="Date of the hearing" hint="For example, 27 3 2026" defaultValue={isoToDateParts(details.hearingOn)} error={hearingError?.message} errorParts={hearingError?.parts} />
      <TextInput id="venue" label="Venue" hint="Where the public can attend" defaultValue={details.venue} error={errorFor(errors, 'venue')?.message} />
    </>
  );
}

// ---- Draft from the register ----

export async function noticeDraftLoader({ request }: LoaderFunctionArgs): Promise<THearingCandidate> {
  try {
    await requirePermission(request, 'hearing:publish');
    const subjectId = new URL(request.url).searchParams.get('subjectId') ?? '';
    const candidate = (await listHearingCandidates(request.signal)).items.find((c) => c.subjectId === subjectId && c.noticeId === null);
    if (!candidate) throw data(null, { status: 404 });
    return candidate;
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function noticeDraftAction({ request }: ActionFunctionArgs) {
  const subjectId = new URL(request.url).searchParams.get('subjectId') ?? '';
  return saveAndReturn(request, readNoticeDetailsForm, (details) => draftHearingNotice({ subjectId, ...details }), 'Notice drafted. It is not public until you decide to publish it');
}

export function NoticeDraftPage() {
  const candidate = useLoaderData<typeof noticeDraftLoader>();
  const { errors, isBusy } = useFormState();
  return (
    <FormFrame caption={`${HEARING_FORM_LABELS[candidate.form]}, ${candidate.caseReference}`} title="Draft a hearing notice" errors={errors}>
      <p className="govuk-body">The name, rank and hearing date come from the register and the case. Check them: this is what the public will read.</p>
      <Form method="post" noValidate>
        <DetailsFields details={{ ...candidate, venue: '' }} errors={errors} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={isBusy}>Save the draft</SubmitButton>
          <Link className="govuk-link" to="/hearing-notices">
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// ---- Change a draft ----

export async function noticeEditLoader(args: LoaderFunctionArgs): Promise<THearingNotice> {
  try {
    return await loadNotice(args);
  } catch (error) {
    return rethrowUnlessSignedIn(error, args.request);
  }
}

export async function noticeEditAction({ request, params }: ActionFunctionArgs) {
  const id = requireId(params, 'id');
  return saveAndReturn(request, readEditForm, (body) => editHearingNotice(id, body), 'Notice changed');
}

export function NoticeEditPage() {
  const notice = useLoaderData<typeof noticeEditLoader>();
  const { errors, isBusy } = useFormState();
  return (
    <FormFrame caption={`Notice of misconduct hearing, ${notice.caseReference}`} title="Change the notice" errors={errors}>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={notice.version} />
        <DetailsFields details={notice} errors={errors} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={isBusy}>Save changes</SubmitButton>
          <Link className="govuk-link" to={noticePath(notice.id)}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// ---- The publication decision ----

export const noticeStepLoader = noticeEditLoader;

export async function noticePublishAction({ request, params }: ActionFunctionArgs) {
  const id = requireId(params, 'id');
  return saveAndReturn(request, readPublishForm, (body) => publishHearingNotice(id, body), 'Notice published');
}

export function NoticePublishPage() {
  const notice = useLoaderData<typeof noticeStepLoader>();
  const { errors, isBusy } = useFormState();
  const fromError = errorFor(errors, 'publishFrom');
  const untilError = errorFor(errors, 'publishUntil');
  return (
    <FormFrame caption={`${notice.officerName}, ${notice.caseReference}`} title="Decide to publish the notice" errors={errors}>
      <p className="govuk-body">
        The hearing on {formatDate(notice.hearingOn)} is held in public. Record your decision to publish its notice and your reasons. You can keep
        details off the public page where that is needed, for example to protect a complainant or a witness: say why.
      </p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={notice.version} />
        <Textarea id="rationale" label="Reasons for publishing" hint="Your decision and why, including why in this form. It is kept with the notice and in the audit trail; it is not published" error={errorFor(errors, 'rationale')?.message} rows={5} />
        <Checkboxes
          id="withheldFields"
          legend="Details to withhold from the public page (optional)"
          hint="The date of the hearing and the force are always published"
          small
          error={errorFor(errors, 'withheldFields')?.message}
          items={WITHHOLDABLE_FIELDS.map((field) => ({ value: field, text: WITHHOLDABLE_FIELD_LABELS[field] }))}
        />
        <Textarea id="withheldReason" label="Reason for withholding (if you withhold anything)" hint="Kept with the notice; never published" error={errorFor(errors, 'withheldReason')?.message} rows={3} />
        <DateInput id="publishFrom" legend="First day on the public page" hint="Today or later" defaultValue={isoToDateParts(todayIso())} error={fromError?.message} errorParts={fromError?.parts} />
        <DateInput
          id="publishUntil"
          legend="Last day on the public page"
          hint={`Usually ${notice.noticeDaysAfter} days after the hearing. Adding the outcome keeps the notice up for ${notice.noticeDaysAfter} days after it`}
          defaultValue={isoToDateParts(notice.defaultPublishUntil)}
          error={untilError?.message}
          errorParts={untilError?.parts}
        />
        <div className="govuk-button-group">
          <SubmitButton isBusy={isBusy}>Publish the notice</SubmitButton>
          <Link className="govuk-link" to={noticePath(notice.id)}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// ---- The outcome ----

export async function noticeOutcomeAction({ request, params }: ActionFunctionArgs) {
  const id = requireId(params, 'id');
  return saveAndReturn(request, readOutcomeForm, (body) => addHearingOutcome(id, body), 'Outcome added');
}

export function NoticeOutcomePage() {
  const notice = useLoaderData<typeof noticeStepLoader>();
  const { errors, isBusy } = useFormState();
  const outcomeError = errorFor(errors, 'outcomeOn');
  const untilError = errorFor(errors, 'publishUntil');
  const fromCase = notice.caseOutcome ? `The case records: ${outcomeLabel(notice.caseOutcome)}${notice.caseOutcomeOn ? `, on ${formatDate(notice.caseOutcomeOn)}` : ''}.` : 'The case has no outcome recorded yet.';
  return (
    <FormFrame caption={`${notice.officerName}, ${notice.caseReference}`} title="Add the outcome of the hearing" errors={errors}>
      <p className="govuk-body">{fromCase}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={notice.version} />
        <Textarea id="outcomeSummary" label="Outcome" hint="The panel’s finding and any outcome imposed, as it should appear on the public page" defaultValue={notice.outcomeSummary ?? (notice.caseOutcome ? outcomeLabel(notice.caseOutcome) : '')} error={errorFor(errors, 'outcomeSummary')?.message} rows={4} />
        <DateInput id="outcomeOn" legend="Date of the outcome" defaultValue={isoToDateParts(notice.outcomeOn ?? notice.caseOutcomeOn)} error={outcomeError?.message} errorParts={outcomeError?.parts} />
        <DateInput
          id="publishUntil"
          legend="Last day on the public page (optional)"
          hint={`Leave blank to keep the notice up until ${notice.noticeDaysAfter} days after the outcome (or longer, if its period already runs longer)`}
          error={untilError?.message}
          errorParts={untilError?.parts}
        />
        <div className="govuk-button-group">
          <SubmitButton isBusy={isBusy}>Save the outcome</SubmitButton>
          <Link className="govuk-link" to={noticePath(notice.id)}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}

// ---- Withdrawal ----

export async function noticeWithdrawAction({ request, params }: ActionFunctionArgs) {
  const id = requireId(params, 'id');
  return saveAndReturn(request, readWithdrawForm, (body) => withdrawHearingNotice(id, body), 'Notice withdrawn. It is no longer on the public page');
}

export function NoticeWithdrawPage() {
  const notice = useLoaderData<typeof noticeStepLoader>();
  const { errors, isBusy } = useFormState();
  return (
    <FormFrame caption={`${notice.officerName}, ${notice.caseReference}`} title="Withdraw the notice" errors={errors}>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          A withdrawn notice leaves the public page at once and cannot be published again. To correct a published notice, withdraw it and draft a new one.
        </strong>
      </div>
      <Form method="post" noValidate>
        <input type="hidden" name="version" value={notice.version} />
        <Textarea id="reason" label="Reason for withdrawing the notice" hint="For example, the hearing was adjourned. It is kept in the notice’s history" error={errorFor(errors, 'reason')?.message} rows={4} />
        <div className="govuk-button-group">
          <SubmitButton variant="warning" isBusy={isBusy}>
            Withdraw the notice
          </SubmitButton>
          <Link className="govuk-link" to={noticePath(notice.id)}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
