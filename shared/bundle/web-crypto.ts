import { encodeUtf8 } from './utf8';

/**
 * The part of Web Crypto the bundle code uses. shared/ has no DOM or Node
 * types, so it names what it needs and the caller passes `globalThis.crypto`
 * (the browser's, or Node's, which is the same API).
 */
export type CryptoKeyHandle = object;

export interface WebCrypto {
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
  subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
    importKey(
      format: 'raw',
      keyData: Uint8Array<ArrayBuffer>,
      algorithm: 'PBKDF2',
      extractable: false,
      keyUsages: ['deriveKey'],
    ): Promise<CryptoKeyHandle>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array<ArrayBuffer>; iterations: number },
      baseKey: CryptoKeyHandle,
      derivedKeyType: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      keyUsages: ['encrypt'] | ['decrypt'],
    ): Promise<CryptoKeyHandle>;
    encrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array<ArrayBuffer> },
      key: CryptoKeyHandle,
      data: Uint8Array<ArrayBuffer>,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array<ArrayBuffer> },
      key: CryptoKeyHandle,
      data: Uint8Array<ArrayBuffer>,
    ): Promise<ArrayBuffer>;
  };
}

export async function sha256Hex(crypto: WebCrypto, text: string): Promise<string> {
  return sha256HexOfBytes(crypto, encodeUtf8(text));
}

export async function sha256HexOfBytes(crypto: WebCrypto, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
