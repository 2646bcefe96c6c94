// Sign in with email and password. Wrong details, a locked account and too many attempts all come back from
// the server as problem+json whose `detail` is written for the user, so that is what the page shows.
import { Form, redirect, useActionData, useLoaderData, useNavigation, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formErrorsFromApi, formString, type FieldTarget, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { TextInput } from '../../components/text-input.js';
import { fetchSignInProviders, signIn, type SignInProviders } from './auth.api.js';
import { loadSession, safeReturnTo, setSession } from './session.js';

type SignInActionData = { errors: FormError[] };

const EMAIL: FieldTarget = { field: 'email', href: '#email' };
const PASSWORD: FieldTarget = { field: 'password', href: '#password' };

const FALLBACK_MESSAGES: Partial<Record<number, string>> = {
  401: 'Enter a correct email address and password',
  423: 'Your account is locked. Try again later',
  429: 'Too many attempts to sign in. Wait a minute and try again',
};

function returnToOf(request: Request): string {
  return safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
}

// What the server's single sign-on callback reports back in ?ssoError=.
const SSO_ERRORS: Record<string, string> = {
  forbidden: 'Your force account has no Warrant account yet. Ask your Warrant administrator to create one for your email address',
  unauthenticated: 'Signing in with your force account did not complete. Try again',
};
const SSO: FieldTarget = { field: 'sso', href: '#sso' };

export async function signInLoader({ request }: LoaderFunctionArgs): Promise<SignInProviders> {
  const session = await loadSession();
  if (session) throw redirect(returnToOf(request));
  return fetchSignInProviders(request.signal);
}

export async function signInAction({ request }: ActionFunctionArgs): Promise<SignInActionData | Response> {
  const form = await request.formData();
  const email = formString(form, 'email');
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : '';
  const errors: FormError[] = [];
  if (!email) errors.push({ ...EMAIL, message: 'Enter your email address' });
  if (!password) errors.push({ ...PASSWORD, message: 'Enter your password' });
  if (errors.length > 0) return { errors };

  try {
    setSession(await signIn({ email, password }));
    return redirect(returnToOf(request));
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.status === 400) return { errors: formErrorsFromApi(error, { email: EMAIL, password: PASSWORD }, EMAIL) };
    const fallback = FALLBACK_MESSAGES[error.status];
    if (fallback) return { errors: [{ ...EMAIL, message: error.detail ?? fallback }] };
    throw error;
  }
}

export function SignInPage() {
  const actionData = useActionData<typeof signInAction>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const providers = useLoaderData<typeof signInLoader>();
  const ssoError = searchParams.get('ssoError');
  const ssoMessage = ssoError ? (SSO_ERRORS[ssoError] ?? SSO_ERRORS.unauthenticated) : undefined;
  const errors = actionData && 'errors' in actionData ? actionData.errors : ssoMessage ? [{ ...SSO, message: ssoMessage }] : [];
  usePageTitle('Sign in', errors.length > 0);
  const returnTo = searchParams.get('returnTo');
  const ssoHref = providers.oidc ? `${providers.oidc.startUrl}?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}` : null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <h1 className="govuk-heading-l">Sign in</h1>
        {returnTo && errors.length === 0 && <p className="govuk-body">Sign in to continue. You will go back to the page you were on.</p>}
        {providers.oidc && ssoHref && (
          <>
            <a id="sso" href={ssoHref} role="button" draggable="false" className="govuk-button" data-module="govuk-button">
              {providers.oidc.label}
            </a>
            <h2 className="govuk-heading-m">Or sign in with your Warrant password</h2>
          </>
        )}
        <Form method="post" noValidate>
          <TextInput id="email" label="Email address" type="email" autoComplete="email" spellCheck={false} error={errorFor(errors, 'email')?.message} />
          <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={errorFor(errors, 'password')?.message} />
          <SubmitButton isBusy={navigation.state === 'submitting'}>Sign in</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
