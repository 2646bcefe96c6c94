import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { applicationEventDetails } from './application.page.js';
import { clearanceStatusFrom } from './clearances.page.js';
import { periodFrom } from './consistency.page.js';
import { applicationCriteriaFrom, applicationListHref } from './vetting-home.page.js';
import { vettingFormErrors } from './vetting-form-reader.js';
import {
  parseAdverseItemForm, parseApprovalForm, parseCheckForm, parseChecklistForm, parseHrActionForm, parseIntegrityReviewForm, parseOpenApplicationForm, parseReviewStepForm,
} from './vetting-forms.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
const date = (name: string, iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};
const messages = (parsed: { errors: { message: string }[] }) => parsed.errors.map((e) => e.message);

describe('the check form', () => {
  it('records a result with notes, and needs a reason only when the check could not be completed', () => {
    expect(parseCheckForm(form({ version: '4', result: 'adverse', notes: ' Caution 2015 ' }), 'pnc').request).toEqual({ version: 4, checkType: 'pnc', result: 'adverse', reason: null, notes: 'Caution 2015' });
    expect(messages(parseCheckForm(form({ version: '4', result: 'not_completed' }), 'pnd'))).toEqual(['Enter why the check could not be completed']);
    expect(parseCheckForm(form({ version: '4', result: 'clear', reason: 'stale text' }), 'pnd').request).toMatchObject({ reason: null, notes: null });
    expect(messages(parseCheckForm(form({ version: '4' }), 'pnd'))).toEqual(['Select the result of the check']);
  });
});

describe('the adverse item form', () => {
  it('reads an item, with an optional date that cannot be in the future', () => {
    expect(parseAdverseItemForm(form({ version: '2', category: 'dishonesty', disposal: 'conviction', ...date('occurredOn', '2011-06-01'), source: 'PNC', description: 'Theft' })).request)
      .toEqual({ version: 2, category: 'dishonesty', disposal: 'conviction', occurredOn: '2011-06-01', source: 'PNC', description: 'Theft' });
    expect(parseAdverseItemForm(form({ version: '2', category: 'financial', disposal: 'none', source: 'CRA', description: 'CCJ' })).request?.occurredOn).toBeNull();
    expect(messages(parseAdverseItemForm(form({ version: '2', category: 'tea_leaves' })))).toEqual([
      'Select the category of adverse information',
      'Select whether it led to a conviction or a caution',
      'Enter where the information came from',
      'Describe the adverse information',
    ]);
  });
});

describe('the transferee checklist form', () => {
  it('sends only the items with a note, and needs at least one', () => {
    expect(parseChecklistForm(form({ version: '5', 'items-previous_force_vetting_file': 'Received from WMP', 'items-sickness_and_attendance': '  ' })).request).toEqual({
      version: 5, items: [{ item: 'previous_force_vetting_file', note: 'Received from WMP' }],
    });
    expect(parseChecklistForm(form({ version: '5' })).errors.map((e) => [e.href, e.message])).toEqual([['#items-previous_force_vetting_file', 'Record what was received for at least one item']]);
  });
});

describe('the second approval form', () => {
  it('approves or sends back, never before the decision', () => {
    expect(parseApprovalForm(form({ version: '8', approve: 'yes', rationale: 'Agree', ...date('decidedOn', '2026-03-12') }), '2026-03-10').request).toEqual({ version: 8, approve: true, decidedOn: '2026-03-12', rationale: 'Agree' });
    expect(messages(parseApprovalForm(form({ version: '8', approve: 'no', ...date('decidedOn', '2026-03-09') }), '2026-03-10'))).toEqual([
      'Enter why you are sending the decision back',
      'Date decided must not be before the decision (10 March 2026)',
    ]);
  });
});

describe('the review step form', () => {
  it('serves a withdrawal notice with representations due after it', () => {
    const base = { version: '3', rationale: 'Arrested for fraud', ...date('decidedOn', '2026-04-01') };
    expect(parseReviewStepForm(form({ ...base, ...date('representationsDue', '2026-04-15') }), 'serve_withdrawal_notice', '2026-03-20').request)
      .toEqual({ action: 'serve_withdrawal_notice', version: 3, decidedOn: '2026-04-01', rationale: 'Arrested for fraud', representationsDue: '2026-04-15' });
    expect(messages(parseReviewStepForm(form({ ...base, ...date('representationsDue', '2026-04-01') }), 'serve_withdrawal_notice', '2026-03-20')))
      .toEqual(['Date representations are due must be after the notice is served']);
  });

  it('asks who accompanied the officer, and the result of an appeal', () => {
    const base = { version: '3', rationale: 'Said', ...date('decidedOn', '2026-04-01') };
    expect(parseReviewStepForm(form({ ...base, accompaniedBy: 'lawyer' }), 'record_representations', '2026-03-20').request).toMatchObject({ action: 'record_representations', accompaniedBy: 'lawyer' });
    expect(messages(parseReviewStepForm(form(base), 'decide_panel_appeal', '2026-03-20'))).toEqual(['Select the result of the appeal']);
    expect(messages(parseReviewStepForm(form({ version: '3', ...date('decidedOn', '2026-03-01') }), 'appeal_to_panel', '2026-03-20')))
      .toEqual(['Enter the grounds of appeal', 'Date must not be before the review was opened (20 March 2026)']);
  });
});

