// The annual integrity review (Vetting Code of Practice 2023): the list of people whose review is overdue
// (/vetting/integrity-reviews) and the form to record one (/vetting/integrity-reviews/new?personId=…):
// declarations of changes in circumstances, associations, finances and business interests, and the supervisor's
// appraisal. Concerns raised open a vetting review.
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TPerson } from '../../../../shared/contracts.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { todayIso } from '../../components/date-input.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { fieldId } from '../cases/case-form-errors.js';
import { getPerson } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { listOverdueIntegrityReviews, recordIntegrityReview, type TIntegrityReviewOverdue } from './vetting.api.js';
import { DateField, FormFrame, message, SuccessBanner } from './vetting-components.js';
import { setVettingFlash, takeVettingFlash } from './vetting-flash.js';
import { vettingFormErrors } from './vetting-form-reader.js';
import { INTEGRITY_REVIEW_FIELD_LABELS, parseIntegrityReviewForm } from './vetting-forms.js';

const LIST_PATH = '/vetting/integrity-reviews';

type OverdueData = { result: TIntegrityReviewOverdue; user: TCurrentUser; flash: string | null };

export async function integrityOverdueLoader({ request }: LoaderFunctionArgs): Promise<OverdueData> {
  try {
    const user = await requirePermission(request, 'vetting:read');
    return { result: await listOverdueIntegrityReviews(request.signal), user, flash: takeVettingFlash(LIST_PATH) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function IntegrityOverduePage() {
  const { result, user, flash } = useLoaderData<typeof integrityOverdueLoader>();
  const title = 'Overdue annual integrity reviews';
  usePageTitle(title);
  const canRecord = hasPermission(user, 'vetting:record');
  return (
    <>
      <SuccessBanner message={flash} />
      <Link to="/vetting" className="govuk-back-link">
        Back to vetting
      </Link>
      <span className="govuk-caption-l">Vetting</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">Everyone cleared has an integrity review each year: declarations and a supervisor’s appraisal. Most overdue first.</p>
      <p className="govuk-body">{result.items.length === 0 ? 'No integrity review is overdue.' : pluralise(result.items.length, 'person', 'people')}</p>
      {result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Last review</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days overdue</th>
              {canRecord && (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {[...result.items].sort((a, b) => b.daysOverdue - a.daysOverdue).map((item) => (
              <tr className="govuk-table__row" key={item.personId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/people/${item.personId}`}>
                    {item.personName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{item.level}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.lastCompletedOn, 'None yet')}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.dueOn)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{item.daysOverdue}</td>
                {canRecord && (
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`${LIST_PATH}/new?personId=${item.personId}`}>
                      Record<span className="govuk-visually-hidden"> the integrity review of {item.personName}</span>
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requirePersonId(request: Request): string {
  const personId = new URL(request.url).searchParams.get('personId') ?? '';
  if (!UUID.test(personId)) throw data(null, { status: 404 });
  return personId;
}

export async function integrityRecordLoader({ request }: LoaderFunctionArgs): Promise<{ person: TPerson }> {
  try {
    await requirePermission(request, 'vetting:record');
    return { person: await getPerson(requirePersonId(request), request.signal) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function integrityRecordAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:record');
    const personId = requirePersonId(request);
    const parsed = parseIntegrityReviewForm(await request.formData(), personId);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const recorded = await recordIntegrityReview(parsed.request);
      setVettingFlash(LIST_PATH, recorded.reviewId ? 'Integrity review recorded. The concerns raised opened a vetting review' : 'Integrity review recorded');
      return redirect(LIST_PATH);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: vettingFormErrors(error, { labels: INTEGRITY_REVIEW_FIELD_LABELS, dateFields: ['completedOn'], what: 'record', reloadHref: new URL(request.url).pathname }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const DECLARATIONS = [
  ['changesInCircumstances', 'Changes in circumstances', 'For example, a new partner, address or criminal proceedings against someone close'],
  ['associations', 'Associations', 'Notifiable associations, including with people involved in crime'],
  ['finances', 'Finances', 'Debts, county court judgments, insolvency, gambling'],
  ['businessInterests', 'Business interests', 'Second jobs and business interests'],
] as const;

export function IntegrityRecordPage() {
  const { person } = useLoaderData<typeof integrityRecordLoader>();
  const actionData = useActionData<typeof integrityRecordAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const name = fullName(person);
  return (
    <FormFrame title="Record the annual integrity review" caption={name} backHref={LIST_PATH} backText="Back to overdue integrity reviews" errors={errors}>
      <Form method="post" noValidate>
        <h2 className="govuk-heading-m">Declarations</h2>
        {DECLARATIONS.map(([key, label, hint]) => (
          <Textarea key={key} id={fieldId(`declarations.${key}`)} label={label} hint={hint} error={message(errors, `declarations.${key}`)} rows={3} />
        ))}
        <Textarea id="supervisorAppraisal" label="Supervisor’s appraisal" error={message(errors, 'supervisorAppraisal')} rows={5} />
        <Radios
          id="concernsRaised"
          legend="Did the review raise concerns?"
          hint="Concerns open a vetting review of the clearance"
          error={message(errors, 'concernsRaised')}
          inline
          items={[
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ]}
        />
        <DateField path="completedOn" legend="Date completed" errors={errors} defaultIso={todayIso()} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record the review</SubmitButton>
          <Link className="govuk-link" to={LIST_PATH}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
