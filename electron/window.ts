import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import type { CloseFlush } from './close-flow';
import { installWebContentsGuards, type OpenExternal } from './guards';
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  type RestoredWindowState,
  type WindowState,
} from './window-state';

/**
 * The window's preferences, spelled out in full rather than relying on defaults that have changed
 * between Electron versions. The page gets no Node, runs sandboxed in its own JavaScript world,
 * and reaches the system only through the small preload bridge.
 */
export function mainWindowOptions(
  preloadPath: string,
  restored: RestoredWindowState,
): BrowserWindowConstructorOptions {
  return {
    title: 'DR Planner',
    width: restored.width,
    height: restored.height,
    ...(restored.x !== undefined && restored.y !== undefined
      ? { x: restored.x, y: restored.y }
      : { center: true }),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off: on Windows and Linux Electron would download dictionaries from Google, and the app makes no network requests.
      spellcheck: false,
    },
  };
}

export interface MainWindowDeps {
  preloadPath: string;
  restored: RestoredWindowState;
  openExternal: OpenExternal;
  /** Called when the window closes, with the bounds to restore next time. */
  saveState: (state: WindowState) => void;
  /**
   * The page asked to stay open (an edit is still being written, or was not
   * saved). Returns true when the user chooses to close anyway.
   */
  confirmLeave: (window: BrowserWindow) => boolean;
  /** Asks the page to finish its work before the window closes (see close-flow.ts). */
  closeFlush: CloseFlush;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(deps.preloadPath, deps.restored));
  // Installed before the first load, so not even the first page escapes them.
  installWebContentsGuards(window.webContents, deps.openExternal);
  deps.closeFlush.attach(window);

  // The renderer refuses to unload while an edit is not yet in the database; Electron would
  // otherwise cancel the close silently. Ask instead. (preventDefault here means "unload anyway".)
  window.webContents.on('will-prevent-unload', (event) => {
    if (deps.confirmLeave(window)) event.preventDefault();
    else deps.closeFlush.cancelled();
  });

  window.once('ready-to-show', () => {
    if (deps.restored.maximized) window.maximize();
    window.show();
  });

  // Normal bounds, not the maximised ones: un-maximising next time should give the old size back.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    deps.saveState({
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized() || window.isFullScreen(),
    });
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}`, error);
  });
  return window;
}
