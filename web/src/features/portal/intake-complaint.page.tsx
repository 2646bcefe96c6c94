// One public complaint as the complainant made it (/intake/:id; the read is audited), with what staff can do
// next: record it as a case, send it to another force, or close it without a case. Also the route and close
// forms (/intake/:id/route, /intake/:id/close).
import type { ReactNode } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TIntakeComplaint } from '../../../../shared/portal-contracts.js';
import { COMPLAINT_STATUS_LABELS, PORTAL_LIMITS, PREFERRED_CONTACT_LABELS } from '../../../../shared/portal-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formString, type FormError } from '../../components/form-errors.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { setIntakeFlash, takeIntakeFlash } from './intake-flash.js';
import { closeComplaint, getIntakeComplaint, routeComplaint } from './portal.api.js';

type ComplaintData = { complaint: TIntakeComplaint; flash: string | null };

export async function intakeComplaintLoader({ request, params }: LoaderFunctionArgs): Promise<ComplaintData> {
  try {
    await requirePermission(request, 'intake:triage');
    return { complaint: await getIntakeComplaint(requireId(params, 'id'), request.signal), flash: takeIntakeFlash() };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const notGiven = (value: string | null): string => value ?? 'Not given';

function Multiline({ children }: { children: ReactNode }) {
  return <span className="app-pre-wrap">{children}</span>;
}

export function IntakeComplaintPage() {
  const { complaint: c, flash } = useLoaderData<typeof intakeComplaintLoader>();
  usePageTitle(`Complaint ${c.reference}`);
  const isOpen = c.status === 'received';
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <Link to="/intake" className="govuk-back-link">
        Back to public complaints
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Public complaint</span>
          <h1 className="govuk-heading-l">Complaint {c.reference}</h1>
          <SummaryList>
            <SummaryRow label="Status">{COMPLAINT_STATUS_LABELS[c.status]}</SummaryRow>
            <SummaryRow label="Police force">{c.forceName ?? 'Not known: in the triage queue'}</SummaryRow>
            <SummaryRow label="Received">{formatDate(c.receivedOn)}</SummaryRow>
            {c.caseId && c.caseReference && (
              <SummaryRow label="Case">
                <Link className="govuk-link" to={`/cases/${c.caseId}`}>
                  {c.caseReference}
                </Link>
              </SummaryRow>
            )}
            {c.triagedBy && <SummaryRow label={c.status === 'received' ? 'Routed by' : 'Dealt with by'}>{c.triagedBy}</SummaryRow>}
            {c.note && (
              <SummaryRow label={c.status === 'closed_without_case' ? 'Reason for closing (shown to the complainant)' : 'Routing note'}>
                <Multiline>{c.note}</Multiline>
              </SummaryRow>
            )}
          </SummaryList>

          {isOpen && (
            <div className="govuk-button-group">
              {c.forceId ? (
                <Link className="govuk-button" to={`/intake/${c.id}/record`}>
                  Record as a case
                </Link>
              ) : null}
              <Link className="govuk-button govuk-button--secondary" to={`/intake/${c.id}/route`}>
                {c.forceId ? 'Send to another force' : 'Send to a force'}
              </Link>
              <Link className="govuk-button govuk-button--warning" to={`/intake/${c.id}/close`}>
                Close without a case
              </Link>
            </div>
          )}

          <h2 className="govuk-heading-m">Who it is about</h2>
          <SummaryList>
            <SummaryRow label="Name">{notGiven(c.officer.name)}</SummaryRow>
            <SummaryRow label="Collar or shoulder number">{notGiven(c.officer.collarNumber)}</SummaryRow>
            <SummaryRow label="Description">
              <Multiline>{notGiven(c.officer.description)}</Multiline>
            </SummaryRow>
          </SummaryList>

          <h2 className="govuk-heading-m">What happened</h2>
          <SummaryList>
            <SummaryRow label="Date">{formatDate(c.incidentOn, 'Not given')}</SummaryRow>
            <SummaryRow label="Place">{notGiven(c.incidentPlace)}</SummaryRow>
            <SummaryRow label="In their words">
              <Multiline>{c.whatHappened}</Multiline>
            </SummaryRow>
          </SummaryList>

          <h2 className="govuk-heading-m">Complainant</h2>
          <SummaryList>
            <SummaryRow label="Name">{c.complainant.name}</SummaryRow>
            <SummaryRow label="Email address">{c.complainant.email}</SummaryRow>
            <SummaryRow label="Phone number">{notGiven(c.complainant.phone)}</SummaryRow>
            <SummaryRow label="Contact by">{PREFERRED_CONTACT_LABELS[c.complainant.preferredContact]}</SummaryRow>
            <SummaryRow label="Postal address">
              <Multiline>{notGiven(c.complainant.postalAddress)}</Multiline>
            </SummaryRow>
            <SummaryRow label="Accessibility needs">
              <Multiline>{c.complainant.accessibilityNeeds ?? 'None given'}</Multiline>
            </SummaryRow>
            <SummaryRow label="Consent given">{formatDateTime(c.consentedAt)}</SummaryRow>
          </SummaryList>
        </div>
      </div>
    </>
  );
}

// --- The route and close forms share a frame and their error handling. ---

type FormActionData = { errors: FormError[] };

function ComplaintFormFrame({ complaint, title, errors, children }: { complaint: TIntakeComplaint; title: string; errors: readonly FormError[]; children: ReactNode }) {
  usePageTitle(`${title} – ${complaint.reference}`, errors.length > 0);
  return (
    <>
      <Link to={`/intake/${complaint.id}`} className="govuk-back-link">
        Back to complaint {complaint.reference}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Complaint {complaint.reference}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  );
}

/** A 400's field errors next to their fields; a 409 (someone else dealt with it) at the top of the form. */
function writeErrors(error: unknown, fields: Record<string, string>): FormError[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 409)) throw error;
  const [first = ''] = Object.keys(fields);
  const errors = error.errors.filter((e) => e.path in fields).map((e) => ({ field: e.path, href: `#${e.path}`, message: `${fields[e.path] ?? ''} ${e.message}` }));
  return errors.length > 0 ? errors : [{ field: first, href: `#${first}`, message: error.detail ?? 'This cannot be done now' }];
}

