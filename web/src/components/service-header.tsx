// The service header: GOV.UK Frontend's service navigation with the service name on its own, the sections the
// signed-in user may use and "Sign out". Warrant is run by police forces, not on GOV.UK, so it has no GOV.UK
// header, crown or logotype (the Design System reserves those for GOV.UK). The menu toggle on small screens is
// GOV.UK Frontend's ServiceNavigation component.
import { useRef } from 'react';
import { Form, Link, useLocation } from 'react-router';
import { ServiceNavigation, SkipLink } from 'govuk-frontend';
import type { TCurrentUser } from '../../../shared/contracts.js';
import type { Action } from '../../../shared/policy.js';
import { ROLE_LABELS } from '../../../shared/roles.js';
import { useGovukComponent } from './use-govuk-component.js';

type NavItem = { text: string; href: string; requires?: Action; isActive: (pathname: string) => boolean };

const NAV_ITEMS: readonly NavItem[] = [
  { text: 'Home', href: '/', isActive: (pathname) => pathname === '/' },
  {
    text: 'People',
    href: '/people',
    requires: 'person:search',
    isActive: (pathname) => (pathname === '/people' || pathname.startsWith('/people/')) && pathname !== '/people/new',
  },
  { text: 'Add a person', href: '/people/new', requires: 'person:create', isActive: (pathname) => pathname === '/people/new' },
  { text: 'Cases', href: '/cases', requires: 'case:list', isActive: (pathname) => pathname === '/cases' || pathname.startsWith('/cases/') },
  { text: 'Public complaints', href: '/intake', requires: 'intake:triage', isActive: (pathname) => pathname === '/intake' || pathname.startsWith('/intake/') },
  { text: 'Integrity line', href: '/integrity-reports', requires: 'integrity:handle', isActive: (pathname) => pathname === '/integrity-reports' || pathname.startsWith('/integrity-reports/') },
  { text: 'Hearing notices', href: '/hearing-notices', requires: 'hearing:publish', isActive: (pathname) => pathname === '/hearing-notices' || pathname.startsWith('/hearing-notices/') },
  { text: 'Quality assurance', href: '/quality-assurance', requires: 'qa:sample', isActive: (pathname) => pathname === '/quality-assurance' || pathname.startsWith('/quality-assurance/') },
  { text: 'Reviews of my decisions', href: '/decision-reviews', requires: 'qa:respond', isActive: (pathname) => pathname.startsWith('/decision-reviews') },
  { text: 'Alerts', href: '/alerts', requires: 'signal:read', isActive: (pathname) => pathname === '/alerts' || pathname.startsWith('/alerts/') },
  // Administrators keep the early-warning rules without reading the alerts, which name people (signal:rules only).
  { text: 'Early-warning rules', href: '/alerts/rules', requires: 'signal:rules', isActive: (pathname) => pathname.startsWith('/alerts/rules') },
  {
    text: 'Vetting',
    href: '/vetting',
    requires: 'vetting:read',
    isActive: (pathname) => (pathname === '/vetting' || pathname.startsWith('/vetting/')) && !pathname.startsWith('/vetting/hr-actions'),
  },
  // HR acts on withdrawals without reading vetting files (vetting:outcome, not vetting:read).
  { text: 'Vetting withdrawals', href: '/vetting/hr-actions', requires: 'vetting:outcome', isActive: (pathname) => pathname.startsWith('/vetting/hr-actions') },
  { text: 'List checks', href: '/list-checks', requires: 'list:check', isActive: (pathname) => pathname.startsWith('/list-checks') },
  { text: 'Data wash', href: '/data-wash', requires: 'wash:run', isActive: (pathname) => pathname.startsWith('/data-wash') },
  { text: 'Possible matches', href: '/match-reviews', requires: 'match:review', isActive: (pathname) => pathname.startsWith('/match-reviews') },
  { text: 'Users', href: '/admin/users', requires: 'user:list', isActive: (pathname) => pathname.startsWith('/admin/users') },
  { text: 'Mail outbox', href: '/admin/outbox', requires: 'mail:outbox', isActive: (pathname) => pathname.startsWith('/admin/outbox') },
  { text: 'Insight', href: '/insight', requires: 'insight:read', isActive: (pathname) => pathname.startsWith('/insight') },
  // Warrant's figures on imported public records, any jurisdiction (docs/real-data.md).
  { text: 'Imported data', href: '/real-data', requires: 'insight:read', isActive: (pathname) => pathname.startsWith('/real-data') },
  { text: 'Audit', href: '/audit', requires: 'audit:read', isActive: (pathname) => pathname.startsWith('/audit') },
];

export function visibleNavItems(user: TCurrentUser): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || user.permissions.includes(item.requires));
}

export function SkipToMainContent() {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukComponent(ref, SkipLink);
  return (
    <a ref={ref} href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}

function NavigationList({ user }: { user: TCurrentUser }) {
  const { pathname } = useLocation();
  const items = visibleNavItems(user);
  const ref = useRef<HTMLElement>(null);
  useGovukComponent(ref, ServiceNavigation);
  return (
    <section ref={ref} aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <ServiceName />
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const isActive = item.isActive(pathname);
                const isCurrent = pathname === item.href;
                return (
                  <li key={item.href} className={`govuk-service-navigation__item${isActive ? ' govuk-service-navigation__item--active' : ''}`}>
                    <Link className="govuk-service-navigation__link" to={item.href} aria-current={isActive ? (isCurrent ? 'page' : 'true') : undefined}>
                      {isActive ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item">
                <Form method="post" action="/sign-out" className="app-inline-form">
                  <button type="submit" className="govuk-service-navigation__link app-button-link">
                    Sign out
                  </button>
                </Form>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

function ServiceName() {
  return (
    <span className="govuk-service-navigation__service-name">
      <Link to="/" className="govuk-service-navigation__link">
        Warrant
      </Link>
    </span>
  );
}

function SignedInAs({ user }: { user: TCurrentUser }) {
  const roles = user.roles.map((role) => ROLE_LABELS[role]).join(', ');
  return (
    <p className="govuk-body-s app-signed-in-as" data-testid="signed-in-user">
      Signed in as <strong>{user.displayName}</strong>
      {roles ? `, ${roles}` : ''}, {user.forceName ?? 'National'}
    </p>
  );
}

/** Inside the header (not before <main>) so that, like the rest of the page, it sits in a landmark. */
function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span className="govuk-phase-banner__text">This is a new service.</span>
      </p>
    </div>
  );
}

export function ServiceHeader({ user }: { user: TCurrentUser | null }) {
  return (
    <header className="govuk-template__header">
      {user ? (
        // Keyed by user so GOV.UK Frontend initialises the menu again for a different set of items.
        <NavigationList key={user.id} user={user} />
      ) : (
        <section aria-label="Service information" className="govuk-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <ServiceName />
            </div>
          </div>
        </section>
      )}
      <div className="govuk-width-container">
        <PhaseBanner />
        {user && <SignedInAs user={user} />}
      </div>
    </header>
  );
}
