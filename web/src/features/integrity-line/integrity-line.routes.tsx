// The anonymous integrity line: the reporter's public pages (/integrity-line…, no sign-in) and the handler's pages
// (/integrity-reports…, integrity:handle), mounted by web/src/routes/router.tsx inside the app shell.
import type { RouteObject } from 'react-router';
import { IntegrityLineStartPage } from './integrity-line-start.page.js';
import { reportCaseAction, reportCaseLoader, ReportCasePage } from './integrity-report-case.page.js';
import { reportConfirmationLoader, ReportConfirmationPage, reportFormAction, reportFormLoader, ReportFormPage } from './integrity-report-form.page.js';
import { reportOpenAction, reportOpenLoader, ReportOpenPage } from './integrity-report-open.page.js';
import { reportAction, reportLoader, ReportPage } from './integrity-report.page.js';
import { reportsLoader, ReportsPage } from './integrity-reports.page.js';

export const integrityLineRoutes: RouteObject[] = [
  { path: 'integrity-line', element: <IntegrityLineStartPage /> },
  { path: 'integrity-line/report', loader: reportFormLoader, action: reportFormAction, element: <ReportFormPage /> },
  { path: 'integrity-line/confirmation', loader: reportConfirmationLoader, element: <ReportConfirmationPage /> },
  { path: 'integrity-line/open', loader: reportOpenLoader, action: reportOpenAction, element: <ReportOpenPage /> },
  { path: 'integrity-reports', loader: reportsLoader, element: <ReportsPage /> },
  { path: 'integrity-reports/:id', loader: reportLoader, action: reportAction, element: <ReportPage /> },
  { path: 'integrity-reports/:id/case', loader: reportCaseLoader, action: reportCaseAction, element: <ReportCasePage /> },
];
