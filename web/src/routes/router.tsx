import { createBrowserRouter } from 'react-router';
import { auditAction, auditLoader, AuditPage } from '../features/audit/audit.page.js';
import { signInAction, signInLoader, SignInPage } from '../features/auth/sign-in.page.js';
import { signOutAction, signOutLoader } from '../features/auth/sign-out.route.js';
import { personCreateAction, personCreateLoader, PersonCreatePage } from '../features/people/person-create.page.js';
import { personSearchLoader, PersonSearchPage } from '../features/people/person-search.page.js';
import { personLoader, PersonPage } from '../features/people/person.page.js';
import { usersAction, usersLoader, UsersPage } from '../features/users/users.page.js';
import { AccessibilityPage } from './accessibility.page.js';
import { ForbiddenPage, NotFoundPage, ServiceErrorPage } from './error-pages.js';
import { homeLoader, HomePage } from './home.page.js';
import { RootLayout, rootLoader } from './root.layout.js';
import { RootErrorBoundary, RouteErrorBoundary } from './route-error.js';

/** Nothing to show until the session is known (a few milliseconds on the same origin). */
function SessionPending() {
  return null;
}

export function createRouter() {
  return createBrowserRouter([
    {
      id: 'root',
      path: '/',
      loader: rootLoader,
      // The session is cached in memory: re-reading it on every navigation keeps the header right after sign-in,
      // sign-out and a 401 redirect at no cost.
      shouldRevalidate: () => true,
      element: <RootLayout />,
      HydrateFallback: SessionPending,
      errorElement: <RootErrorBoundary />,
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { index: true, loader: homeLoader, element: <HomePage /> },
            { path: 'sign-in', loader: signInLoader, action: signInAction, element: <SignInPage /> },
            { path: 'sign-out', loader: signOutLoader, action: signOutAction },
            { path: 'people', loader: personSearchLoader, element: <PersonSearchPage /> },
            { path: 'people/new', loader: personCreateLoader, action: personCreateAction, element: <PersonCreatePage /> },
            { path: 'people/:id', loader: personLoader, element: <PersonPage /> },
            { path: 'admin/users', loader: usersLoader, action: usersAction, element: <UsersPage /> },
            { path: 'audit', loader: auditLoader, action: auditAction, element: <AuditPage /> },
            { path: 'accessibility', element: <AccessibilityPage /> },
            { path: 'forbidden', element: <ForbiddenPage /> },
            { path: 'problem', element: <ServiceErrorPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
