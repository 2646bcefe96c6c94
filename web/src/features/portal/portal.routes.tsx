// The public complaint portal (/complain…, no sign-in), staff intake of its complaints (/intake…) and the mail
// outbox, mounted by web/src/routes/router.tsx inside the app shell (and its error boundary).
import type { RouteObject } from 'react-router';
import { checkAnswersAction, checkAnswersLoader, CheckAnswersPage, confirmationLoader, ConfirmationPage } from './complaint-check-answers.page.js';
import { progressCodeAction, progressCodeLoader, ProgressCodePage, progressStartAction, ProgressStartPage, progressStatusLoader, ProgressStatusPage } from './complaint-progress.page.js';
import {
  accessibilityQuestionAction, accessibilityQuestionLoader, AccessibilityQuestionPage, consentQuestionAction, consentQuestionLoader, ConsentQuestionPage,
  contactQuestionAction, contactQuestionLoader, ContactQuestionPage, forceQuestionAction, forceQuestionLoader, ForceQuestionPage, officerQuestionAction,
  officerQuestionLoader, OfficerQuestionPage, whatHappenedQuestionAction, whatHappenedQuestionLoader, WhatHappenedQuestionPage, whenWhereQuestionAction,
  whenWhereQuestionLoader, WhenWhereQuestionPage,
} from './complaint-questions.page.js';
import { ComplaintStartPage } from './complaint-start.page.js';
import {
  intakeCloseAction, intakeCloseLoader, IntakeClosePage, intakeComplaintLoader, IntakeComplaintPage, intakeRouteAction, intakeRouteLoader, IntakeRoutePage,
} from './intake-complaint.page.js';
import { intakeListLoader, IntakeListPage } from './intake-list.page.js';
import { intakeRecordAction, intakeRecordLoader, IntakeRecordPage } from './intake-record.page.js';
import { outboxLoader, OutboxPage } from './outbox.page.js';

export const portalRoutes: RouteObject[] = [
  { path: 'complain', element: <ComplaintStartPage /> },
  { path: 'complain/force', loader: forceQuestionLoader, action: forceQuestionAction, element: <ForceQuestionPage /> },
  { path: 'complain/officer', loader: officerQuestionLoader, action: officerQuestionAction, element: <OfficerQuestionPage /> },
  { path: 'complain/when-and-where', loader: whenWhereQuestionLoader, action: whenWhereQuestionAction, element: <WhenWhereQuestionPage /> },
  { path: 'complain/what-happened', loader: whatHappenedQuestionLoader, action: whatHappenedQuestionAction, element: <WhatHappenedQuestionPage /> },
  { path: 'complain/contact', loader: contactQuestionLoader, action: contactQuestionAction, element: <ContactQuestionPage /> },
  { path: 'complain/accessibility', loader: accessibilityQuestionLoader, action: accessibilityQuestionAction, element: <AccessibilityQuestionPage /> },
  { path: 'complain/consent', loader: consentQuestionLoader, action: consentQuestionAction, element: <ConsentQuestionPage /> },
  { path: 'complain/check-answers', loader: checkAnswersLoader, action: checkAnswersAction, element: <CheckAnswersPage /> },
  { path: 'complain/confirmation', loader: confirmationLoader, element: <ConfirmationPage /> },
  { path: 'complain/progress', action: progressStartAction, element: <ProgressStartPage /> },
  { path: 'complain/progress/code', loader: progressCodeLoader, action: progressCodeAction, element: <ProgressCodePage /> },
  { path: 'complain/progress/status', loader: progressStatusLoader, element: <ProgressStatusPage /> },
  { path: 'intake', loader: intakeListLoader, element: <IntakeListPage /> },
  { path: 'intake/:id', loader: intakeComplaintLoader, element: <IntakeComplaintPage /> },
  { path: 'intake/:id/record', loader: intakeRecordLoader, action: intakeRecordAction, element: <IntakeRecordPage /> },
  { path: 'intake/:id/route', loader: intakeRouteLoader, action: intakeRouteAction, element: <IntakeRoutePage /> },
  { path: 'intake/:id/close', loader: intakeCloseLoader, action: intakeCloseAction, element: <IntakeClosePage /> },
  { path: 'admin/outbox', loader: outboxLoader, element: <OutboxPage /> },
];
