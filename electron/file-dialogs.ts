import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type {
  IpcHandlers,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesRequest,
  SaveFilesResult,
} from '../shared/ipc/contract';
import { describeFileError, makeNewFolder, readFileLimited, writeFileAtomic } from './files';

/**
 * The two dialog calls we need, in the form that takes a parent window. Electron's `dialog`
 * fits this shape; tests pass a stand-in that "picks" a real temp path.
 */
export interface FileDialogs<W> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileDialogDeps<W> {
  dialog: FileDialogs<W>;
  /** The window the dialog is modal to. */
  parentWindow: () => W;
  /** Told when reading or writing fails (for the log: it gets the error, never the path). */
  onFailure?: (operation: FileOperation, error: unknown) => void;
}

export type FileOperation = 'save-file' | 'save-files' | 'open-file';

/**
 * The renderer never names a path: it suggests a file name, the user picks the place, and only
 * the base name goes back, so a compromised page learns nothing about the disk.
 */
export function createFileHandlers<W>(
  deps: FileDialogDeps<W>,
): Pick<IpcHandlers, 'saveFile' | 'saveFiles' | 'openFile'> {
  const failed = (operation: FileOperation, error: unknown): void => {
    deps.onFailure?.(operation, error);
  };

  async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const choice = await deps.dialog.showSaveDialog(deps.parentWindow(), {
      defaultPath: request.suggestedName,
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || choice.filePath === '') return { status: 'cancelled' };
    try {
      await writeFileAtomic(choice.filePath, request.data);
      return { status: 'saved', fileName: path.basename(choice.filePath) };
    } catch (error) {
      failed('save-file', error);
      return { status: 'failed', message: describeFileError(error, 'save', choice.filePath) };
    }
  }

  /**
   * The user picks a folder; the files go into a new folder inside it (see makeNewFolder), each
   * written atomically. If one fails, the new folder is removed again: the save is whole or absent.
   */
  async function saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult> {
    const choice = await deps.dialog.showOpenDialog(deps.parentWindow(), {
      title: `Choose where to save the folder “${request.folderName}”`,
      buttonLabel: 'Save here',
      properties: ['openDirectory', 'createDirectory'],
    });
    const parent = choice.filePaths[0];
    if (choice.canceled || parent === undefined) return { status: 'cancelled' };
    let folder: string;
    try {
      folder = await makeNewFolder(parent, request.folderName);
    } catch (error) {
      failed('save-files', error);
      return {
        status: 'failed',
        message: describeFileError(error, 'save', path.join(parent, request.folderName)),
      };
    }
    for (const file of request.files) {
      const target = path.join(folder, file.name);
      try {
        await writeFileAtomic(target, file.data);
      } catch (error) {
        failed('save-files', error);
        await rm(folder, { recursive: true, force: true }).catch(() => undefined);
        return { status: 'failed', message: describeFileError(error, 'save', target) };
      }
    }
    return {
      status: 'saved',
      folderName: path.basename(folder),
      fileNames: request.files.map((file) => file.name),
    };
  }

  async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
    const choice = await deps.dialog.showOpenDialog(deps.parentWindow(), {
      filters: request.filters,
      properties: ['openFile'],
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
    const fileName = path.basename(filePath);
    try {
      const result = await readFileLimited(filePath, request.maxBytes);
      switch (result.status) {
        case 'read':
          return { status: 'opened', fileName, data: result.data };
        case 'too-large':
          return { status: 'too-large', fileName, size: result.size, limit: request.maxBytes };
        case 'not-a-file':
          return { status: 'failed', message: `Could not open “${fileName}”: it is not a file.` };
      }
    } catch (error) {
      failed('open-file', error);
      return { status: 'failed', message: describeFileError(error, 'open', filePath) };
    }
  }

  return { saveFile, saveFiles, openFile };
}
