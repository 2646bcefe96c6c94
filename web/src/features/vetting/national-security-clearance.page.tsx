// Record a national security clearance (/vetting/national-security-clearances/new?personId=…): that the person
// holds CTC, SC or DV clearance granted by the national security vetting process, with its dates and sponsor.
// Warrant records it on the vetting file and does not manage it (no review, re-vetting or reminder).
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce, TPerson } from '../../../../shared/contracts.js';
import { NATIONAL_SECURITY_LEVEL_LABELS, NATIONAL_SECURITY_LEVELS } from '../../../../shared/vetting-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import type { FormError } from '../../components/form-errors.js';
import { Select } from '../../components/select.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getPerson } from '../people/people.api.js';
import { fullName } from '../people/people.labels.js';
import { NATIONAL_SECURITY_DATE_FIELDS, NATIONAL_SECURITY_FIELD_LABELS, parseNationalSecurityClearanceForm } from './revetting-and-national-security-forms.js';
import { recordNationalSecurityClearance } from './vetting.api.js';
import { DateField, FormFrame, message } from './vetting-components.js';
import { vettingFormErrors } from './vetting-form-reader.js';

export const NATIONAL_SECURITY_PATH = '/vetting/national-security-clearances/new';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requirePersonId(request: Request): string {
  const personId = new URL(request.url).searchParams.get('personId') ?? '';
  if (!UUID.test(personId)) throw data(null, { status: 404 });
  return personId;
}

type RecordData = { user: TCurrentUser; person: TPerson; forces: TForce[] };

export async function nationalSecurityLoader({ request }: LoaderFunctionArgs): Promise<RecordData> {
  try {
    const user = await requirePermission(request, 'vetting:record');
    const [person, forces] = await Promise.all([getPerson(requirePersonId(request), request.signal), user.forceId ? [] : listForces(request.signal)]);
    return { user, person, forces };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function nationalSecurityAction({ request }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> {
  try {
    const user = await requirePermission(request, 'vetting:record');
    const personId = requirePersonId(request);
    const parsed = parseNationalSecurityClearanceForm(await request.formData(), { personId, forceId: user.forceId });
    if (!parsed.request) return { errors: parsed.errors };
    try {
      await recordNationalSecurityClearance(parsed.request);
      return redirect(`/people/${personId}#vetting-heading`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
        return { errors: vettingFormErrors(error, { labels: NATIONAL_SECURITY_FIELD_LABELS, dateFields: NATIONAL_SECURITY_DATE_FIELDS, what: 'clearance', reloadHref: new URL(request.url).pathname }) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function NationalSecurityPage() {
  const { user, person, forces } = useLoaderData<typeof nationalSecurityLoader>();
  const actionData = useActionData<typeof nationalSecurityAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const personHref = `/people/${person.id}`;
  return (
    <FormFrame title="Record a national security clearance" caption={fullName(person)} backHref={personHref} backText="Back to the person" errors={errors}>
      <p className="govuk-body">
        Counter-Terrorist Check, Security Check and Developed Vetting are granted by the national security vetting process. Warrant records that the person holds one; it does not
        review, re-vet or send renewal reminders for it. The sponsoring body does.
      </p>
      <Form method="post" noValidate>
        {user.forceId ? (
          <p className="govuk-body">
            Force: <strong>{user.forceName ?? user.forceId}</strong>
          </p>
        ) : (
          <Select id="forceId" label="Force" error={message(errors, 'forceId')} options={[{ value: '', text: 'Choose a force' }, ...forces.map((force) => ({ value: force.id, text: force.name }))]} />
        )}
        <Radios id="level" legend="Clearance held" error={message(errors, 'level')} items={NATIONAL_SECURITY_LEVELS.map((level) => ({ value: level, text: NATIONAL_SECURITY_LEVEL_LABELS[level] }))} />
        <DateField path="grantedOn" legend="Date granted" hint="It cannot be in the future. For example, 27 3 2026" errors={errors} />
        <DateField path="expiresOn" legend="Expiry date (optional)" hint="As the sponsor gave it, if any. For example, 27 3 2031" errors={errors} />
        <TextInput id="sponsor" label="Sponsoring body and reference" hint="For example, Counter Terrorism Policing, NSV/2026/0413" error={message(errors, 'sponsor')} />
        <div className="govuk-button-group">
          <SubmitButton isBusy={navigation.state === 'submitting'}>Record the clearance</SubmitButton>
          <Link className="govuk-link" to={personHref}>
            Cancel
          </Link>
        </div>
      </Form>
    </FormFrame>
  );
}
