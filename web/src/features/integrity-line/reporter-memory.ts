// What the reporter's pages remember between pages: held in this tab's memory only, never in storage, the address
// bar or history. A reload forgets it, which is the point: the passphrase is shown once, and an opened report
// closes when the tab does.
import type { TOpenReport, TReportReceipt, TReporterView } from '../../../../shared/integrity-line-contracts.js';

let receipt: TReportReceipt | null = null;
let opened: { credentials: TOpenReport; view: TReporterView } | null = null;

export function rememberReceipt(value: TReportReceipt): void {
  receipt = value;
}

export function recalledReceipt(): TReportReceipt | null {
  return receipt;
}

export function forgetReceipt(): void {
  receipt = null;
}

export function rememberOpened(credentials: TOpenReport, view: TReporterView): void {
  opened = { credentials, view };
}

export function openedReport(): { credentials: TOpenReport; view: TReporterView } | null {
  return opened;
}

export function forgetOpened(): void {
  opened = null;
}
