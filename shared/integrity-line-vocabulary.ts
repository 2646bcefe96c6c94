// Vocabularies of the anonymous integrity line for staff (server/modules/integrity-line), free of zod so the web app
// can import them. What the reporter is told about their report is written here once, for the API and the pages.

/** What a report is about: a small, fixed list, so a category never describes the reporter in their own words. */
export const REPORT_CATEGORIES = [
  'corruption',
  'abuse_of_position_sexual',
  'misuse_of_information',
  'criminal_links',
  'dishonesty',
  'discrimination_or_harassment',
  'sexual_misconduct',
  'other',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export const REPORT_CATEGORY_LABELS: Record<ReportCategory, string> = {
  corruption: 'Corruption, bribery or abuse of position for gain',
  abuse_of_position_sexual: 'Abuse of position for a sexual purpose',
  misuse_of_information: 'Misuse of police systems or information',
  criminal_links: 'Links to criminals or criminal behaviour',
  dishonesty: 'Dishonesty, such as false statements or records',
  discrimination_or_harassment: 'Discrimination, bullying or harassment',
  sexual_misconduct: 'Sexual harassment or sexual misconduct',
  other: 'Something else',
};

export const REPORT_STATUSES = ['received', 'assessed', 'investigation_opened', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  received: 'Received',
  assessed: 'Assessed',
  investigation_opened: 'Investigation opened',
  closed: 'Closed',
};

export const OUTCOME_CLASSES = ['no_action', 'management_action', 'misconduct_proceedings', 'criminal_investigation', 'other'] as const;
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];
export const OUTCOME_CLASS_LABELS: Record<OutcomeClass, string> = {
  no_action: 'No further action',
  management_action: 'Management action',
  misconduct_proceedings: 'Misconduct proceedings',
  criminal_investigation: 'Criminal investigation',
  other: 'Another outcome',
};

/** Where a report may go next: forward only, and a closed report stays closed. */
const NEXT_STATUSES: Record<ReportStatus, readonly Exclude<ReportStatus, 'received'>[]> = {
  received: ['assessed', 'investigation_opened', 'closed'],
  assessed: ['investigation_opened', 'closed'],
  investigation_opened: ['closed'],
  closed: [],
};

export function nextStatuses(status: ReportStatus): readonly Exclude<ReportStatus, 'received'>[] {
  return NEXT_STATUSES[status];
}

/** The status in words, as the reporter reads it. */
export function reporterStatusText(status: ReportStatus, outcomeClass: OutcomeClass | null): { headline: string; explanation: string } {
  switch (status) {
    case 'received':
      return { headline: 'Received', explanation: 'Your report has been received. The counter-corruption unit will read it and decide what to do.' };
    case 'assessed':
      return { headline: 'Assessed', explanation: 'The counter-corruption unit has read and assessed your report. They may send you a message with questions.' };
    case 'investigation_opened':
      return { headline: 'Investigation opened', explanation: 'An investigation has been opened into what you reported. You may not hear more for some time while it goes on.' };
    case 'closed':
      return {
        headline: outcomeClass ? `Closed: ${OUTCOME_CLASS_LABELS[outcomeClass].toLowerCase()}` : 'Closed',
        explanation: 'Your report is closed. The outcome is given as a class only, so that no one involved can be identified from it.',
      };
  }
}

// References and passphrases are copied by hand: no characters that look alike (0/O, 1/I/L).
export const SECRET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REPORT_REFERENCE_LENGTH = 10;
/** 20 characters from 31: about 99 bits, far beyond guessing even without the lock. */
export const PASSPHRASE_LENGTH = 20;
export const PASSPHRASE_GROUP = 4;
export const REPORT_REFERENCE_PATTERN = new RegExp(`^[${SECRET_ALPHABET}]{${REPORT_REFERENCE_LENGTH}}$`);

/** A reference or passphrase as typed ("k7qm-2xh4 …") in the form it is checked: capitals, no spaces or dashes. */
export function normalizeSecret(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/** A passphrase shown in groups of four ("K7QM-2XH4-…") so it is easier to write down and type back. */
export function groupPassphrase(passphrase: string): string {
  return normalizeSecret(passphrase).match(new RegExp(`.{1,${PASSPHRASE_GROUP}}`, 'g'))?.join('-') ?? '';
}

/** Wrong passphrases in a row before a report locks until the next day. */
export const MAX_WRONG_PASSPHRASES = 5;

// Limits shared by the API and the web forms, so the forms can say how long an answer may be.
export const INTEGRITY_LIMITS = {
  whatHappened: 10_000,
  message: 5_000,
} as const;
