// Dates as whole days since 1970-01-01 (UTC): cheap to add and compare in a generator that makes millions.
const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** A timestamp on that day (UTC), `minute` minutes after 09:00, so events of one day keep their order. */
export const timestampOf = (day: number, minute = 0): string =>
  `${isoOf(day)}T${String(9 + Math.floor(minute / 60) % 15).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

export const yearOf = (day: number): number => new Date(day * MS_PER_DAY).getUTCFullYear();

export const YEAR = 365.25;

/** Calendar months later, clamped to the month's last day, as clock/working-days.ts addMonths does, on day numbers. */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / MS_PER_DAY);
}
