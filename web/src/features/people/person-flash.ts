// A one-time success message for the person page after a record is saved ("Address recorded"). Held in memory
// between the action's redirect and the person page's loader, so it never sits in the address bar.
let pending: { personId: string; message: string } | null = null;

export function setPersonFlash(personId: string, message: string): void {
  pending = { personId, message };
}

/** The message for this person, once: reading it clears it. */
export function takePersonFlash(personId: string): string | null {
  if (!pending || pending.personId !== personId) return null;
  const { message } = pending;
  pending = null;
  return message;
}
