// The case page's one-time message after a decision or record is saved ("Severity assessed").
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setCaseFlash = (caseId: string, message: string): void => flash.set(caseId, message);
export const takeCaseFlash = (caseId: string): string | null => flash.take(caseId);
