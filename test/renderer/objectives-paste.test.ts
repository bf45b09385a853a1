import { describe, expect, it } from 'vitest';
import { newSystemDefaults, systemSchema, type System } from '../../shared/model/system';
import { splitClipboardTable } from '../../renderer/features/objectives/clipboard-table';
import { GRID_COLUMNS } from '../../renderer/features/objectives/grid-columns';
import {
  capProblems,
  describePaste,
  MAX_PASTE_ROWS,
  planPaste,
  type PastePlan,
} from '../../renderer/features/objectives/paste-plan';

describe('splitClipboardTable', () => {
  it('reads Excel’s tab-separated rows and drops the trailing line break', () => {
    expect(splitClipboardTable('ERP\t4 h\r\nMail\t1 day\r\n')).toEqual([
      ['ERP', '4 h'],
      ['Mail', '1 day'],
    ]);
  });

  it('reads Google Sheets’ rows without a trailing line break, keeping empty cells', () => {
    expect(splitClipboardTable('a\t\tc\n\t\t')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(splitClipboardTable('just one')).toEqual([['just one']]);
    expect(splitClipboardTable('')).toEqual([]);
  });

  it('unwraps quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(splitClipboardTable('"two\nlines"\t"a\tb"\t"say ""hi"""\r\nnext\t\t\r\n')).toEqual([
      ['two\nlines', 'a\tb', 'say "hi"'],
      ['next', '', ''],
    ]);
  });

  it('keeps quotes that do not wrap a whole cell as text', () => {
    expect(splitClipboardTable('"Big" server\t5" disk\n"open')).toEqual([
      ['"Big" server', '5" disk'],
      ['"open'],
    ]);
  });
});

const at = (name: string, position: number, extra: Partial<System> = {}): System =>
  systemSchema.parse({
    id: crypto.randomUUID(),
    planId: '00000000-0000-4000-8000-000000000000',
    ...newSystemDefaults(name),
    position,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  });

const col = (id: string) => GRID_COLUMNS.findIndex((column) => column.id === id);

function ok(plan: PastePlan) {
  if (!plan.ok) throw new Error(`Expected a valid paste, got: ${plan.problems.join(' | ')}`);
  return plan;
}

