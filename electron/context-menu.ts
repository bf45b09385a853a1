import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's context-menu parameters the menu depends on. */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/**
 * Electron shows no context menu by default; people expect right-click Cut,
 * Copy and Paste in a desktop app. Only editing roles: nothing that navigates,
 * opens links or inspects.
 */
export function contextMenuTemplate(params: ContextMenuParams): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (params.isEditable) {
    return [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: editFlags.canCopy }];
  return [];
}
