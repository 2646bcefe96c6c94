// Start a data wash (/data-wash/new). A force user washes their own force's workforce; a national user chooses
// one force or every force. The wash runs in the background on the server; the run's page shows its progress.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { startWashRun } from './national-index.api.js';
import { WASH_PATH, workforceOf } from './wash-runs.page.js';

type StartLoaderData = { user: TCurrentUser; forces: TForce[] };

export async function washRunStartLoader({ request }: LoaderFunctionArgs): Promise<StartLoaderData> {
  try {
    const user = await requirePermission(request, 'wash:run');
    return { user, forces: await listForces(request.signal) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const FORCE_FIELD = { field: 'forceId', href: '#forceId' };

export async function washRunStartAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    await requirePermission(request, 'wash:run');
    const form = await request.formData();
    const forceId = formString(form, 'forceId');
    try {
      const run = await startWashRun({ forceId: forceId === '' ? null : forceId });
      return redirect(`${WASH_PATH}/${run.id}`);
    } catch (error) {
      // A force user may wash only their own force: the server says so in words (400 with the field, or 403).
      if (isApiError(error) && (error.status === 400 || error.status === 403)) return { errors: formErrorsFromApi(error, { forceId: FORCE_FIELD }, FORCE_FIELD) };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function WashRunStartPage() {
  const { user, forces } = useLoaderData<typeof washRunStartLoader>();
  const actionData = useActionData<typeof washRunStartAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Start a data wash', errors.length > 0);
  return (
    <>
      {/* A force user has no field to correct: the message stands alone. */}
      {errors.length > 0 && <ErrorSummary errors={user.forceId ? errors.map((error) => ({ message: error.message })) : errors} />}
      <Link to={WASH_PATH} className="govuk-back-link">
        Back to data wash
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Start a data wash</h1>
          <p className="govuk-body">Everyone currently employed will be checked against:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>the Barred List and the Advisory List</li>
            <li>open cases about them in other forces</li>
          </ul>
          <p className="govuk-body">It runs in the background and can take several minutes for a large force. You can leave the page and come back.</p>
          <Form method="post" noValidate>
            {user.forceId ? (
              <>
                <SummaryList>
                  <SummaryRow label="Workforce">{workforceOf(forces, user.forceId)}</SummaryRow>
                </SummaryList>
                <input type="hidden" name="forceId" value={user.forceId} />
              </>
            ) : (
              <Select
                id="forceId"
                label="Which workforce do you want to check?"
                error={errorFor(errors, 'forceId')?.message}
                options={[{ value: '', text: 'Every force' }, ...forces.map((force) => ({ value: force.id, text: force.name }))]}
                defaultValue=""
              />
            )}
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Start the data wash</SubmitButton>
              <Link className="govuk-link" to={WASH_PATH}>
                Cancel
              </Link>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}
