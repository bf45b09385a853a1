import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planCsvFiles } from '../../shared/export/csv/plan-csv';
import {
  FORMULA_CELL,
  spreadsheetCell,
  unescapeFormulaCell,
} from '../../shared/export/csv/spreadsheet-cells';
import { systemsToCsv } from '../../shared/export/systems-csv';
import { readSystemsCsv } from '../../shared/import/systems-csv-import';
import { samplePlan } from '../support/sample-plan';

const escape = (cell: string) => (FORMULA_CELL.test(cell) ? `'${cell}` : cell);

describe('cells a spreadsheet would run as formulas', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [
      '=HYPERLINK("https://evil.example","x")\nsecond line',
      '\'=HYPERLINK("https://evil.example","x")\nsecond line',
    ],
    ['+49 30 1234', "'+49 30 1234"],
    ['-Legacy', "'-Legacy"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ["'=1", "''=1"],
    ["''-x", "'''-x"],
    ["'quoted", "'quoted"],
    ['ERP', 'ERP'],
  ])('%j goes out as %j and comes back unchanged', (cell, written) => {
    expect(escape(cell)).toBe(written);
    expect(unescapeFormulaCell(written)).toBe(cell);
  });

  it('escapes a formula with a line break in it, which papaparse’s own escapeFormulae misses', () => {
    const sample = samplePlan();
    const [first] = sample.systems;
    if (!first) throw new Error('no system');
    const description = '=HYPERLINK("https://evil.example","Click")\nmore';
    const csv = systemsToCsv([{ ...first, description }]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")\nmore"`);
    const processes = planCsvFiles(
      { ...sample, processes: sample.processes.map((process) => ({ ...process, description })) },
      { findings: [] },
    ).find((file) => file.fileName.includes('processes'));
    const cells = Papa.parse<string[]>(processes?.text ?? '').data.flat();
    expect(cells.filter((cell) => cell.startsWith('=')).length).toBe(0);
    expect(cells).toContain(`'${description}`);
  });

  it('drops NUL characters, so our own import reads the file back', () => {
    expect(spreadsheetCell('a\u0000b')).toBe('ab');
    const [first] = samplePlan().systems;
    if (!first) throw new Error('no system');
    const read = readSystemsCsv(systemsToCsv([{ ...first, name: 'Mail\u0000 server' }]));
    expect(read.ok && read.value.rows[0]?.cells[0]).toBe('Mail server');
  });
});
