import fc from 'fast-check';
import Papa from 'papaparse';
import { SYSTEM_COLUMNS } from '../../shared/model/system-text';
import { oddString } from './mutate';

/**
 * CSV files for the systems-import fuzz test: a seed table (rows of cells),
 * changed cell by cell, row by row and column by column, then written out the
 * way some tool might (quoted or not, any separator, any line break) and
 * encoded the way Excel might (UTF-8, with or without a byte order mark,
 * UTF-16, Windows-1252).
 */

export interface CsvSeed {
  delimiter: string;
  rows: string[][];
}

export function csvSeed(text: string, delimiter: string): CsvSeed {
  return { delimiter, rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data };
}

/** What a cell of a real inventory holds: values every column reads, and values none does. */
export const plausibleCell = fc.constantFrom(
  'ERP',
  'Mail',
  'Core network',
  'Application',
  'data store',
  'Tier 1',
  '0',
  '4',
  '5',
  '4 h',
  '1 day',
  '90 min',
  '2 weeks',
  'soon',
  'yes',
  'no',
  'maybe',
  '2026-01-31',
  '31/01/2026',
  'Database dump or log shipping',
  'On site; Cloud',
  'offsite and cloud and moon',
  'active-active x3',
  'active-active (1000)',
  'Active-passive',
  'Finance',
  '',
  // Formulas, and what our export makes of them (a leading apostrophe), and text that only looks so.
  '=1+1',
  "=cmd|' /C calc'!A0",
  '@SUM(A1)',
  '+49 30 1234',
  '-Legacy',
  "'=1+1",
  "'-Legacy",
  "''=x",
  "'",
);

const header = fc.oneof(
  fc.constantFrom(...SYSTEM_COLUMNS.flatMap((column) => [column.label, ...column.aliases])),
  fc.constantFrom('Notes', 'Team', 'Unknown', '', ' NAME ', 'System_Name', 'rto (hours)'),
  oddString,
);

export const cell = fc.oneof(
  { weight: 3, arbitrary: plausibleCell },
  { weight: 2, arbitrary: oddString },
  // A cell that is a whole pasted page, in a column that quotes what it refuses.
  {
    weight: 1,
    arbitrary: fc.constantFrom('4 h', 'Tier 1', 'yes', 'Application').map((text) => text.repeat(20_000)),
  },
);

export type CsvEdit =
  | { op: 'cell'; row: number; column: number; value: string }
  | { op: 'header'; column: number; value: string }
  | { op: 'drop-row'; row: number }
  | { op: 'copy-row'; row: number; times: number }
  | { op: 'drop-column'; column: number }
  | { op: 'add-column'; header: string; value: string };

export const csvEdit: fc.Arbitrary<CsvEdit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('cell'), row: fc.nat(), column: fc.nat(), value: cell }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('header'), column: fc.nat(), value: header }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop-row'), row: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('copy-row'), row: fc.nat(), times: fc.constantFrom(1, 2, 40) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop-column'), column: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add-column'), header, value: cell }) },
);

export function applyCsvEdits(seed: CsvSeed, edits: readonly CsvEdit[]): string[][] {
  const rows = seed.rows.map((row) => [...row]);
  const width = () => Math.max(1, ...rows.map((row) => row.length));
  const body = () => Math.max(1, rows.length - 1);
  for (const edit of edits) {
    switch (edit.op) {
      case 'cell': {
        const row = rows[1 + (edit.row % body())];
        if (row) row[edit.column % width()] = edit.value;
        break;
      }
      case 'header': {
        const row = rows[0];
        if (row) row[edit.column % width()] = edit.value;
        break;
      }
      case 'drop-row':
        rows.splice(1 + (edit.row % body()), 1);
        break;
      case 'copy-row': {
        const at = 1 + (edit.row % body());
        const row = rows[at];
        if (row) rows.splice(at, 0, ...Array.from({ length: edit.times }, () => [...row]));
        break;
      }
      case 'drop-column': {
        const column = edit.column % width();
        for (const row of rows) row.splice(column, 1);
        break;
      }
      case 'add-column':
        rows.forEach((row, index) => row.push(index === 0 ? edit.header : edit.value));
        break;
    }
  }
  return rows;
}

/** How the table is written: by a careful tool (quoted where needed, or always) or naively joined. */
export interface CsvWriting {
  delimiter: ',' | ';' | '\t' | '|' | null;
  quoting: 'needed' | 'always' | 'naive';
  newline: '\r\n' | '\n' | '\r';
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export const csvWriting: fc.Arbitrary<CsvWriting> = fc.record({
  delimiter: fc.constantFrom(null, null, ',', ';', '\t', '|'),
  quoting: fc.constantFrom('needed', 'needed', 'always', 'naive'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
});

export function writeCsv(rows: readonly string[][], seedDelimiter: string, how: CsvWriting): string {
  const delimiter = how.delimiter ?? seedDelimiter;
  if (how.quoting === 'naive') return rows.map((row) => row.join(delimiter)).join(how.newline);
  return Papa.unparse(
    rows.map((row) => [...row]),
    { delimiter, newline: how.newline, quotes: how.quoting === 'always' },
  );
}

export function encodeCsv(text: string, encoding: CsvWriting['encoding']): Uint8Array<ArrayBuffer> {
  const bytes = (buffer: Buffer) => Uint8Array.from(buffer);
  switch (encoding) {
    case 'utf-8':
      return bytes(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return bytes(Buffer.from(`\uFEFF${text}`, 'utf8'));
    case 'utf-16le':
      return bytes(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    case 'utf-16be':
      return bytes(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());
    case 'windows-1252':
      // Latin-1 for what it can hold, '?' for the rest, as a legacy export would write it.
      return Uint8Array.from(
        Array.from(text, (char) => (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 63)),
      );
  }
}
