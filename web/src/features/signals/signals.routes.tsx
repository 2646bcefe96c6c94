// The early-warning pages, mounted by web/src/routes/router.tsx inside the app shell (and its error boundary).
import type { RouteObject } from 'react-router';
import { alertQueueLoader, AlertQueuePage } from './alert-queue.page.js';
import { alertAction, alertLoader, AlertPage } from './alert.page.js';
import { ruleEditAction, ruleEditLoader, RuleEditPage, ruleNewAction, ruleNewLoader } from './rule-edit.page.js';
import { rulesAction, rulesLoader, RulesPage } from './rules.page.js';

export const signalRoutes: RouteObject[] = [
  { path: 'alerts', loader: alertQueueLoader, element: <AlertQueuePage /> },
  { path: 'alerts/rules', loader: rulesLoader, action: rulesAction, element: <RulesPage /> },
  { path: 'alerts/rules/new', loader: ruleNewLoader, action: ruleNewAction, element: <RuleEditPage /> },
  { path: 'alerts/rules/:code/edit', loader: ruleEditLoader, action: ruleEditAction, element: <RuleEditPage /> },
  { path: 'alerts/:id', loader: alertLoader, action: alertAction, element: <AlertPage /> },
];
