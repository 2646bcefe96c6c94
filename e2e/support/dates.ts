// Dates as the pages write them and as the server counts them (England's calendar), for the journeys' checks.
import { addDays, todayInEngland } from '../../server/modules/clock/working-days.js';

export { todayInEngland };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-04" → "4 March 2025", as the web app's formatDate writes it. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** The day `days` before today in England (the server's calendar), as an ISO date. */
export const daysAgo = (days: number): string => addDays(todayInEngland(), -days);
