// Words for the codes early warning carries (dispositions come from the zod-free shared/signal-vocabulary.ts).
import type { TRule, TRuleDefinition } from '../../../../shared/signal-contracts.js';
import { DISPOSITION_LABELS, type Disposition } from '../../../../shared/signal-vocabulary.js';
import { labelFor } from '../cases/cases.labels.js';
import type { TAlertEvent } from './signals.api.js';

export type SignalSeverity = TRule['severity'];
export type RuleKind = TRuleDefinition['kind'];
export type WarningKind = Extract<TRuleDefinition, { kind: 'during_live_warning' }>['warnings'][number];
export type ListKind = Extract<TRuleDefinition, { kind: 'list_match' }>['lists'][number];

export const DISPOSITION_HINTS: Partial<Record<Disposition, string>> = {
  no_further_action: 'Say in the reason why no action is needed',
  refer_to_psd: 'The professional standards department assesses the pattern',
  open_vetting_review: 'Opens a review of the person’s live clearance',
  management_action: 'For example, words of advice or a development plan',
  already_in_hand: 'A case or review already covers this pattern: name it in the reason',
};

export const SEVERITY_LABELS: Record<SignalSeverity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

const SEVERITY_TAG_CLASSES: Record<SignalSeverity, string> = { high: 'govuk-tag--red', medium: 'govuk-tag--orange', low: 'govuk-tag--grey' };

export function severityTagClass(severity: SignalSeverity): string {
  return `govuk-tag ${SEVERITY_TAG_CLASSES[severity]}`;
}

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  count: 'Count of allegations in a period',
  peer_percentile: 'Allegation rate compared with peers',
  during_live_warning: 'Allegation while a warning is live',
  during_vetting_review: 'Allegation while under vetting review',
  list_match: 'Barred or Advisory List match',
};

export const RULE_KIND_HINTS: Record<RuleKind, string> = {
  count: 'Alerts when a person has at least the threshold of allegations in the period',
  peer_percentile: 'Alerts when a person’s allegations are above a percentile of peers with the same force, role, rank and length of service',
  during_live_warning: 'Alerts on any allegation received while a written or final written warning from another case is live',
  during_vetting_review: 'Alerts on any allegation recorded while the person’s vetting is under review',
  list_match: 'Alerts when a person is linked to an entry on the lists kept by the College of Policing',
};

export const WARNING_LABELS: Record<WarningKind, string> = {
  written_warning: 'Written warning',
  final_written_warning: 'Final written warning',
};

export const LIST_LABELS: Record<ListKind, string> = {
  barred: 'Police Barred List',
  advisory: 'Police Advisory List',
};

/** What the alert timeline calls each event the server records (owner changes and closures say more: alertEventTitle). */
export const ALERT_EVENT_LABELS: Record<string, string> = {
  opened: 'Alert raised',
  grew: 'Pattern grew',
  assigned: 'Owner changed',
  closed: 'Closed',
  reopened: 'Re-opened: the pattern grew after it was closed',
};

/** A timeline entry's heading: who the alert went to, or what it was closed with. */
export function alertEventTitle(event: Pick<TAlertEvent, 'action' | 'disposition' | 'ownerName'>): string {
  if (event.action === 'assigned') return event.ownerName ? `Owner changed to ${event.ownerName}` : 'Owner removed';
  if (event.action === 'closed' && event.disposition) return `Closed: ${DISPOSITION_LABELS[event.disposition]}`;
  return labelFor(ALERT_EVENT_LABELS, event.action);
}

export const AGE_BAND_LABELS: Record<string, string> = {
  '0-7': 'Up to 7 days',
  '8-30': '8 to 30 days',
  '31-90': '31 to 90 days',
  '91+': 'More than 90 days',
};

export function isRuleKind(value: string): value is RuleKind {
  return Object.hasOwn(RULE_KIND_LABELS, value);
}

export function isDisposition(value: string): value is Disposition {
  return Object.hasOwn(DISPOSITION_LABELS, value);
}

export function isSeverity(value: string): value is SignalSeverity {
  return Object.hasOwn(SEVERITY_LABELS, value);
}
