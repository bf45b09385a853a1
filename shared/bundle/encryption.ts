import { z } from 'zod';
import { fromBase64, toBase64 } from './base64';
import { decodeUtf8, encodeUtf8 } from './utf8';
import type { CryptoKeyHandle, WebCrypto } from './web-crypto';

/**
 * Passphrase protection for a bundle: AES-256-GCM with a key from
 * PBKDF2-SHA-256. The salt, IV and iteration count travel in the envelope, so
 * a later version can raise the count and still open older files. GCM's tag
 * means a wrong passphrase or a changed byte fails to decrypt instead of
 * giving garbage.
 */

export const ENCRYPTED_FORMAT = 'dr-planner-plan-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; files written with fewer are refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** A bound so a hostile file cannot make us spin for hours. */
const MAX_PBKDF2_ITERATIONS = 10_000_000;

const base64Schema = (label: string) =>
  z.string().refine((text) => fromBase64(text) !== null, { error: `${label} must be base64` });

export const encryptedBundleSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(ENCRYPTED_FORMAT_VERSION, {
    error: 'This encrypted plan was made by a newer DR Planner; update DR Planner to open it',
  }),
  encryption: z.strictObject({
    cipher: z.literal('AES-256-GCM'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z
      .number()
      .int()
      .min(MIN_PBKDF2_ITERATIONS, { error: `must be at least ${MIN_PBKDF2_ITERATIONS}` })
      .max(MAX_PBKDF2_ITERATIONS, { error: `must be at most ${MAX_PBKDF2_ITERATIONS}` }),
    salt: base64Schema('salt'),
    iv: base64Schema('iv'),
  }),
  ciphertext: base64Schema('ciphertext'),
});
export type EncryptedBundle = z.infer<typeof encryptedBundleSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is wrong, or the file was changed after it was encrypted.');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKey(
  crypto: WebCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: ['encrypt'] | ['decrypt'],
): Promise<CryptoKeyHandle> {
  const material = await crypto.subtle.importKey('raw', encodeUtf8(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usage,
  );
}

export async function encryptText(
  crypto: WebCrypto,
  plaintext: string,
  passphrase: string,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<EncryptedBundle> {
  if (passphrase === '') throw new Error('The passphrase is empty.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(crypto, passphrase, salt, iterations, ['encrypt']);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encodeUtf8(plaintext));
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    encryption: {
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      iv: toBase64(iv),
    },
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The plaintext; throws {@link WrongPassphraseError} when the passphrase or the file is wrong. */
export async function decryptText(
  crypto: WebCrypto,
  envelope: EncryptedBundle,
  passphrase: string,
): Promise<string> {
  const salt = fromBase64(envelope.encryption.salt);
  const iv = fromBase64(envelope.encryption.iv);
  const ciphertext = fromBase64(envelope.ciphertext);
  if (!salt || !iv || !ciphertext) throw new WrongPassphraseError();
  const key = await deriveKey(crypto, passphrase, salt, envelope.encryption.iterations, ['decrypt']);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext);
  } catch {
    throw new WrongPassphraseError();
  }
  const text = decodeUtf8(new Uint8Array(plaintext));
  if (text === null) throw new WrongPassphraseError();
  return text;
}