describe('planPaste', () => {
  const erp = at('ERP', 0, { type: 'application', rto: 60 });
  const mail = at('Mail', 1, { type: 'third-party-service' });
  const systems = [erp, mail];

  it('updates existing rows and adds the rows past the end as new systems', () => {
    const plan = ok(
      planPaste(
        [
          ['ERP', 'Data store', 'Finance', '1', '4h'],
          ['Mail', '', 'IT', 'tier 2', ''],
          ['Payroll', 'application', 'HR', '', '2 days'],
          ['DNS', 'Infrastructure', '', '0', '30 min'],
        ],
        { columns: GRID_COLUMNS, systems, row: 0, col: 0 },
      ),
    );
    expect(plan.updates).toEqual([
      { id: erp.id, edits: { name: 'ERP', type: 'data-store', owner: 'Finance', tier: 1, rto: 240 } },
      // An empty Type leaves the type alone; an empty RTO clears it.
      { id: mail.id, edits: { name: 'Mail', owner: 'IT', tier: 2, rto: null } },
    ]);
    expect(plan.newRows).toEqual([
      { name: 'Payroll', type: 'application', owner: 'HR', tier: null, rto: 2880 },
      { name: 'DNS', type: 'infrastructure', owner: '', tier: 0, rto: 30 },
    ]);
    expect(plan.rows).toBe(4);
    expect(plan.cells).toContainEqual({ systemId: mail.id, columnId: 'rto' });
    expect(plan.cells).not.toContainEqual({ systemId: mail.id, columnId: 'type' });
    expect(describePaste(plan)).toBe('Pasted 4 rows: 2 updated, 2 added.');
  });

  it('lays the block out from the active cell and steps over MTD, which it leaves alone', () => {
    const plan = ok(
      planPaste([['8 h', '1 h', '2 h', '1 day', '24 h']], {
        columns: GRID_COLUMNS,
        systems,
        row: 1,
        col: col('rto'),
      }),
    );
    expect(plan.updates).toEqual([
      { id: mail.id, edits: { rto: 480, rpo: 60, wrt: 120, backupInterval: 1440 } },
    ]);
    expect(plan.skippedColumns).toEqual(['MTD']);
    expect(describePaste(plan)).toBe('Pasted 1 row: 1 updated. MTD was not changed: the app works it out.');
  });

  it('refuses the whole block when any cell is invalid, naming every problem by row and column', () => {
    const plan = planPaste(
      [
        ['ERP', 'Data store', '', '1', 'soon'],
        ['', 'Application', '', '7', '1 h'],
        ['New one', 'Spaceship', '', '', ''],
      ],
      { columns: GRID_COLUMNS, systems, row: 0, col: 0 },
    );
    expect(plan).toEqual({
      ok: false,
      problems: [
        'Row 1, RTO: “soon” is not a duration. Write it like “30 min”, “4 h”, “2 days” or “1 week”',
        'Row 2, Name: System name is required',
        'Row 2, Tier: “7” is not a tier. Use 0, 1, 2, 3 or 4 (or leave it empty)',
        expect.stringMatching(/^Row 3, Type: “Spaceship” is not a system type\. Use one of: Application, /),
      ],
    });
  });

  it('needs a name for every new system', () => {
    const fromRto = planPaste([['1 h'], ['2 h'], ['3 h']], {
      columns: GRID_COLUMNS,
      systems,
      row: 1,
      col: col('rto'),
    });
    expect(fromRto).toEqual({
      ok: false,
      problems: [
        'Row 3, Name: a new system needs a name, and this row of the block has none',
        'Row 4, Name: a new system needs a name, and this row of the block has none',
      ],
    });
    const blankName = planPaste([['', 'Application']], { columns: GRID_COLUMNS, systems, row: 2, col: 0 });
    expect(blankName.ok).toBe(false);
  });

  it('refuses a block wider than the grid from the active cell', () => {
    const plan = planPaste([['1 day', 'None', 'x']], {
      columns: GRID_COLUMNS,
      systems,
      row: 0,
      col: col('lastRestoreTest'),
    });
    expect(plan).toEqual({
      ok: false,
      problems: [
        'The block is wider than the grid: from Last restore test there is room for 2 columns. Paste it further left or leave the extra columns out.',
        'Row 1, Last restore test: “1 day” is not a date; write it as YYYY-MM-DD',
      ],
    });
    // Empty cells past the edge are harmless.
    expect(
      planPaste([['2025-06-01', '', '', '']], {
        columns: GRID_COLUMNS,
        systems,
        row: 0,
        col: col('lastRestoreTest'),
      }).ok,
    ).toBe(true);
  });

  it('skips a header row copied along with the data', () => {
    const plan = ok(
      planPaste(
        [
          ['System', 'Type', 'Owner', 'Tier', 'RTO', 'Recovery point objective', 'WRT', 'MTD'],
          ['ERP', 'Application', 'Finance', '2', '4 h', '1 h', '', '3 days'],
        ],
        { columns: GRID_COLUMNS, systems, row: 0, col: 0 },
      ),
    );
    expect(plan.rows).toBe(1);
    expect(plan.headerSkipped).toBe(true);
    expect(plan.updates[0]?.edits).toMatchObject({ owner: 'Finance', tier: 2, rto: 240, rpo: 60, wrt: null });
    expect(describePaste(plan)).toBe(
      'Pasted 1 row: 1 updated. The header row was skipped. MTD was not changed: the app works it out.',
    );
  });

  it('refuses more rows than one paste may hold', () => {
    const block = Array.from({ length: MAX_PASTE_ROWS + 1 }, (_, index) => [`System ${index}`]);
    expect(planPaste(block, { columns: GRID_COLUMNS, systems: [], row: 0, col: 0 })).toEqual({
      ok: false,
      problems: [`The block has ${MAX_PASTE_ROWS + 1} rows; paste at most ${MAX_PASTE_ROWS} at a time.`],
    });
  });
});

describe('capProblems', () => {
  it('keeps a short list and ends a long one with how many more', () => {
    expect(capProblems(['a', 'b'])).toEqual(['a', 'b']);
    expect(capProblems(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      'and 3 more',
    ]);
  });
});
