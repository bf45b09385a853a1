import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/channels';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { backupsRoot, createBackupFileStore } from './backup-files';
import { createFileHandlers } from './file-dialogs';
import { installPermissionGuards, installWebContentsGuards, type OpenExternal } from './guards';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { contextMenuTemplate } from './context-menu';
import { buildMenuTemplate } from './menu';
import { createMainWindow } from './window';
import { loadWindowState, restoreWindowState, saveWindowState, type WindowState } from './window-state';

/*
 * Wiring only: every decision lives in a module that is tested on its own. The built file is
 * dist/electron/main.cjs, next to preload.cjs, with the UI in dist/renderer.
 */

// Must happen before 'ready': Chromium fixes the scheme list at start-up.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Every renderer sandboxed, even one created some day without our window options.
app.enableSandbox();

const isDev = !app.isPackaged;
const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const openExternal: OpenExternal = (url) => shell.openExternal(url);

let mainWindow: BrowserWindow | null = null;
/** A window-state write still in flight; quitting waits for it. */
let pendingSave: Promise<void> | null = null;

function isOwnContents(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents === contents;
}

function saveState(stateFile: string, state: WindowState): void {
  const saving = saveWindowState(stateFile, state).catch((error: unknown) => {
    console.error('Could not save the window position', error);
  });
  pendingSave = saving;
  void saving.finally(() => {
    if (pendingSave === saving) pendingSave = null;
  });
}

async function openMainWindow(): Promise<void> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath,
    restored: restoreWindowState(saved, workAreas),
    openExternal,
    saveState: (state) => {
      saveState(stateFile, state);
    },
    confirmLeave: (parent) =>
      dialog.showMessageBoxSync(parent, {
        type: 'warning',
        message: 'DR Planner has not finished saving your last change.',
        detail:
          'Keep the window open for a moment and the change will be saved. The status bar shows what is not saved.',
        buttons: ['Keep window open', 'Close anyway'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      }) === 1,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params);
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
  mainWindow = window;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target === null || target.isDestroyed()) {
    void openMainWindow();
    return;
  }
  target.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function onReady(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
  installPermissionGuards(session.defaultSession);

  const fileHandlers = createFileHandlers({
    dialog: {
      showSaveDialog: (window: BrowserWindow | null, options) =>
        window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
      showOpenDialog: (window: BrowserWindow | null, options) =>
        window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    },
    parentWindow: () => mainWindow,
  });
  const backupStore = createBackupFileStore(backupsRoot((name) => app.getPath(name)));
  registerIpcHandlers(
    ipcMain,
    { ...fileHandlers, ...backupStore, appVersion: () => Promise.resolve(app.getVersion()) },
    (event) => isTrustedSender(event, isOwnContents),
  );

  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev,
    appName: app.name,
    send: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  await openMainWindow();
}

// A second copy would open the same IndexedDB from two processes; hand over to the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Guards on every web contents, including any created without going through createMainWindow.
  app.on('web-contents-created', (_event, contents) => {
    installWebContentsGuards(contents, openExternal);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });

  app.on('will-quit', (event) => {
    const saving = pendingSave;
    if (saving === null) return;
    // Let the window-state write finish, then quit for real (pendingSave is null by then).
    event.preventDefault();
    void saving.finally(() => {
      app.quit();
    });
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('DR Planner failed to start', error);
      app.exit(1);
    });
}
