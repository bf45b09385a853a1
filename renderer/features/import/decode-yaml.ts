/**
 * A catalog file's bytes as text. YAML is UTF-8, or UTF-16 with a byte order
 * mark; anything else is refused (null) rather than garbled. Pure: the
 * import dialog and `drp import backstage` both read files through it.
 */
export function decodeYaml(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
