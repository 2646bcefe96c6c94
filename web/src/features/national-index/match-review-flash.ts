// The one-time message for the review queue after a decision ("Possible match rejected: Sam Jones").
import { createFlash } from '../../components/flash.js';

const flash = createFlash();
export const setReviewFlash = (message: string): void => flash.set('', message);
export const takeReviewFlash = (): string | null => flash.take('');
