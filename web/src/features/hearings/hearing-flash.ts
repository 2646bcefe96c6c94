// The one-time message after a hearing notice is saved ("Notice published"), keyed by the page it is for.
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setHearingFlash = (page: string, message: string): void => flash.set(page, message);
export const takeHearingFlash = (page: string): string | null => flash.take(page);
