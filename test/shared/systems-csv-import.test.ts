import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkImport,
  guessMapping,
  MAX_IMPORT_ROWS,
  readSystemsCsv,
  type CsvTable,
} from '../../shared/import/systems-csv-import';

/** The table of a file that must be readable; fails the test with the file's problem otherwise. */
function table(text: string): CsvTable {
  const result = readSystemsCsv(text);
  if (!result.ok) throw new Error(`expected a readable file, got: ${result.message}`);
  return result.value;
}

function refusal(text: string): string {
  const result = readSystemsCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

/** Reads, guesses the mapping and checks, as the dialog does when a file is picked. */
function check(text: string, existingNames: string[] = []) {
  const read = table(text);
  return checkImport(read, guessMapping(read.headers), existingNames);
}

const problemLines = (result: ReturnType<typeof check>) =>
  result.problems.map((problem) => `Line ${problem.line}, ${problem.column ?? 'row'}: ${problem.message}`);

describe('reading a CSV file of systems', () => {
  it('reads a comma file with a heading row and guesses each column’s field', () => {
    const read = table('Name,Owner,RTO,Colour\nERP,Finance,4 h,blue\n');
    expect(read.delimiter).toBe(',');
    expect(read.headers).toEqual(['Name', 'Owner', 'RTO', 'Colour']);
    expect(guessMapping(read.headers)).toEqual(['name', 'owner', 'rto', null]);
    expect(read.rows).toEqual([{ line: 2, cells: ['ERP', 'Finance', '4 h', 'blue'], problem: null }]);
  });

  it('detects semicolons, tabs and bars, even when cells contain commas', () => {
    expect(table('System;Copies kept;RPO\nERP;On site, cloud;1,5 h').delimiter).toBe(';');
    expect(table('Name\tTier\nERP\t1').delimiter).toBe('\t');
    expect(table('Name|Tier\nERP|1').delimiter).toBe('|');
    // A lone column: nothing to split, comma assumed.
    expect(table('Name\nERP').delimiter).toBe(',');
    expect(check('System;Copies kept;RPO\nERP;On site, cloud;1,5 h').rows[0]?.values).toMatchObject({
      copyLocations: ['onsite', 'cloud'],
      rpo: 90,
    });
  });

  it('strips a UTF-8 byte order mark, skips blank lines, keeps real line numbers', () => {
    const read = table('\uFEFFName;Notes\r\n\r\nERP;"two\r\nlines"\r\n;;\r\nMail;x\r\n');
    expect(read.headers).toEqual(['Name', 'Notes']);
    expect(read.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, 'ERP'],
      [6, 'Mail'],
    ]);
  });

  it('counts lines after leading blank lines, and in files with old Mac line breaks', () => {
    expect(table('\n\nName\nERP\n\nMail').rows.map((row) => row.line)).toEqual([4, 6]);
    expect(table('Name\rERP\r"A\rB"\rMail').rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('refuses files that are not a table of systems, with one message', () => {
    expect(refusal('')).toBe('The file is empty.');
    expect(refusal('\uFEFF  \r\n')).toBe('The file is empty.');
    expect(refusal(';;;\n;;')).toContain('only empty cells');
    expect(refusal('Name,Owner\n')).toContain('no rows below it');
    expect(refusal('PK\u0003\u0004\u0000\u0000binary')).toContain('not a text file');
    expect(refusal('"Name,Owner\nERP,IT')).toContain('heading row (line 1) cannot be read');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows and accepts exactly that many`, () => {
    const rows = (count: number) =>
      ['Name', ...Array.from({ length: count }, (_, i) => `System ${i}`)].join('\n');
    expect(table(rows(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(refusal(rows(MAX_IMPORT_ROWS + 1))).toBe(
      'The file has more than 5,000 rows. Import at most 5,000 at a time: split the file.',
    );
  });
});

describe('checking the rows of a CSV file', () => {
  it('turns each row into a system: named fields parsed, the rest left at their defaults', () => {
    const result = check(
      'System,Type,Tier,RTO,Backup every,Offline,Redundancy\nERP,data store,T1,4h,1 day,yes,',
    );
    expect(result.mappingProblem).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows).toMatchObject([
      {
        line: 2,
        values: {
          name: 'ERP',
          type: 'data-store',
          tier: 1,
          rto: 240,
          backupInterval: 1440,
          offlineCopy: true,
          redundancy: { mode: 'none' },
          owner: '',
          rpo: null,
          copyLocations: [],
        },
      },
    ]);
  });

  it('reports each bad cell with its line and column, and skips the row', () => {
    const result = check(
      [
        'Name,Tier,RTO,Last restore test',
        'ERP,1,4 h,2026-01-31',
        'Mail,7,soon,31/01/2026',
        ',2,,',
        '"Notes ""quoted""\nover two lines",2,1 h,',
        'Wiki,2,3,',
      ].join('\n'),
    );
    expect(result.rows.map((row) => [row.line, row.values.name])).toEqual([
      [2, 'ERP'],
      [5, 'Notes "quoted"\nover two lines'],
    ]);
    expect(problemLines(result)).toEqual([
      'Line 3, Tier: “7” is not a tier. Use 0, 1, 2, 3 or 4 (or leave it empty)',
      'Line 3, RTO: “soon” is not a duration. Write it like “30 min”, “4 h”, “2 days” or “1 week”',
      'Line 3, Last restore test: “31/01/2026” is not a date; write it as YYYY-MM-DD',
      'Line 4, Name: System name is required',
      'Line 7, RTO: Add a unit to “3”, for example “30 min”, “4 h”, “2 days” or “1 week”',
    ]);
    expect(result.skipped).toBe(3);
  });

  it('imports a name only once: repeats in the file and names already in the plan are skipped', () => {
    const result = check('Name\nERP\nMail\n erp \nCRM\nmail', ['CRM']);
    expect(result.rows.map((row) => row.values.name)).toEqual(['ERP', 'Mail']);
    expect(problemLines(result)).toEqual([
      'Line 4, Name: “erp” is already on line 2; only the first is imported',
      'Line 5, Name: “CRM” is already in this plan, so this row is skipped',
      'Line 6, Name: “mail” is already on line 3; only the first is imported',
    ]);
  });

  it('a skipped row does not claim its name, so a later good row with it is imported', () => {
    const result = check('Name,RTO\nERP,soon\nERP,4 h');
    expect(result.rows.map((row) => row.line)).toEqual([3]);
    expect(result.skipped).toBe(1);
  });

  it('reports rows that cannot be read as cells', () => {
    const result = check('Name,Owner\nERP,IT,Finance\nMail,IT,,\nCRM,"Sales"x\n');
    expect(result.rows.map((row) => row.values.name)).toEqual(['Mail']);
    expect(problemLines(result)).toEqual([
      'Line 2, row: the row has 3 cells but there are only 2 headings. A cell holding the separator must be in quotes.',
      'Line 4, row: a quoted cell starts on this line but its closing quote (") is missing, so the rest of the file was read as that one cell. Close the quote.',
    ]);
  });

  it('says when no column is the name, or a field is chosen twice; a new mapping is checked again', () => {
    const read = table('System name,Owner,RTO\nERP,IT,4 h\nMail,IT,soon');
    expect(checkImport(read, [null, 'owner', 'rto'], []).mappingProblem).toBe(
      'No column is imported as Name. Choose the column that holds the system names.',
    );
    expect(checkImport(read, ['name', 'rto', 'rto'], []).mappingProblem).toBe(
      'RTO is chosen for 2 columns (“Owner”, “RTO”). Set all but one to Ignore.',
    );
    expect(checkImport(read, ['name', 'owner', 'rto'], []).skipped).toBe(1);
    const ignoringRto = checkImport(read, ['name', 'owner', null], []);
    expect(ignoringRto.skipped).toBe(0);
    expect(ignoringRto.rows.map((row) => row.values.rto)).toEqual([null, null]);
  });

  it('guesses a field only for its first column, and ignores headings it does not know', () => {
    expect(guessMapping(['RTO', 'Recovery time', 'Name', '', 'Colour'])).toEqual([
      'rto',
      null,
      'name',
      null,
      null,
    ]);
  });

  it('reads the fixture file an Excel user would save, with two bad rows', () => {
    const text = readFileSync(new URL('../fixtures/systems-import.csv', import.meta.url), 'utf8');
    const result = check(text);
    expect(result.rows.map((row) => row.values.name)).toEqual([
      'ERP',
      'Mail',
      'Core network',
      'File server',
      'Wiki',
      'Telefonie Zürich',
    ]);
    expect(problemLines(result)).toEqual([
      'Line 5, RTO: “soon” is not a duration. Write it like “30 min”, “4 h”, “2 days” or “1 week”',
      'Line 9, Name: System name is required',
    ]);
    expect(result.rows.find((row) => row.values.name === 'File server')).toMatchObject({
      line: 7,
      values: {
        type: 'data-store',
        tier: 3,
        rto: 3 * 24 * 60,
        rpo: 24 * 60,
        backupMethod: 'snapshot',
        description: 'Shares for\r\nfinance; HR and sales',
      },
    });
  });
});
