// Where each synthetic person lived, by postcode: a life of residences in the area of the force they serve
// (moving every few years, and often on joining another force), and what the register records of it — the
// five years before joining that a vetting application declares, and the HR record from joining on, which
// sometimes misses a move. A person who re-registers elsewhere carries the same life into the new record.
// Postcodes are fictional: every force has an area beginning with X or Q, letters no real postcode area starts with.
import type { Random } from '../demo/random.js';
import { YEAR } from './dates.js';
import { FORCE_HEADCOUNT } from './force-sizes.js';

/** Days are day numbers; `to` is the last day there, null while still there at the end of the history. */
export type Residence = { postcode: string; from: number; to: number | null };
export type RecordedAddress = Residence & { source: 'hr_record' | 'vetting_declaration' };

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// The letters an inward code's unit uses (Royal Mail leaves out C, I, K, M, O and V).
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const AREAS = new Map(FORCE_HEADCOUNT.map(([forceId], i) => [forceId, `${i < 26 ? 'X' : 'Q'}${LETTERS[i % 26] ?? 'A'}`]));
export const areaOf = (forceId: string): string => AREAS.get(forceId) ?? 'XZ';

/** One of 30 districts × 10 sectors × 400 units in the area: about 120,000 postcodes a force. */
export function postcodeIn(random: Random, area: string): string {
  const unit = `${UNIT_LETTERS[random.int(0, 19)] ?? 'A'}${UNIT_LETTERS[random.int(0, 19)] ?? 'A'}`;
  return `${area}${random.int(1, 30)} ${random.int(0, 9)}${unit}`;
}

// A stay at one address lasts 5.5 years on average (exponential), at least six months.
const MEAN_STAY_DAYS = 5.5 * YEAR;
const MIN_STAY_DAYS = 183;
// Joining another force: a move for it in 60% of cases, up to two months before the first day.
const MOVE_FOR_JOB = 0.6;
// The share of moves a serving person's HR record never hears of (the record keeps the old postcode).
const HR_MISSES_MOVE = 0.15;
const DECLARED_YEARS = 5;

/**
 * Residences from `from` to `asOf`. `areaAt(day)` is the area of the force served on that day (or about to be
 * joined); `joins`, the first days in a new force, each a reason to move.
 */
function liveFrom(random: Random, o: { from: number; asOf: number; areaAt: (day: number) => string; joins: readonly number[] }): Residence[] {
  const out: Residence[] = [];
  let day = o.from;
  while (day <= o.asOf) {
    let end = day + stay(random);
    const join = o.joins.find((j) => j > day + 60 && j <= end);
    if (join !== undefined && random.chance(MOVE_FOR_JOB)) end = join - random.int(0, 60);
    out.push({ postcode: postcodeIn(random, o.areaAt(day + 60)), from: day, to: end > o.asOf ? null : end - 1 });
    day = end;
  }
  return out;
}

const stay = (random: Random): number => Math.max(MIN_STAY_DAYS, Math.round(-Math.log(1 - random.next()) * MEAN_STAY_DAYS));

/**
 * The same life, re-registered: the residences of `before` up to two months before `joined` (a new force,
 * whose area is `area`), then a move for the job or staying put a while longer, and on from there.
 */
function continueLife(random: Random, before: readonly Residence[], joined: number, asOf: number, area: string): Residence[] {
  const kept = before.filter((r) => r.from <= joined - 60).map((r) => ({ ...r }));
  const current = kept.at(-1);
  let day: number;
  if (!current || random.chance(MOVE_FOR_JOB)) {
    day = joined - random.int(0, 60);
    if (current && day - 1 < current.from) kept.pop();
    else if (current) current.to = day - 1;
  } else {
    day = joined + stay(random);
    current.to = day > asOf ? null : day - 1;
  }
  return [...kept, ...liveFrom(random, { from: day, asOf, areaAt: () => area, joins: [] })];
}

/**
 * What one register record holds of a life: the residences of the five years before `joined` that ended
 * before it (declared on the vetting application), and from `joined` on what HR recorded — every residence
 * but the moves it missed, up to `left` (the last known address stays open: HR does not hear of later moves).
 */
function recordedAddresses(random: Random, life: readonly Residence[], joined: number, left: number | null): RecordedAddress[] {
  const declaredFrom = joined - Math.round(DECLARED_YEARS * YEAR);
  const declared: RecordedAddress[] = life
    .filter((r) => r.to !== null && r.to < joined && r.to >= declaredFrom)
    .map((r) => ({ ...r, source: 'vetting_declaration' }));
  const hr: RecordedAddress[] = [];
  for (const r of life) {
    if ((r.to !== null && r.to < joined) || (left !== null && r.from > left)) continue;
    const last = hr.at(-1);
    if (last && random.chance(HR_MISSES_MOVE)) {
      last.to = r.to;
      continue;
    }
    hr.push({ ...r, source: 'hr_record' });
  }
  const final = hr.at(-1);
  if (final && left !== null && final.to !== null && final.to >= left) final.to = null;
  return [...declared, ...hr];
}

/** A post as the address history reads it: the force and its first and last days (null while serving). */
export type Post = { forceId: string; start: number; end: number | null };

/**
 * One register record's address history, and the life it was drawn from (for a later record of the same
 * person): a new life from five years before the first post (not before the 16th birthday; a person born on an
 * unknown day is taken to have joined at 25), or the life of an earlier record carried on (`continues`, a
 * re-registration). Empty when the record has no post.
 */
export function addressHistory(random: Random, o: { posts: readonly Post[]; bornOn: number | null; asOf: number; continues?: readonly Residence[] }): { life: Residence[]; recorded: RecordedAddress[] } {
  const posts = o.posts;
  const first = posts[0];
  if (!first) return { life: [], recorded: [] };
  const bornOn = o.bornOn ?? first.start - Math.round(25 * YEAR);
  const life = o.continues
    ? continueLife(random, o.continues, first.start, o.asOf, areaOf(first.forceId))
    : liveFrom(random, {
      from: Math.max(first.start - Math.round(DECLARED_YEARS * YEAR), bornOn + Math.round(16 * YEAR)),
      asOf: o.asOf,
      areaAt: (day) => areaOf(posts.findLast((s) => s.start <= day)?.forceId ?? first.forceId),
      joins: posts.slice(1).filter((s, i) => s.forceId !== posts[i]?.forceId).map((s) => s.start),
    });
  const left = posts.some((s) => s.end === null) ? null : Math.max(...posts.map((s) => s.end ?? 0));
  return { life, recorded: recordedAddresses(random, life, first.start, left) };
}
