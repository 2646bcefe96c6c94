import { describe, expect, it } from 'vitest';
import { checkPassphrase, hashPassphrase, newPassphrase, newReportReference } from './report-secrets.js';

const ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]+$/;

describe('report secrets', () => {
  it('draws references and passphrases from the unambiguous alphabet, at random', () => {
    const passphrases = new Set(Array.from({ length: 200 }, newPassphrase));
    expect(passphrases.size).toBe(200);
    for (const p of passphrases) expect(p).toMatch(ALPHABET);
    expect([...passphrases].every((p) => p.length === 20)).toBe(true);
    const references = Array.from({ length: 200 }, newReportReference);
    expect(new Set(references).size).toBe(200);
    expect(references.every((r) => r.length === 10 && ALPHABET.test(r))).toBe(true);
    // Every character of the alphabet turns up: the draw is not stuck on part of it.
    expect(new Set([...passphrases].join('')).size).toBe(31);
  });

  it('keeps an argon2id hash that the passphrase opens however it is typed, and nothing else does', async () => {
    const passphrase = 'K7QM2XH4DPRW9ABNTY3C';
    const hash = await hashPassphrase('K7QM-2XH4-DPRW-9ABN-TY3C');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(passphrase);
    expect(await checkPassphrase(hash, 'k7qm 2xh4 dprw 9abn ty3c')).toBe(true);
    expect(await checkPassphrase(hash, 'K7QM2XH4DPRW9ABNTY3D')).toBe(false);
    expect(await checkPassphrase(null, passphrase)).toBe(false);
  });
});
