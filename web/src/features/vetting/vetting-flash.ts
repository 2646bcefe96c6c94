// A one-time success message for the page a vetting form returns to ("Check recorded: PNC"). Held in memory between
// the action's redirect and the next page's loader, so it never sits in the address bar.
let pending: { path: string; message: string } | null = null;

export function setVettingFlash(path: string, message: string): void {
  pending = { path, message };
}

/** The message for this page, once: reading it clears it. */
export function takeVettingFlash(path: string): string | null {
  if (!pending || pending.path !== path) return null;
  const { message } = pending;
  pending = null;
  return message;
}
