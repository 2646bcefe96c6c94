// The national person register: one record per human across every force they served.
import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { AppError, fieldError, notFound, sqlState } from '../../errors.js';
import { forceScope } from '../../../shared/policy.js';
import type { TCreatePerson, TEmployment, TEndEmployment, TPerson, TPersonSearchQuery, TPersonSearchResult, TRecordAddress } from '../../../shared/contracts.js';
import { appendAuditEvents } from '../audit/audit.repo.js';
import { normalizeName } from './normalize-name.js';
import { addDays, todayInEngland } from '../clock/working-days.js';
import {
  closeCurrentAddress, closeEmployment, findAddressesOf, findEmploymentsOf, findLinkedRecords, findNamesOf, findPersonById, insertAddress, insertEmployment, insertPerson, searchPeopleRows,
} from './person.repo.js';
import { continueAsFormerOfficer, mattersThatCouldLeadToDismissal, RESIGNATION_REASONS } from '../cases/leaving.js';

type EmploymentRow = Awaited<ReturnType<typeof findEmploymentsOf>>[number];

function presentEmployment({ employment: e, forceName }: EmploymentRow): TEmployment {
  return {
    id: e.id,
    forceId: e.forceId,
    forceName,
    role: e.role,
    rank: e.rank,
    collarNumber: e.collarNumber,
    startDate: e.startDate,
    endDate: e.endDate,
    leavingReason: e.leavingReason,
  };
}

export async function searchPeople({ db, ctx, query }: { db: Db; ctx: RequestContext; query: TPersonSearchQuery }): Promise<TPersonSearchResult> {
  const actor = authorize(ctx, 'person:search');
  if (!query.name && !query.dateOfBirth && !query.collarNumber && !query.forceId) {
    throw fieldError('name', 'Enter a name, date of birth, collar number or force to search by');
  }
  if (query.name !== undefined && normalizeName(query.name).length < 2 && !query.dateOfBirth && !query.collarNumber && !query.forceId) {
    throw fieldError('name', 'Enter at least 2 letters of a name');
  }
  const { rows, total, tokens } = await searchPeopleRows(db, query, forceScope(actor, 'person:search'));
  const ids = rows.map((r) => r.id);
  const [names, jobs] = await Promise.all([findNamesOf(db, ids), findEmploymentsOf(db, ids)]);
  const items = rows.map((r) => {
    const careers = jobs.filter((j) => j.employment.personId === r.id);
    const current = careers.find((j) => j.employment.endDate === null) ?? null;
    const matched = tokens.length > 0
      ? names.find((n) => n.personId === r.id && n.kind !== 'current' && tokens.every((t) => n.normalized.includes(t)))
      : undefined;
    const currentMatches = names.some((n) => n.personId === r.id && n.kind === 'current' && tokens.every((t) => n.normalized.includes(t)));
    return {
      id: r.id,
      givenNames: r.givenNames,
      familyName: r.familyName,
      dateOfBirth: r.dateOfBirth,
      currentForceId: current?.employment.forceId ?? null,
      currentForceName: current?.forceName ?? null,
      currentRole: current?.employment.role ?? null,
      collarNumbers: [...new Set(careers.map((j) => j.employment.collarNumber).filter((c): c is string => c !== null))],
      matchedName: matched && !currentMatches ? `${matched.givenNames} ${matched.familyName}` : null,
      matchedNameKind: matched && !currentMatches && matched.kind !== 'current' ? matched.kind : null,
    };
  });
  // A search reveals who is on the register: audited with its criteria and the people it returned.
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, {
    action: 'person.search',
    entityType: 'person',
    detail: { criteria: { ...query }, total, returned: ids },
  })]));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

async function loadPerson(db: Db, id: string) {
  const person = await findPersonById(db, id);
  if (!person) return null;
  const [names, jobs, addresses] = await Promise.all([findNamesOf(db, [id]), findEmploymentsOf(db, [id]), findAddressesOf(db, id)]);
  return { person, names, jobs, addresses };
}