describe('the integrity review, HR action and new application forms', () => {
  it('records the four declarations, the appraisal and whether concerns were raised', () => {
    const personId = '33333333-3333-4333-8333-333333333333';
    expect(parseIntegrityReviewForm(form({
      'declarations-changesInCircumstances': 'None', 'declarations-associations': 'None', 'declarations-finances': 'No change', 'declarations-businessInterests': 'None',
      supervisorAppraisal: 'No concerns', concernsRaised: 'no', ...date('completedOn', '2026-05-01'),
    }), personId).request).toEqual({
      personId, completedOn: '2026-05-01', declarations: { changesInCircumstances: 'None', associations: 'None', finances: 'No change', businessInterests: 'None' }, supervisorAppraisal: 'No concerns', concernsRaised: false,
    });
    expect(parseIntegrityReviewForm(form({}), personId).errors.map((e) => e.field)).toEqual([
      'declarations.changesInCircumstances', 'declarations.associations', 'declarations.finances', 'declarations.businessInterests', 'supervisorAppraisal', 'concernsRaised', 'completedOn',
    ]);
  });

  it('records HR’s action no earlier than the withdrawal', () => {
    expect(messages(parseHrActionForm(form({ note: 'Dismissed', ...date('actionOn', '2026-04-30') }), '2026-05-01'))).toEqual(['Date of the action must not be before the withdrawal (1 May 2026)']);
  });

  it('opens an application in the user’s own force, with a level the API knows', () => {
    const personId = '33333333-3333-4333-8333-333333333333';
    expect(parseOpenApplicationForm(form({ personId, level: 'RV', kind: 'transferee' }), { levels: ['RV', 'MV'], forceId: 'MPS' }).request).toEqual({ personId, level: 'RV', kind: 'transferee', forceId: 'MPS' });
    expect(messages(parseOpenApplicationForm(form({ level: 'XX' }), { levels: ['RV'], forceId: 'MPS' }))).toEqual([
      'Search for and select the person being vetted', 'Select the vetting level', 'Select the kind of application',
    ]);
  });
});

describe('API errors on a vetting form', () => {
  it('puts a field error next to its field, and a refused step or stale version at the top', () => {
    const labels = { rebuttal: 'Rebuttal', decidedOn: 'Date decided' };
    const field = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'rebuttal', message: 'a conviction for dishonesty leads to refusal unless you record why' }] });
    expect(vettingFormErrors(field, { labels, what: 'application', reloadHref: '/x' })).toEqual([
      { field: 'rebuttal', href: '#rebuttal', message: 'Rebuttal: a conviction for dishonesty leads to refusal unless you record why' },
    ]);
    const conflict = new ApiError({ status: 409, code: 'CONFLICT', detail: 'A decision cannot be recorded until every required check has a result.', errors: [{ path: 'checks.pnc', message: 'no result recorded' }] });
    expect(vettingFormErrors(conflict, { labels, what: 'application', reloadHref: '/x' })).toEqual([
      { field: '_form', href: '', message: 'A decision cannot be recorded until every required check has a result.' },
    ]);
    // A refused step keeps the server's sentence, linked to the field it is about.
    const early = new ApiError({ status: 409, code: 'CONFLICT', detail: 'The officer has until 2026-12-04 to make representations; record them or wait until then', errors: [{ path: 'decidedOn', message: 'representations due 2026-12-04' }] });
    expect(vettingFormErrors(early, { labels, dateFields: ['decidedOn'], what: 'review', reloadHref: '/x' })).toEqual([
      { field: 'decidedOn', href: '#decidedOn-day', message: 'The officer has until 2026-12-04 to make representations; record them or wait until then' },
    ]);
    const stale = new ApiError({ status: 409, code: 'STALE_VERSION', errors: [{ path: 'version', message: 'out of date' }] });
    expect(vettingFormErrors(stale, { labels, what: 'review', reloadHref: '/vetting/reviews/1' })[0]).toMatchObject({ href: '/vetting/reviews/1', message: expect.stringMatching(/^The review was changed by someone else/) });
  });
});

describe('list filters and timeline details', () => {
  it('keeps only states and pages the API accepts', () => {
    expect(applicationCriteriaFrom(new URLSearchParams('state=awaiting_approval&page=3'))).toEqual({ state: 'awaiting_approval', page: 3 });
    expect(applicationCriteriaFrom(new URLSearchParams('state=lost&page=-1'))).toEqual({ state: undefined, page: undefined });
    expect(applicationListHref({ state: 'granted' }, 2)).toBe('/vetting?state=granted&page=2');
    expect(clearanceStatusFrom(new URLSearchParams('status=conditions_due'))).toBe('conditions_due');
    expect(clearanceStatusFrom(new URLSearchParams('status=everything'))).toBe('expiring');
  });

  it('reads the consistency period, refusing a start after the end', () => {
    expect(periodFrom(new URLSearchParams())).toEqual({ from: null, to: null, errors: [] });
    const params = new URLSearchParams({ ...date('from', '2026-03-01'), ...date('to', '2026-01-01') });
    expect(periodFrom(params).errors.map((e) => e.message)).toEqual(['Start date must be on or before the end date']);
  });

  it('says what each application event recorded', () => {
    const event = (action: string, data: Record<string, unknown>) => ({ id: action, action, actorName: null, actedOn: '2026-03-01', rationale: null, data });
    expect(applicationEventDetails(event('record_check', { checkType: 'pnc', result: 'not_completed' }))).toEqual(['Police National Computer (PNC): could not complete']);
    expect(applicationEventDetails(event('decide', { outcome: 'granted_with_conditions', awaitingApproval: true, rebuttal: null }))).toEqual(['Granted with risk-mitigation conditions', 'Waiting for a second approval']);
    expect(applicationEventDetails(event('decide_appeal', { result: 'upheld' }))).toEqual(['Appeal upheld: the refusal is overturned and clearance granted']);
    expect(applicationEventDetails(event('open_application', { level: 'RV', kind: 're_joiner' }))).toEqual(['RV, re-joiner']);
  });
});
