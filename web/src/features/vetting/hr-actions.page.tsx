// For HR (vetting:outcome): withdrawn clearances to act on (/vetting/hr-actions) — under the Police (Vetting)
// Regulations 2025 a withdrawal ends in dismissal without notice — and the form to record what was done
// (/vetting/hr-actions/:id). HR sees the outcome only, never the vetting file.
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { todayIso } from '../../components/date-input.js';
import type { FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { listHrActions, recordHrAction, type THrActions } from './vetting.api.js';
import { DateField, FormFrame, message, SuccessBanner } from './vetting-components.js';
import { setVettingFlash, takeVettingFlash } from './vetting-flash.js';
import { vettingFormErrors } from './vetting-form-reader.js';
import { HR_ACTION_FIELD_LABELS, parseHrActionForm } from './vetting-forms.js';

const LIST_PATH = '/vetting/hr-actions';

type HrListData = { result: THrActions; flash: string | null };

export async function hrActionsLoader({ request }: LoaderFunctionArgs): Promise<HrListData> {
  try {
    await requirePermission(request, 'vetting:outcome');
    return { result: await listHrActions(request.signal), flash: takeVettingFlash(LIST_PATH) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function HrActionsPage() {
  const { result, flash } = useLoaderData<typeof hrActionsLoader>();
  const title = 'Vetting withdrawals to act on';
  usePageTitle(title);
  return (
    <>
      <SuccessBanner message={flash} />
      <span className="govuk-caption-l">Vetting outcomes</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        These people’s vetting clearance was withdrawn. Under the Police (Vetting) Regulations 2025 an officer who cannot keep clearance is dismissed without notice. Record what HR did.
      </p>
      <p className="govuk-body">{result.items.length === 0 ? 'Nothing to act on.' : pluralise(result.items.length, 'withdrawal')}</p>
      {result.items.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Withdrawn</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">{item.personName}</td>
                <td className="govuk-table__cell">{item.level}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.withdrawnOn)}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`${LIST_PATH}/${item.id}`}>
                    Record the action<span className="govuk-visually-hidden"> taken on {item.personName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

type HrItem = THrActions['items'][number];

/** HR may not read the review itself: the item comes from the list of withdrawals still to act on. */
async function loadItem(request: Request, id: string): Promise<HrItem> {
  const { items } = await listHrActions(request.signal);
  const item = items.find((i) => i.id === id);
  if (!item) throw data(null, { status: 404 });
  return item;
}

export async function hrActionLoader({ request, params }: LoaderFunctionArgs): Promise<{ item: HrItem }> {
  try {
    await requirePermission(request, 'vetting:outcome');
    return { item: await loadItem(request, requireId(params, 'id')) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function hrActionAction({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'vetting:outcome');
    const id = requireId(params, 'id');
    const [form, item] = await Promise.all([request.formData(), loadItem(request, id)]);
    const parsed = parseHrActionForm(form, item.withdrawnOn);
    if (!parsed.request) return { errors: parsed.errors };
    try {
      await recordHrAction(id, parsed.request);
      setVettingFlash(LIST_PATH, `Action recorded for ${item.personName}`);
      return redirect(LIST_PATH);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        return { errors: vettingFormErrors(error, { labels: HR_ACTION_FIELD_LABELS, dateFields: ['actionOn'], what: 'record', reloadHref: new URL(request.url).pathname }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function HrActionPage() {
  const { item } = useLoaderData<typeof hrActionLoader>();
  const actionData = useActionData<typeof hrActionAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  return (
    <FormFrame title="Record the action taken" caption={item.personName} backHref={LIST_PATH} backText="Back to withdrawals to act on" errors={errors}>
      <SummaryList>
        <SummaryRow label="Clearance">{`${item.level}, ${item.forceId}`}</SummaryRow>
        <SummaryRow label="Withdrawn">{formatDate(item.withdrawnOn)}</SummaryRow>
      </SummaryList>
      <Form method="post" noValidate>
        <Textarea id="note" label="What was done" hint="For example, dismissed without notice, with the date notified" error={message(errors, 'note')} rows={5} />
        <DateField path="actionOn" legend="Date of the action" errors={errors} defaultIso={todayIso()} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record the action</SubmitButton>
          <Link className="govuk-link" to={LIST_PATH}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