function presentPerson(loaded: NonNullable<Awaited<ReturnType<typeof loadPerson>>>, leavingBlocked: boolean, linked: Awaited<ReturnType<typeof findLinkedRecords>> = []): TPerson {
  const { person, names, jobs, addresses } = loaded;
  const order = { current: 0, previous: 1, alias: 2 } as const;
  return {
    id: person.id,
    givenNames: person.givenNames,
    familyName: person.familyName,
    dateOfBirth: person.dateOfBirth,
    sex: person.sex,
    names: [...names].sort((a, b) => order[a.kind] - order[b.kind]).map((n) => ({ kind: n.kind, givenNames: n.givenNames, familyName: n.familyName })),
    employments: jobs.map(presentEmployment),
    addresses: addresses.map((a) => ({ id: a.id, postcode: a.postcode, fromDate: a.fromDate, toDate: a.toDate, source: a.source })),
    leavingBlocked,
    linkedRecords: linked.map((l) => ({ id: l.id, name: `${l.givenNames} ${l.familyName}`, dateOfBirth: l.dateOfBirth, forceIds: l.forceIds, linkedOn: l.linkedAt.toISOString().slice(0, 10) })),
    version: person.version,
  };
}

export async function getPerson({ db, ctx, personId }: { db: Db; ctx: RequestContext; personId: string }): Promise<TPerson> {
  authorize(ctx, 'person:read');
  const loaded = await loadPerson(db, personId);
  if (!loaded) throw notFound('person');
  const forceIds = [...new Set(loaded.jobs.map((j) => j.employment.forceId))];
  authorize(ctx, 'person:read', { forceIds }, { what: 'person' });
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.read', entityType: 'person', entityId: personId, forceId: forceIds[0] ?? null })]));
  return presentPerson(loaded, (await mattersThatCouldLeadToDismissal(db, personId)).length > 0, await findLinkedRecords(db, personId));
}

/** Adds a person with their first employment: all rows and the audit event commit together or not at all. */
export async function createPerson({ db, ctx, input }: { db: Db; ctx: RequestContext; input: TCreatePerson }): Promise<TPerson> {
  if (ctx.actor) authorize(ctx, 'person:create', { forceIds: [input.employment.forceId] }, { outOfReach: 'forbidden' });
  if (input.employment.startDate > todayInEngland()) throw fieldError('employment.startDate', 'must not be in the future');
  if (input.dateOfBirth && input.dateOfBirth > input.employment.startDate) {
    throw fieldError('employment.startDate', 'must be after the date of birth');
  }
  try {
    const personId = await db.transaction(async (tx) => {
      const person = await insertPerson(tx, {
        givenNames: input.givenNames,
        familyName: input.familyName,
        dateOfBirth: input.dateOfBirth ?? null,
        sex: input.sex,
        otherNames: input.otherNames,
      });
      // The force is checked by its foreign key: an unknown force fails here, after the person was
      // inserted, and the whole transaction rolls back.
      await insertEmployment(tx, {
        personId: person.id,
        forceId: input.employment.forceId,
        role: input.employment.role,
        rank: input.employment.rank ?? null,
        collarNumber: input.employment.collarNumber ?? null,
        startDate: input.employment.startDate,
      });
      await appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.create', entityType: 'person', entityId: person.id, forceId: input.employment.forceId })]);
      return person.id;
    });
    const loaded = await loadPerson(db, personId);
    if (!loaded) throw new AppError('INTERNAL', 'person vanished after insert');
    return presentPerson(loaded, false);
  } catch (error) {
    if (sqlState(error) === '23503') throw fieldError('employment.forceId', `no force with code ${input.employment.forceId}`);
    throw error;
  }
}

/**
 * Records that an employment ended. Resigning or retiring is refused while the person is subject to a live
 * allegation that could lead to dismissal; leaving any other way continues their cases as a former officer.
 */
