import { describe, expect, it } from 'vitest';
import { NOTICE_CONTENTS, parseNoticeForm, parseRestrictionForm, parseRestrictionReviewForm, parseReviewForm } from './case-record-forms.js';

function form(values: Record<string, string | readonly string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of typeof value === 'string' ? [value] : value) data.append(key, item);
  }
  return data;
}
const date = (name: string, iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
};

describe('the record forms', () => {
  it('serve a Regulation 17 notice only when it says everything the regulation requires', () => {
    const all = NOTICE_CONTENTS.map((item) => item.value);
    expect(parseNoticeForm(form({ version: '3', ...date('servedOn', '2026-03-20'), contents: all.slice(1), harmfulInformationWithheld: 'no' })).errors.map((e) => e.field)).toEqual(['contents']);
    expect(parseNoticeForm(form({ version: '3', ...date('servedOn', '2026-03-20'), contents: all, harmfulInformationWithheld: 'yes' })).request).toEqual({
      version: 3,
      servedOn: '2026-03-20',
      contents: { conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true, harmfulInformationWithheld: true },
    });
  });

  it('refuse a restriction reviewed before it was decided', () => {
    const parsed = parseRestrictionForm(form({ version: '3', kind: 'suspension', conditions: 'Off duty', ...date('decidedOn', '2026-03-20'), ...date('reviewOn', '2026-03-01') }));
    expect(parsed.errors.map((e) => e.message)).toEqual(['Review date must be on or after the date decided']);
  });

  it('record a complainant review request, and need a result with a decision date', () => {
    expect(parseReviewForm(form({ version: '2', body: 'iopc', ...date('requestedOn', '2026-04-01'), ...date('decidedOn', '') })).request).toEqual({
      version: 2, body: 'iopc', requestedOn: '2026-04-01', outcome: null, decidedOn: null,
    });
    expect(parseReviewForm(form({ version: '2', body: 'iopc', ...date('requestedOn', '2026-04-01'), ...date('decidedOn', '2026-05-01') })).errors.map((e) => e.field)).toEqual(['outcome']);
  });

  it('continue a restriction only to a later review date, and end one without a next date', () => {
    const reviewed = { version: '4', rationale: 'Still needed while witnesses are interviewed', ...date('reviewedOn', '2026-04-01') };
    expect(parseRestrictionReviewForm(form({ ...reviewed, decision: 'continue', ...date('nextReviewOn', '2026-05-01') })).request).toEqual({
      version: 4, reviewedOn: '2026-04-01', decision: 'continue', nextReviewOn: '2026-05-01', rationale: 'Still needed while witnesses are interviewed',
    });
    expect(parseRestrictionReviewForm(form({ ...reviewed, decision: 'continue', ...date('nextReviewOn', '2026-03-30') })).errors.map((e) => e.message)).toEqual(['Next review date must be after the date reviewed']);
    expect(parseRestrictionReviewForm(form({ ...reviewed, decision: 'end', ...date('nextReviewOn', '') })).request).toMatchObject({ decision: 'end', nextReviewOn: null });
    expect(parseRestrictionReviewForm(form({ ...reviewed })).errors.map((e) => e.field)).toEqual(['decision']);
  });
});
