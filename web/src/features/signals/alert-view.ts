// What the alert pages show that depends on more than a label: whether a piece of evidence links to its case, and
// when an alert was closed.
import { can, type Actor } from '../../../../shared/policy.js';

/**
 * A case page opens only within the reader's reach: a case of another force is named, not linked. Decided on the
 * case's force id (never its name) by the same policy the server applies.
 */
export function canOpenEvidenceCase(user: Actor, forceId: string): boolean {
  return can(user, 'case:read', { forceIds: [forceId] });
}

const UK_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The day a timestamp falls on in the UK, as "24 November 2026". */
export function ukDateOf(timestamp: string | null, empty = 'Not recorded'): string {
  if (!timestamp) return empty;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : UK_DATE.format(date);
}
