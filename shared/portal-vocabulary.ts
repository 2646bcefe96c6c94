// Vocabularies of the public complaint portal (server/modules/portal), free of zod so the web app can import them.
export const COMPLAINT_STATUSES = ['received', 'recorded_as_case', 'closed_without_case'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: 'Received',
  recorded_as_case: 'Recorded as a case',
  closed_without_case: 'Closed without a case',
};

export const PREFERRED_CONTACTS = ['email', 'phone', 'post'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];
export const PREFERRED_CONTACT_LABELS: Record<PreferredContact, string> = { email: 'Email', phone: 'Phone', post: 'Post' };

// What the complainant sees when they check progress.
export const PROGRESS_STAGES = ['received', 'recorded_as_case', 'closed'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

// References are read out over the phone and copied from emails: no characters that look alike (0/O, 1/I/L).
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REFERENCE_LENGTH = 10;
export const REFERENCE_PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** A reference as typed ("abcd-efgh 23") in the form it is stored: capitals, no spaces or dashes. */
export function normalizeReference(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/** The minimum time between opening the form and sending it: anything faster is a script, not a person. */
export const MINIMUM_FILL_SECONDS = 5;

// Limits shared by the API and the web form, so the form can say how long an answer may be.
export const PORTAL_LIMITS = {
  officerName: 200,
  collarNumber: 20,
  officerDescription: 2_000,
  incidentPlace: 500,
  whatHappened: 20_000,
  name: 200,
  email: 320,
  phone: 40,
  postalAddress: 1_000,
  accessibilityNeeds: 2_000,
  note: 2_000,
} as const;
