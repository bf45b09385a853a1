import { describe, expect, it } from 'vitest';
import {
  editingKeyAction,
  selectedKeyAction,
  typedCharacter,
  visibleCol,
  type GridShape,
  type KeyPress,
} from '../../renderer/features/objectives/grid-keys';

// Three systems (rows 0–2) of five columns, then the one-cell "new system" row (row 3).
const shape: GridShape = { rows: 4, cols: 5 };
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const moveTo = (row: number, col: number) => ({ type: 'move', to: { row, col } });

describe('keys on a selected cell', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(selectedKeyAction(press('ArrowRight'), { row: 0, col: 0 }, shape)).toEqual(moveTo(0, 1));
    expect(selectedKeyAction(press('ArrowLeft'), { row: 0, col: 0 }, shape)).toEqual(moveTo(0, 0));
    expect(selectedKeyAction(press('ArrowUp'), { row: 0, col: 2 }, shape)).toEqual(moveTo(0, 2));
    expect(selectedKeyAction(press('ArrowDown'), { row: 1, col: 4 }, shape)).toEqual(moveTo(2, 4));
    expect(selectedKeyAction(press('ArrowRight'), { row: 1, col: 4 }, shape)).toEqual(moveTo(1, 4));
  });

  it('the new-system row has one cell but remembers the column you came from', () => {
    expect(selectedKeyAction(press('ArrowDown'), { row: 2, col: 3 }, shape)).toEqual(moveTo(3, 3));
    expect(visibleCol({ row: 3, col: 3 }, shape)).toBe(0);
    expect(selectedKeyAction(press('ArrowRight'), { row: 3, col: 3 }, shape)).toEqual(moveTo(3, 0));
    expect(selectedKeyAction(press('ArrowUp'), { row: 3, col: 3 }, shape)).toEqual(moveTo(2, 3));
  });

  it('Tab moves right and wraps to the next row; past the last cell it lets focus leave', () => {
    expect(selectedKeyAction(press('Tab'), { row: 0, col: 3 }, shape)).toEqual(moveTo(0, 4));
    expect(selectedKeyAction(press('Tab'), { row: 0, col: 4 }, shape)).toEqual(moveTo(1, 0));
    expect(selectedKeyAction(press('Tab'), { row: 2, col: 4 }, shape)).toEqual(moveTo(3, 0));
    expect(selectedKeyAction(press('Tab'), { row: 3, col: 0 }, shape)).toEqual({ type: 'leave' });
    expect(selectedKeyAction(press('Tab', { shiftKey: true }), { row: 1, col: 0 }, shape)).toEqual(
      moveTo(0, 4),
    );
    expect(selectedKeyAction(press('Tab', { shiftKey: true }), { row: 0, col: 0 }, shape)).toEqual({
      type: 'leave',
    });
  });

  it('Home and End go to the row’s ends; with Ctrl, to the first and last filled cell', () => {
    expect(selectedKeyAction(press('Home'), { row: 1, col: 3 }, shape)).toEqual(moveTo(1, 0));
    expect(selectedKeyAction(press('End'), { row: 1, col: 1 }, shape)).toEqual(moveTo(1, 4));
    expect(selectedKeyAction(press('Home', { ctrlKey: true }), { row: 2, col: 3 }, shape)).toEqual(
      moveTo(0, 0),
    );
    expect(selectedKeyAction(press('End', { ctrlKey: true }), { row: 0, col: 0 }, shape)).toEqual(
      moveTo(2, 4),
    );
    expect(selectedKeyAction(press('ArrowDown', { metaKey: true }), { row: 0, col: 2 }, shape)).toEqual(
      moveTo(3, 2),
    );
  });

  it('Enter and F2 edit, Delete and Backspace clear, Escape reverts, a character types over the cell', () => {
    const cell = { row: 1, col: 1 };
    expect(selectedKeyAction(press('Enter'), cell, shape)).toEqual({ type: 'edit' });
    expect(selectedKeyAction(press('F2'), cell, shape)).toEqual({ type: 'edit' });
    expect(selectedKeyAction(press('Delete'), cell, shape)).toEqual({ type: 'clear' });
    expect(selectedKeyAction(press('Backspace'), cell, shape)).toEqual({ type: 'clear' });
    expect(selectedKeyAction(press('Escape'), cell, shape)).toEqual({ type: 'revert' });
    expect(selectedKeyAction(press('4'), cell, shape)).toEqual({ type: 'type', text: '4' });
    expect(selectedKeyAction(press('c', { ctrlKey: true }), cell, shape)).toBeNull();
    expect(selectedKeyAction(press('Shift'), cell, shape)).toBeNull();
  });

  it('only real characters type: shortcuts do not, AltGr and Option characters do', () => {
    expect(typedCharacter(press('é'))).toBe('é');
    expect(typedCharacter(press('@', { ctrlKey: true, altKey: true }))).toBe('@');
    expect(typedCharacter(press('v', { metaKey: true }))).toBeNull();
    expect(typedCharacter(press('ArrowLeft'))).toBeNull();
    expect(typedCharacter(press(' '))).toBe(' ');
  });
});

describe('keys while editing', () => {
  const cell = { row: 1, col: 2 };
  it('Enter commits and moves down (Shift+Enter up), Tab right (Shift+Tab left), Escape cancels', () => {
    const commit = (row: number, col: number) => ({ type: 'commit', then: { row, col } });
    expect(editingKeyAction(press('Enter'), cell, shape, 'caret')).toEqual(commit(2, 2));
    expect(editingKeyAction(press('Enter', { shiftKey: true }), cell, shape, 'caret')).toEqual(commit(0, 2));
    expect(editingKeyAction(press('Tab'), cell, shape, 'caret')).toEqual(commit(1, 3));
    expect(editingKeyAction(press('Tab', { shiftKey: true }), cell, shape, 'caret')).toEqual(commit(1, 1));
    expect(editingKeyAction(press('Tab'), { row: 1, col: 4 }, shape, 'caret')).toEqual(commit(2, 0));
    expect(editingKeyAction(press('Escape'), cell, shape, 'caret')).toEqual({ type: 'cancel' });
  });

  it('arrows commit and move after typing over a cell, but move the caret after Enter or F2', () => {
    expect(editingKeyAction(press('ArrowDown'), cell, shape, 'replace')).toEqual({
      type: 'commit',
      then: { row: 2, col: 2 },
    });
    expect(editingKeyAction(press('ArrowLeft'), cell, shape, 'caret')).toBeNull();
    expect(editingKeyAction(press('ArrowLeft', { shiftKey: true }), cell, shape, 'replace')).toBeNull();
    expect(editingKeyAction(press('F2'), cell, shape, 'replace')).toEqual({ type: 'caret-mode' });
    expect(editingKeyAction(press('a'), cell, shape, 'replace')).toBeNull();
  });
});
