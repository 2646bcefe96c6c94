// The one-time message for the handler's report pages after a reply, a status change or a case.
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setReportFlash = (message: string): void => flash.set('', message);
export const takeReportFlash = (): string | null => flash.take('');
