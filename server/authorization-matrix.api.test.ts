// The authorization matrix: every API route × every role × a record in the user's force and one outside it.
// The expectations are written out here, not derived from the policy, so a change to shared/policy.ts that
// widens or narrows access fails this test until the table is deliberately updated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../shared/roles.js';
import { sql } from 'drizzle-orm';
import { cliContext } from './context.js';
import { queryRows } from './db/client.js';
import { createUser } from './modules/users/user.service.js';
import { createPerson } from './modules/people/person.service.js';
import { startWashRun } from './modules/national-index/data-wash.service.js';
import { insertReviews } from './modules/national-index/data-wash.repo.js';
import { plantHearingSubject, plantNotice } from './modules/hearings/hearing-fixtures.js';
import { allAnswers, plantSampledItem, plantVettingDecision } from './modules/quality-assurance/qa-fixtures.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from './testing/test-app.js';

type Case = { route: string; expected: Record<Role, string> };

// "in/out": status for a record in the user's force (MPS) / in another force (WMP).
// For searches: "in/out" is whether the MPS person / the WMP-only person appears (seen, hidden) or 403.
const R = (admin: string, psd: string, aa: string, cc: string, vo: string, vm: string, hr: string, analyst: string, auditor: string, chief: string): Record<Role, string> => ({
  system_administrator: admin, psd_investigator: psd, appropriate_authority: aa, counter_corruption: cc, vetting_officer: vo,
  vetting_manager: vm, hr, analyst, auditor, chief_officer: chief,
});

