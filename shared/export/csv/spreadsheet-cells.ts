/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula, so a system named `=HYPERLINK(…)` typed in
 * a workshop could act on an auditor's machine. Our CSV files put a ' before
 * such a cell, and our CSV import takes exactly one ' off again.
 *
 * The apostrophes already at the start count too: a cell that is `'=x` as
 * typed goes out as `''=x` and comes back as `'=x`, not `=x`. And the whole
 * cell is tested, not its first line: papaparse's own escapeFormulae
 * (`/^[=+\-@\t\r].*$/`) misses a cell with a line break in it.
 */
export const FORMULA_CELL = /^'*[=+\-@\t\r]/;

/** The cell as it was before our export escaped it. */
export function unescapeFormulaCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * A cell's text as a CSV file can carry it: without NUL characters, which a
 * spreadsheet cuts the cell at and which make our own import take the file
 * for a binary one (an Excel workbook picked by mistake). Nothing a person
 * types holds one; a plan file from elsewhere might.
 */
export function spreadsheetCell(text: string): string {
  return text.replaceAll('\u0000', '');
}
