// Dates of the demo's stories, counted back from the day of the first start so that clocks, expiries and
// overdue lists are live whenever the demo is loaded.
import { addDays, isWorkingDay } from '../clock/working-days.js';

export const daysAgo = (today: string, days: number): string => addDays(today, -days);

/** The first working day on or after the date (decisions are taken on working days). */
export function workingDayOnOrAfter(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** A moment on the day: rows written "then" carry a matching created_at, so timelines keep their order. */
export const at = (iso: string, minuteOfDay: number): Date => new Date(Date.parse(`${iso}T00:00:00Z`) + minuteOfDay * 60_000);

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
