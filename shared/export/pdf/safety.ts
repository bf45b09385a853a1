/**
 * jsPDF always writes an /OpenAction into the catalog (a "fit width" view).
 * It is harmless, but auditors' tools flag any OpenAction, and this file
 * must carry no action at all. Overwriting it with spaces of the same length
 * keeps every byte offset, so the cross-reference table stays valid.
 */
export function withoutOpenAction(bytes: Uint8Array): Uint8Array {
  const text = latin1(bytes);
  const catalog = text.indexOf('/Type /Catalog');
  if (catalog === -1) return bytes;
  const pattern = /\/OpenAction \[\d+ 0 R \/[A-Za-z]+(?: [\d.]+| null)*\]/y;
  const start = text.indexOf('/OpenAction', catalog);
  const end = text.indexOf('>>', catalog);
  if (start === -1 || start > end) return bytes;
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  if (!match) return bytes;
  const result = bytes.slice();
  result.fill(0x20, start, start + match[0].length);
  return result;
}

function latin1(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x2000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x2000)));
  }
  return chunks.join('');
}
