/**
 * UTF-8 without TextEncoder/TextDecoder, which are not part of the ES library
 * shared/ is compiled against. decodeUtf8 is strict: invalid bytes give null,
 * never replacement characters, so a damaged file is refused rather than read.
 */

export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0;
    // A lone surrogate has no UTF-8 form; write U+FFFD as TextEncoder does.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    }
  }
  return new Uint8Array(bytes);
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let chunk: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i] ?? 0;
    let length: number;
    let code: number;
    let min: number;
    if (first < 0x80) [length, code, min] = [1, first, 0];
    else if (first >= 0xc2 && first < 0xe0) [length, code, min] = [2, first & 31, 0x80];
    else if (first >= 0xe0 && first < 0xf0) [length, code, min] = [3, first & 15, 0x800];
    else if (first >= 0xf0 && first < 0xf5) [length, code, min] = [4, first & 7, 0x10000];
    else return null;
    if (i + length > bytes.length) return null;
    for (let j = 1; j < length; j += 1) {
      const next = bytes[i + j] ?? 0;
      if ((next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 63);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    chunk.push(code);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += length;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
