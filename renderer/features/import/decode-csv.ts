export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/**
 * A CSV file's bytes as text. Excel writes UTF-8 ("CSV UTF-8"), UTF-16
 * ("Unicode text", with a byte order mark) or, in its plain "CSV" format on
 * Windows, the legacy Windows-1252: bytes that are not valid UTF-8 are read
 * as that, so "Zürich" stays "Zürich" instead of becoming "Z�rich".
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** Windows-1252's printable characters at 0x80–0x9F; the other bytes are Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

// By hand rather than with TextDecoder: Node's decoder treats this label as Latin-1, losing €, – and “”.
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  }
  return text;
}
