// The one-time message for the page a vetting form returns to ("Check recorded: PNC").
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setVettingFlash = (path: string, message: string): void => flash.set(path, message);
export const takeVettingFlash = (path: string): string | null => flash.take(path);
