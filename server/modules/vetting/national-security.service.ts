// National security clearances (CTC, SC, DV; DESIGN.md §3) are granted by the national security vetting process,
// not by a force's vetting unit. Warrant records that a person holds one, so the vetting file is complete, and
// otherwise leaves it alone: no checks, no decision, no triggered review, no re-vetting draw, no integrity review,
// no renewal reminder (those belong to the sponsoring body).
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { fieldError } from '../../errors.js';
import type { TNationalSecurityClearance, TRecordNationalSecurityClearance } from '../../../shared/vetting-contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { todayInEngland } from '../clock/working-days.js';
import { findPeopleByIds } from '../cases/case.repo.js';
import { activeRecordedClearancesOf, insertClearance, insertVettingEvent, setClearanceStatus } from './vetting.repo.js';

export async function recordNationalSecurityClearance({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TRecordNationalSecurityClearance }): Promise<TNationalSecurityClearance> {
  const actor = authorize(ctx, 'vetting:record', { forceIds: [input.forceId] }, { outOfReach: 'forbidden' });
  const [person] = await findPeopleByIds(db, [input.personId]);
  if (!person) throw fieldError('personId', 'no person with that id in the register');
  const today = todayInEngland();
  if (input.grantedOn > today) throw fieldError('grantedOn', `must not be after today (${today})`);
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn !== null && expiresOn <= input.grantedOn) throw fieldError('expiresOn', `must be after the date granted (${input.grantedOn})`);
  const clearance = await db.transaction(async (tx) => {
    // A newer record of the same level replaces the one held (as a renewal does for managed levels).
    for (const old of await activeRecordedClearancesOf(tx, input.personId, input.level)) await setClearanceStatus(tx, old.id, 'superseded', input.grantedOn);
    const row = await insertClearance(tx, {
      personId: input.personId, forceId: input.forceId, level: input.level, applicationId: null, grantedOn: input.grantedOn, expiresOn, conditions: [], conditionsReviewOn: null,
    }).catch((error: unknown) => {
      const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
      throw code === '23503' ? fieldError('forceId', `no force with code ${input.forceId}`) : error;
    });
    // The sponsor has no column of its own: it is kept with the recording event, which the vetting file reads.
    await insertVettingEvent(tx, {
      forceId: input.forceId, action: 'record_national_security_clearance', actorId: actor.id, actedOn: today, rationale: input.sponsor,
      data: { clearanceId: row.id, personId: input.personId, level: input.level },
    });
    await appendAuditEvents(tx, [auditEvent(ctx, {
      action: 'vetting.national_security_clearance.record', entityType: 'vetting_clearance', entityId: row.id, forceId: input.forceId,
      detail: { personId: input.personId, level: input.level, grantedOn: input.grantedOn, expiresOn },
    })]);
    return row;
  });
  return { id: clearance.id, personId: clearance.personId, forceId: clearance.forceId, level: input.level, grantedOn: clearance.grantedOn, expiresOn: clearance.expiresOn, sponsor: input.sponsor };
}
