import { columnForHeader } from '../../../shared/model/system-text';
import type { System, SystemEdits } from '../../../shared/model/system';
import type { GridColumn } from './grid-columns';

/** One existing system's changes from a paste. */
export interface GridRowUpdate {
  id: string;
  edits: SystemEdits;
}

/** A system a paste adds below the last one; it needs at least a name. */
export type NewGridRow = SystemEdits & { name: string };

export interface PasteTarget {
  columns: readonly GridColumn[];
  /** The plan's systems in grid order; the row after the last is the "new system" row. */
  systems: readonly System[];
  /** Where the block's top-left cell lands. */
  row: number;
  col: number;
}

export type PastePlan =
  | {
      ok: true;
      updates: GridRowUpdate[];
      newRows: NewGridRow[];
      /** Rows of the block that were laid out (the header row, when skipped, not counted). */
      rows: number;
      /** Read-only columns that had text in the block: the app works them out, so they were left alone. */
      skippedColumns: string[];
      headerSkipped: boolean;
      /** Existing cells the paste writes, so what they showed unsaved can be dropped. */
      cells: { systemId: string; columnId: string }[];
    }
  | { ok: false; problems: string[] };

/** Large enough for any real inventory, small enough that one transaction stays quick. */
export const MAX_PASTE_ROWS = 1000;

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Lays a pasted block out from the target cell the way a spreadsheet does and
 * checks every cell with the column's own parser. Rows past the last system
 * become new systems. Either every cell is valid and the plan says what to
 * write, or nothing is written and every problem is listed.
 */
export function planPaste(block: readonly (readonly string[])[], target: PasteTarget): PastePlan {
  const headerSkipped = block.length > 1 && isHeaderRow(block[0] ?? [], target);
  const rows = headerSkipped ? block.slice(1) : block;
  if (rows.length > MAX_PASTE_ROWS) {
    return {
      ok: false,
      problems: [`The block has ${rows.length} rows; paste at most ${MAX_PASTE_ROWS} at a time.`],
    };
  }

  const problems: string[] = [];
  const updates: GridRowUpdate[] = [];
  const newRows: NewGridRow[] = [];
  const skipped = new Set<string>();
  const cells: { systemId: string; columnId: string }[] = [];
  let tooWide = false;

  for (const [offset, cellsOfRow] of rows.entries()) {
    const rowIndex = target.row + offset;
    const system = target.systems[rowIndex];
    const where = (label: string) => `Row ${rowIndex + 1}, ${label}`;
    const edits: SystemEdits = {};
    let name: string | null = null;

    for (const [c, cell] of cellsOfRow.entries()) {
      const column = target.columns[target.col + c];
      const empty = cell.trim() === '';
      if (!column) {
        tooWide ||= !empty;
        continue;
      }
      if (column.kind !== 'field') {
        if (!empty) skipped.add(column.label);
        continue;
      }
      // An empty Type cell on an existing system means "not given", not "reset to Application".
      if (empty && ((system && column.id === 'type') || (!system && column.id === 'name'))) continue;
      const parsed = column.field.parse(cell);
      if (!parsed.ok) {
        problems.push(`${where(column.label)}: ${parsed.message}`);
        continue;
      }
      Object.assign(edits, parsed.value);
      if (parsed.value.name !== undefined) name = parsed.value.name;
      if (system) cells.push({ systemId: system.id, columnId: column.id });
    }

    if (system) {
      if (Object.keys(edits).length > 0) updates.push({ id: system.id, edits });
    } else if (name === null) {
      problems.push(`${where('Name')}: a new system needs a name, and this row of the block has none`);
    } else {
      newRows.push({ ...edits, name });
    }
  }

  if (tooWide) {
    const start = target.columns[target.col]?.label ?? 'here';
    const room = target.columns.length - target.col;
    problems.unshift(
      `The block is wider than the grid: from ${start} there is room for ${room} columns. Paste it further left or leave the extra columns out.`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    updates,
    newRows,
    rows: rows.length,
    skippedColumns: [...skipped],
    headerSkipped,
    cells,
  };
}

/** A first row that only names the columns it lands on was copied along with the data: skip it. */
function isHeaderRow(row: readonly string[], target: PasteTarget): boolean {
  let named = 0;
  for (const [c, cell] of row.entries()) {
    if (cell.trim() === '') continue;
    const column = target.columns[target.col + c];
    if (!column) return false;
    const matches =
      normalise(cell) === normalise(column.label) ||
      (column.kind === 'field' && columnForHeader(cell)?.key === column.field.key);
    if (!matches) return false;
    named += 1;
  }
  return named > 0;
}

/** What a successful paste says, e.g. "Pasted 10 rows: 2 updated, 8 added." */
export function describePaste(plan: Extract<PastePlan, { ok: true }>): string {
  const rows = `${plan.rows} ${plan.rows === 1 ? 'row' : 'rows'}`;
  const parts = [
    plan.updates.length > 0 ? `${plan.updates.length} updated` : '',
    plan.newRows.length > 0 ? `${plan.newRows.length} added` : '',
  ].filter(Boolean);
  const skipped = plan.skippedColumns;
  const notes = [
    plan.headerSkipped ? 'The header row was skipped.' : '',
    skipped.length === 1 ? `${skipped.join('')} was not changed: the app works it out.` : '',
    skipped.length > 1 ? `${skipped.join(' and ')} were not changed: the app works them out.` : '',
  ].filter(Boolean);
  return [`Pasted ${rows}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`, ...notes].join(' ');
}

/** The first few problems, then how many more, so a long list stays readable. */
export function capProblems(problems: readonly string[], max = 6): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), `and ${problems.length - max} more`];
}
