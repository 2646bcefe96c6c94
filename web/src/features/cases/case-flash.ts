// A one-time success message for the case page after a decision or record is saved ("Severity assessed"). Held in
// memory between the action's redirect and the case page's loader, so it never sits in the address bar.
let pending: { caseId: string; message: string } | null = null;

export function setCaseFlash(caseId: string, message: string): void {
  pending = { caseId, message };
}

/** The message for this case, once: reading it clears it. */
export function takeCaseFlash(caseId: string): string | null {
  if (!pending || pending.caseId !== caseId) return null;
  const { message } = pending;
  pending = null;
  return message;
}
