import type { FileFilter, OpenFileResult, SaveFileResult } from '../../shared/ipc/contract';
import type { DrpDatabase } from '../db/database';
import { createBrowserBackupStore } from './browser-backups';
import type { Platform } from './platform';

declare const __APP_VERSION__: string;

/**
 * The platform for a plain browser: downloads instead of a save dialog, a file input instead of an
 * open dialog, and backups in the app's own database (`db`) instead of a folder.
 */
export function createBrowserPlatform(db: DrpDatabase): Platform {
  return {
    ...createBrowserBackupStore(db, globalThis.crypto),
    saveFile: ({ suggestedName, data }) => Promise.resolve(download(suggestedName, data)),
    // A page cannot make folders: one download per file, into wherever the browser keeps downloads.
    saveFiles: ({ files }) => {
      for (const file of files) download(file.name, file.data);
      return Promise.resolve({
        status: 'saved',
        folderName: null,
        fileNames: files.map((file) => file.name),
      });
    },
    openFile: ({ filters, maxBytes }) => pickFile(filters, maxBytes),
    appVersion: () => Promise.resolve(__APP_VERSION__),
    // A browser tab has no native menu; the same actions are on screen.
    onMenuCommand: () => () => undefined,
    // No main process to ask first: the page's beforeunload flush (useFlushOnLeave) does the work.
    onBeforeClose: () => () => undefined,
    // No log file in a browser: the developer console is where errors go.
    reportError: (report) => {
      console.error('DR Planner caught an error', report);
    },
  };
}

function download(fileName: string, data: Uint8Array): SaveFileResult {
  // Copy into a fresh ArrayBuffer: a Blob must not alias memory the caller may reuse.
  const blob = new Blob([data.slice()], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously from the click.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
  return { status: 'saved', fileName };
}

function pickFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.hidden = true;
    const finish = (result: OpenFileResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => {
      finish({ status: 'cancelled' });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        finish({ status: 'cancelled' });
        return;
      }
      // Check the size before reading a byte of it.
      if (file.size > maxBytes) {
        finish({ status: 'too-large', fileName: file.name, size: file.size, limit: maxBytes });
        return;
      }
      file.arrayBuffer().then(
        (buffer) => {
          finish({ status: 'opened', fileName: file.name, data: new Uint8Array(buffer) });
        },
        (error: unknown) => {
          finish({ status: 'failed', message: `Could not read ${file.name}: ${String(error)}` });
        },
      );
    });
    document.body.append(input);
    input.click();
  });
}
