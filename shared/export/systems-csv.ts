import Papa from 'papaparse';
import type { Plan } from '../model/plan';
import type { System } from '../model/system';
import { SYSTEM_COLUMNS } from '../model/system-text';
import type { PlanSnapshot } from '../bundle/snapshot';
import { encodeUtf8 } from '../bundle/utf8';
import { FORMULA_CELL, spreadsheetCell } from './csv/spreadsheet-cells';
import { exportFileName } from './file-name';
import type { ExportOutput } from './formats';

/**
 * The system inventory, objectives and data protection as CSV for a
 * spreadsheet, in exactly the columns and formats the CSV import reads, so a
 * plan's systems survive export → edit in Excel → import. Cells that a
 * spreadsheet would run as a formula (=, +, -, @ …) are escaped: a system name
 * typed in a workshop must never become a formula on an auditor's machine.
 */
export function systemsToCsv(systems: readonly System[]): string {
  return Papa.unparse(
    {
      fields: SYSTEM_COLUMNS.map((column) => column.label),
      data: systems.map((system) => SYSTEM_COLUMNS.map((column) => spreadsheetCell(column.format(system)))),
    },
    { escapeFormulae: FORMULA_CELL, newline: '\r\n' },
  );
}

/** A file name from the plan name that every operating system accepts. */
export function csvFileName(plan: Pick<Plan, 'name'>, what: string): string {
  return exportFileName(plan, what, 'csv');
}

/** The systems CSV as the export table's file: with a byte-order mark, so Excel reads it as UTF-8. */
export function exportSystemsCsvFile(snapshot: Pick<PlanSnapshot, 'plan' | 'systems'>): ExportOutput {
  return {
    files: [
      {
        name: csvFileName(snapshot.plan, 'systems'),
        data: encodeUtf8(`\uFEFF${systemsToCsv(snapshot.systems)}`),
      },
    ],
  };
}
