import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { alertFormErrors, NO_OWNER, ownerOptions, readAssignForm, readDisposeForm, readIntent } from './alert-forms.js';

const me = '00000000-0000-4000-8000-000000000007';
const form = (entries: Record<string, string>): FormData => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe('the owner form', () => {
  const other = '00000000-0000-4000-8000-000000000009';

  it('gives the alert to the user chosen, or to no one, with the version read', () => {
    expect(readAssignForm(form({ version: '3', ownerId: other }))).toEqual({ request: { version: 3, ownerId: other }, errors: [] });
    expect(readAssignForm(form({ version: '3', ownerId: me }))).toEqual({ request: { version: 3, ownerId: me }, errors: [] });
    expect(readAssignForm(form({ version: '3', ownerId: NO_OWNER }))).toEqual({ request: { version: 3, ownerId: null }, errors: [] });
  });

  it('asks for a choice, refuses anything but a user id, and refuses a page without the version', () => {
    expect(readAssignForm(form({ version: '3' })).errors).toEqual([{ field: 'ownerId', href: '#ownerId', message: 'Select who owns the alert' }]);
    expect(readAssignForm(form({ version: '3', ownerId: 'me' })).errors.map((e) => e.field)).toEqual(['ownerId']);
    expect(readAssignForm(form({ ownerId: other })).errors.map((e) => e.field)).toEqual(['_form']);
  });

  it('offers "No owner" and the force’s owners by name, marking the reader', () => {
    const owners = [{ id: other, displayName: 'Dana Khan' }, { id: me, displayName: 'Sam Price' }];
    expect(ownerOptions(owners, { ownerId: null, ownerName: null }, me)).toEqual([
      { value: 'none', text: 'No owner' },
      { value: other, text: 'Dana Khan' },
      { value: me, text: 'Sam Price (you)' },
    ]);
  });

  it('keeps the current owner a choice when they are no longer in the list', () => {
    const gone = '00000000-0000-4000-8000-00000000000a';
    const options = ownerOptions([{ id: me, displayName: 'Sam Price' }], { ownerId: gone, ownerName: 'Lee Moss' }, me);
    expect(options.map((o) => o.text)).toEqual(['No owner', 'Sam Price (you)', 'Lee Moss']);
    expect(options.at(-1)?.value).toBe(gone);
    expect(ownerOptions([{ id: me, displayName: 'Sam Price' }], { ownerId: me, ownerName: 'Sam Price' }, me)).toHaveLength(2);
  });
});

describe('the disposition form', () => {
  it('reads the disposition and the reason', () => {
    expect(readDisposeForm(form({ version: '2', disposition: 'management_action', reason: '  Words of advice  ' }))).toEqual({
      request: { version: 2, disposition: 'management_action', reason: 'Words of advice' },
      errors: [],
    });
  });

  it('requires a disposition and a reason, whatever the disposition', () => {
    expect(readDisposeForm(form({ version: '2', reason: ' ' })).errors).toEqual([
      { field: 'disposition', href: '#disposition', message: 'Select what you decided' },
      { field: 'reason', href: '#reason', message: 'Enter the reason for your decision' },
    ]);
    expect(readDisposeForm(form({ version: '2', disposition: 'ignore', reason: 'x' })).errors.map((e) => e.field)).toEqual(['disposition']);
    expect(readDisposeForm(form({ version: '2', disposition: 'already_in_hand', reason: 'x'.repeat(5_001) })).errors.map((e) => e.message)).toEqual(['Reason must be 5,000 characters or fewer']);
  });

  it('knows which form was sent', () => {
    expect(readIntent(form({ intent: 'dispose' }))).toBe('dispose');
    expect(readIntent(form({ intent: 'delete' }))).toBeNull();
  });
});

describe('refusals from the server', () => {
  it('explains a stale version above the form: someone else changed the alert', () => {
    const stale = new ApiError({ status: 409, code: 'STALE_VERSION', detail: 'The alert was changed by someone else: you had version 1.', errors: [{ path: 'version', message: 'out of date' }] });
    const [error, ...rest] = alertFormErrors(stale, 'dispose');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: '_form', href: '' });
    expect(error?.message).toMatch(/^Someone else changed this alert while you were working on it/);
  });

  it('shows why a closed alert cannot be closed again', () => {
    const closed = new ApiError({ status: 409, code: 'CONFLICT', detail: 'The alert is already closed; it re-opens by itself if the pattern grows' });
    expect(alertFormErrors(closed, 'dispose')).toEqual([{ field: '_form', href: '', message: 'The alert is already closed; it re-opens by itself if the pattern grows' }]);
  });

  it('puts a field error on the field of the form that was sent', () => {
    const noClearance = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'disposition', message: 'this person holds no live clearance to review; choose another disposition' }] });
    expect(alertFormErrors(noClearance, 'dispose')).toEqual([
      { field: 'disposition', href: '#disposition', message: 'Disposition: this person holds no live clearance to review; choose another disposition' },
    ]);
    const owner = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'ownerId', message: "not a user who may work this force's alerts" }] });
    expect(alertFormErrors(owner, 'assign').map((e) => e.href)).toEqual(['#ownerId']);
    expect(alertFormErrors(owner, 'dispose').map((e) => e.field)).toEqual(['_form']);
  });
});