type RouteData = { complaint: TIntakeComplaint; forces: TForce[] };

export async function intakeRouteLoader({ request, params }: LoaderFunctionArgs): Promise<RouteData> {
  try {
    await requirePermission(request, 'intake:triage');
    const [complaint, forces] = await Promise.all([getIntakeComplaint(requireId(params, 'id'), request.signal), listForces(request.signal)]);
    if (complaint.status !== 'received') throw redirect(`/intake/${complaint.id}`);
    return { complaint, forces: forces.filter((f) => f.id !== complaint.forceId) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function intakeRouteAction({ request, params }: ActionFunctionArgs): Promise<FormActionData | Response> {
  try {
    await requirePermission(request, 'intake:triage');
    const id = requireId(params, 'id');
    const form = await request.formData();
    const forceId = formString(form, 'forceId');
    const note = formString(form, 'note');
    const errors: FormError[] = [];
    if (!forceId) errors.push({ field: 'forceId', href: '#forceId', message: 'Select the force that should deal with the complaint' });
    if (note.length > PORTAL_LIMITS.note) errors.push({ field: 'note', href: '#note', message: `Note must be ${PORTAL_LIMITS.note.toLocaleString('en-GB')} characters or fewer` });
    if (errors.length > 0) return { errors };
    try {
      const routed = await routeComplaint(id, { forceId, note: note || null });
      setIntakeFlash(`Complaint ${routed.reference} sent to ${routed.forceName ?? forceId}`);
      // After routing it usually belongs to another force: back to the list, where this force's work is.
      return redirect('/intake');
    } catch (error) {
      return { errors: writeErrors(error, { forceId: 'Force', note: 'Note' }) };
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function IntakeRoutePage() {
  const { complaint, forces } = useLoaderData<typeof intakeRouteLoader>();
  const actionData = useActionData<typeof intakeRouteAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const title = complaint.forceId ? 'Send the complaint to another force' : 'Send the complaint to a force';
  return (
    <ComplaintFormFrame complaint={complaint} title={title} errors={errors}>
      <p className="govuk-body">
        The complaint leaves {complaint.forceName ? `${complaint.forceName}’s intake` : 'the triage queue'} and waits in the intake of the force you choose. You will not
        see it after that unless it is your own force.
      </p>
      <Form method="post" noValidate>
        <Select
          id="forceId"
          label="Force that should deal with it"
          error={errorFor(errors, 'forceId')?.message}
          options={[{ value: '', text: 'Select a force' }, ...forces.map((f) => ({ value: f.id, text: f.name }))]}
        />
        <Textarea id="note" label="Note for the force (optional)" hint="For example, why it belongs to them" rows={3} error={errorFor(errors, 'note')?.message} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Send complaint</SubmitButton>
          <Link className="govuk-link" to={`/intake/${complaint.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </ComplaintFormFrame>
  );
}

export async function intakeCloseLoader({ request, params }: LoaderFunctionArgs): Promise<TIntakeComplaint> {
  try {
    await requirePermission(request, 'intake:triage');
    const complaint = await getIntakeComplaint(requireId(params, 'id'), request.signal);
    if (complaint.status !== 'received') throw redirect(`/intake/${complaint.id}`);
    return complaint;
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function intakeCloseAction({ request, params }: ActionFunctionArgs): Promise<FormActionData | Response> {
  try {
    await requirePermission(request, 'intake:triage');
    const id = requireId(params, 'id');
    const reason = formString(await request.formData(), 'reason');
    if (!reason) return { errors: [{ field: 'reason', href: '#reason', message: 'Enter the reason for closing the complaint without a case' }] };
    if (reason.length > PORTAL_LIMITS.note) return { errors: [{ field: 'reason', href: '#reason', message: `Reason must be ${PORTAL_LIMITS.note.toLocaleString('en-GB')} characters or fewer` }] };
    try {
      const closed = await closeComplaint(id, { reason });
      setIntakeFlash(`Complaint ${closed.reference} closed without a case`);
      return redirect(`/intake/${id}`);
    } catch (error) {
      return { errors: writeErrors(error, { reason: 'Reason' }) };
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function IntakeClosePage() {
  const complaint = useLoaderData<typeof intakeCloseLoader>();
  const actionData = useActionData<typeof intakeCloseAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  return (
    <ComplaintFormFrame complaint={complaint} title="Close the complaint without a case" errors={errors}>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The complainant sees this reason, in these words, when they check the progress of their complaint. You cannot reopen it here.
        </strong>
      </div>
      <Form method="post" noValidate>
        <Textarea
          id="reason"
          label="Reason for closing it without a case"
          hint="For example, that it is not about the conduct of anyone serving with the police, or that the same complaint was made twice"
          rows={4}
          error={errorFor(errors, 'reason')?.message}
        />
        <div className="govuk-button-group">
          <SubmitButton variant="warning" isBusy={navigation.state === 'submitting'}>
            Close without a case
          </SubmitButton>
          <Link className="govuk-link" to={`/intake/${complaint.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </ComplaintFormFrame>
  );
}
