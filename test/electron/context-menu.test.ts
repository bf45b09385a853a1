import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextMenuParams } from '../../electron/context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (overrides: Partial<ContextMenuParams>): ContextMenuParams => ({
  isEditable: false,
  selectionText: '',
  editFlags: flags,
  ...overrides,
});
const roles = (p: ContextMenuParams) => contextMenuTemplate(p).map((item) => item.role ?? item.type);

describe('contextMenuTemplate', () => {
  it('offers editing in a text field', () => {
    expect(roles(params({ isEditable: true }))).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('disables what the field cannot do', () => {
    const menu = contextMenuTemplate(
      params({ isEditable: true, editFlags: { ...flags, canCut: false, canCopy: false } }),
    );
    expect(menu.filter((item) => item.enabled === false).map((item) => item.role)).toEqual(['cut', 'copy']);
  });

  it('offers only Copy for selected text, and nothing elsewhere', () => {
    expect(roles(params({ selectionText: 'Order database' }))).toEqual(['copy']);
    expect(roles(params({ selectionText: '   ' }))).toEqual([]);
    expect(roles(params({}))).toEqual([]);
  });
});
