// Add a person to the register with their first employment (HR, for their own force).
import { Form, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCreatePerson, TForce } from '../../../../shared/contracts.js';
import { reachOf } from '../../../../shared/policy.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { checkDate, DateInput, dateParts } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FieldTarget, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { createPerson } from './people.api.js';
import { codesOf, EMPLOYMENT_ROLE_LABELS, isEmploymentRole, isSex, SEX_LABELS } from './people.labels.js';

type CreateLoaderData = { forces: TForce[]; defaultForceId: string };
type CreateActionData = { errors: FormError[] };

export async function personCreateLoader({ request }: LoaderFunctionArgs): Promise<CreateLoaderData> {
  try {
    const user = await requirePermission(request, 'person:create');
    const forces = await listForces(request.signal);
    // Someone who may add people only in their own force is offered only that force.
    const reach = reachOf(user, 'person:create');
    const offered = reach === 'own-force' && user.forceId ? forces.filter((force) => force.id === user.forceId) : forces;
    return { forces: offered, defaultForceId: user.forceId ?? '' };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const API_FIELDS: Record<string, FieldTarget> = {
  givenNames: { field: 'givenNames', href: '#givenNames' },
  familyName: { field: 'familyName', href: '#familyName' },
  dateOfBirth: { field: 'dateOfBirth', href: '#dateOfBirth-day' },
  sex: { field: 'sex', href: '#sex' },
  'otherNames.0.kind': { field: 'otherNameKind', href: '#otherNameKind' },
  'otherNames.0.givenNames': { field: 'otherGivenNames', href: '#otherGivenNames' },
  'otherNames.0.familyName': { field: 'otherFamilyName', href: '#otherFamilyName' },
  'employment.forceId': { field: 'employmentForceId', href: '#employmentForceId' },
  'employment.role': { field: 'employmentRole', href: '#employmentRole' },
  'employment.rank': { field: 'employmentRank', href: '#employmentRank' },
  'employment.collarNumber': { field: 'employmentCollarNumber', href: '#employmentCollarNumber' },
  'employment.startDate': { field: 'employmentStartDate', href: '#employmentStartDate-day' },
};

const FALLBACK_FIELD: FieldTarget = { field: 'givenNames', href: '#givenNames' };

type Parsed = { person: TCreatePerson; errors: [] } | { person: null; errors: FormError[] };

export function parsePersonForm(form: FormData): Parsed {
  const errors: FormError[] = [];
  const required = (name: string, message: string): string => {
    const value = formString(form, name);
    if (!value) errors.push({ field: name, message, href: `#${name}` });
    return value;
  };

  const givenNames = required('givenNames', 'Enter given names');
  const familyName = required('familyName', 'Enter family name');
  const dateOfBirth = checkDate(dateParts(form, 'dateOfBirth'), { label: 'Date of birth', notInFuture: 'past' });
  if (dateOfBirth.error !== undefined) {
    errors.push({ field: 'dateOfBirth', message: dateOfBirth.error, href: `#dateOfBirth-${dateOfBirth.parts[0] ?? 'day'}`, parts: dateOfBirth.parts });
  }
  const sex = formString(form, 'sex');
  if (!isSex(sex)) errors.push({ field: 'sex', message: 'Select sex, or select ‘Not recorded’', href: '#sex' });

  const otherKind = formString(form, 'otherNameKind');
  const otherGivenNames = formString(form, 'otherGivenNames');
  const otherFamilyName = formString(form, 'otherFamilyName');
  const hasOtherName = otherGivenNames !== '' || otherFamilyName !== '';
  if (hasOtherName && !otherFamilyName) {
    errors.push({ field: 'otherFamilyName', message: 'Enter the family name of the previous name or alias', href: '#otherFamilyName' });
  }

  const forceId = required('employmentForceId', 'Select a force');
  const role = formString(form, 'employmentRole');
  if (!isEmploymentRole(role)) errors.push({ field: 'employmentRole', message: 'Select a role', href: '#employmentRole' });
  const startDate = checkDate(dateParts(form, 'employmentStartDate'), {
    label: 'Start date',
    requiredMessage: 'Enter the start date',
    notInFuture: 'today-or-past',
  });
  if (startDate.error !== undefined) {
    errors.push({ field: 'employmentStartDate', message: startDate.error, href: `#employmentStartDate-${startDate.parts[0] ?? 'day'}`, parts: startDate.parts });
  }

  if (errors.length > 0 || !isSex(sex) || !isEmploymentRole(role) || !startDate.iso) return { person: null, errors };
  return {
    errors: [],
    person: {
      givenNames,
      familyName,
      dateOfBirth: dateOfBirth.iso ?? null,
      sex,
      otherNames: hasOtherName ? [{ kind: otherKind === 'alias' ? 'alias' : 'previous', givenNames: otherGivenNames, familyName: otherFamilyName }] : [],
      employment: {
        forceId,
        role,
        rank: formString(form, 'employmentRank') || null,
        collarNumber: formString(form, 'employmentCollarNumber') || null,
        startDate: startDate.iso,
      },
    },
  };
}

export async function personCreateAction({ request }: ActionFunctionArgs): Promise<CreateActionData | Response> {
  try {
    await requirePermission(request, 'person:create');
    const parsed = parsePersonForm(await request.formData());
    if (!parsed.person) return { errors: parsed.errors };
    try {
      const person = await createPerson(parsed.person);
      return redirect(`/people/${person.id}`);
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) {
        return { errors: formErrorsFromApi(error, API_FIELDS, FALLBACK_FIELD) };
      }
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function PersonCreatePage() {
  const { forces, defaultForceId } = useLoaderData<typeof personCreateLoader>();
  const actionData = useActionData<typeof personCreateAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Add a person', errors.length > 0);
  const message = (field: string) => errorFor(errors, field)?.message;
  const dateOfBirthError = errorFor(errors, 'dateOfBirth');
  const startDateError = errorFor(errors, 'employmentStartDate');
  const forceOptions = [...(forces.length > 1 ? [{ value: '', text: 'Select a force' }] : []), ...forces.map((force) => ({ value: force.id, text: force.name }))];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">Add someone to the register with their first employment. You can add later jobs from their page.</p>
        <Form method="post" noValidate>
          <h2 className="govuk-heading-m">Their details</h2>
          <TextInput id="givenNames" label="Given names" error={message('givenNames')} autoComplete="off" spellCheck={false} />
          <TextInput id="familyName" label="Family name" error={message('familyName')} autoComplete="off" spellCheck={false} />
          <DateInput id="dateOfBirth" legend="Date of birth (optional)" hint="For example, 27 3 1985" error={dateOfBirthError?.message} errorParts={dateOfBirthError?.parts} />
          <Radios id="sex" legend="Sex" error={message('sex')} items={codesOf(SEX_LABELS).map((value) => ({ value, text: SEX_LABELS[value] }))} />

          <h2 className="govuk-heading-m">Previous name or alias (optional)</h2>
          <Select
            id="otherNameKind"
            label="Type of other name"
            error={message('otherNameKind')}
            options={[
              { value: 'previous', text: 'Previous name' },
              { value: 'alias', text: 'Alias' },
            ]}
          />
          <TextInput id="otherGivenNames" label="Other given names" error={message('otherGivenNames')} autoComplete="off" spellCheck={false} />
          <TextInput id="otherFamilyName" label="Other family name" error={message('otherFamilyName')} autoComplete="off" spellCheck={false} />

          <h2 className="govuk-heading-m">First employment</h2>
          <Select id="employmentForceId" label="Force" error={message('employmentForceId')} options={forceOptions} defaultValue={defaultForceId} />
          <Radios id="employmentRole" legend="Role" error={message('employmentRole')} items={codesOf(EMPLOYMENT_ROLE_LABELS).map((value) => ({ value, text: EMPLOYMENT_ROLE_LABELS[value] }))} />
          <TextInput id="employmentRank" label="Rank (optional)" hint="For example, Sergeant" error={message('employmentRank')} widthClass="govuk-!-width-one-half" />
          <TextInput
            id="employmentCollarNumber"
            label="Collar number (optional)"
            error={message('employmentCollarNumber')}
            widthClass="govuk-input--width-10"
            spellCheck={false}
          />
          <DateInput id="employmentStartDate" legend="Start date" hint="For example, 1 9 2015" error={startDateError?.message} errorParts={startDateError?.parts} />
          <SubmitButton isBusy={navigation.state === 'submitting'}>Add person</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
