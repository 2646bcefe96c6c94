// Record an address (a postcode and when they lived there) in a person's history: HR from the HR record, vetting
// from what an application declared. The server normalises the postcode and ends the previous current address.
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TPerson } from '../../../../shared/contracts.js';
import { ADDRESS_SOURCE_LABELS } from '../../../../shared/vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { DateInput } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { TextInput } from '../../components/text-input.js';
import { requireUser, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { addressErrorsFromApi, parseAddressForm, recordableSources, type AddressSource } from './address-form.js';
import { getPerson, recordAddress } from './people.api.js';
import { fullName } from './people.labels.js';
import { setPersonFlash } from './person-flash.js';

type AddressRecordLoaderData = { person: TPerson; offered: AddressSource[] };
type AddressRecordActionData = { errors: FormError[] };

export async function addressRecordLoader({ request, params }: LoaderFunctionArgs): Promise<AddressRecordLoaderData> {
  try {
    const user = await requireUser(request);
    if (recordableSources(user).length === 0) throw data(null, { status: 403 });
    const person = await getPerson(requireId(params, 'id'), request.signal);
    // A vetting officer may read a person from any force but record only for their own.
    const offered = recordableSources(user, person.employments.map((job) => job.forceId));
    if (offered.length === 0) throw data(null, { status: 403 });
    return { person, offered };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function addressRecordAction({ request, params }: ActionFunctionArgs): Promise<AddressRecordActionData | Response> {
  try {
    const user = await requireUser(request);
    const personId = requireId(params, 'id');
    // The server decides the force; here only whether the role may record the chosen source at all.
    const offered = recordableSources(user);
    if (offered.length === 0) throw data(null, { status: 403 });
    const parsed = parseAddressForm(await request.formData(), offered);
    if (!parsed.address) return { errors: parsed.errors };
    try {
      await recordAddress(personId, parsed.address);
    } catch (error) {
      if (isApiError(error) && error.status === 400) return { errors: addressErrorsFromApi(error) };
      throw error;
    }
    setPersonFlash(personId, 'Address recorded');
    return redirect(`/people/${personId}`);
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function SourceField({ offered, error }: { offered: readonly AddressSource[]; error: string | undefined }) {
  const [only] = offered;
  if (offered.length === 1 && only) {
    // One source only: a statement rather than a lone radio button, which would ask a question with one answer.
    return (
      <div className="govuk-form-group">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Recorded from</h2>
        <p className="govuk-body">{ADDRESS_SOURCE_LABELS[only]}</p>
        <input type="hidden" name="source" value={only} />
      </div>
    );
  }
  return <Radios id="source" legend="Recorded from" error={error} items={offered.map((value) => ({ value, text: ADDRESS_SOURCE_LABELS[value] }))} />;
}

export function AddressRecordPage() {
  const { person, offered } = useLoaderData<typeof addressRecordLoader>();
  const actionData = useActionData<typeof addressRecordAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  const name = fullName(person);
  usePageTitle(`Record an address – ${name}`, errors.length > 0);
  const message = (field: string) => errorFor(errors, field)?.message;
  const fromDateError = errorFor(errors, 'fromDate');
  const toDateError = errorFor(errors, 'toDate');

  return (
    <>
      <Link to={`/people/${person.id}`} className="govuk-back-link">
        Back to {name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Record an address</h1>
          <p className="govuk-body">
            An address with no end date becomes their current address, and their previous current address from the same source ends the day before.
          </p>
          <Form method="post" noValidate>
            <TextInput id="postcode" label="Postcode" error={message('postcode')} autoComplete="postal-code" spellCheck={false} widthClass="govuk-input--width-10" />
            <DateInput id="fromDate" legend="From" hint="For example, 27 3 2019" error={fromDateError?.message} errorParts={fromDateError?.parts} />
            <DateInput id="toDate" legend="To (optional)" hint="Leave blank if they live there now" error={toDateError?.message} errorParts={toDateError?.parts} />
            <SourceField offered={offered} error={message('source')} />
            <SubmitButton isBusy={navigation.state === 'submitting'}>Record address</SubmitButton>
          </Form>
        </div>
      </div>
    </>
  );
}
