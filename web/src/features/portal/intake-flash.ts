// A one-time success message for the intake pages after routing, recording or closing a complaint. Held in memory
// between the action's redirect and the next page's loader, so it never sits in the address bar.
let pending: string | null = null;

export function setIntakeFlash(message: string): void {
  pending = message;
}

export function takeIntakeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
