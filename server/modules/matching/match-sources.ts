// Person records from Warrant's own tables, for matching a file against them. Records from the register carry
// what the register knows besides names (recorded sex, periods of service); so do list entries that name a
// person in the register (entries Warrant made from its own cases).
import { eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { PERSON_ID } from '../../db/qualified-columns.js';
import { employments, listEntries, people, personAddresses, personNames } from '../../db/schema.js';
import { sexOf, type AddressPeriod, type PersonRecord, type ServicePeriod } from './person-features.js';

/** The periods of service of the person whose id is `personId`, as a JSON array (one subquery per row). */
export const servicePeriodsOf = (personId: SQL) =>
  sql<ServicePeriod[] | null>`(select json_agg(json_build_object('forceId', e.force_id, 'start', e.start_date, 'end', e.end_date) order by e.start_date) from ${employments} e where e.person_id = ${personId})`;

/** The address history of the person whose id is `personId`, as a JSON array (one subquery per row). */
const addressesOf = (personId: SQL) =>
  sql<AddressPeriod[] | null>`(select json_agg(json_build_object('postcode', a.postcode, 'from', a.from_date, 'to', a.to_date, 'declared', a.source = 'vetting_declaration')) from ${personAddresses} a where a.person_id = ${personId})`;

/** What a register record is matched on, as columns of a select from `person` (the data wash adds its own). */
export const registerRecordColumns = {
  id: people.id, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth, sex: people.sex,
  other: sql<string[] | null>`(select array_agg(pn.family_name) from ${personNames} pn where pn.person_id = ${PERSON_ID} and pn.kind <> 'current')`,
  service: servicePeriodsOf(PERSON_ID),
  addresses: addressesOf(PERSON_ID),
};

type RegisterRecordRow = {
  id: string; givenNames: string; familyName: string; dateOfBirth: string | null; sex: string | null; other: string[] | null; service: ServicePeriod[] | null; addresses: AddressPeriod[] | null;
};

/** A row selected with `registerRecordColumns` as the engine's record. */
export const toRegisterRecord = (r: RegisterRecordRow): PersonRecord => ({
  id: r.id, givenNames: r.givenNames, familyName: r.familyName, dateOfBirth: r.dateOfBirth, otherFamilyNames: r.other ?? [], recordedSex: sexOf(r.sex), service: r.service ?? [],
  addresses: r.addresses ?? [],
});

export async function loadRegisterRecords(db: Queryable): Promise<PersonRecord[]> {
  const rows = await db.select(registerRecordColumns).from(people);
  return rows.map(toRegisterRecord);
}

export async function loadListRecords(db: Queryable): Promise<PersonRecord[]> {
  const rows = await db.select({ entry: listEntries, sex: people.sex, service: servicePeriodsOf(sql.raw('"list_entry"."person_id"')) })
    .from(listEntries).leftJoin(people, eq(people.id, listEntries.personId)).where(isNull(listEntries.removedOn));
  return rows.map(({ entry: r, sex, service }) => ({
    id: r.id, givenNames: r.givenNames, familyName: r.familyName, dateOfBirth: r.dateOfBirth, otherFamilyNames: r.otherFamilyNames,
    recordedSex: sexOf(sex), service: service ?? [],
  }));
}
