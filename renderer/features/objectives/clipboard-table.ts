/**
 * Splits what Excel, LibreOffice or Google Sheets put on the clipboard as
 * text/plain: cells separated by tabs, rows by line breaks. A cell holding a
 * tab, a line break or a leading quote arrives wrapped in quotes with inner
 * quotes doubled. Any other quote is literal: Excel copies `"Big" server`
 * as it is, so a quote only opens a quoted cell when its closing quote ends
 * the cell. (papaparse reads such a cell as a broken quoted field.)
 */
export function splitClipboardTable(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = text[at] === '"' ? readQuoted(text, at) : null;
    let end = quoted ? quoted.end : at;
    if (!quoted) while (end < text.length && !isBreak(text[end])) end += 1;
    row.push(quoted ? quoted.value : text.slice(at, end));
    at = end;
    if (at >= text.length) break;
    if (text[at] === '\t') {
      at += 1;
      continue;
    }
    at += text.startsWith('\r\n', at) ? 2 : 1;
    rows.push(row);
    row = [];
    // Spreadsheets end the copied block with a line break: no empty last row.
    if (at >= text.length) return rows;
  }
  rows.push(row);
  return rows;
}

function isBreak(char: string | undefined): boolean {
  return char === '\t' || char === '\n' || char === '\r';
}

/** The quoted cell starting at `start`, or null when its quotes are literal text. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    if (text[quote + 1] === '"') {
      value += text.slice(from, quote) + '"';
      from = quote + 2;
      continue;
    }
    const after = text[quote + 1];
    return after === undefined || isBreak(after)
      ? { value: value + text.slice(from, quote), end: quote + 1 }
      : null;
  }
}
