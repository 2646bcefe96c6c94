// Quality-assurance dip sampling (/quality-assurance…) and the decision-makers' page (/decision-reviews), mounted by
// web/src/routes/router.tsx inside the app shell (and its error boundary).
import type { RouteObject } from 'react-router';
import { checklistEditAction, checklistEditLoader, ChecklistEditPage, checklistsLoader, ChecklistsPage } from './checklists.page.js';
import { decisionReviewsAction, decisionReviewsLoader, DecisionReviewsPage } from './decision-reviews.page.js';
import { sampleDrawAction, sampleDrawLoader, SampleDrawPage } from './sample-draw.page.js';
import { sampleItemAction, sampleItemLoader, SampleItemPage } from './sample-item.page.js';
import { sampleReportLoader, SampleReportPage } from './sample-report.page.js';
import { sampleLoader, SamplePage } from './sample.page.js';
import { samplesLoader, SamplesPage } from './samples.page.js';

export const qaRoutes: RouteObject[] = [
  { path: 'quality-assurance', loader: samplesLoader, element: <SamplesPage /> },
  { path: 'quality-assurance/checklists', loader: checklistsLoader, element: <ChecklistsPage /> },
  { path: 'quality-assurance/checklists/:population', loader: checklistEditLoader, action: checklistEditAction, element: <ChecklistEditPage /> },
  { path: 'quality-assurance/new', loader: sampleDrawLoader, action: sampleDrawAction, element: <SampleDrawPage /> },
  { path: 'quality-assurance/items/:id', loader: sampleItemLoader, action: sampleItemAction, element: <SampleItemPage /> },
  { path: 'quality-assurance/:id', loader: sampleLoader, element: <SamplePage /> },
  { path: 'quality-assurance/:id/report', loader: sampleReportLoader, element: <SampleReportPage /> },
  { path: 'decision-reviews', loader: decisionReviewsLoader, action: decisionReviewsAction, element: <DecisionReviewsPage /> },
];
