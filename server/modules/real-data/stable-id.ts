// Ids derived from a source's own keys (a roster row, a complaint number), so importing the same file again makes
// the same ids and every row already present is skipped: re-imports are idempotent without a lookup table.
import { createHash } from 'node:crypto';

/** A UUID (version 8, RFC 9562 "custom") from the SHA-256 of the parts. */
export function stableId(...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256').update(parts.map(String).join('\u001f')).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
