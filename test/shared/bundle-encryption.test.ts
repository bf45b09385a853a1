import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import {
  ENCRYPTED_FORMAT,
  encryptText,
  MIN_PBKDF2_ITERATIONS,
  type EncryptedBundle,
} from '../../shared/bundle/encryption';
import { readBundle, type BundleReadResult } from '../../shared/bundle/read-bundle';
import { encodeUtf8 } from '../../shared/bundle/utf8';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';

const crypto = webcrypto;
const PASSPHRASE = 'correct horse battery staple – Ærø';

async function encryptedSample(): Promise<{ envelope: EncryptedBundle; plain: string }> {
  const bundle = await createBundle(crypto, samplePlan(), {
    exportedAt: SAMPLE_NOW,
    app: { name: 'DR Planner', version: '0.1.0' },
  });
  const plain = serialiseBundle(bundle);
  return { envelope: await encryptText(crypto, plain, PASSPHRASE), plain };
}

const read = (value: unknown, passphrase?: string) =>
  readBundle(encodeUtf8(JSON.stringify(value)), { crypto, passphrase });

function reasonOf(result: BundleReadResult) {
  return result.ok ? 'ok' : result.reason;
}

describe('passphrase-encrypted bundles', () => {
  it('keep their parameters in the envelope and none of the plan in clear', async () => {
    const { envelope } = await encryptedSample();
    expect(envelope.format).toBe(ENCRYPTED_FORMAT);
    expect(envelope.encryption).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: MIN_PBKDF2_ITERATIONS,
    });
    expect(MIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const text = JSON.stringify(envelope);
    expect(text).not.toContain('Łukasiewicz');
    expect(text).not.toContain('Zürich');
  });

  it('use a fresh salt and IV each time', async () => {
    const a = await encrypt('same text');
    const b = await encrypt('same text');
    expect(a.encryption.salt).not.toBe(b.encryption.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('open with the right passphrase to the same plan and hash', async () => {
    const { envelope, plain } = await encryptedSample();
    const opened = await read(envelope, PASSPHRASE);
    const direct = await readBundle(encodeUtf8(plain), { crypto });
    if (!opened.ok || !direct.ok) throw new Error('expected both to open');
    expect(opened.encrypted).toBe(true);
    expect(opened.snapshot).toEqual(direct.snapshot);
    expect(opened.contentHash).toBe(direct.contentHash);
  });

  it('ask for a passphrase, and refuse a wrong one with a clear message', async () => {
    const { envelope } = await encryptedSample();
    expect(reasonOf(await read(envelope))).toBe('passphrase-needed');
    const wrong = await read(envelope, 'correct horse battery stapler');
    expect(reasonOf(wrong)).toBe('wrong-passphrase');
    expect(wrong.ok ? '' : wrong.problems[0]?.message).toMatch(/passphrase is wrong/);
  });

  it('refuse a file changed after encryption, as a wrong passphrase would be', async () => {
    const { envelope } = await encryptedSample();
    const flipped = envelope.ciphertext.startsWith('A') ? 'B' : 'A';
    const tampered = { ...envelope, ciphertext: flipped + envelope.ciphertext.slice(1) };
    expect(reasonOf(await read(tampered, PASSPHRASE))).toBe('wrong-passphrase');
  });

  it('refuse too few iterations and malformed parameters, naming the field', async () => {
    const { envelope } = await encryptedSample();
    const weak = await read({ ...envelope, encryption: { ...envelope.encryption, iterations: 1000 } }, 'x');
    expect(weak.ok ? [] : weak.problems.map((p) => p.path)).toContain('$.encryption.iterations');
    const badSalt = await read({ ...envelope, encryption: { ...envelope.encryption, salt: '%%' } }, 'x');
    expect(badSalt.ok ? [] : badSalt.problems.map((p) => p.path)).toContain('$.encryption.salt');
  });
});

function encrypt(text: string) {
  return encryptText(crypto, text, PASSPHRASE);
}
