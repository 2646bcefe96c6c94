// Migration 0019 refolds stored search forms of names the way normalizeName now does (ł → l, ø → o …), so a
// search typed without those letters finds a person stored before the change. Run again on rows written as
// the earlier code wrote them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { people, personNames } from '../../db/schema.js';
import { openTestDatabase, testDatabaseKind } from '../../db/test-database.js';
import { searchPeopleRows } from './person.repo.js';
import { normalizeName } from './normalize-name.js';

const MIGRATION = readFileSync(fileURLToPath(new URL('../../db/migrations/0019_person-name-fold-letters.sql', import.meta.url)), 'utf8');

describe(`migration 0019, name search forms, on ${testDatabaseKind}`, () => {
  let database: Database;
  let personId = '';

  beforeAll(async () => {
    database = await openTestDatabase();
    const [person] = await database.db.insert(people).values({ givenNames: 'Paweł', familyName: 'Kozłowski', dateOfBirth: '1983-10-23', sex: 'male' }).returning({ id: people.id });
    personId = person?.id ?? '';
    await database.db.insert(personNames).values([
      { personId, kind: 'current', givenNames: 'Paweł', familyName: 'Kozłowski', normalized: 'paweł kozłowski' }, // as stored before
      { personId, kind: 'previous', givenNames: 'Paweł', familyName: 'Sørensen', normalized: 'paweł sørensen' },
      { personId, kind: 'alias', givenNames: 'Pawel', familyName: 'Smith', normalized: 'pawel smith' },
    ]);
  });

  afterAll(async () => {
    await database?.close();
  });

  const search = (name: string) => searchPeopleRows(database.db, { name, page: 1, pageSize: 20 } as Parameters<typeof searchPeopleRows>[1], null);

  it('refolds the stored forms as normalizeName does, leaves others alone, and then finds the person without the letters', async () => {
    expect((await search('Pawel Kozlowski')).total).toBe(0);
    await database.db.execute(sql.raw(MIGRATION));
    const stored = await database.db.select({ kind: personNames.kind, normalized: personNames.normalized }).from(personNames).where(eq(personNames.personId, personId)).orderBy(personNames.kind);
    expect(stored).toEqual([
      { kind: 'alias', normalized: 'pawel smith' },
      { kind: 'current', normalized: normalizeName('Paweł Kozłowski') },
      { kind: 'previous', normalized: normalizeName('Paweł Sørensen') },
    ]);
    expect(stored[1]?.normalized).toBe('pawel kozlowski');
    expect((await search('Pawel Kozlowski')).rows.map((r) => r.id)).toEqual([personId]);
    expect((await search('Paweł Sorensen')).rows.map((r) => r.id)).toEqual([personId]);
  });
});