const MATRIX: Case[] = [
  { route: 'GET /api/forces', expected: R('200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200') },
  { route: 'GET /api/people', expected: R('403/403', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/hidden', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'GET /api/people/:id', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/404', '403/403', '200/200', '200/404') },
  { route: 'POST /api/people', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '201/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/people/:id/employments/:employmentId/end', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '403/403') },
  // HR records a move (source hr_record); the vetting declaration is tested in person.api.test.ts.
  { route: 'POST /api/people/:id/addresses', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '201/404', '403/403', '403/403', '403/403') },
  { route: 'GET /api/users', expected: R('200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/users', expected: R('201/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'PATCH /api/users/:id', expected: R('200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'POST /api/cases', expected: R('403/403', '201/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases/investigators', expected: R('403/403', '200/200', '403/403', '200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases/:id', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/404') },
  { route: 'GET /api/cases/:id/subjects/:subjectId/history', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/cases/:id/subjects/:subjectId/transitions', expected: R('403/403', '403/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/404') },
  // 409: allowed, but a Regulation 17 notice belongs to the investigation stage.
  { route: 'POST /api/cases/:id/subjects/:subjectId/regulation-17-notice', expected: R('403/403', '409/404', '403/403', '409/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/cases/:id/subjects/:subjectId/restrictions', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases/overdue', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'GET /api/cases/:id/subjects/:subjectId/comparables', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/404') },
  { route: 'POST /api/cases/:id/restrictions/:restrictionId/review', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/cases/:id/local-policing-body-reports', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // 409: allowed, but only a public complaint has a complainant to ask for a review.
  { route: 'POST /api/cases/:id/complainant-review', expected: R('403/403', '403/403', '409/404', '409/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/classification', expected: R('403/403', '200/200', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/people/:id/cases', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/national-index/checks', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '200/200', '403/403') },
  { route: 'GET /api/national-index/entries/:id', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '200/200', '403/403') },
  { route: 'POST /api/wash-runs', expected: R('403/403', '403/403', '403/403', '202/403', '403/403', '202/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/wash-runs', expected: R('403/403', '403/403', '403/403', '200/200', '403/403', '200/200', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/wash-runs/:id', expected: R('403/403', '403/403', '403/403', '200/404', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/match-reviews', expected: R('403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/match-reviews/:id', expected: R('403/403', '403/403', '403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/match-reviews/:id/decision', expected: R('403/403', '403/403', '403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/levels', expected: R('403/403', '403/403', '403/403', '403/403', '200/200', '200/200', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/vetting/applications', expected: R('403/403', '403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', 'seen/seen', '403/403') },
  { route: 'POST /api/vetting/applications', expected: R('403/403', '403/403', '403/403', '403/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/applications/:id', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/vetting/applications/:id/checks', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/applications/:id/adverse-items', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'PUT /api/vetting/applications/:id/transferee-checklist', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/applications/:id/decision', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  // Approval and appeal decisions: vetting managers only, never the decider (the fixture's decider is the force's vetting officer).
  { route: 'POST /api/vetting/applications/:id/approval', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/applications/:id/appeal', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/applications/:id/appeal/decision', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/clearances', expected: R('403/403', '403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', 'seen/seen', '403/403') },
  { route: 'GET /api/vetting/reviews', expected: R('403/403', '403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', 'seen/seen', '403/403') },
  { route: 'POST /api/vetting/reviews', expected: R('403/403', '403/403', '403/403', '403/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/reviews/:id', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/vetting/reviews/:id/steps', expected: R('403/403', '403/403', '403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/hr-actions', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', 'seen/hidden', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/reviews/:id/hr-action', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/integrity-reviews/overdue', expected: R('403/403', '403/403', '403/403', '403/403', '200/200', '200/200', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/vetting/integrity-reviews', expected: R('403/403', '403/403', '403/403', '403/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/vetting/random-revetting', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '201/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/random-revetting', expected: R('403/403', '403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', 'seen/seen', '403/403') },
  { route: 'POST /api/vetting/national-security-clearances', expected: R('403/403', '403/403', '403/403', '403/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/vetting/consistency', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '200/403', '403/403', '403/403', '200/200', '200/403') },
  // The vetting file (vetting unit, auditors), the status (PSD) or the outcome (HR); nothing for anyone else.
  { route: 'GET /api/people/:id/vetting', expected: R('403/403', '200/404', '200/404', '200/404', '200/404', '200/404', '200/404', '403/403', '200/200', '403/403') },
  // Insight: aggregates for analysts, auditors (national) and chief officers and appropriate authorities (own
  // force); the named people behind the repeat distribution for all but analysts. "in/out" = ?forceId=MPS / WMP.
  ...['disproportionality', 'disproportionality-trend', 'repeat-distribution', 'case-to-answer', 'timeliness'].flatMap((figure) => [`GET /api/insight/${figure}`, `GET /api/insight/${figure}.csv`]).map((route) => (
    { route, expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/200', '200/404') })),
  // The real-data figures (`warrant report` on the web): Insight's readers and reach. "in/out" = ?forceId=MPS / WMP.
  ...['GET /api/real-data/figures', 'GET /api/real-data/figures.csv'].map((route) => (
    { route, expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/200', '200/404') })),
  { route: 'GET /api/insight/repeat-distribution/people', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '200/404') },
  { route: 'GET /api/signals/alerts', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', 'seen/seen', '403/403') },
  { route: 'GET /api/signals/alerts/ageing', expected: R('403/403', '200/200', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/signals/fairness', expected: R('403/403', '200/200', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/signals/owners', expected: R('403/403', '403/403', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/signals/alerts/:id', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/signals/people/:id/risk', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/signals/alerts/:id/assignment', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/signals/alerts/:id/disposition', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/signals/rules', expected: R('200/200', '200/200', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  // A force administrator keeps its own force's rules; national rules need a national administrator.
  { route: 'POST /api/signals/rules', expected: R('201/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'PUT /api/signals/rules/:code', expected: R('200/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/signals/evaluations', expected: R('200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/audit/events', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/audit/verify', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  // Public complaint intake: the force's PSD investigators and appropriate authorities (triage queue: portal.api.test.ts).
  { route: 'GET /api/intake/complaints', expected: R('403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/intake/complaints/:id', expected: R('403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/intake/complaints/:id/route', expected: R('403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/intake/complaints/:id/case', expected: R('403/403', '201/404', '201/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/intake/complaints/:id/close', expected: R('403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // The mail outbox holds no force's records: an administrator of any force reads it.
  { route: 'GET /api/mail/outbox', expected: R('200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // The integrity line: the force's counter-corruption unit and appropriate authorities (the reporter's routes are UNSCOPED).
  { route: 'GET /api/integrity/reports', expected: R('403/403', '403/403', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/integrity/reports/:id', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/integrity/reports/:id/messages', expected: R('403/403', '403/403', '201/404', '201/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/integrity/reports/:id/status', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/integrity/reports/:id/case', expected: R('403/403', '403/403', '201/404', '201/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // Hearing notices: the force's appropriate authority drafts and publishes (the public pages are UNSCOPED).
  { route: 'GET /api/hearings/candidates', expected: R('403/403', '403/403', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/hearings/notices', expected: R('403/403', '403/403', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/hearings/notices', expected: R('403/403', '403/403', '201/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/hearings/notices/:id', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'PUT /api/hearings/notices/:id', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/hearings/notices/:id/publication', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/hearings/notices/:id/outcome', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/hearings/notices/:id/withdrawal', expected: R('403/403', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // Dip sampling: auditors (national), vetting managers and chief officers (own force) draw and review samples of
  // vetting decisions ("in/out" = a sample in MPS / WMP); decision-makers see and answer disagreements about their
  // own decisions ("in/out" = a decision of theirs in MPS / WMP).
  { route: 'GET /api/qa/checklists', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403', '403/403', '200/200', '200/200') },
  { route: 'GET /api/qa/checklists/versions', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/qa/checklists', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '201/201', '403/403') },
  { route: 'POST /api/qa/samples', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '201/403', '403/403', '403/403', '201/201', '201/403') },
  { route: 'GET /api/qa/samples', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', 'seen/hidden', '403/403', '403/403', 'seen/seen', 'seen/hidden') },
  ...['GET /api/qa/samples/:id', 'GET /api/qa/samples/:id/report', 'GET /api/qa/samples/:id/reproduction', 'GET /api/qa/items/:id', 'POST /api/qa/items/:id/review'].map((route) => (
    { route, expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '200/200', '200/404') })),
  { route: 'GET /api/qa/decision-reviews', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/qa/items/:id/response', expected: R('403/403', '200/404', '200/404', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
];

// Routes every signed-in user (or anyone) may call; they hold no records to scope.
const UNSCOPED = ['GET /api/health', 'GET /api/session', 'POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/auth/providers', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback',
  'GET /api/public/complaints/form', 'POST /api/public/complaints', 'POST /api/public/complaints/status-code', 'POST /api/public/complaints/status',
  'GET /api/public/integrity/form', 'POST /api/public/integrity/reports', 'POST /api/public/integrity/reports/open', 'POST /api/public/integrity/reports/messages',
  'GET /api/public/hearings', 'GET /api/public/forces/:forceId/hearings'];

let t: TestApp;
let outOfForceUserId: string;
let counter = 0;
let wmpAuthority: Session;

/** An open possible match in a force, as the data wash would leave it. */
async function plantReview(forceId: string, personId: string): Promise<string> {
  counter += 1;
  await insertReviews(t.database.db, [{ kind: 'open_case_elsewhere', forceId, personId, dedupeKey: `matrix-${counter}`, reasons: [] }]);
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from match_review where dedupe_key = ${`matrix-${counter}`}`);
  return row?.id ?? '';
}

/** A fresh case in MPS (in force) or WMP (out of force), so a step taken by one test never blocks the next. */
async function freshCase(side: 'in' | 'out'): Promise<{ id: string; subjectId: string; version: number }> {
  const session = side === 'in' ? await t.loginAs('appropriate_authority') : wmpAuthority;
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(session), payload: {
    forceId: side === 'in' ? 'MPS' : 'WMP', source: 'conduct_matter', summary: 'Matrix case', receivedOn: '2025-03-03',
    subjects: [{ personId: side === 'in' ? t.people.inForce.id : t.people.outOfForce.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] }],
  } });
  if (res.statusCode !== 201) throw new Error(`fresh case: ${res.body}`);
  const c = res.json() as { id: string; version: number; subjects: { id: string }[] };
  return { id: c.id, version: c.version, subjectId: c.subjects[0]?.id ?? '' };
}

const casesForFigures: Partial<Record<'in' | 'out', Promise<unknown>>> = {};

type VettingSide = { officer: Session; force: string };
let vetting: Record<'in' | 'out', VettingSide>;
const TODAY = new Date().toISOString().slice(0, 10);

/** A fresh person employed in the side's force, so vetting fixtures never share a clearance. */
async function vettingPerson(side: 'in' | 'out') {
  counter += 1;
  return createPerson({ db: t.database.db, ctx: cliContext(), input: {
    givenNames: 'Vetting', familyName: `Fixture${counter}q`, sex: 'male', otherNames: [],
    employment: { forceId: vetting[side].force, role: 'police_officer', startDate: '2020-01-01' },
  } });
}

type Application = { id: string; version: number; personId: string; adverseItems: { id: string }[]; checks: { checkType: string; required: boolean; result: string | null }[]; clearanceId: string | null };

/** An application in the side's force, taken as far as the route under test needs, by that force's own vetting officer. */
async function freshApplication(side: 'in' | 'out', stage: 'open' | 'checked' | 'awaiting_approval' | 'refused' | 'appeal_lodged' | 'granted', kind = 'new_joiner'): Promise<Application> {
  const { officer, force } = vetting[side];
  const person = await vettingPerson(side);
  const post = async (url: string, payload: Record<string, unknown>, status = 200): Promise<Application> => {
    const res = await t.app.inject({ method: 'POST', url, headers: as(officer), payload });
    if (res.statusCode !== status) throw new Error(`${url}: ${res.body}`);
    return res.json() as Application;
  };
  let a = await post('/api/vetting/applications', { forceId: force, personId: person.id, level: 'NPPV1', kind }, 201);
  if (stage === 'open') return a;
  for (const check of a.checks.filter((c) => c.required && c.result === null)) {
    a = await post(`/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: check.checkType, result: 'clear' });
  }
  if (stage === 'checked') return a;
  if (stage === 'granted') return post(`/api/vetting/applications/${a.id}/decision`, { version: a.version, outcome: 'granted', decidedOn: TODAY, rationale: 'Clear' });
  a = await post(`/api/vetting/applications/${a.id}/adverse-items`, { version: a.version, category: 'financial', disposal: 'none', source: 'Credit check', description: 'Debt' });
  const weighings = [{ itemId: a.adverseItems[0]?.id, weighing: 'Managed' }];
  if (stage === 'awaiting_approval') return post(`/api/vetting/applications/${a.id}/decision`, { version: a.version, outcome: 'granted', decidedOn: TODAY, rationale: 'r', weighings });
  a = await post(`/api/vetting/applications/${a.id}/decision`, { version: a.version, outcome: 'refused', decidedOn: TODAY, rationale: 'r', weighings });
  if (stage === 'refused') return a;
  return post(`/api/vetting/applications/${a.id}/appeal`, { version: a.version, lodgedOn: TODAY, grounds: 'g' });
}

type Review = { id: string; version: number; personId: string };

async function freshReview(side: 'in' | 'out', withdrawn = false): Promise<Review> {
  const { officer } = vetting[side];
  const granted = await freshApplication(side, 'granted');
  const res = await t.app.inject({ method: 'POST', url: '/api/vetting/reviews', headers: as(officer), payload: { personId: granted.personId, trigger: 'arrest', detail: 'Arrested' } });
  if (res.statusCode !== 201) throw new Error(`review: ${res.body}`);
  let review = res.json() as Review;
  if (!withdrawn) return review;
  for (const step of [{ action: 'serve_withdrawal_notice', representationsDue: '2099-01-01' }, { action: 'record_representations', accompaniedBy: 'none' }, { action: 'withdraw' }]) {
    const r = await t.app.inject({ method: 'POST', url: `/api/vetting/reviews/${review.id}/steps`, headers: as(officer), payload: { version: review.version, decidedOn: TODAY, rationale: 'r', ...step } });
    if (r.statusCode !== 200) throw new Error(`step: ${r.body}`);
    review = r.json() as Review;
  }
  return review;
}

/** An open alert on a fresh person of the force, as an evaluation would leave it. */
async function plantAlert(forceId: string): Promise<string> {
  counter += 1;
  const p = await createPerson({ db: t.database.db, ctx: cliContext(), input: { givenNames: 'Alert', familyName: `Planted${counter}`, sex: 'male', otherNames: [], employment: { forceId, role: 'police_officer', startDate: '2020-01-01' } } });
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`insert into signal_alert (person_id, rule_id, rule_version, force_id, status, severity, evidence, explanation)
    select ${p.id}, id, 1, ${forceId}, 'open', 'high', '{"allegationIds":[],"listEntryIds":[],"value":0}'::jsonb, 'planted' from signal_rule order by code limit 1 returning id`);
  return row?.id ?? '';
}

/** A rule belonging to a force, made directly so any role can be tested against it. */
/** A portal complaint waiting in a force's intake, as the public form would leave it. */
async function plantComplaint(forceId: string): Promise<string> {
  counter += 1;
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`insert into public_complaint (reference, force_id, officer_details, what_happened, complainant_name, email, preferred_contact, consented_at, received_on)
    values (${`MATRIX${String(counter).padStart(4, '2').slice(-4)}`}, ${forceId}, '{}'::jsonb, 'Matrix complaint', 'Matrix Complainant', 'matrix@example.test', 'email', now(), current_date) returning id`);
  return row?.id ?? '';
}

/** A report to a force's integrity line, as the reporter's form would leave it. */
async function plantIntegrityReport(forceId: string): Promise<string> {
  counter += 1;
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`insert into integrity_report (reference, passphrase_hash, force_id, category, summary, received_on, status_changed_on)
    values (${`MATRIXIL${String(counter).padStart(4, '0')}`}, 'not-a-hash', ${forceId}, 'corruption', 'Matrix report', current_date, current_date) returning id`);
  return row?.id ?? '';
}

/** A subject of the side's force with a misconduct hearing arranged, and (optionally) a notice for it. */
async function plantHearing(side: 'in' | 'out', notice?: { status: 'draft' | 'published'; hearingOn: string }) {
  const forceId = side === 'in' ? 'MPS' : 'WMP';
  const personId = side === 'in' ? t.people.inForce.id : t.people.outOfForce.id;
  const hearingOn = notice?.hearingOn ?? '2099-01-01';
  const planted = await plantHearingSubject(t.database.db, { forceId, personId, hearingOn });
  if (!notice) return { ...planted, noticeId: '', version: 0 };
  const published = notice.status === 'published';
  const n = await plantNotice(t.database.db, { forceId, caseId: planted.caseId, subjectId: planted.subjectId, createdBy: outOfForceUserId, hearingOn, status: notice.status,
    publishFrom: published ? hearingOn : null, publishUntil: published ? '2099-12-31' : null });
  return { ...planted, noticeId: n.id, version: n.version };
}

/** A one-item sample of a vetting decision in the side's force; `deciderId` made the decision. */
async function plantSample(side: 'in' | 'out', deciderId = outOfForceUserId, verdict: 'disagree' | null = null) {
  const forceId = side === 'in' ? 'MPS' : 'WMP';
  return plantSampledItem(t.database.db, { forceId, personId: side === 'in' ? t.people.inForce.id : t.people.outOfForce.id, deciderId, drawnBy: outOfForceUserId, verdict });
}

async function userIdOf(role: Role): Promise<string> {
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from app_user where email = ${t.emailOf(role)}`);
  return row?.id ?? '';
}

async function plantRule(forceId: string): Promise<string> {
  counter += 1;
  const code = `matrix-rule-${counter}`;
  const [rule] = await queryRows<{ id: string }>(t.database.db, sql`insert into signal_rule (code, force_id) values (${code}, ${forceId}) returning id`);
  await t.database.db.execute(sql`insert into signal_rule_version (rule_id, version, name, severity, definition, reason) values (${rule?.id}, 1, 'Matrix', 'low', ${JSON.stringify(SIGNAL_RULE)}::jsonb, 'test')`);
  return code;
}
const SIGNAL_RULE = { kind: 'count', windowMonths: 12, threshold: 9, filters: { tags: [], standards: [], categories: [], sources: [], excludeNoCaseToAnswer: false } };

beforeAll(async () => {
  t = await createTestApp();
  const wmpUser = await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'hr.wmp@test.warrant', displayName: 'WMP HR', roles: ['hr'], forceId: 'WMP', password: TEST_PASSWORD } });
  outOfForceUserId = wmpUser.id;
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
  wmpAuthority = await t.login('aa.wmp@test.warrant');
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'vo.wmp@test.warrant', displayName: 'WMP VO', roles: ['vetting_officer'], forceId: 'WMP', password: TEST_PASSWORD } });
  vetting = {
    in: { officer: await t.loginAs('vetting_officer'), force: 'MPS' },
    out: { officer: await t.login('vo.wmp@test.warrant'), force: 'WMP' },
  };
});
afterAll(() => t.close());

// One session per role: hundreds of calls would otherwise trip the login rate limit.
const sessions = new Map<Role, Session>();
async function sessionOf(role: Role): Promise<Session> {
  const cached = sessions.get(role);
  if (cached) return cached;
  const session = await t.loginAs(role);
  sessions.set(role, session);
  return session;
}

async function call(route: string, role: Role, side: 'in' | 'out'): Promise<string> {
  const session = await sessionOf(role);
  const headers = as(session);
  const force = side === 'in' ? 'MPS' : 'WMP';
  const person = side === 'in' ? t.people.inForce : t.people.outOfForce;
  counter += 1;
  if (route.startsWith('GET /api/insight/')) {
    return String((await t.app.inject({ method: 'GET', url: `${route.slice(4)}?forceId=${force}&year=2025`, headers })).statusCode);
  }
  switch (route) {
    case 'GET /api/real-data/figures':
    case 'GET /api/real-data/figures.csv': {
      // The figures need a case with a subject in the force (else 400: nothing imported).
      casesForFigures[side] ??= freshCase(side);
      await casesForFigures[side];
      const url = route === 'GET /api/real-data/figures' ? `/api/real-data/figures?forceId=${force}` : `/api/real-data/figures.csv?forceId=${force}&figure=alerts`;
      return String((await t.app.inject({ method: 'GET', url, headers })).statusCode);
    }
    case 'GET /api/people': {
      const name = side === 'in' ? 'brien' : 'adeyemi';
      const res = await t.app.inject({ method: 'GET', url: `/api/people?name=${name}`, headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      const ids = (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
      return ids.includes(person.id) ? 'seen' : 'hidden';
    }
    case 'GET /api/people/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers })).statusCode);
    case 'POST /api/people':
      return String((await t.app.inject({ method: 'POST', url: '/api/people', headers, payload: {
        givenNames: 'Test', familyName: `Person${counter}`, sex: 'male', employment: { forceId: force, role: 'police_staff', startDate: '2020-01-01' },
      } })).statusCode);
    case 'POST /api/users':
      return String((await t.app.inject({ method: 'POST', url: '/api/users', headers, payload: {
        email: `new${counter}@test.warrant`, displayName: 'New', roles: ['hr'], forceId: force, password: 'long enough password',
      } })).statusCode);
    case 'POST /api/people/:id/employments/:employmentId/end': {
      const fresh = await createPerson({ db: t.database.db, ctx: cliContext(), input: {
        givenNames: 'Leaver', familyName: `Number${counter}`, sex: 'female', otherNames: [],
        employment: { forceId: force, role: 'police_staff', startDate: '2015-01-01' },
      } });
      const employmentId = fresh.employments[0]?.id;
      return String((await t.app.inject({ method: 'POST', url: `/api/people/${fresh.id}/employments/${employmentId}/end`, headers, payload: { endDate: '2025-01-31', leavingReason: 'end_of_contract' } })).statusCode);
    }
    case 'POST /api/people/:id/addresses': {
      const fresh = await createPerson({ db: t.database.db, ctx: cliContext(), input: {
        givenNames: 'Mover', familyName: `Number${counter}`, sex: 'female', otherNames: [],
        employment: { forceId: force, role: 'police_staff', startDate: '2015-01-01' },
      } });
      return String((await t.app.inject({ method: 'POST', url: `/api/people/${fresh.id}/addresses`, headers, payload: { postcode: 'xa1 2bd', fromDate: '2020-05-01', source: 'hr_record' } })).statusCode);
    }
    case 'GET /api/cases': {
      const c = await freshCase(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/cases?pageSize=100&tag=information_misuse', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === c.id) ? 'seen' : 'hidden';
    }
    case 'POST /api/cases':
      return String((await t.app.inject({ method: 'POST', url: '/api/cases', headers, payload: {
        forceId: force, source: 'conduct_matter', summary: 'x', receivedOn: '2025-03-03',
        subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information' }] }],
      } })).statusCode);
    case 'GET /api/cases/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${(await freshCase(side)).id}`, headers })).statusCode);
    case 'GET /api/cases/:id/subjects/:subjectId/history': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}/subjects/${c.subjectId}/history`, headers })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/transitions': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/transitions`, headers, payload: { action: 'withdraw', version: c.version, rationale: 'r', decidedOn: '2025-03-04' } })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/regulation-17-notice': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/regulation-17-notice`, headers, payload: {
        version: c.version, servedOn: '2025-03-04',
        contents: { conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true, harmfulInformationWithheld: false },
      } })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/restrictions': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/restrictions`, headers, payload: { version: c.version, kind: 'restricted_duties', conditions: 'No public contact', decidedOn: '2025-03-04', reviewOn: '2025-06-04' } })).statusCode);
    }
    case 'GET /api/cases/overdue': {
      await freshCase(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/cases/overdue', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { byForce: { forceId: string }[] }).byForce.some((f) => f.forceId === force) ? 'seen' : 'hidden';
    }
    case 'GET /api/cases/:id/subjects/:subjectId/comparables': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}/subjects/${c.subjectId}/comparables`, headers })).statusCode);
    }
    case 'POST /api/cases/:id/restrictions/:restrictionId/review': {
      // The restriction is made by the force's own appropriate authority; the role under test reviews it.
      const c = await freshCase(side);
      const owner = side === 'in' ? await t.loginAs('appropriate_authority') : wmpAuthority;
      const made = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/restrictions`, headers: as(owner), payload: { version: c.version, kind: 'suspension', conditions: 'Suspended on full pay', decidedOn: '2025-03-04', reviewOn: '2025-04-04' } });
      const after = made.json() as { version: number; subjects: { restrictions: { id: string }[] }[] };
      const restrictionId = after.subjects[0]?.restrictions[0]?.id;
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/restrictions/${restrictionId}/review`, headers, payload: { version: after.version, reviewedOn: '2025-04-04', decision: 'continue', nextReviewOn: '2025-05-04', rationale: 'Still needed' } })).statusCode);
    }
    case 'POST /api/cases/:id/local-policing-body-reports': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/local-policing-body-reports`, headers, payload: { version: c.version, decidedOn: '2025-03-04', rationale: 'r' } })).statusCode);
    }
    case 'POST /api/cases/:id/complainant-review': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/complainant-review`, headers, payload: { version: c.version, body: 'iopc', requestedOn: '2025-03-04' } })).statusCode);
    }
    case 'GET /api/national-index/checks':
      return String((await t.app.inject({ method: 'GET', url: `/api/national-index/checks?givenNames=${encodeURIComponent(person.givenNames)}&familyName=${encodeURIComponent(person.familyName)}`, headers })).statusCode);
    case 'GET /api/national-index/entries/:id': {
      const { importListEntries } = await import('./modules/national-index/list-entry.service.js');
      await importListEntries({ db: t.database.db, ctx: cliContext(), rows: [{ list: 'barred', given_names: 'Matrix', family_name: `Entry${side}`, reason: 'r', decided_on: '2024-01-01', last_force: force }] });
      const [entry] = await queryRows<{ id: string }>(t.database.db, sql`select id from list_entry where family_name = ${`Entry${side}`}`);
      return String((await t.app.inject({ method: 'GET', url: `/api/national-index/entries/${entry?.id}`, headers })).statusCode);
    }
    case 'POST /api/wash-runs':
      return String((await t.app.inject({ method: 'POST', url: '/api/wash-runs', headers, payload: { forceId: force } })).statusCode);
    case 'GET /api/wash-runs/:id': {
      const run = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: force });
      return String((await t.app.inject({ method: 'GET', url: `/api/wash-runs/${run.id}`, headers })).statusCode);
    }
    case 'GET /api/match-reviews': {
      const id = await plantReview(force, person.id);
      const res = await t.app.inject({ method: 'GET', url: '/api/match-reviews?status=open', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { id: string }[]).some((r) => r.id === id) ? 'seen' : 'hidden';
    }
    case 'GET /api/match-reviews/:id': {
      const id = await plantReview(force, person.id);
      return String((await t.app.inject({ method: 'GET', url: `/api/match-reviews/${id}`, headers })).statusCode);
    }
    case 'POST /api/match-reviews/:id/decision': {
      const id = await plantReview(force, person.id);
      return String((await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers, payload: { decision: 'reject', reason: 'Different person' } })).statusCode);
    }
    case 'GET /api/vetting/applications': {
      const a = await freshApplication(side, 'open');
      const res = await t.app.inject({ method: 'GET', url: '/api/vetting/applications', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === a.id) ? 'seen' : 'hidden';
    }
    case 'POST /api/vetting/applications': {
      const p = await vettingPerson(side);
      return String((await t.app.inject({ method: 'POST', url: '/api/vetting/applications', headers, payload: { forceId: force, personId: p.id, level: 'NPPV1', kind: 'new_joiner' } })).statusCode);
    }
    case 'GET /api/vetting/applications/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/vetting/applications/${(await freshApplication(side, 'open')).id}`, headers })).statusCode);
    case 'POST /api/vetting/applications/:id/checks': {
      const a = await freshApplication(side, 'open');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/checks`, headers, payload: { version: a.version, checkType: 'pnc', result: 'clear' } })).statusCode);
    }
    case 'POST /api/vetting/applications/:id/adverse-items': {
      const a = await freshApplication(side, 'open');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/adverse-items`, headers, payload: { version: a.version, category: 'intelligence', disposal: 'none', source: 's', description: 'd' } })).statusCode);
    }
    case 'PUT /api/vetting/applications/:id/transferee-checklist': {
      const a = await freshApplication(side, 'open', 'transferee');
      return String((await t.app.inject({ method: 'PUT', url: `/api/vetting/applications/${a.id}/transferee-checklist`, headers, payload: { version: a.version, items: [{ item: 'reference_from_previous_force', note: 'Received' }] } })).statusCode);
    }
    case 'POST /api/vetting/applications/:id/decision': {
      const a = await freshApplication(side, 'checked');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/decision`, headers, payload: { version: a.version, outcome: 'granted', decidedOn: TODAY, rationale: 'Clear' } })).statusCode);
    }
    case 'POST /api/vetting/applications/:id/approval': {
      const a = await freshApplication(side, 'awaiting_approval');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/approval`, headers, payload: { version: a.version, approve: true, decidedOn: TODAY, rationale: 'Agreed' } })).statusCode);
    }
    case 'POST /api/vetting/applications/:id/appeal': {
      const a = await freshApplication(side, 'refused');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/appeal`, headers, payload: { version: a.version, lodgedOn: TODAY, grounds: 'g' } })).statusCode);
    }
    case 'POST /api/vetting/applications/:id/appeal/decision': {
      const a = await freshApplication(side, 'appeal_lodged');
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/applications/${a.id}/appeal/decision`, headers, payload: { version: a.version, result: 'dismissed', decidedOn: TODAY, rationale: 'r' } })).statusCode);
    }
    case 'GET /api/vetting/clearances': {
      const r = await freshReview(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/vetting/clearances?status=under_review', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { personId: string }[] }).items.some((i) => i.personId === r.personId) ? 'seen' : 'hidden';
    }
    case 'GET /api/vetting/reviews': {
      const r = await freshReview(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/vetting/reviews?open=true', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === r.id) ? 'seen' : 'hidden';
    }
    case 'POST /api/vetting/reviews': {
      const a = await freshApplication(side, 'granted');
      return String((await t.app.inject({ method: 'POST', url: '/api/vetting/reviews', headers, payload: { personId: a.personId, trigger: 'change_of_circumstances', detail: 'New partner with convictions' } })).statusCode);
    }
    case 'GET /api/vetting/reviews/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/vetting/reviews/${(await freshReview(side)).id}`, headers })).statusCode);
    case 'POST /api/vetting/reviews/:id/steps': {
      const r = await freshReview(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/reviews/${r.id}/steps`, headers, payload: { action: 'maintain', version: r.version, decidedOn: TODAY, rationale: 'No risk' } })).statusCode);
    }
    case 'GET /api/vetting/hr-actions': {
      const r = await freshReview(side, true);
      const res = await t.app.inject({ method: 'GET', url: '/api/vetting/hr-actions', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === r.id) ? 'seen' : 'hidden';
    }
    case 'POST /api/vetting/reviews/:id/hr-action': {
      const r = await freshReview(side, true);
      return String((await t.app.inject({ method: 'POST', url: `/api/vetting/reviews/${r.id}/hr-action`, headers, payload: { actionOn: TODAY, note: 'Dismissed' } })).statusCode);
    }
    case 'POST /api/vetting/integrity-reviews': {
      const a = await freshApplication(side, 'granted');
      return String((await t.app.inject({ method: 'POST', url: '/api/vetting/integrity-reviews', headers, payload: {
        personId: a.personId, completedOn: TODAY, declarations: { changesInCircumstances: 'None', associations: 'None', finances: 'None', businessInterests: 'None' }, supervisorAppraisal: 'Fine', concernsRaised: false,
      } })).statusCode);
    }
    case 'POST /api/vetting/random-revetting':
      return String((await t.app.inject({ method: 'POST', url: '/api/vetting/random-revetting', headers, payload: { forceId: force, year: 2021, share: 0.1 } })).statusCode);
    case 'GET /api/vetting/random-revetting': {
      // A 2019 draw in the side's force, as a vetting manager there would have left it.
      await t.database.db.execute(sql`insert into random_revetting_draw (force_id, year, share, eligible, selected, drawn_by)
        values (${force}, 2019, 0.05, 20, 1, (select id from app_user order by created_at limit 1)) on conflict do nothing`);
      const res = await t.app.inject({ method: 'GET', url: '/api/vetting/random-revetting', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { forceId: string; year: number }[] }).items.some((i) => i.forceId === force && i.year === 2019) ? 'seen' : 'hidden';
    }
    case 'POST /api/vetting/national-security-clearances': {
      const p = await vettingPerson(side);
      return String((await t.app.inject({ method: 'POST', url: '/api/vetting/national-security-clearances', headers, payload: { forceId: force, personId: p.id, level: 'SC', grantedOn: '2024-06-01', sponsor: 'CTP, NSV/2024/1' } })).statusCode);
    }
    case 'GET /api/vetting/consistency':
      return String((await t.app.inject({ method: 'GET', url: `/api/vetting/consistency?forceId=${force}`, headers })).statusCode);
    case 'GET /api/people/:id/vetting':
      return String((await t.app.inject({ method: 'GET', url: `/api/people/${person.id}/vetting`, headers })).statusCode);
    case 'GET /api/signals/alerts': {
      const id = await plantAlert(force);
      const res = await t.app.inject({ method: 'GET', url: '/api/signals/alerts', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === id) ? 'seen' : 'hidden';
    }
    case 'GET /api/signals/people/:id/risk':
      return String((await t.app.inject({ method: 'GET', url: `/api/signals/people/${person.id}/risk`, headers })).statusCode);
    case 'GET /api/signals/alerts/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/signals/alerts/${await plantAlert(force)}`, headers })).statusCode);
    case 'POST /api/signals/alerts/:id/assignment':
      return String((await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${await plantAlert(force)}/assignment`, headers, payload: { version: 1, ownerId: null } })).statusCode);
    case 'POST /api/signals/alerts/:id/disposition':
      return String((await t.app.inject({ method: 'POST', url: `/api/signals/alerts/${await plantAlert(force)}/disposition`, headers, payload: { version: 1, disposition: 'already_in_hand', reason: 'Known to PSD' } })).statusCode);
    case 'POST /api/signals/rules':
      return String((await t.app.inject({ method: 'POST', url: '/api/signals/rules', headers, payload: { code: `matrix-new-${counter}`, forceId: force, name: 'Matrix rule', severity: 'low', reason: 'test', definition: SIGNAL_RULE } })).statusCode);
    case 'PUT /api/signals/rules/:code':
      return String((await t.app.inject({ method: 'PUT', url: `/api/signals/rules/${await plantRule(force)}`, headers, payload: { name: 'Matrix rule', severity: 'low', reason: 'test', definition: SIGNAL_RULE } })).statusCode);
    case 'GET /api/people/:id/cases':
      return String((await t.app.inject({ method: 'GET', url: `/api/people/${person.id}/cases`, headers })).statusCode);
    case 'GET /api/intake/complaints': {
      const id = await plantComplaint(force);
      const res = await t.app.inject({ method: 'GET', url: '/api/intake/complaints?pageSize=100', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === id) ? 'seen' : 'hidden';
    }
    case 'GET /api/intake/complaints/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/intake/complaints/${await plantComplaint(force)}`, headers })).statusCode);
    case 'POST /api/intake/complaints/:id/route':
      return String((await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${await plantComplaint(force)}/route`, headers, payload: { forceId: side === 'in' ? 'WMP' : 'MPS' } })).statusCode);
    case 'POST /api/intake/complaints/:id/case':
      return String((await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${await plantComplaint(force)}/case`, headers, payload: {
        summary: 'Matrix complaint', subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'use_of_force', iopcCategory: 'police_powers', tags: [] }] }],
      } })).statusCode);
    case 'POST /api/intake/complaints/:id/close':
      return String((await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${await plantComplaint(force)}/close`, headers, payload: { reason: 'Not about the police' } })).statusCode);
    case 'GET /api/integrity/reports': {
      const id = await plantIntegrityReport(force);
      const res = await t.app.inject({ method: 'GET', url: '/api/integrity/reports?pageSize=100', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === id) ? 'seen' : 'hidden';
    }
    case 'GET /api/integrity/reports/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/integrity/reports/${await plantIntegrityReport(force)}`, headers })).statusCode);
    case 'POST /api/integrity/reports/:id/messages':
      return String((await t.app.inject({ method: 'POST', url: `/api/integrity/reports/${await plantIntegrityReport(force)}/messages`, headers, payload: { body: 'Thank you for your report' } })).statusCode);
    case 'POST /api/integrity/reports/:id/status':
      return String((await t.app.inject({ method: 'POST', url: `/api/integrity/reports/${await plantIntegrityReport(force)}/status`, headers, payload: { currentStatus: 'received', status: 'assessed' } })).statusCode);
    case 'POST /api/integrity/reports/:id/case':
      return String((await t.app.inject({ method: 'POST', url: `/api/integrity/reports/${await plantIntegrityReport(force)}/case`, headers, payload: {
        summary: 'Matrix report', restricted: false, subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information', tags: [] }] }],
      } })).statusCode);
    case 'GET /api/hearings/candidates': {
      const { subjectId } = await plantHearing(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/hearings/candidates', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { subjectId: string }[] }).items.some((i) => i.subjectId === subjectId) ? 'seen' : 'hidden';
    }
    case 'GET /api/hearings/notices': {
      const { noticeId } = await plantHearing(side, { status: 'draft', hearingOn: '2099-01-01' });
      const res = await t.app.inject({ method: 'GET', url: '/api/hearings/notices', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === noticeId) ? 'seen' : 'hidden';
    }
    case 'POST /api/hearings/notices': {
      const { subjectId } = await plantHearing(side);
      return String((await t.app.inject({ method: 'POST', url: '/api/hearings/notices', headers, payload: { subjectId, officerName: 'PC Matrix', allegationSummary: 'x', hearingOn: '2099-01-01', venue: 'HQ' } })).statusCode);
    }
    case 'GET /api/hearings/notices/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/hearings/notices/${(await plantHearing(side, { status: 'draft', hearingOn: '2099-01-01' })).noticeId}`, headers })).statusCode);
    case 'PUT /api/hearings/notices/:id': {
      const { noticeId, version } = await plantHearing(side, { status: 'draft', hearingOn: '2099-01-01' });
      return String((await t.app.inject({ method: 'PUT', url: `/api/hearings/notices/${noticeId}`, headers, payload: { version, officerName: 'PC Matrix', allegationSummary: 'x', hearingOn: '2099-01-02', venue: 'HQ' } })).statusCode);
    }
    case 'POST /api/hearings/notices/:id/publication': {
      const { noticeId, version } = await plantHearing(side, { status: 'draft', hearingOn: '2099-01-01' });
      return String((await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${noticeId}/publication`, headers, payload: { version, rationale: 'Held in public' } })).statusCode);
    }
    case 'POST /api/hearings/notices/:id/outcome': {
      const { noticeId, version } = await plantHearing(side, { status: 'published', hearingOn: '2025-01-06' });
      return String((await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${noticeId}/outcome`, headers, payload: { version, outcomeSummary: 'Final written warning', outcomeOn: '2025-01-07' } })).statusCode);
    }
    case 'POST /api/hearings/notices/:id/withdrawal': {
      const { noticeId, version } = await plantHearing(side, { status: 'published', hearingOn: '2099-01-01' });
      return String((await t.app.inject({ method: 'POST', url: `/api/hearings/notices/${noticeId}/withdrawal`, headers, payload: { version, reason: 'Adjourned' } })).statusCode);
    }
    case 'POST /api/qa/checklists': {
      // The case checklist, so the vetting samples planted for the other rows keep theirs.
      const [active] = await queryRows<{ id: string }>(t.database.db, sql`select id from qa_checklist where population = 'case_decision' and active`);
      return String((await t.app.inject({ method: 'POST', url: '/api/qa/checklists', headers, payload: {
        population: 'case_decision', replaces: active?.id, name: 'Case decision review', questions: ['Was the subject’s history in every force considered?'],
      } })).statusCode);
    }
    case 'POST /api/qa/samples': {
      await plantVettingDecision(t.database.db, { forceId: force, personId: person.id, deciderId: outOfForceUserId, decidedOn: '2025-06-01' });
      return String((await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers, payload: {
        name: 'Matrix sample', population: 'vetting_decision', forceId: force, periodFrom: '2025-01-01', periodTo: '2025-12-31', sizePerStratum: 1,
      } })).statusCode);
    }
    case 'GET /api/qa/samples': {
      const { sampleId } = await plantSample(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/qa/samples', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === sampleId) ? 'seen' : 'hidden';
    }
    case 'GET /api/qa/samples/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/qa/samples/${(await plantSample(side)).sampleId}`, headers })).statusCode);
    case 'GET /api/qa/samples/:id/report':
      return String((await t.app.inject({ method: 'GET', url: `/api/qa/samples/${(await plantSample(side)).sampleId}/report`, headers })).statusCode);
    case 'GET /api/qa/samples/:id/reproduction':
      return String((await t.app.inject({ method: 'GET', url: `/api/qa/samples/${(await plantSample(side)).sampleId}/reproduction`, headers })).statusCode);
    case 'GET /api/qa/items/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/qa/items/${(await plantSample(side)).itemId}`, headers })).statusCode);
    case 'POST /api/qa/items/:id/review':
      return String((await t.app.inject({ method: 'POST', url: `/api/qa/items/${(await plantSample(side)).itemId}/review`, headers, payload: { answers: await allAnswers(t.database.db, 'vetting_decision'), verdict: 'agree' } })).statusCode);
    case 'GET /api/qa/decision-reviews': {
      const { itemId } = await plantSample(side, await userIdOf(role), 'disagree');
      const res = await t.app.inject({ method: 'GET', url: '/api/qa/decision-reviews', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { itemId: string }[] }).items.some((i) => i.itemId === itemId) ? 'seen' : 'hidden';
    }
    case 'POST /api/qa/items/:id/response': {
      const { itemId } = await plantSample(side, await userIdOf(role), 'disagree');
      return String((await t.app.inject({ method: 'POST', url: `/api/qa/items/${itemId}/response`, headers, payload: { response: 'I have looked again' } })).statusCode);
    }
    case 'PATCH /api/users/:id': {
      const target = side === 'in' ? (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: t.emailOf('analyst'), password: TEST_PASSWORD } })).json().user.id : outOfForceUserId;
      return String((await t.app.inject({ method: 'PATCH', url: `/api/users/${target}`, headers, payload: { unlock: true } })).statusCode);
    }
    default: {
      const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT', string];
      return String((await t.app.inject({ method, url, headers })).statusCode);
    }
  }
}

