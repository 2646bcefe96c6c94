// Address histories for the demo register, drawn the way the synthetic dataset draws them (fictional postcodes,
// declared five years before joining, an HR record that misses some moves), from a seed of their own so every
// other demo row stays as it was.
import type { employments, people, personAddresses } from '../../db/schema.js';
import { addressHistory } from '../synthetic/addresses.js';
import { dayOf, isoOf } from '../synthetic/dates.js';
import type { Random } from './random.js';

type Person = Pick<typeof people.$inferInsert, 'id' | 'dateOfBirth'>;
type Job = Pick<typeof employments.$inferInsert, 'personId' | 'forceId' | 'startDate' | 'endDate'>;

export function demoAddresses(random: Random, persons: readonly Person[], jobs: readonly Job[], asOf: string): (typeof personAddresses.$inferInsert)[] {
  const jobsOf = new Map<string, Job[]>();
  for (const job of jobs) jobsOf.set(job.personId, [...(jobsOf.get(job.personId) ?? []), job]);
  const rows: (typeof personAddresses.$inferInsert)[] = [];
  for (const person of persons) {
    if (!person.id) continue;
    const posts = [...(jobsOf.get(person.id) ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((j) => ({ forceId: j.forceId, start: dayOf(j.startDate), end: j.endDate ? dayOf(j.endDate) : null }));
    const { recorded } = addressHistory(random, { posts, bornOn: person.dateOfBirth ? dayOf(person.dateOfBirth) : null, asOf: dayOf(asOf) });
    for (const a of recorded) {
      rows.push({ personId: person.id, postcode: a.postcode, fromDate: isoOf(a.from), toDate: a.to === null ? null : isoOf(a.to), source: a.source });
    }
  }
  return rows;
}
