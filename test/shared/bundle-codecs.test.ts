import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../shared/bundle/base64';
import { decodeUtf8, encodeUtf8 } from '../../shared/bundle/utf8';

describe('base64', () => {
  it('matches Node for any bytes, and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('refuses text that is not base64', () => {
    for (const text of ['abc', 'ab$=', '====', 'a=bc']) expect(fromBase64(text)).toBeNull();
  });
});

describe('UTF-8', () => {
  it('matches TextEncoder and TextDecoder for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        const bytes = encodeUtf8(text);
        expect(bytes).toEqual(new TextEncoder().encode(text));
        expect(decodeUtf8(bytes)).toBe(text);
      }),
    );
  });

  it('refuses invalid bytes instead of replacing them', () => {
    const invalid = [
      [0xff],
      [0xc3],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x28, 0xa1],
    ];
    for (const bytes of invalid) expect(decodeUtf8(new Uint8Array(bytes))).toBeNull();
    expect(decodeUtf8(new Uint8Array([0x5a, 0xc3, 0xbc]))).toBe('Zü');
  });
});
