// Vocabularies of early warning (server/modules/signals). Zod-free so the web app can import them.
export const SIGNAL_SEVERITIES = ['low', 'medium', 'high'] as const;
export const DISPOSITIONS = ['no_further_action', 'refer_to_psd', 'open_vetting_review', 'management_action', 'already_in_hand'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export const DISPOSITION_LABELS: Record<Disposition, string> = {
  no_further_action: 'No further action (with reason)',
  refer_to_psd: 'Refer to PSD for assessment',
  open_vetting_review: 'Open a vetting review',
  management_action: 'Management action',
  already_in_hand: 'Already in hand',
};
