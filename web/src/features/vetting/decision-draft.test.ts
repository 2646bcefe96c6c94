import { describe, expect, it } from 'vitest';
import { todayIso } from '../../components/date-input.js';
import {
  clearDecisionDraft, conditionsFrom, decisionAnswers, formValuesFrom, loadDecisionDraft, needsSecondApproval, parseDecisionForm, saveDecisionDraft,
} from './decision-draft.js';
import { adverseItem, application, APPLICATION_ID } from './vetting-fixtures.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
const date = (name: string, iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};

const financial = adverseItem();
const theft = adverseItem({ id: '44444444-4444-4444-8444-444444444444', category: 'dishonesty', disposal: 'conviction', presumptionOfRefusal: true });

describe('parseDecisionForm', () => {
  it('builds a grant with conditions, one weighing per adverse item and one condition per line', () => {
    const parsed = parseDecisionForm(form({
      version: '7', 'weighings-0': 'Satisfied, disclosed', outcome: 'granted_with_conditions', conditions: 'Annual financial declaration\n\n  Notify any new debt  \n',
      rationale: 'Low risk with conditions', ...date('decidedOn', '2026-03-10'), ...date('conditionsReviewOn', '2026-09-10'),
    }), application({ adverseItems: [financial] }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.request).toEqual({
      version: 7,
      outcome: 'granted_with_conditions',
      decidedOn: '2026-03-10',
      rationale: 'Low risk with conditions',
      weighings: [{ itemId: financial.id, weighing: 'Satisfied, disclosed' }],
      rebuttal: null,
      conditions: ['Annual financial declaration', 'Notify any new debt'],
      conditionsReviewOn: '2026-09-10',
    });
  });

  it('asks for everything missing, in page order', () => {
    const parsed = parseDecisionForm(form({ version: '7' }), application({ adverseItems: [financial, theft] }));
    expect(parsed.request).toBeNull();
    expect(parsed.errors.map((e) => [e.field, e.message, e.href])).toEqual([
      ['weighings.0', 'Enter how you weighed adverse item 1 (financial)', '#weighings-0'],
      ['weighings.1', 'Enter how you weighed adverse item 2 (dishonesty)', '#weighings-1'],
      ['outcome', 'Select the decision', '#outcome'],
      ['rationale', 'Enter the reasons for your decision', '#rationale'],
      ['decidedOn', 'Enter the date of the decision', '#decidedOn-day'],
    ]);
  });

  it('needs a rebuttal to grant despite a conviction for dishonesty, but not to refuse', () => {
    const base = { version: '7', 'weighings-0': 'Theft aged 17', rationale: 'r', ...date('decidedOn', '2026-03-10') };
    const grant = parseDecisionForm(form({ ...base, outcome: 'granted' }), application({ adverseItems: [theft] }));
    expect(grant.errors.map((e) => [e.field, e.message])).toEqual([['rebuttal', 'Enter why the presumption of refusal is rebutted, or refuse the application']]);
    const rebutted = parseDecisionForm(form({ ...base, outcome: 'granted', rebuttal: 'Single juvenile offence, fully disclosed' }), application({ adverseItems: [theft] }));
    expect(rebutted.request?.rebuttal).toBe('Single juvenile offence, fully disclosed');
    // A rebuttal typed before changing the decision to a refusal is not sent.
    const refused = parseDecisionForm(form({ ...base, outcome: 'refused', rebuttal: 'typed earlier' }), application({ adverseItems: [theft] }));
    expect(refused.request).toMatchObject({ outcome: 'refused', rebuttal: null, conditions: [] });
  });

  it('needs conditions and a review date after the decision for a grant with conditions, and drops them otherwise', () => {
    const base = { version: '7', rationale: 'r', ...date('decidedOn', '2026-03-10') };
    const missing = parseDecisionForm(form({ ...base, outcome: 'granted_with_conditions', conditions: '  \n ' }), application());
    expect(missing.errors.map((e) => [e.field, e.message])).toEqual([
      ['conditions', 'Enter at least one risk-mitigation condition'],
      ['conditionsReviewOn', 'Enter the date the conditions are reviewed'],
    ]);
    // The review date sits inside the decision, above the rebuttal and rationale: its error comes first too.
    const withTheft = parseDecisionForm(form({ version: '7', 'weighings-0': 'w', outcome: 'granted_with_conditions', conditions: 'c', ...date('decidedOn', '2026-03-10') }), application({ adverseItems: [theft] }));
    expect(withTheft.errors.map((e) => e.field)).toEqual(['conditionsReviewOn', 'rebuttal', 'rationale']);
    const sameDay = parseDecisionForm(form({ ...base, outcome: 'granted_with_conditions', conditions: 'c', ...date('conditionsReviewOn', '2026-03-10') }), application());
    expect(sameDay.errors.map((e) => e.message)).toEqual(['Date the conditions are reviewed must be after the date decided']);
    const plain = parseDecisionForm(form({ ...base, outcome: 'granted', conditions: 'left over', ...date('conditionsReviewOn', '2026-09-10') }), application());
    expect(plain.request).toMatchObject({ outcome: 'granted', conditions: [], conditionsReviewOn: null });
  });

  it('refuses a decision dated before the application was opened or in the future', () => {
    const before = parseDecisionForm(form({ version: '7', outcome: 'refused', rationale: 'r', ...date('decidedOn', '2026-02-28') }), application({ openedOn: '2026-03-01' }));
    expect(before.errors.map((e) => e.message)).toEqual(['Date decided must not be before the application was opened (1 March 2026)']);
    const [year = 0] = todayIso().split('-').map(Number);
    const future = parseDecisionForm(form({ version: '7', outcome: 'refused', rationale: 'r', ...date('decidedOn', `${year + 1}-01-01`) }), application());
    expect(future.errors.map((e) => e.message)).toEqual(['Date decided must be today or in the past']);
  });
});

describe('check your answers', () => {
  const draft = {
    version: 7, outcome: 'granted_with_conditions' as const, decidedOn: '2026-03-10', rationale: 'Low risk', weighings: [{ itemId: theft.id, weighing: 'Theft aged 17' }],
    rebuttal: 'Juvenile, disclosed', conditions: ['Annual declaration', 'No cash handling'], conditionsReviewOn: '2026-09-10',
  };

  it('lists each answer with a link to change it on the form', () => {
    const answers = decisionAnswers(draft, application({ adverseItems: [theft] }));
    expect(answers.map((a) => [a.label, a.value, a.changeHref])).toEqual([
      ['Decision', 'Granted with risk-mitigation conditions', `/vetting/applications/${APPLICATION_ID}/decision#outcome`],
      ['Conditions', ['Annual declaration', 'No cash handling'], `/vetting/applications/${APPLICATION_ID}/decision#conditions`],
      ['Conditions reviewed on', '10 September 2026', `/vetting/applications/${APPLICATION_ID}/decision#conditionsReviewOn-day`],
      ['Adverse item 1: Dishonesty', 'Theft aged 17', `/vetting/applications/${APPLICATION_ID}/decision#weighings-0`],
      ['Why the presumption of refusal is rebutted', 'Juvenile, disclosed', `/vetting/applications/${APPLICATION_ID}/decision#rebuttal`],
      ['Rationale', 'Low risk', `/vetting/applications/${APPLICATION_ID}/decision#rationale`],
      ['Date decided', '10 March 2026', `/vetting/applications/${APPLICATION_ID}/decision#decidedOn-day`],
    ]);
  });

  it('says a grant with adverse information waits for a second approval, and a refusal or a clean grant does not', () => {
    expect(needsSecondApproval(draft, application({ adverseItems: [theft] }))).toBe(true);
    expect(needsSecondApproval({ outcome: 'refused' }, application({ adverseItems: [theft] }))).toBe(false);
    expect(needsSecondApproval({ outcome: 'granted' }, application())).toBe(false);
  });

  it('fills the form in again from the draft', () => {
    expect(formValuesFrom(draft)).toEqual({
      outcome: 'granted_with_conditions', weighings: { [theft.id]: 'Theft aged 17' }, rebuttal: 'Juvenile, disclosed', conditions: 'Annual declaration\nNo cash handling',
      conditionsReviewOn: '2026-09-10', rationale: 'Low risk', decidedOn: '2026-03-10',
    });
    expect(formValuesFrom(null).outcome).toBe('');
  });

  it('keeps the draft in session storage per application, and ignores anything that is not a draft', () => {
    const store = new Map<string, string>();
    const storage: Storage = {
      get length() { return store.size; },
      clear: () => store.clear(),
      key: (index: number) => [...store.keys()][index] ?? null,
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    };
    saveDecisionDraft(storage, APPLICATION_ID, draft);
    expect(loadDecisionDraft(storage, APPLICATION_ID)).toEqual(draft);
    expect(loadDecisionDraft(storage, '55555555-5555-4555-8555-555555555555')).toBeNull();
    store.set(`warrant.vetting.decision.${APPLICATION_ID}`, JSON.stringify({ ...draft, outcome: 'maybe' }));
    expect(loadDecisionDraft(storage, APPLICATION_ID)).toBeNull();
    store.set(`warrant.vetting.decision.${APPLICATION_ID}`, '{not json');
    expect(loadDecisionDraft(storage, APPLICATION_ID)).toBeNull();
    clearDecisionDraft(storage, APPLICATION_ID);
    expect(store.size).toBe(0);
  });

  it('reads one condition per line', () => {
    expect(conditionsFrom('a\r\n\r\n b \n')).toEqual(['a', 'b']);
  });
});
