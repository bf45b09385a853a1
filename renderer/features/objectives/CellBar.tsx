import type { System } from '../../../shared/model/system';
import { DURATION_COLUMNS, isEditable, type GridColumn } from './grid-columns';

interface CellBarProps {
  row: number;
  column: GridColumn | undefined;
  system: System | null;
  editing: boolean;
}

/**
 * Like a spreadsheet's formula bar, but for words: which cell is active, what
 * its column means, and what to type. Screen readers get the same help from
 * the column headers' descriptions, so this bar is not announced.
 */
export function CellBar({ row, column, system, editing }: CellBarProps) {
  if (!column) return null;
  let help: string;
  if (!system)
    help = 'New system: type its name and press Enter to add it. Or paste rows copied from a spreadsheet.';
  else if (!isEditable(column)) help = `${column.help} It cannot be typed into.`;
  else if (DURATION_COLUMNS.has(column.id))
    help = `${column.help} Type it like 30 min, 4 h, 2 days or 1 week.`;
  else help = column.help;
  const how =
    !system || !isEditable(column)
      ? ''
      : editing
        ? 'Enter saves · Esc cancels'
        : 'Type to replace · Enter edits';
  return (
    <div className="cell-bar" aria-hidden="true">
      <span className="cell-bar-where">
        Row {row + 1} · {system ? column.label : 'New system'}
      </span>
      <span className="cell-bar-help">{help}</span>
      {how && <span className="cell-bar-keys">{how}</span>}
    </div>
  );
}
