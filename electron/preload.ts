import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BEFORE_CLOSE_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type MenuCommand,
} from '../shared/ipc/channels';
import type { ErrorReport } from '../shared/diagnostics/error-report';
import type {
  DeleteBackupsRequest,
  DeleteBackupsResult,
  ListBackupsRequest,
  ListBackupsResult,
  ReadBackupRequest,
  ReadBackupResult,
  WriteBackupRequest,
  WriteBackupResult,
} from '../shared/ipc/backup-contract';
import type {
  DrpBridge,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFilesRequest,
  SaveFilesResult,
} from '../shared/ipc/contract';

/*
 * Runs sandboxed: it may require only 'electron', so everything it imports is bundled into one
 * file, and the schemas stay in main (which re-checks every argument anyway).
 *
 * The page gets these named functions and nothing else: never `ipcRenderer` itself, nor a
 * generic "invoke any channel", either of which would hand it every handler in main.
 */

function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.saveFile, request);
}

function saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.saveFiles, request);
}

function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.openFile, request);
}

function appVersion(): Promise<string> {
  return ipcRenderer.invoke(IPC_CHANNELS.appVersion);
}

function listBackups(request: ListBackupsRequest): Promise<ListBackupsResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.listBackups, request);
}

function writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request);
}

function readBackup(request: ReadBackupRequest): Promise<ReadBackupResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.readBackup, request);
}

function deleteBackups(request: DeleteBackupsRequest): Promise<DeleteBackupsResult> {
  return ipcRenderer.invoke(IPC_CHANNELS.deleteBackups, request);
}

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  // The IPC event is not passed on: its `sender` is the ipcRenderer object we keep from the page.
  const forward = (_event: IpcRendererEvent, command: unknown): void => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  };
}

const beforeCloseTasks = new Set<() => Promise<void>>();

/**
 * Main asks before the window closes; the answer goes back once every task has settled, failed
 * or not (a failed write is listed in the status bar, and the page's unload check asks the user).
 */
ipcRenderer.on(BEFORE_CLOSE_CHANNEL, (_event: IpcRendererEvent, id: unknown) => {
  if (typeof id !== 'number') return;
  void Promise.allSettled([...beforeCloseTasks].map((task) => Promise.resolve().then(task)))
    .then(() => ipcRenderer.invoke(IPC_CHANNELS.closeReady, { id }))
    // Main closes the window after its time limit anyway.
    .catch(() => undefined);
});

function onBeforeClose(task: () => Promise<void>): () => void {
  // Wrapped, so the same function registered twice runs twice and unsubscribes once each.
  const entry = () => task();
  beforeCloseTasks.add(entry);
  return () => {
    beforeCloseTasks.delete(entry);
  };
}

function reportError(report: ErrorReport): void {
  // Fire and forget: reporting an error must never raise another one in the page.
  ipcRenderer.invoke(IPC_CHANNELS.reportError, report).catch(() => undefined);
}

const bridge = {
  saveFile,
  saveFiles,
  openFile,
  appVersion,
  onMenuCommand,
  onBeforeClose,
  reportError,
  listBackups,
  writeBackup,
  readBackup,
  deleteBackups,
} satisfies DrpBridge;

contextBridge.exposeInMainWorld('drp', bridge);
