/** Base64 (RFC 4648, with padding) without atob/Buffer, which shared/ cannot assume. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map(Array.from({ length: ALPHABET.length }, (_, index) => [ALPHABET.charAt(index), index]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63] ?? '';
    out += ALPHABET[(triple >> 12) & 63] ?? '';
    out += i + 1 < bytes.length ? (ALPHABET[(triple >> 6) & 63] ?? '') : '=';
    out += i + 2 < bytes.length ? (ALPHABET[triple & 63] ?? '') : '=';
  }
  return out;
}

/** The bytes, or null when the text is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let j = 0; j < 4; j += 1) triple = (triple << 6) | (VALUE.get(text[i + j] ?? '=') ?? 0);
    for (const shift of [16, 8, 0]) {
      if (at < bytes.length) bytes[at++] = (triple >> shift) & 255;
    }
  }
  return bytes;
}
