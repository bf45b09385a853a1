/**
 * Spreadsheet keys, as pure functions of the key and the active cell, so the
 * whole keyboard behaviour can be tested without a browser. The grid's last
 * row is the "new system" row: it has a single cell, its Name.
 */
export interface Cell {
  row: number;
  /** Remembered even on the one-cell new row, so Up from there lands in the column you came from. */
  col: number;
}

export interface GridShape {
  /** Rows including the new-system row. */
  rows: number;
  cols: number;
}

export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

type Direction = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/** What a key does while the active cell is selected but not being edited. */
export type SelectedKeyAction =
  | { type: 'move'; to: Cell }
  /** Tab past the last cell (or Shift+Tab before the first): let focus leave the grid. */
  | { type: 'leave' }
  | { type: 'edit' }
  | { type: 'type'; text: string }
  | { type: 'clear' }
  | { type: 'revert' };

/** What a key does while a cell's editor is open. */
export type EditingKeyAction =
  | { type: 'commit'; then: Cell | 'leave' }
  | { type: 'cancel' }
  /** F2 switches from "typing replaces" to "arrows move the caret", as in Excel. */
  | { type: 'caret-mode' };

const PAGE = 10;

export function width(row: number, shape: GridShape): number {
  return row === shape.rows - 1 ? 1 : shape.cols;
}

/** The column actually shown as active: the remembered one, within the row's cells. */
export function visibleCol(at: Cell, shape: GridShape): number {
  return Math.min(at.col, width(at.row, shape) - 1);
}

export function step(at: Cell, direction: Direction, shape: GridShape): Cell | 'leave' {
  const col = visibleCol(at, shape);
  switch (direction) {
    case 'up':
      return { row: Math.max(0, at.row - 1), col: at.col };
    case 'down':
      return { row: Math.min(shape.rows - 1, at.row + 1), col: at.col };
    case 'left':
      return { row: at.row, col: Math.max(0, col - 1) };
    case 'right':
      return { row: at.row, col: Math.min(width(at.row, shape) - 1, col + 1) };
    case 'next':
      if (col + 1 < width(at.row, shape)) return { row: at.row, col: col + 1 };
      return at.row + 1 < shape.rows ? { row: at.row + 1, col: 0 } : 'leave';
    case 'previous':
      if (col > 0) return { row: at.row, col: col - 1 };
      return at.row > 0 ? { row: at.row - 1, col: width(at.row - 1, shape) - 1 } : 'leave';
  }
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** A key that types a character: no Ctrl or Cmd shortcut (AltGr, reported as Ctrl+Alt, still types). */
export function typedCharacter(press: KeyPress): string | null {
  // One character (one code point), not a named key such as "Enter" or "ArrowUp".
  if (!/^.$/u.test(press.key)) return null;
  if (press.metaKey || (press.ctrlKey && !press.altKey)) return null;
  return press.key;
}

export function selectedKeyAction(press: KeyPress, at: Cell, shape: GridShape): SelectedKeyAction | null {
  const jump = press.ctrlKey || press.metaKey;
  const move = (to: Cell | 'leave'): SelectedKeyAction =>
    to === 'leave' ? { type: 'leave' } : { type: 'move', to };
  const arrow = ARROWS[press.key];
  if (arrow && jump) {
    const last = shape.rows - 1;
    const edges: Record<Direction, Cell> = {
      up: { row: 0, col: at.col },
      down: { row: last, col: at.col },
      left: { row: at.row, col: 0 },
      right: { row: at.row, col: width(at.row, shape) - 1 },
      next: at,
      previous: at,
    };
    return move(edges[arrow]);
  }
  if (arrow) return move(step(at, arrow, shape));
  switch (press.key) {
    case 'Tab':
      return move(step(at, press.shiftKey ? 'previous' : 'next', shape));
    case 'Home':
      return move(jump ? { row: 0, col: 0 } : { row: at.row, col: 0 });
    case 'End': {
      // Ctrl+End goes to the last filled cell, as in a spreadsheet: the last system's last column.
      const row = jump ? Math.max(0, shape.rows - 2) : at.row;
      return move({ row, col: width(row, shape) - 1 });
    }
    case 'PageUp':
      return move({ row: Math.max(0, at.row - PAGE), col: at.col });
    case 'PageDown':
      return move({ row: Math.min(shape.rows - 1, at.row + PAGE), col: at.col });
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    case 'Escape':
      return { type: 'revert' };
  }
  const text = typedCharacter(press);
  return text === null ? null : { type: 'type', text };
}

/**
 * While editing: Enter commits and moves down (Shift+Enter up), Tab right
 * (Shift+Tab left), Escape cancels. When the edit began by typing over the
 * cell, arrow keys also commit and move, as in Excel; after Enter or F2 they
 * move the caret instead.
 */
export function editingKeyAction(
  press: KeyPress,
  at: Cell,
  shape: GridShape,
  mode: 'replace' | 'caret',
): EditingKeyAction | null {
  const commit = (direction: Direction): EditingKeyAction => ({
    type: 'commit',
    then: step(at, direction, shape),
  });
  switch (press.key) {
    case 'Enter':
      return commit(press.shiftKey ? 'up' : 'down');
    case 'Tab':
      return commit(press.shiftKey ? 'previous' : 'next');
    case 'Escape':
      return { type: 'cancel' };
    case 'F2':
      return { type: 'caret-mode' };
  }
  const arrow = ARROWS[press.key];
  if (arrow && mode === 'replace' && !press.shiftKey && !press.ctrlKey && !press.metaKey && !press.altKey) {
    return commit(arrow);
  }
  return null;
}
