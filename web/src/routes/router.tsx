import { createBrowserRouter } from 'react-router';
import { auditAction, auditLoader, AuditPage } from '../features/audit/audit.page.js';
import { signInAction, signInLoader, SignInPage } from '../features/auth/sign-in.page.js';
import { caseCreateAction, caseCreateLoader, CaseCreatePage } from '../features/cases/case-create.page.js';
import { caseDecisionAction, caseDecisionLoader, CaseDecisionPage } from '../features/cases/case-decision.page.js';
import { caseListLoader, CaseListPage } from '../features/cases/case-list.page.js';
import { caseOversightLoader, CaseOversightPage } from '../features/cases/case-oversight.page.js';
import { caseLoader, CasePage } from '../features/cases/case.page.js';
import { complainantReviewAction, complainantReviewLoader, ComplainantReviewPage } from '../features/cases/complainant-review.page.js';
import { localPolicingBodyReportAction, localPolicingBodyReportLoader, LocalPolicingBodyReportPage } from '../features/cases/local-policing-body-report.page.js';
import { regulation17NoticeAction, regulation17NoticeLoader, Regulation17NoticePage } from '../features/cases/regulation-17-notice.page.js';
import { restrictionAction, restrictionLoader, RestrictionPage } from '../features/cases/restriction.page.js';
import { restrictionReviewAction, restrictionReviewLoader, RestrictionReviewPage } from '../features/cases/restriction-review.page.js';
import { signOutAction, signOutLoader } from '../features/auth/sign-out.route.js';
import { insightPeopleLoader, InsightPeoplePage } from '../features/insight/insight-people.page.js';
import { insightLoader, InsightPage } from '../features/insight/insight.page.js';
import { realDataLoader, RealDataPage } from '../features/real-data/real-data.page.js';
import { addressRecordAction, addressRecordLoader, AddressRecordPage } from '../features/people/address-record.page.js';
import { personCreateAction, personCreateLoader, PersonCreatePage } from '../features/people/person-create.page.js';
import { personSearchLoader, PersonSearchPage } from '../features/people/person-search.page.js';
import { personLoader, PersonPage } from '../features/people/person.page.js';
import { usersAction, usersLoader, UsersPage } from '../features/users/users.page.js';
import { vettingRoutes } from '../features/vetting/vetting.routes.js';
import { signalRoutes } from '../features/signals/signals.routes.js';
import { portalRoutes } from '../features/portal/portal.routes.js';
import { integrityLineRoutes } from '../features/integrity-line/integrity-line.routes.js';
import { hearingRoutes } from '../features/hearings/hearings.routes.js';
import { qaRoutes } from '../features/quality-assurance/qa.routes.js';
import { listCheckLoader, ListCheckPage } from '../features/national-index/list-check.page.js';
import { listEntryLoader, ListEntryPage } from '../features/national-index/list-entry.page.js';
import { matchReviewAction, matchReviewLoader, MatchReviewPage } from '../features/national-index/match-review.page.js';
import { matchReviewsLoader, MatchReviewsPage } from '../features/national-index/match-reviews.page.js';
import { washRunStartAction, washRunStartLoader, WashRunStartPage } from '../features/national-index/wash-run-start.page.js';
import { washRunLoader, WashRunPage } from '../features/national-index/wash-run.page.js';
import { washRunsLoader, WashRunsPage } from '../features/national-index/wash-runs.page.js';
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
            { path: 'people/:id/addresses/new', loader: addressRecordLoader, action: addressRecordAction, element: <AddressRecordPage /> },
            { path: 'cases', loader: caseListLoader, element: <CaseListPage /> },
            { path: 'cases/new', loader: caseCreateLoader, action: caseCreateAction, element: <CaseCreatePage /> },
            { path: 'cases/oversight', loader: caseOversightLoader, element: <CaseOversightPage /> },
            { path: 'cases/:id', loader: caseLoader, element: <CasePage /> },
            { path: 'cases/:id/local-policing-body-report', loader: localPolicingBodyReportLoader, action: localPolicingBodyReportAction, element: <LocalPolicingBodyReportPage /> },
            { path: 'cases/:id/complainant-review', loader: complainantReviewLoader, action: complainantReviewAction, element: <ComplainantReviewPage /> },
            {
              path: 'cases/:id/subjects/:subjectId/regulation-17-notice',
              loader: regulation17NoticeLoader,
              action: regulation17NoticeAction,
              element: <Regulation17NoticePage />,
            },
            { path: 'cases/:id/subjects/:subjectId/restriction', loader: restrictionLoader, action: restrictionAction, element: <RestrictionPage /> },
            { path: 'cases/:id/restrictions/:restrictionId/review', loader: restrictionReviewLoader, action: restrictionReviewAction, element: <RestrictionReviewPage /> },
            { path: 'cases/:id/subjects/:subjectId/:action', loader: caseDecisionLoader, action: caseDecisionAction, element: <CaseDecisionPage /> },
            { path: 'list-checks', loader: listCheckLoader, element: <ListCheckPage /> },
            { path: 'list-checks/entries/:id', loader: listEntryLoader, element: <ListEntryPage /> },
            { path: 'data-wash', loader: washRunsLoader, element: <WashRunsPage /> },
            { path: 'data-wash/new', loader: washRunStartLoader, action: washRunStartAction, element: <WashRunStartPage /> },
            { path: 'data-wash/:id', loader: washRunLoader, element: <WashRunPage /> },
            { path: 'match-reviews', loader: matchReviewsLoader, element: <MatchReviewsPage /> },
            { path: 'match-reviews/:id', loader: matchReviewLoader, action: matchReviewAction, element: <MatchReviewPage /> },
            { path: 'admin/users', loader: usersLoader, action: usersAction, element: <UsersPage /> },
            { path: 'insight', loader: insightLoader, element: <InsightPage /> },
            { path: 'insight/people', loader: insightPeopleLoader, element: <InsightPeoplePage /> },
            { path: 'real-data', loader: realDataLoader, element: <RealDataPage /> },
            ...vettingRoutes,
            ...signalRoutes,
            ...portalRoutes,
            ...integrityLineRoutes,
            ...hearingRoutes,
            ...qaRoutes,
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
