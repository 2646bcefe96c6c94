// The reporter's reference and passphrase. Both are random (a reference says nothing about when a report was made or
// how many there are); the passphrase is shown once and kept only as an argon2id hash, like a password.
import { randomInt } from 'node:crypto';
import { normalizeSecret, PASSPHRASE_LENGTH, REPORT_REFERENCE_LENGTH, SECRET_ALPHABET } from '../../../shared/integrity-line-vocabulary.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../users/password.js';

function randomSecret(length: number): string {
  let secret = '';
  for (let i = 0; i < length; i++) secret += SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)];
  return secret;
}

/** 31^10 ≈ 8 × 10^14 references: a clash is redrawn, and a guessed reference is useless without its passphrase. */
export const newReportReference = (): string => randomSecret(REPORT_REFERENCE_LENGTH);

/** 20 characters from 31 (about 99 bits), from the operating system's random source. */
export const newPassphrase = (): string => randomSecret(PASSPHRASE_LENGTH);

/** Hashed as typed back: capitals, no spaces or dashes, so "k7qm-2xh4 …" opens a report given "K7QM2XH4…". */
export const hashPassphrase = (passphrase: string): Promise<string> => hashPassword(normalizeSecret(passphrase));

/**
 * One argon2id verification whether or not there is a report: an unknown reference costs as long as a wrong
 * passphrase, so timing does not tell a caller which references exist.
 */
export async function checkPassphrase(passphraseHash: string | null, passphrase: string): Promise<boolean> {
  const typed = normalizeSecret(passphrase);
  if (passphraseHash === null) {
    await burnPasswordCheck(typed);
    return false;
  }
  return verifyPassword(passphraseHash, typed);
}
