// A vetting application as the API returns it, for the unit tests of the pages' pure helpers.
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import { CHECK_TYPES, PREFILLED_CHECKS } from '../../../../shared/vetting-vocabulary.js';
import type { TAdverseItem, TVettingCheck } from './vetting.api.js';

export const APPLICATION_ID = '11111111-1111-4111-8111-111111111111';

export function check(checkType: TVettingCheck['checkType'], extra: Partial<TVettingCheck> = {}): TVettingCheck {
  const prefilled = PREFILLED_CHECKS.includes(checkType);
  return {
    checkType, required: true, result: prefilled ? 'clear' : null, reason: null, notes: prefilled ? 'No complaint or conduct case in any force.' : null,
    prefilled, recordedByName: null, recordedAt: null, detail: null, ...extra,
  };
}

export function adverseItem(extra: Partial<TAdverseItem> = {}): TAdverseItem {
  return {
    id: '22222222-2222-4222-8222-222222222222', category: 'financial', disposal: 'none', occurredOn: '2019-03-01', source: 'Credit reference agency',
    description: 'County court judgment, since satisfied', weighing: null, presumptionOfRefusal: false, ...extra,
  };
}

export function application(extra: Partial<TVettingApplication> = {}): TVettingApplication {
  const checks = extra.checks ?? CHECK_TYPES.map((type) => check(type));
  return {
    id: APPLICATION_ID, reference: 'MPS-V-2026-000001', forceId: 'MPS', forceName: 'Metropolitan Police Service', personId: '33333333-3333-4333-8333-333333333333',
    personName: 'Ada Applicant', dateOfBirth: '1990-04-01', level: 'RV', levelLabel: 'Recruitment Vetting', kind: 'new_joiner', state: 'checks_in_progress',
    openedOn: '2026-03-01', openedByName: 'Demo vetting officer', version: 3, checks,
    missingChecks: checks.filter((c) => c.required && c.result === null).map((c) => c.checkType),
    adverseItems: [], transfereeChecklist: null, decision: null, needsSecondApproval: false, clearanceId: null,
    history: { employments: [], cases: [], clearances: [] }, events: [],
    allowedActions: ['record_check', 'add_adverse_item', 'decide'],
    ...extra,
  };
}
