// The one-time message after an early-warning write ("Alert closed", "Rule changed"), keyed by the page it is for.
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setSignalsFlash = (page: string, message: string): void => flash.set(page, message);
export const takeSignalsFlash = (page: string): string | null => flash.take(page);