export async function endEmployment({ db, ctx, personId, employmentId, input }: { db: Db; ctx: RequestContext; personId: string; employmentId: string; input: TEndEmployment }): Promise<TPerson> {
  authorize(ctx, 'person:update');
  const loaded = await loadPerson(db, personId);
  const job = loaded?.jobs.find((j) => j.employment.id === employmentId);
  if (!loaded || !job) throw notFound('employment');
  const actor = authorize(ctx, 'person:update', { forceIds: [job.employment.forceId] }, { what: 'employment' });
  if (job.employment.endDate !== null) throw new AppError('CONFLICT', `This employment already ended on ${job.employment.endDate}`);
  if (input.endDate > todayInEngland()) throw fieldError('endDate', 'must not be in the future');
  if (input.endDate < job.employment.startDate) throw fieldError('endDate', `must not be before the start (${job.employment.startDate})`);
  const blocking = await mattersThatCouldLeadToDismissal(db, personId);
  if (blocking.length > 0 && RESIGNATION_REASONS.includes(input.leavingReason)) {
    throw new AppError('CONFLICT', 'This officer may not resign or retire while subject to a live allegation that could lead to dismissal. Speak to Professional Standards', {
      errors: [{ path: 'leavingReason', message: 'resignation and retirement are blocked while a live allegation could lead to dismissal' }],
    });
  }
  await db.transaction(async (tx) => {
    await closeEmployment(tx, employmentId, input.endDate, input.leavingReason);
    const continued = input.leavingReason === 'transferred' ? 0 : await continueAsFormerOfficer(tx, personId, input.endDate, input.leavingReason, actor.id);
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.end_employment', entityType: 'person', entityId: personId, forceId: job.employment.forceId, detail: { employmentId, leavingReason: input.leavingReason, casesContinued: continued } })]);
  });
  const reloaded = await loadPerson(db, personId);
  if (!reloaded) throw notFound('person');
  return presentPerson(reloaded, (await mattersThatCouldLeadToDismissal(db, personId)).length > 0);
}

/**
 * Adds an address to the person's history: HR recording a move (needs person:update), or the address history a
 * vetting application declared (vetting:record). A new current address ends the current one from the same
 * source the day before it starts. The matching engine reads the history (a shared postcode tells a
 * re-registered person from a namesake).
 */
export async function recordAddress({ db, ctx, personId, input }: { db: Db; ctx: RequestContext; personId: string; input: TRecordAddress }): Promise<TPerson> {
  const action = input.source === 'hr_record' ? 'person:update' : 'vetting:record';
  authorize(ctx, action);
  const loaded = await loadPerson(db, personId);
  if (!loaded) throw notFound('person');
  const forceIds = [...new Set(loaded.jobs.map((j) => j.employment.forceId))];
  authorize(ctx, action, { forceIds }, { what: 'person' });
  const today = todayInEngland();
  const toDate = input.toDate ?? null;
  if (input.fromDate > today) throw fieldError('fromDate', 'must not be in the future');
  if (loaded.person.dateOfBirth && input.fromDate < loaded.person.dateOfBirth) throw fieldError('fromDate', `must not be before the date of birth (${loaded.person.dateOfBirth})`);
  if (toDate !== null && toDate > today) throw fieldError('toDate', 'must not be in the future');
  if (toDate !== null && toDate < input.fromDate) throw fieldError('toDate', `must not be before the from date (${input.fromDate})`);
  const current = loaded.addresses.find((a) => a.toDate === null && a.source === input.source);
  if (toDate === null && current && current.fromDate >= input.fromDate) {
    throw fieldError('fromDate', `must be after the start of the current address (${current.postcode} from ${current.fromDate}); give an end date to record an earlier address`);
  }
  await db.transaction(async (tx) => {
    if (toDate === null && current) await closeCurrentAddress(tx, personId, input.source, addDays(input.fromDate, -1));
    const row = await insertAddress(tx, { personId, postcode: input.postcode, fromDate: input.fromDate, toDate, source: input.source });
    // The postcode stays out of the audit trail: the event says which record changed, the record says what.
    await appendAuditEvents(tx, [auditEvent(ctx, { action: 'person.record_address', entityType: 'person', entityId: personId, forceId: forceIds[0] ?? null, detail: { addressId: row.id, source: input.source, current: toDate === null } })]);
  });
  const reloaded = await loadPerson(db, personId);
  if (!reloaded) throw notFound('person');
  return presentPerson(reloaded, (await mattersThatCouldLeadToDismissal(db, personId)).length > 0, await findLinkedRecords(db, personId));
}
