// A one-time success message after a write ("Notice published"), keyed by the page it is for. Held in memory between
// the action's redirect and that page's loader, so it never sits in the address bar.
let pending: { page: string; message: string } | null = null;

export function setHearingFlash(page: string, message: string): void {
  pending = { page, message };
}

/** The message for this page, once: reading it clears it. */
export function takeHearingFlash(page: string): string | null {
  if (!pending || pending.page !== page) return null;
  const { message } = pending;
  pending = null;
  return message;
}
