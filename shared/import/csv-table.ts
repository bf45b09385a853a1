import Papa from 'papaparse';
import { unescapeFormulaCell } from '../export/csv/spreadsheet-cells';
import type { Validated } from '../model/validation';

/** One row of a CSV file, with the line it starts on so every message can point at it. */
export interface CsvRow {
  /** 1-based line in the file where the row starts (a quoted cell may span several lines). */
  line: number;
  cells: string[];
  /** Why the row cannot be trusted as cells (a broken quote, stray cells), or null. */
  problem: string | null;
}

export interface CsvTable {
  delimiter: string;
  /** The heading row, trimmed. */
  headers: string[];
  /** The rows below the heading row, blank lines left out. */
  rows: CsvRow[];
}

/** A plan has tens or hundreds of systems; a file with more is almost surely the wrong file. */
export const MAX_IMPORT_ROWS = 5000;

/** Comma, and what spreadsheets write where the comma is the decimal separator. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

const LINE_BREAK = /\r\n|\r|\n/g;
const EMPTY_CELLS = 'The file has no text in it, only empty cells.';

/**
 * Reads CSV text into a heading row and data rows. The separator is the one
 * that splits the heading row into the most recognised headings, so a
 * semicolon file from a European Excel reads as well as a comma file.
 * `isKnownHeader` says which headings name a field.
 */
export function readCsvTable(input: string, isKnownHeader: (header: string) => boolean): Validated<CsvTable> {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return fail('The file is empty.');
  if (!/[^\s,;|"]/.test(text)) return fail(EMPTY_CELLS);
  if (text.includes('\u0000')) {
    return fail(
      'This is not a text file. If it is an Excel workbook, save it as “CSV UTF-8 (comma delimited)” first.',
    );
  }

  const delimiter = guessDelimiter(text, isKnownHeader);
  // The heading row plus at most MAX_IMPORT_ROWS rows; one more means the file is too long.
  const read: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      // The cursor is where the row ends; counting breaks up to it keeps lines right across quoted breaks.
      const end = result.meta.cursor;
      const row: CsvRow = {
        line,
        cells: result.data.map(unescapeFormulaCell),
        problem: quoteProblem(result.errors),
      };
      line += countLineBreaks(text.slice(start, end));
      start = end;
      if (row.cells.every((cell) => cell.trim() === '')) return;
      read.push(row);
      if (read.length > MAX_IMPORT_ROWS + 1) parser.abort();
    },
  });

  const [header, ...rows] = read;
  if (!header) return fail(EMPTY_CELLS);
  if (header.problem) return fail(`The heading row (line ${header.line}) cannot be read: ${header.problem}`);
  if (rows.length > MAX_IMPORT_ROWS) {
    const most = MAX_IMPORT_ROWS.toLocaleString('en');
    return fail(`The file has more than ${most} rows. Import at most ${most} at a time: split the file.`);
  }
  if (rows.length === 0) {
    return fail(
      'The file has a heading row but no rows below it. Put one system per row under the headings.',
    );
  }
  const headers = header.cells.map((cell) => cell.trim());
  for (const row of rows) row.problem ??= strayCells(row.cells, headers.length);
  return { ok: true, value: { delimiter, headers, rows } };
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** The separator that yields the most recognised headings, then the most columns; comma on a tie. */
function guessDelimiter(text: string, isKnownHeader: (header: string) => boolean): string {
  let best: { delimiter: string; known: number; columns: number } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 5 });
    const header = data.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];
    const known = header.filter((cell) => isKnownHeader(cell)).length;
    if (!best || known > best.known || (known === best.known && header.length > best.columns)) {
      best = { delimiter, known, columns: header.length };
    }
  }
  return best?.delimiter ?? ',';
}

function quoteProblem(errors: readonly Papa.ParseError[]): string | null {
  if (errors.some((error) => error.code === 'MissingQuotes')) {
    return 'a quoted cell starts on this line but its closing quote (") is missing, so the rest of the file was read as that one cell. Close the quote.';
  }
  if (errors.some((error) => error.code === 'InvalidQuotes')) {
    return 'a quoted cell has text after its closing quote. Quote the whole cell and double any quote inside it ("").';
  }
  return null;
}

/** Cells beyond the headings that hold text: a separator inside an unquoted cell, usually. */
function strayCells(cells: readonly string[], headings: number): string | null {
  const extra = cells.slice(headings).filter((cell) => cell.trim() !== '').length;
  if (extra === 0) return null;
  return `the row has ${cells.length} cells but there are only ${headings} headings. A cell holding the separator must be in quotes.`;
}
