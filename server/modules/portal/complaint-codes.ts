// Complaint references and the one-time codes for checking progress.
import { createHash, randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from '../../../shared/portal-vocabulary.js';

/** A random reference (31^10 ≈ 8 × 10^14 of them): not sequential, so it says nothing about how many there are. */
export function newComplaintReference(): string {
  let reference = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}

export function newAccessCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

/** Only this hash is stored; salted with the complaint so equal codes on two complaints hash differently. */
export function hashAccessCode(complaintId: string, code: string): string {
  return createHash('sha256').update(`${complaintId}:${code}`).digest('hex');
}