describe('authorization matrix', () => {
  for (const { route, expected } of MATRIX) {
    for (const role of ROLES) {
      it(`${route} as ${role}: ${expected[role]}`, async () => {
        const got = `${await call(route, role, 'in')}/${await call(route, role, 'out')}`;
        expect(got).toBe(expected[role]);
      });
    }
  }

  it('covers every API route the server declares', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const declared = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const covered = new Set([...MATRIX.map((c) => c.route), ...UNSCOPED]);
    expect(declared.filter((r) => !covered.has(r))).toEqual([]);
    expect(declared.length).toBe(covered.size);
  });

  it('answers 401 problem+json to every protected route without a session', async () => {
    for (const { route } of MATRIX) {
      const [method, url] = route.replace(':id', t.people.inForce.id).replace(':subjectId', t.people.inForce.id).replace(':employmentId', t.people.inForce.id).replace(':restrictionId', t.people.inForce.id).replace(':code', 'x').split(' ') as ['GET' | 'POST' | 'PATCH' | 'PUT', string];
      const res = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, route).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('lets a national user of a force-scoped role reach every force', async () => {
    await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'hr.national@test.warrant', displayName: 'National HR', roles: ['hr'], forceId: null, password: TEST_PASSWORD } });
    const session = await t.login('hr.national@test.warrant');
    const res = await t.app.inject({ method: 'GET', url: `/api/people/${t.people.outOfForce.id}`, headers: as(session) });
    expect(res.statusCode).toBe(200);
  });
});
