// The vetting pages, mounted by web/src/routes/router.tsx inside the app shell (and its error boundary).
import type { RouteObject } from 'react-router';
import {
  adverseItemAction, adverseItemLoader, AdverseItemPage, appealDecisionAction, appealDecisionLoader, AppealDecisionPage, approvalAction, approvalLoader, ApprovalPage,
  checkAction, checkLoader, CheckPage, checklistAction, checklistLoader, ChecklistPage, lodgeAppealAction, lodgeAppealLoader, LodgeAppealPage,
} from './application-forms.page.js';
import { applicationOpenAction, applicationOpenLoader, ApplicationOpenPage } from './application-open.page.js';
import { applicationLoader, ApplicationPage } from './application.page.js';
import { clearancesLoader, ClearancesPage } from './clearances.page.js';
import { consistencyLoader, ConsistencyPage } from './consistency.page.js';
import { decisionAction, decisionCheckAction, decisionCheckLoader, DecisionCheckPage, decisionLoader, DecisionPage } from './decision.page.js';
import { hrActionAction, hrActionLoader, HrActionPage, hrActionsLoader, HrActionsPage } from './hr-actions.page.js';
import { nationalSecurityAction, nationalSecurityLoader, NationalSecurityPage } from './national-security-clearance.page.js';
import { randomRevettingAction, randomRevettingLoader, RandomRevettingPage } from './random-revetting.page.js';
import { integrityOverdueLoader, IntegrityOverduePage, integrityRecordAction, integrityRecordLoader, IntegrityRecordPage } from './integrity-reviews.page.js';
import {
  openReviewAction, openReviewLoader, OpenReviewPage, reviewListLoader, ReviewListPage, reviewLoader, ReviewPage, reviewStepAction, reviewStepLoader, ReviewStepPage,
} from './review.page.js';
import { vettingHomeLoader, VettingHomePage } from './vetting-home.page.js';

export const vettingRoutes: RouteObject[] = [
  { path: 'vetting', loader: vettingHomeLoader, element: <VettingHomePage /> },
  { path: 'vetting/applications/new', loader: applicationOpenLoader, action: applicationOpenAction, element: <ApplicationOpenPage /> },
  { path: 'vetting/applications/:id', loader: applicationLoader, element: <ApplicationPage /> },
  { path: 'vetting/applications/:id/checks/:checkType', loader: checkLoader, action: checkAction, element: <CheckPage /> },
  { path: 'vetting/applications/:id/adverse-items/new', loader: adverseItemLoader, action: adverseItemAction, element: <AdverseItemPage /> },
  { path: 'vetting/applications/:id/transferee-checklist', loader: checklistLoader, action: checklistAction, element: <ChecklistPage /> },
  { path: 'vetting/applications/:id/decision', loader: decisionLoader, action: decisionAction, element: <DecisionPage /> },
  { path: 'vetting/applications/:id/decision/check', loader: decisionCheckLoader, action: decisionCheckAction, element: <DecisionCheckPage /> },
  { path: 'vetting/applications/:id/approval', loader: approvalLoader, action: approvalAction, element: <ApprovalPage /> },
  { path: 'vetting/applications/:id/appeal', loader: lodgeAppealLoader, action: lodgeAppealAction, element: <LodgeAppealPage /> },
  { path: 'vetting/applications/:id/appeal-decision', loader: appealDecisionLoader, action: appealDecisionAction, element: <AppealDecisionPage /> },
  { path: 'vetting/clearances', loader: clearancesLoader, element: <ClearancesPage /> },
  { path: 'vetting/reviews', loader: reviewListLoader, element: <ReviewListPage /> },
  { path: 'vetting/reviews/new', loader: openReviewLoader, action: openReviewAction, element: <OpenReviewPage /> },
  { path: 'vetting/reviews/:id', loader: reviewLoader, element: <ReviewPage /> },
  { path: 'vetting/reviews/:id/steps/:action', loader: reviewStepLoader, action: reviewStepAction, element: <ReviewStepPage /> },
  { path: 'vetting/integrity-reviews', loader: integrityOverdueLoader, element: <IntegrityOverduePage /> },
  { path: 'vetting/integrity-reviews/new', loader: integrityRecordLoader, action: integrityRecordAction, element: <IntegrityRecordPage /> },
  { path: 'vetting/random-revetting', loader: randomRevettingLoader, action: randomRevettingAction, element: <RandomRevettingPage /> },
  { path: 'vetting/national-security-clearances/new', loader: nationalSecurityLoader, action: nationalSecurityAction, element: <NationalSecurityPage /> },
  { path: 'vetting/consistency', loader: consistencyLoader, element: <ConsistencyPage /> },
  { path: 'vetting/hr-actions', loader: hrActionsLoader, element: <HrActionsPage /> },
  { path: 'vetting/hr-actions/:id', loader: hrActionLoader, action: hrActionAction, element: <HrActionPage /> },
];
