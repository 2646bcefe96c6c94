import { describe, expect, it } from 'vitest';
import {
  complaintRequest, completeComplaint, firstUnanswered, nextPath, parseContactAnswer, parseForceAnswer, parseWhatHappenedAnswer, parseWhenWhereAnswer,
  previousPath, questionOfField, readAnswers, readReceipt, updateAnswers, type AnswerStore, type ComplaintAnswers,
} from './complaint-answers.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

function memoryStore(): AnswerStore {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const ALL: ComplaintAnswers = {
  formToken: 'token',
  force: { forceId: null, forceName: null },
  officer: { name: '', collarNumber: 'MP1', description: '' },
  whenWhere: { date: { day: '', month: '', year: '' }, incidentOn: null, incidentPlace: '' },
  whatHappened: '<script>alert(1)</script>',
  contact: { name: 'A Person', email: 'a@example.test', phone: '', preferredContact: 'email', postalAddress: '' },
  accessibilityNeeds: '',
  consent: true,
};

describe('the complaint form', () => {
  it('goes through the questions in order, and back to check answers when changing one', () => {
    expect(nextPath('force', false)).toBe('/complain/officer');
    expect(nextPath('consent', false)).toBe('/complain/check-answers');
    expect(nextPath('officer', true)).toBe('/complain/check-answers');
    expect(previousPath('force', false)).toBe('/complain');
    expect(previousPath('contact', false)).toBe('/complain/what-happened');
  });

  it('finds the first question still to answer', () => {
    expect(firstUnanswered({})).toBe('force');
    expect(firstUnanswered({ ...ALL, contact: undefined })).toBe('contact');
    expect(firstUnanswered(ALL)).toBeNull();
  });

  it('keeps answers between pages and forgets them once the complaint is sent', () => {
    const store = memoryStore();
    updateAnswers(store, { whatHappened: 'Pushed' });
    updateAnswers(store, { accessibilityNeeds: '' });
    expect(readAnswers(store)).toEqual({ whatHappened: 'Pushed', accessibilityNeeds: '' });
    completeComplaint(store, { reference: 'ABCDEFGH23', email: 'a@example.test', forceName: null });
    expect(readAnswers(store)).toEqual({});
    expect(readReceipt(store)).toEqual({ reference: 'ABCDEFGH23', email: 'a@example.test', forceName: null });
  });

  it('survives storage that holds something else', () => {
    const store = memoryStore();
    store.setItem('warrant.complaint.answers', 'not json');
    expect(readAnswers(store)).toEqual({});
  });

  it('accepts "I do not know" for the force, and only forces it offered', () => {
    const forces = [{ id: 'MPS', name: 'Metropolitan Police Service' }];
    expect(parseForceAnswer(form({ forceId: 'dont-know' }), forces).value).toEqual({ forceId: null, forceName: null });
    expect(parseForceAnswer(form({ forceId: 'MPS' }), forces).value).toEqual({ forceId: 'MPS', forceName: 'Metropolitan Police Service' });
    expect(parseForceAnswer(form({ forceId: 'XYZ' }), forces).errors.map((e) => e.field)).toEqual(['forceId']);
  });

  it('asks for what happened, within the limit', () => {
    expect(parseWhatHappenedAnswer(form({ whatHappened: '  ' })).errors[0]?.message).toBe('Enter what happened');
    expect(parseWhatHappenedAnswer(form({ whatHappened: 'x'.repeat(20_001) })).errors[0]?.message).toBe('What happened must be 20,000 characters or fewer');
  });

  it('takes an optional date, but not a future or impossible one', () => {
    expect(parseWhenWhereAnswer(form({ 'incidentOn-day': '', 'incidentOn-month': '', 'incidentOn-year': '', incidentPlace: '' })).value?.incidentOn).toBeNull();
    expect(parseWhenWhereAnswer(form({ 'incidentOn-day': '31', 'incidentOn-month': '2', 'incidentOn-year': '2025', incidentPlace: '' })).errors[0]?.message).toBe('Date must be a real date');
    expect(parseWhenWhereAnswer(form({ 'incidentOn-day': '1', 'incidentOn-month': '1', 'incidentOn-year': '2999', incidentPlace: '' })).errors[0]?.message).toBe('Date must be today or in the past');
  });

  it('needs a phone number or an address for the contact method chosen', () => {
    const base = { name: 'A', email: 'a@example.test', phone: '', postalAddress: '' };
    expect(parseContactAnswer(form({ ...base, preferredContact: 'phone' })).errors.map((e) => e.field)).toEqual(['phone']);
    expect(parseContactAnswer(form({ ...base, preferredContact: 'post' })).errors.map((e) => e.field)).toEqual(['postalAddress']);
    expect(parseContactAnswer(form({ ...base, email: 'nope', preferredContact: 'email' })).errors.map((e) => e.field)).toEqual(['email']);
  });

  it('sends blank optional answers as null and free text as typed', () => {
    expect(complaintRequest(ALL, '')).toMatchObject({
      forceId: null, officer: { name: null, collarNumber: 'MP1', description: null }, incidentOn: null, incidentPlace: null,
      whatHappened: '<script>alert(1)</script>', phone: null, postalAddress: null, accessibilityNeeds: null, consent: true, website: '',
    });
    expect(complaintRequest({ ...ALL, consent: undefined }, '')).toBeNull();
  });

  it('sends a server error back to the question it is about', () => {
    expect(questionOfField('officer.collarNumber')).toBe('officer');
    expect(questionOfField('postalAddress')).toBe('contact');
    expect(questionOfField('formToken')).toBeNull();
  });
});
