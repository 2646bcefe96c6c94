import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { caseFormErrors, withLabel } from './case-form-errors.js';

const labels = { decidedOn: 'Date decided', 'panel.chair': 'Chair', 'panel.layMembers.1': 'Second lay member', 'subjects.0.allegations.1.standard': 'Allegation 2 Standard' };
const options = { labels, dateFields: ['decidedOn'], aliases: { panel: 'panel.chair' }, reloadHref: '/cases/1/subjects/2/assess_severity' };

describe('caseFormErrors', () => {
  it('puts a server field error next to its field, named', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'decidedOn', message: "must not be before the subject's previous step (2026-03-10)" }] });
    expect(caseFormErrors(error, options)).toEqual([{ field: 'decidedOn', href: '#decidedOn-day', message: "Date decided must not be before the subject's previous step (2026-03-10)" }]);
  });

  it('finds a nested field by its path, and an alias or parent path for the rest', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { path: 'subjects.0.allegations.1.standard', message: 'Invalid option' },
        { path: 'panel', message: 'a hearing needs its panel' },
        { path: 'panel.layMembers.1', message: 'Too small' },
      ],
    });
    expect(caseFormErrors(error, options)).toEqual([
      { field: 'subjects.0.allegations.1.standard', href: '#subjects-0-allegations-1-standard', message: 'Invalid option' },
      { field: 'panel.chair', href: '#panel-chair', message: 'Chair: a hearing needs its panel' },
      { field: 'panel.layMembers.1', href: '#panel-layMembers-1', message: 'Too small' },
    ]);
  });

  it('says the case was changed by someone else, with a link to reload, on a stale version', () => {
    const error = new ApiError({ status: 409, code: 'STALE_VERSION', errors: [{ path: 'version', message: 'current version is 7' }] });
    expect(caseFormErrors(error, options)).toEqual([{
      field: '_form',
      href: '/cases/1/subjects/2/assess_severity',
      message: 'The case was changed by someone else while you were working on it (it is now version 7). Reload the page to see the current case, then try again',
    }]);
  });

  it('shows the server’s explanation of a step that cannot be taken now', () => {
    const detail = 'Cannot record_outcome while the subject is closed; allowed now: reopen';
    const error = new ApiError({ status: 409, code: 'CONFLICT', detail, errors: [{ path: 'action', message: 'current state closed' }] });
    expect(caseFormErrors(error, options)).toEqual([{ field: '_form', href: '', message: detail }]);
  });

  it('falls back to the detail when no error names a field on the form', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', detail: 'Invalid body: x', errors: [{ path: 'x', message: 'unknown field' }] });
    expect(caseFormErrors(error, options)).toEqual([{ field: '_form', href: '', message: 'Invalid body: x' }]);
  });
});

describe('withLabel', () => {
  it('leaves a message that is already a sentence alone', () => {
    expect(withLabel('History', "Confirm you have read the subject's full history")).toBe("Confirm you have read the subject's full history");
  });
});
