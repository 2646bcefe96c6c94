// Maps whatever a loader, action or render threw to the page the user should see: 401 → sign in, 403 → the
// permission page, 404 → page not found, anything else (5xx, network) → "problem with the service".
import { isRouteErrorResponse, Navigate, useLocation, useRouteError } from 'react-router';
import { isApiError } from '../api/client.js';
import { AppLayout } from '../components/app-layout.js';
import { ForbiddenPage, NotFoundPage, ServiceErrorPage } from './error-pages.js';

function statusOf(error: unknown): number {
  if (isApiError(error)) return error.status;
  if (isRouteErrorResponse(error)) return error.status;
  return 500;
}

export function ErrorPageFor({ error }: { error: unknown }) {
  const location = useLocation();
  const status = statusOf(error);
  if (status === 401) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate replace to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} />;
  }
  if (status === 403) return <ForbiddenPage />;
  if (status === 404) return <NotFoundPage />;
  if (!isApiError(error) && !isRouteErrorResponse(error)) console.error(error);
  return <ServiceErrorPage reference={isApiError(error) ? error.correlationId : undefined} />;
}

/** Inside the app shell: the header and navigation stay, the page area shows the error. */
export function RouteErrorBoundary() {
  return <ErrorPageFor error={useRouteError()} />;
}

/** When the shell itself could not load (e.g. the session request failed): render the shell without a user. */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <AppLayout user={null}>
      <ErrorPageFor error={error} />
    </AppLayout>
  );
}
