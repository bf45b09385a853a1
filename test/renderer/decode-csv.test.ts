import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../renderer/features/import/decode-csv';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...new TextEncoder().encode(text)];

describe('decoding a CSV file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const utf8 = new TextEncoder().encode('Name\nZürich');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'Name\nZürich', encoding: 'UTF-8' });
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8))).toEqual({
      text: 'Name\nZürich',
      encoding: 'UTF-8',
    });
  });

  it('reads UTF-16 files that start with a byte order mark', () => {
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x4e, 0, 0xfc, 0))).toEqual({ text: 'Nü', encoding: 'UTF-16' });
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0, 0x4e, 0, 0xfc))).toEqual({ text: 'Nü', encoding: 'UTF-16' });
  });

  it('reads what is not UTF-8 as Windows-1252, as Excel’s plain CSV writes it', () => {
    // "Zürich – €5" in Windows-1252: ü is 0xFC, the en dash 0x96, the euro sign 0x80.
    expect(decodeCsvBytes(bytes(...ascii('Z'), 0xfc, ...ascii('rich '), 0x96, 0x20, 0x80, 0x35))).toEqual({
      text: 'Zürich – €5',
      encoding: 'Windows-1252',
    });
  });
});
