// Working days on the England & Wales calendar: weekdays that are not bank holidays (date-holidays,
// region GB-ENG, which includes substitute days). Dates are ISO 'YYYY-MM-DD' strings, never local-time Dates.
import Holidays from 'date-holidays';

const calendar = new Holidays('GB', 'ENG');
const bankHolidaysByYear = new Map<number, Set<string>>();

function bankHolidays(year: number): Set<string> {
  let days = bankHolidaysByYear.get(year);
  if (!days) {
    days = new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    bankHolidaysByYear.set(year, days);
  }
  return days;
}

const toDate = (iso: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
};
const toIso = (d: Date): string => d.toISOString().slice(0, 10);

export const isBankHoliday = (iso: string): boolean => bankHolidays(Number(iso.slice(0, 4))).has(iso);

export function isWorkingDay(iso: string): boolean {
  const day = toDate(iso).getUTCDay();
  return day !== 0 && day !== 6 && !isBankHoliday(iso);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The date `n` working days after `iso` (the start day itself is not counted), as a statutory deadline is. */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let current = iso;
  let remaining = n;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return toIso(d);
}

/** Today in England and Wales (UK civil date), as an ISO date. */
export function todayInEngland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
