// A one-time success message for the review queue after a decision ("Possible match rejected: Sam Jones"). Held in
// memory between the action's redirect and the queue's loader, so it never sits in the address bar.
let pending: string | null = null;

export function setReviewFlash(message: string): void {
  pending = message;
}

/** The message, once: reading it clears it. */
export function takeReviewFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
