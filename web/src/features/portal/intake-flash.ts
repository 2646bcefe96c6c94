// The one-time message for the intake pages after routing, recording or closing a complaint.
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setIntakeFlash = (message: string): void => flash.set('', message);
export const takeIntakeFlash = (): string | null => flash.take('');
