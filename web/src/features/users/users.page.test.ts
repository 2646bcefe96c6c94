import { describe, expect, it } from 'vitest';
import { parseUserForm } from './users.page.js';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const valid = { email: 'a.smith@example.police.uk', displayName: 'A Smith', roles: ['vetting_officer', 'hr'], forceId: 'KNT', password: 'a long enough password' };

describe('parseUserForm', () => {
  it('builds a create-user request with every role ticked', () => {
    expect(parseUserForm(form(valid))).toEqual({ errors: [], user: { ...valid, forceId: 'KNT' } });
  });

  it('makes a national account only when National is chosen', () => {
    expect(parseUserForm(form({ ...valid, forceId: 'national' })).user?.forceId).toBeNull();
  });

  it('asks for a force rather than defaulting to national reach', () => {
    expect(parseUserForm(form({ ...valid, forceId: '' })).errors).toEqual([{ field: 'forceId', href: '#forceId', message: 'Select a force, or select National' }]);
  });

  it('ignores role values that are not roles and asks for one', () => {
    expect(parseUserForm(form({ ...valid, roles: ['superuser'] })).errors.map((error) => error.field)).toEqual(['roles']);
  });

  it('refuses a short password', () => {
    expect(parseUserForm(form({ ...valid, password: 'short' })).errors.map((error) => error.message)).toEqual(['Password must be 12 characters or more']);
  });
});
