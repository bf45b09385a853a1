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
import { redactQuoted } from '../shared/diagnostics/redact';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { CloseFlush } from './close-flow';
import { backupsRoot, createBackupFileStore } from './backup-files';
import { createFileHandlers } from './file-dialogs';
import { installPermissionGuards, installWebContentsGuards, type OpenExternal } from './guards';
import { isTrustedSender, registerIpcHandlers } from './ipc';
import { contextMenuTemplate } from './context-menu';
import { createFileLogger, errorCode } from './log';
import { buildMenuTemplate } from './menu';
import { createErrorReportHandler } from './renderer-errors';
import { healthDialogs, watchRendererHealth } from './renderer-health';
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

/** main.log in Electron's logs folder, resolved on the first write (after the single-instance check). */
const logger = createFileLogger({ dir: () => app.getPath('logs') });

let mainWindow: BrowserWindow | null = null;
/** The main window's close flow: the page's closeReady answer and quitting go through it. */
let mainCloseFlush: CloseFlush | null = null;
/** A window-state write still in flight; quitting waits for it. */
let pendingSave: Promise<void> | null = null;

function isOwnContents(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents === contents;
}

function saveState(stateFile: string, state: WindowState): void {
  const saving = saveWindowState(stateFile, state).catch((error: unknown) => {
    logger.warn('window-state-save-failed', { code: errorCode(error) });
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
  const closeFlush = new CloseFlush({
    logger,
    quit: () => {
      app.quit();
    },
  });
  const window = createMainWindow({
    closeFlush,
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
  watchRendererHealth(window, {
    logger,
    now: Date.now,
    isClosing: () => closeFlush.isClosing(),
    loadStartPage: () => {
      window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
        logger.error('load-failed', { code: errorCode(error) });
      });
    },
    quit: () => {
      app.quit();
    },
    ...healthDialogs((parent: BrowserWindow, options) => dialog.showMessageBox(parent, options), window),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    if (mainCloseFlush === closeFlush) mainCloseFlush = null;
  });
  window.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params);
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
  mainWindow = window;
  mainCloseFlush = closeFlush;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target === null || target.isDestroyed()) {
    void openMainWindow();
    return;
  }
  target.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function openLogsFolder(): Promise<void> {
  // Writing what is queued also creates the folder, so there is always something to open.
  await logger.flush();
  const problem = await shell.openPath(app.getPath('logs'));
  if (problem !== '') logger.warn('open-logs-folder-failed');
}

async function onReady(): Promise<void> {
  logger.info('app-start', { version: app.getVersion(), platform: process.platform, arch: process.arch });
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
    // The code only: the path names the user's file, which may carry the plan's name.
    onFailure: (operation, error) => {
      logger.error('file-failed', { operation, code: errorCode(error) });
    },
  });
  const backupStore = createBackupFileStore(backupsRoot((name) => app.getPath(name)));
  registerIpcHandlers(
    ipcMain,
    {
      ...fileHandlers,
      ...backupStore,
      appVersion: () => Promise.resolve(app.getVersion()),
      closeReady: ({ id }) => {
        mainCloseFlush?.ready(id);
        return Promise.resolve(undefined);
      },
      reportError: createErrorReportHandler(logger),
    },
    (event) => isTrustedSender(event, isOwnContents),
    (channel, reason) => {
      logger.warn('ipc-refused', { channel, reason });
    },
  );

  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev,
    appName: app.name,
    send: sendMenuCommand,
    openLogsFolder: () => {
      void openLogsFolder();
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  await openMainWindow();
}

// A second copy would open the same IndexedDB from two processes; hand over to the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Logs go to Electron's usual place: ~/Library/Logs/DR Planner on macOS, a "logs" folder in the app's data elsewhere.
  app.setAppLogsPath();

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

  // Quitting first lets the window's page finish its work (close-flow.ts); the flow quits again when done.
  app.on('before-quit', (event) => {
    if (mainCloseFlush?.beforeQuit() === true) event.preventDefault();
  });

  app.on('child-process-gone', (_event, details) => {
    logger.warn('child-process-gone', { type: details.type, reason: details.reason });
  });

  let quitWaited = false;
  app.on('will-quit', (event) => {
    if (quitWaited) return;
    quitWaited = true;
    // Let the window-state write and the last log lines finish, then quit for real.
    event.preventDefault();
    logger.info('app-quit');
    void Promise.all([pendingSave, logger.flush()]).finally(() => {
      app.quit();
    });
  });

  app
    .whenReady()
    .then(onReady)
    .catch(async (error: unknown) => {
      console.error('DR Planner failed to start', error);
      logger.error('start-failed', {
        code: errorCode(error),
        message: error instanceof Error ? redactQuoted(error.message) : null,
      });
      await logger.flush();
      app.exit(1);
    });
}
