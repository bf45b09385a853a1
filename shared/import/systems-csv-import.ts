import { newSystemDefaults, type System, type SystemEdits, type SystemField } from '../model/system';
import { columnForHeader, systemColumn, type SystemTextKey } from '../model/system-text';
import type { Validated } from '../model/validation';
import { MAX_FILE_BYTES } from '../ipc/contract';
import { readCsvTable, type CsvTable } from './csv-table';

export { MAX_IMPORT_ROWS, DELIMITER_NAMES, type CsvTable } from './csv-table';

/**
 * Importing systems from a spreadsheet: read the CSV, guess which column is
 * which field, then turn each row into a system or into problems that name
 * the line and the column. Pure: the dialog re-runs it on every mapping change.
 */

/** 5,000 rows with long descriptions fit easily; a bigger file is not a list of systems. */
export const MAX_IMPORT_BYTES = Math.min(10 * 1024 * 1024, MAX_FILE_BYTES);

/** For each CSV column, the field it fills, or null to ignore it. */
export type ColumnMapping = readonly (SystemTextKey | null)[];

/** Everything a new system gets: the row's values over the quick-entry defaults. */
export type NewSystemValues = Pick<System, SystemField>;

export interface ImportRow {
  line: number;
  values: NewSystemValues;
}

export interface RowProblem {
  line: number;
  /** The field's label ("RTO"), or null when the problem is the row itself. */
  column: string | null;
  message: string;
}

export interface ImportCheck {
  /** Set when the mapping itself makes import impossible (no Name column, a field chosen twice). */
  mappingProblem: string | null;
  rows: ImportRow[];
  problems: RowProblem[];
  /** How many rows have at least one problem, and are skipped. */
  skipped: number;
}

/** Reads the file's text; a whole-file problem (empty, no rows, too many rows) is one message. */
export function readSystemsCsv(text: string): Validated<CsvTable> {
  return readCsvTable(text, (header) => columnForHeader(header) !== null);
}

/** Maps each heading to the field it names; unknown headings, and repeats of a field, are ignored. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<SystemTextKey>();
  return headers.map((header) => {
    const key = columnForHeader(header)?.key ?? null;
    if (key === null || used.has(key)) return null;
    used.add(key);
    return key;
  });
}

/** Names are compared the way a person reads them: case, accents' encoding and extra spaces aside. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What a heading is called on screen, even when the file left it empty. */
export function headerLabel(headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return header === '' ? `Column ${index + 1}` : header;
}

export function checkImport(
  table: CsvTable,
  mapping: ColumnMapping,
  existingNames: readonly string[],
): ImportCheck {
  const mappingProblem = checkMapping(table.headers, mapping);
  if (mappingProblem) return { mappingProblem, rows: [], problems: [], skipped: 0 };

  const inPlan = new Set(existingNames.map(nameKey));
  const firstLineOfName = new Map<string, number>();
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  let skipped = 0;

  for (const row of table.rows) {
    const found: RowProblem[] = [];
    const edits: SystemEdits = {};
    if (row.problem) {
      found.push({ line: row.line, column: null, message: row.problem });
    } else {
      mapping.forEach((key, index) => {
        if (key === null) return;
        const column = systemColumn(key);
        const parsed = column.parse(row.cells[index] ?? '');
        if (parsed.ok) Object.assign(edits, parsed.value);
        else found.push({ line: row.line, column: column.label, message: parsed.message });
      });
    }
    const name = edits.name;
    if (name !== undefined) {
      const key = nameKey(name);
      const earlier = firstLineOfName.get(key);
      if (inPlan.has(key)) {
        found.push({
          line: row.line,
          column: 'Name',
          message: `“${name}” is already in this plan, so this row is skipped`,
        });
      } else if (earlier !== undefined) {
        found.push({
          line: row.line,
          column: 'Name',
          message: `“${name}” is already on line ${earlier}; only the first is imported`,
        });
      } else if (found.length === 0) {
        firstLineOfName.set(key, row.line);
      }
    }
    if (found.length > 0 || name === undefined) {
      problems.push(...found);
      skipped += 1;
    } else {
      rows.push({ line: row.line, values: { ...newSystemDefaults(name), ...edits } });
    }
  }
  return { mappingProblem: null, rows, problems, skipped };
}

function checkMapping(headers: readonly string[], mapping: ColumnMapping): string | null {
  if (!mapping.includes('name')) {
    return 'No column is imported as Name. Choose the column that holds the system names.';
  }
  for (const key of new Set(mapping)) {
    if (key === null) continue;
    const columns = mapping.flatMap((other, index) => (other === key ? [headerLabel(headers, index)] : []));
    if (columns.length > 1) {
      return `${systemColumn(key).label} is chosen for ${columns.length} columns (${columns.map((c) => `“${c}”`).join(', ')}). Set all but one to Ignore.`;
    }
  }
  return null;
}
