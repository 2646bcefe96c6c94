// The anti-bot token of the complaint form: the time the form was opened, signed with the portal secret.
// A complaint sent sooner than MINIMUM_FILL_SECONDS after it (no person answers seven questions that fast), or
// with a forged or stale token, is refused. Stateless by design: nothing is stored for people who never finish.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { MINIMUM_FILL_SECONDS } from '../../../shared/portal-vocabulary.js';

export const FORM_TOKEN_HOURS = 24;

export type FormTokenCheck = 'ok' | 'invalid' | 'too-soon' | 'expired';

const sign = (secret: string, payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueFormToken(secret: string, issuedAtMs: number = Date.now()): string {
  const payload = `${issuedAtMs.toString(36)}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function checkFormToken(secret: string, token: string, nowMs: number = Date.now()): FormTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return 'invalid';
  const [issued = '', nonce = '', signature = ''] = parts;
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const issuedAtMs = Number.parseInt(issued, 36);
  if (!Number.isSafeInteger(issuedAtMs)) return 'invalid';
  const age = nowMs - issuedAtMs;
  if (age < MINIMUM_FILL_SECONDS * 1000) return 'too-soon';
  if (age > FORM_TOKEN_HOURS * 3_600_000) return 'expired';
  return 'ok';
}
