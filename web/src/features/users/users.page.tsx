// Accounts: who can use Warrant, with which roles, in which force; and a form to create an account.
import { Form, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TCreateUser, TUserSummary } from '../../../../shared/contracts.js';
import { reachOf } from '../../../../shared/policy.js';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FieldTarget, type FormError } from '../../components/form-errors.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select, type SelectOption } from '../../components/select.js';
import { TextInput } from '../../components/text-input.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { createUser, listUsers } from './users.api.js';

const MIN_PASSWORD_LENGTH = 12;
/** The force select's value for an account in no force. Explicit, so nobody gets national reach by default. */
const NATIONAL = 'national';

type UsersLoaderData = {
  users: TUserSummary[];
  canCreate: boolean;
  /** Forces a new account may belong to; NATIONAL is an account in no force. */
  forceOptions: SelectOption[];
};

type UsersActionData = { errors: FormError[]; created?: undefined } | { errors?: undefined; created: TUserSummary };

export async function usersLoader({ request }: LoaderFunctionArgs): Promise<UsersLoaderData> {
  try {
    const actor = await requirePermission(request, 'user:list');
    const [users, forces] = await Promise.all([listUsers(request.signal), listForces(request.signal)]);
    const reach = reachOf(actor, 'user:create');
    const forceOptions: SelectOption[] =
      reach === 'national'
        ? [
            { value: '', text: 'Select a force' },
            { value: NATIONAL, text: 'National (not in a force)' },
            ...forces.map((force) => ({ value: force.id, text: force.name })),
          ]
        : forces.filter((force) => force.id === actor.forceId).map((force) => ({ value: force.id, text: force.name }));
    return { users, canCreate: hasPermission(actor, 'user:create'), forceOptions };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const API_FIELDS: Record<string, FieldTarget> = {
  email: { field: 'email', href: '#email' },
  displayName: { field: 'displayName', href: '#displayName' },
  roles: { field: 'roles', href: '#roles' },
  forceId: { field: 'forceId', href: '#forceId' },
  password: { field: 'password', href: '#password' },
};
const FALLBACK_FIELD: FieldTarget = { field: 'email', href: '#email' };

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function parseUserForm(form: FormData): { user: TCreateUser; errors: [] } | { user: null; errors: FormError[] } {
  const errors: FormError[] = [];
  const email = formString(form, 'email');
  const displayName = formString(form, 'displayName');
  const roles = form.getAll('roles').filter((value): value is string => typeof value === 'string').filter(isRole);
  const forceId = formString(form, 'forceId');
  const passwordValue = form.get('password');
  const password = typeof passwordValue === 'string' ? passwordValue : '';

  if (!email) errors.push({ field: 'email', href: '#email', message: 'Enter an email address' });
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push({ field: 'email', href: '#email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (!displayName) errors.push({ field: 'displayName', href: '#displayName', message: 'Enter a display name' });
  if (roles.length === 0) errors.push({ field: 'roles', href: '#roles', message: 'Select at least one role' });
  if (!forceId) errors.push({ field: 'forceId', href: '#forceId', message: 'Select a force, or select National' });
  if (!password) errors.push({ field: 'password', href: '#password', message: 'Enter a password' });
  else if (password.length < MIN_PASSWORD_LENGTH) {
    errors.push({ field: 'password', href: '#password', message: `Password must be ${MIN_PASSWORD_LENGTH} characters or more` });
  }
  if (errors.length > 0) return { user: null, errors };
  return { errors: [], user: { email, displayName, roles, forceId: forceId === NATIONAL ? null : forceId, password } };
}

export async function usersAction({ request }: ActionFunctionArgs): Promise<UsersActionData> {
  try {
    await requirePermission(request, 'user:create');
    const parsed = parseUserForm(await request.formData());
    if (!parsed.user) return { errors: parsed.errors };
    try {
      return { created: await createUser(parsed.user) };
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { errors: formErrorsFromApi(error, API_FIELDS, FALLBACK_FIELD) };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function UserStatus({ user }: { user: TUserSummary }) {
  if (user.disabled) return <strong className="govuk-tag govuk-tag--grey">Disabled</strong>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()) return <strong className="govuk-tag govuk-tag--red">Locked</strong>;
  return <strong className="govuk-tag govuk-tag--green">Active</strong>;
}

function UsersTable({ users }: { users: readonly TUserSummary[] }) {
  const sorted = [...users].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Accounts</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Name</th>
          <th scope="col" className="govuk-table__header">Email address</th>
          <th scope="col" className="govuk-table__header">Roles</th>
          <th scope="col" className="govuk-table__header">Force</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sorted.map((user) => (
          <tr className="govuk-table__row" key={user.id}>
            <td className="govuk-table__cell">{user.displayName}</td>
            <td className="govuk-table__cell app-break-word">{user.email}</td>
            <td className="govuk-table__cell">{user.roles.map((role) => ROLE_LABELS[role]).join(', ')}</td>
            <td className="govuk-table__cell">{user.forceId === null ? 'National' : (user.forceName ?? user.forceId)}</td>
            <td className="govuk-table__cell">
              <UserStatus user={user} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CreateUserForm({ errors, forceOptions, isBusy }: { errors: readonly FormError[]; forceOptions: SelectOption[]; isBusy: boolean }) {
  const message = (field: string) => errorFor(errors, field)?.message;
  return (
    <Form method="post" noValidate>
      <h2 className="govuk-heading-m">Create a user</h2>
      <TextInput id="email" label="Email address" type="email" autoComplete="off" spellCheck={false} error={message('email')} />
      <TextInput id="displayName" label="Display name" hint="The name other users will see, for example Jane Smith" autoComplete="off" error={message('displayName')} />
      <Checkboxes
        id="roles"
        legend="Roles"
        hint="Select all that apply"
        error={message('roles')}
        small
        items={ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role] }))}
      />
      <Select id="forceId" label="Force" error={message('forceId')} options={forceOptions} />
      <TextInput
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`Must be ${MIN_PASSWORD_LENGTH} characters or more. Give it to the user in a secure way`}
        error={message('password')}
      />
      <SubmitButton isBusy={isBusy}>Create user</SubmitButton>
    </Form>
  );
}

export function UsersPage() {
  const { users, canCreate, forceOptions } = useLoaderData<typeof usersLoader>();
  const actionData = useActionData<typeof usersAction>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  const created = actionData?.created;
  usePageTitle('Users', errors.length > 0);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      {created && (
        <NotificationBanner type="success" key={created.id}>
          <p className="govuk-notification-banner__heading">
            User created: {created.displayName} ({created.email})
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Users</h1>
      <UsersTable users={users} />
      {canCreate && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {/* A new key after each account is created clears the form for the next one. */}
            <CreateUserForm key={created?.id ?? 'new'} errors={errors} forceOptions={forceOptions} isBusy={navigation.state === 'submitting'} />
          </div>
        </div>
      )}
    </>
  );
}
