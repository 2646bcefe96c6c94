// The one-time message after a quality-assurance write ("Review saved"), keyed by the page it is for.
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setQaFlash = (page: string, message: string): void => flash.set(page, message);
export const takeQaFlash = (page: string): string | null => flash.take(page);
