// The loader and action every application form shares: check the permission, load the application, and on submit
// parse the form, write, and go back to the application with a success message, or show the errors.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type Params } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import type { Action } from '../../../../shared/policy.js';
import { isApiError } from '../../api/client.js';
import type { FormError } from '../../components/form-errors.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { applicationHref } from './application-tasks.js';
import { getApplication } from './vetting.api.js';
import { setVettingFlash } from './vetting-flash.js';
import { vettingFormErrors, type Parsed } from './vetting-form-reader.js';

export type ApplicationFormData = { application: TVettingApplication; user: TCurrentUser };

export function applicationFormLoader(permission: Action) {
  return async ({ request, params }: LoaderFunctionArgs): Promise<ApplicationFormData> => {
    try {
      const user = await requirePermission(request, permission);
      const application = await getApplication(requireId(params, 'id'), request.signal);
      return { application, user };
    } catch (error) {
      return rethrowUnlessSignedIn(error, request);
    }
  };
}

type WriteOptions<T> = {
  permission: Action;
  /** The application is loaded first so the form can be read against it (its adverse items, its decision date). */
  parse: (form: FormData, application: TVettingApplication, params: Params) => Parsed<T>;
  save: (applicationId: string, request: T, params: Params) => Promise<TVettingApplication>;
  labels: Readonly<Record<string, string>>;
  dateFields?: readonly string[];
  aliases?: Readonly<Record<string, string>>;
  flash: (saved: TVettingApplication, request: T) => string;
};

export function applicationFormAction<T>({ permission, parse, save, labels, dateFields, aliases, flash }: WriteOptions<T>) {
  return async ({ request, params }: ActionFunctionArgs): Promise<{ errors: FormError[] } | Response> => {
    try {
      await requirePermission(request, permission);
      const id = requireId(params, 'id');
      const [form, application] = await Promise.all([request.formData(), getApplication(id)]);
      const parsed = parse(form, application, params);
      if (!parsed.request) return { errors: parsed.errors };
      try {
        const saved = await save(id, parsed.request, params);
        setVettingFlash(applicationHref(id), flash(saved, parsed.request));
        return redirect(applicationHref(id));
      } catch (error) {
        // A 403 here is a rule about this record (a decider approving their own grant), not a missing role.
        if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) {
          return { errors: vettingFormErrors(error, { labels, dateFields, aliases, what: 'application', reloadHref: new URL(request.url).pathname }) };
        }
        throw error;
      }
    } catch (error) {
      return rethrowUnlessSignedIn(error, request);
    }
  };
}
