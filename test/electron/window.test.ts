import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseFlush } from '../../electron/close-flow';
import { createMainWindow, mainWindowOptions, type MainWindowDeps } from '../../electron/window';
import type { WindowState } from '../../electron/window-state';
import { BEFORE_CLOSE_CHANNEL } from '../../shared/ipc/channels';
import { FakeBrowserWindow } from './fake-electron';
import { recordingLogger } from './recording-logger';

vi.mock('electron', async () => {
  const fake = await import('./fake-electron');
  return { BrowserWindow: fake.FakeBrowserWindow };
});

const PRELOAD = '/app/dist/electron/preload.cjs';
const placed = { x: 40, y: 30, width: 1200, height: 800, maximized: false };

const lockedDownPreferences = {
  preload: PRELOAD,
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
  spellcheck: false,
};

describe('mainWindowOptions', () => {
  it('locks down webPreferences, exactly', () => {
    expect(mainWindowOptions(PRELOAD, placed).webPreferences).toStrictEqual(lockedDownPreferences);
  });

  it('starts hidden, titled, with a minimum size, at the restored position', () => {
    expect(mainWindowOptions(PRELOAD, placed)).toMatchObject({
      title: 'DR Planner',
      show: false,
      minWidth: 900,
      minHeight: 600,
      x: 40,
      y: 30,
      width: 1200,
      height: 800,
    });
  });

  it('centres the window when no position was restored', () => {
    const options = mainWindowOptions(PRELOAD, { width: 1280, height: 820, maximized: false });
    expect(options).toMatchObject({ center: true, width: 1280, height: 820 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.reset();
  });

  function create(overrides: Partial<MainWindowDeps> = {}) {
    const saved: WindowState[] = [];
    const opened: string[] = [];
    const closeFlush = new CloseFlush({ logger: recordingLogger(), quit: vi.fn() });
    createMainWindow({
      closeFlush,
      confirmLeave: () => false,
      preloadPath: PRELOAD,
      restored: placed,
      openExternal: (url) => {
        opened.push(url);
      },
      saveState: (state) => {
        saved.push(state);
      },
      ...overrides,
    });
    const window = FakeBrowserWindow.instances[0];
    if (window === undefined || FakeBrowserWindow.instances.length !== 1)
      throw new Error('Expected one window');
    return { window, saved, opened, closeFlush };
  }

  it('constructs the BrowserWindow with the locked-down options', () => {
    const { window } = create();
    expect(window.options).toStrictEqual(mainWindowOptions(PRELOAD, placed));
    expect(window.options.webPreferences).toStrictEqual(lockedDownPreferences);
  });

  it('loads the app origin, never a file URL', () => {
    const { window } = create();
    expect(window.loadedUrls).toEqual(['app://drp/index.html']);
  });

  it('attaches the navigation, window-open and webview guards', async () => {
    const { window, opened } = create();
    const contents = window.webContents;
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://drp/index.html')).toBe(false);
    expect(contents.openWindow('https://example.com/help')).toEqual({ action: 'deny' });
    expect(contents.attachWebview()).toBe(true);
    await vi.waitFor(() => {
      expect(opened).toEqual(['https://example.com/help']);
    });
  });

  it('stays hidden until ready-to-show, then shows (restoring maximized)', () => {
    const { window } = create({ restored: { ...placed, maximized: true } });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(window.maximized).toBe(true);
  });

  it('does not maximize a window that was not maximized', () => {
    const { window } = create();
    window.emit('ready-to-show');
    expect(window.maximized).toBe(false);
  });

  it('saves the normal bounds and the maximized flag when closing', () => {
    const { window, saved } = create();
    window.normalBounds = { x: -5, y: 12, width: 1111.4, height: 777 };
    window.maximized = true;
    window.close();
    expect(saved).toEqual([{ x: -5, y: 12, width: 1111, height: 777, maximized: true }]);
  });

  it('asks the page to finish its work before it closes', () => {
    const { window, closeFlush } = create();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent).toEqual([[BEFORE_CLOSE_CHANNEL, 1]]);
    closeFlush.ready(1);
    expect(window.isDestroyed()).toBe(true);
  });

  it('keeping the window open at the unload question makes the next close ask the page again', () => {
    const { window, closeFlush } = create({ confirmLeave: () => false });
    window.close();
    closeFlush.ready(1);
    // Here the real window would run beforeunload; the page refuses, and the user keeps the window.
    window.webContents.emit('will-prevent-unload', { preventDefault: () => undefined });
    expect(closeFlush.isClosing()).toBe(false);
  });

  it.each([
    [true, true],
    [false, false],
  ])('when the page refuses to unload, asks; closing anyway = %s', (closeAnyway, unloads) => {
    const asked: unknown[] = [];
    const { window } = create({
      confirmLeave: (parent) => {
        asked.push(parent);
        return closeAnyway;
      },
    });
    let ignoredPage = false;
    window.webContents.emit('will-prevent-unload', {
      preventDefault: () => {
        ignoredPage = true;
      },
    });
    expect(asked).toEqual([window]);
    expect(ignoredPage).toBe(unloads);
  });
});
