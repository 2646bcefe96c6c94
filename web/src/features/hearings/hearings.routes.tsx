// Hearing notices: the public pages (/hearings…, no sign-in) and the appropriate authority's notices
// (/hearing-notices…), mounted by web/src/routes/router.tsx inside the app shell (and its error boundary).
import type { RouteObject } from 'react-router';
import { hearingNoticeLoader, HearingNoticePage } from './hearing-notice.page.js';
import {
  noticeDraftAction, noticeDraftLoader, NoticeDraftPage, noticeEditAction, noticeEditLoader, NoticeEditPage, noticeOutcomeAction, NoticeOutcomePage, noticePublishAction,
  NoticePublishPage, noticeStepLoader, noticeWithdrawAction, NoticeWithdrawPage,
} from './hearing-notice-forms.page.js';
import { hearingNoticesLoader, HearingNoticesPage } from './hearing-notices.page.js';
import { publicForceHearingsLoader, PublicForceHearingsPage, publicHearingForcesLoader, PublicHearingForcesPage } from './public-hearings.page.js';

export const hearingRoutes: RouteObject[] = [
  { path: 'hearings', loader: publicHearingForcesLoader, element: <PublicHearingForcesPage /> },
  { path: 'hearings/:forceId', loader: publicForceHearingsLoader, element: <PublicForceHearingsPage /> },
  { path: 'hearing-notices', loader: hearingNoticesLoader, element: <HearingNoticesPage /> },
  { path: 'hearing-notices/new', loader: noticeDraftLoader, action: noticeDraftAction, element: <NoticeDraftPage /> },
  { path: 'hearing-notices/:id', loader: hearingNoticeLoader, element: <HearingNoticePage /> },
  { path: 'hearing-notices/:id/edit', loader: noticeEditLoader, action: noticeEditAction, element: <NoticeEditPage /> },
  { path: 'hearing-notices/:id/publish', loader: noticeStepLoader, action: noticePublishAction, element: <NoticePublishPage /> },
  { path: 'hearing-notices/:id/outcome', loader: noticeStepLoader, action: noticeOutcomeAction, element: <NoticeOutcomePage /> },
  { path: 'hearing-notices/:id/withdraw', loader: noticeStepLoader, action: noticeWithdrawAction, element: <NoticeWithdrawPage /> },
];
