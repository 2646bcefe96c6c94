// The person page's one-time message after a record is saved ("Address recorded").
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setPersonFlash = (personId: string, message: string): void => flash.set(personId, message);
export const takePersonFlash = (personId: string): string | null => flash.take(personId);
