// A one-time success message for the handler's report pages after a reply, a status change or a case. Held in
// memory between the action's redirect and the next page's loader, so it never sits in the address bar.
let pending: string | null = null;

export function setReportFlash(message: string): void {
  pending = message;
}

export function takeReportFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
