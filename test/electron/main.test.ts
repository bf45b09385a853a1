import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CRASH_LOOP_DIALOG, UNRESPONSIVE_DIALOG } from '../../electron/renderer-health';
import { BEFORE_CLOSE_CHANNEL, IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '../../shared/ipc/channels';
import { FakeBrowserWindow, createFakeElectron } from './fake-electron';
import { FakeWebContents } from './fake-contents';
import { useTempDirs } from './temp-dir';

type FakeElectron = ReturnType<typeof createFakeElectron>;

const holder = vi.hoisted(() => {
  const state: { electron: FakeElectron | null } = { electron: null };
  const current = (): FakeElectron => {
    if (state.electron === null) throw new Error('No fake electron for this test');
    return state.electron;
  };
  return { state, current };
});

// Getters: main.ts is imported afresh per test, each time against that test's fakes.
vi.mock('electron', () => ({
  get app() {
    return holder.current().app;
  },
  get protocol() {
    return holder.current().protocol;
  },
  get session() {
    return holder.current().session;
  },
  get ipcMain() {
    return holder.current().ipcMain;
  },
  get Menu() {
    return holder.current().Menu;
  },
  get screen() {
    return holder.current().screen;
  },
  get shell() {
    return holder.current().shell;
  },
  get dialog() {
    return holder.current().dialog;
  },
  get BrowserWindow() {
    return holder.current().BrowserWindow;
  },
}));

const makeTempDir = useTempDirs();

/** Imports main.ts the way Electron runs it: once, at start-up, before 'ready'. */
async function launch(options: { gotLock?: boolean } = {}) {
  vi.resetModules();
  FakeBrowserWindow.reset();
  const userData = await makeTempDir();
  const documents = await makeTempDir();
  const electron = createFakeElectron(userData, documents);
  electron.app.gotLock = options.gotLock ?? true;
  holder.state.electron = electron;
  await import('../../electron/main');
  return { electron, userData, documents };
}

async function launchReady() {
  const launched = await launch();
  launched.electron.app.becomeReady();
  await vi.waitFor(() => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });
  const window = FakeBrowserWindow.instances[0];
  if (window === undefined) throw new Error('unreachable');
  return { ...launched, window };
}

const trustedEvent = (window: FakeBrowserWindow) => ({
  sender: window.webContents,
  senderFrame: { parent: null, url: 'app://drp/index.html' },
});

describe('main.ts before ready', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', async () => {
    const { electron } = await launch();
    expect(electron.app.isReady()).toBe(false);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('quits as a second instance, without creating anything', async () => {
    const { electron } = await launch({ gotLock: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    electron.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.app.setAppLogsPath).not.toHaveBeenCalled();
  });
});

describe('main.ts once ready', () => {
  it('serves the UI through the app protocol handler (the real one)', async () => {
    const { electron, window } = await launchReady();
    expect(electron.protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    expect((await handler?.(new Request('app://evil/index.html')))?.status).toBe(403);
    expect((await handler?.(new Request('app://drp/no-such-file.js')))?.status).toBe(404);
    expect(window.loadedUrls).toEqual(['app://drp/index.html']);
    expect(window.options.webPreferences?.preload).toMatch(/[/\\]preload\.cjs$/);
  });

  it('denies every permission but clipboard writing in the default session', async () => {
    const { electron } = await launchReady();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.session.defaultSession;
    const onRequest = setPermissionRequestHandler.mock.calls[0]?.[0];
    const onCheck = setPermissionCheckHandler.mock.calls[0]?.[0];
    const callback = vi.fn<(granted: boolean) => void>();
    onRequest?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(onCheck?.(null, 'clipboard-read')).toBe(false);
  });

  it('answers IPC only from its own window', async () => {
    const { electron, window } = await launchReady();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const appVersion = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === IPC_CHANNELS.appVersion,
    )?.[1];
    await expect(appVersion?.(trustedEvent(window), undefined)).resolves.toBe('9.9.9-test');
    const foreign = {
      sender: window.webContents,
      senderFrame: { parent: null, url: 'https://evil.example/' },
    };
    await expect(appVersion?.(foreign, undefined)).rejects.toThrow('Refused');
    const stranger = { ...trustedEvent(window), sender: new FakeWebContents() };
    await expect(appVersion?.(stranger, undefined)).rejects.toThrow('Refused');
  });

  it('saves several files through the native folder dialog, into a new folder', async () => {
    const { electron, window } = await launchReady();
    const parent = await makeTempDir();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [parent] });
    const saveFiles = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === IPC_CHANNELS.saveFiles,
    )?.[1];
    const request = {
      folderName: 'Acme - tables',
      files: [{ name: 'systems.csv', data: new TextEncoder().encode('name\r\nERP\r\n') }],
    };

    await expect(saveFiles?.(trustedEvent(window), request)).resolves.toEqual({
      status: 'saved',
      folderName: 'Acme - tables',
      fileNames: ['systems.csv'],
    });
    expect(await readFile(path.join(parent, 'Acme - tables', 'systems.csv'), 'utf8')).toBe('name\r\nERP\r\n');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    await expect(saveFiles?.(trustedEvent(window), { ...request, folderName: '../escape' })).rejects.toThrow(
      'folderName: File name must not contain a folder',
    );
  });

  it('keeps backups as files in Documents/DR Planner Backups, outside the app profile', async () => {
    const { electron, window, userData, documents } = await launchReady();
    const handler = (channel: string) => {
      const found = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1];
      if (found === undefined) throw new Error(`No handler for ${channel}`);
      return found;
    };
    const planId = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
    const backup = {
      id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
      planId,
      planName: 'Acme',
      takenAt: '2026-11-23T09:00:00.000Z',
      reason: 'automatic',
      contentHash: 'a'.repeat(64),
    };
    const data = new TextEncoder().encode('{}\n');
    await expect(
      handler(IPC_CHANNELS.writeBackup)(trustedEvent(window), { backup, data }),
    ).resolves.toMatchObject({
      status: 'written',
    });
    const file = path.join(
      documents,
      'DR Planner Backups',
      planId,
      `2026-11-23T09-00-00.000Z_${backup.id}.drplan.json`,
    );
    expect(await readFile(file, 'utf8')).toBe('{}\n');
    expect(path.relative(userData, file).startsWith('..')).toBe(true);
    await expect(
      handler(IPC_CHANNELS.listBackups)(trustedEvent(window), { planId: null }),
    ).resolves.toMatchObject({
      status: 'listed',
      entries: [{ planId, id: backup.id, damage: null }],
    });
    const foreign = { ...trustedEvent(window), senderFrame: { parent: null, url: 'https://evil.example/' } };
    await expect(handler(IPC_CHANNELS.readBackup)(foreign, { planId, id: backup.id })).rejects.toThrow(
      'Refused',
    );
  });

  it('sets a native menu whose commands reach the window', async () => {
    const { electron, window } = await launchReady();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    const file = template.find((item: MenuItemConstructorOptions) => item.label === 'File')?.submenu;
    const newPlan = Array.isArray(file) ? file.find((item) => item.label === 'New plan') : undefined;
    if (newPlan?.click === undefined) throw new Error('No File › New plan');
    Reflect.apply(newPlan.click, undefined, []);
    expect(window.webContents.sent).toEqual([[MENU_COMMAND_CHANNEL, 'new-plan']]);
  });

  it('shows an edit menu on right-click in a text field, and none on plain page areas', async () => {
    const { electron, window } = await launchReady();
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    const built = electron.Menu.buildFromTemplate.mock.calls.length;
    window.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags });
    expect(electron.Menu.buildFromTemplate.mock.calls.length).toBe(built);
    window.webContents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags });
    const result = electron.Menu.buildFromTemplate.mock.results.at(-1);
    if (result?.type !== 'return') throw new Error('No context menu was built');
    expect(result.value.template.map((item) => item.role ?? item.type)).toContain('paste');
    expect(result.value.popup).toHaveBeenCalledWith({ window });
  });

  it('guards every web contents created later', async () => {
    const { electron } = await launchReady();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('brings the existing window back when a second instance starts', async () => {
    const { electron, window } = await launchReady();
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(FakeBrowserWindow.focused).toBe(window);
  });

  it('quits when the last window closes (not on macOS; this runs elsewhere)', async () => {
    const { electron } = await launchReady();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('finishes writing the window state before quitting', async () => {
    const { electron, window, userData } = await launchReady();
    window.normalBounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.close();
    let prevented = false;
    electron.app.emit('will-quit', {
      preventDefault: () => {
        prevented = true;
      },
    });
    expect(prevented).toBe(true);
    await vi.waitFor(() => {
      expect(electron.app.quit).toHaveBeenCalledOnce();
    });
    const saved: unknown = JSON.parse(await readFile(path.join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: false });
  });

  it('logs its start (version, platform) as JSON lines in the logs folder', async () => {
    const { electron, userData } = await launchReady();
    expect(electron.app.setAppLogsPath).toHaveBeenCalledOnce();
    const entries = await vi.waitFor(() => readLog(userData));
    expect(entries[0]).toMatchObject({
      level: 'info',
      event: 'app-start',
      version: '9.9.9-test',
      platform: process.platform,
    });
  });

  it('reloads the window when its page crashes, and asks when it crashes again soon', async () => {
    const { electron, window, userData } = await launchReady();
    window.webContents.processGone('crashed', 11);
    expect(window.webContents.reloads).toBe(1);
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    window.webContents.processGone('crashed', 11);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, CRASH_LOOP_DIALOG);
    // "Reload" opens the start page rather than the screen that keeps crashing.
    await vi.waitFor(() => {
      expect(window.loadedUrls).toEqual(['app://drp/index.html', 'app://drp/index.html']);
    });
    expect(window.webContents.reloads).toBe(1);
    const events = await vi.waitFor(async () => {
      const logged = (await readLog(userData)).map((entry) => entry.event);
      expect(logged).toContain('renderer-crash-loop-choice');
      return logged;
    });
    expect(events).toContain('renderer-gone');
  });

  it('asks "not responding" when the page hangs, and closes the question when it answers again', async () => {
    const { electron, window } = await launchReady();
    let signal: AbortSignal | undefined;
    electron.dialog.showMessageBox.mockImplementationOnce((_window, options) => {
      signal = options.signal;
      return new Promise((resolve) => {
        options.signal?.addEventListener('abort', () => {
          resolve({ response: 0 });
        });
      });
    });
    window.emit('unresponsive');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: UNRESPONSIVE_DIALOG.message, buttons: ['Wait', 'Reload'] }),
    );
    window.emit('responsive');
    expect(signal?.aborted).toBe(true);
    expect(window.webContents.actions).toEqual([]);
  });

  it('closing the window waits for the page’s closeReady, accepted only from the page', async () => {
    const { electron, window } = await launchReady();
    const closeReady = handlerFor(electron, IPC_CHANNELS.closeReady);
    window.close();
    expect(window.webContents.sent).toEqual([[BEFORE_CLOSE_CHANNEL, 1]]);
    const foreign = {
      sender: window.webContents,
      senderFrame: { parent: null, url: 'https://evil.example/' },
    };
    await expect(closeReady(foreign, { id: 1 })).rejects.toThrow('Refused');
    expect(window.isDestroyed()).toBe(false);
    await expect(closeReady(trustedEvent(window), { id: 1 })).resolves.toBeUndefined();
    expect(window.isDestroyed()).toBe(true);
  });

  it('quitting asks the page first, then quits', async () => {
    const { electron, window, userData } = await launchReady();
    let prevented = false;
    electron.app.emit('before-quit', {
      preventDefault: () => {
        prevented = true;
      },
    });
    expect(prevented).toBe(true);
    expect(electron.app.quit).not.toHaveBeenCalled();
    await handlerFor(electron, IPC_CHANNELS.closeReady)(trustedEvent(window), { id: 1 });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    await vi.waitFor(async () => {
      expect(await readLog(userData)).toContainEqual(
        expect.objectContaining({ event: 'close-flush', after: 'quit', result: 'ready' }),
      );
    });
  });

  it('Help › Open logs folder opens the logs folder', async () => {
    const { electron, userData } = await launchReady();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    const help = template.find((item: MenuItemConstructorOptions) => item.label === 'Help')?.submenu;
    const open = Array.isArray(help) ? help.find((item) => item.label === 'Open logs folder') : undefined;
    if (open?.click === undefined) throw new Error('No Help › Open logs folder');
    Reflect.apply(open.click, undefined, []);
    await vi.waitFor(() => {
      expect(electron.shell.openPath).toHaveBeenCalledExactlyOnceWith(path.join(userData, 'logs'));
    });
    expect(await readdir(path.join(userData, 'logs'))).toContain('main.log');
  });

  it('logs refused IPC, failed file writes and page errors, with no plan content', async () => {
    const { electron, window, userData } = await launchReady();
    const plan = 'Acme Zürich Recovery';
    const saveFile = handlerFor(electron, IPC_CHANNELS.saveFile);
    const request = { suggestedName: `${plan}.pdf`, filters: [], data: new Uint8Array([1]) };
    const stranger = { ...trustedEvent(window), sender: new FakeWebContents() };
    await expect(saveFile(stranger, request)).rejects.toThrow('Refused');
    await expect(saveFile(trustedEvent(window), { ...request, suggestedName: `../${plan}` })).rejects.toThrow(
      'Invalid arguments',
    );
    // The user picks a folder that has gone by the time of writing.
    const missing = path.join(userData, `${plan} folder`, `${plan}.pdf`);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: missing });
    await expect(saveFile(trustedEvent(window), request)).resolves.toMatchObject({ status: 'failed' });
    await handlerFor(electron, IPC_CHANNELS.reportError)(trustedEvent(window), {
      kind: 'render',
      name: 'TypeError',
      message: `Cannot show “${plan}”`,
      stack: `TypeError: Cannot show “${plan}”\n    at Screen (app://drp/assets/index.js:1:1)`,
      route: `/plans/p1/systems?q=${plan}`,
    });

    const entries = await vi.waitFor(async () => {
      const logged = await readLog(userData);
      expect(logged.map((entry) => entry.event)).toContain('renderer-error');
      return logged;
    });
    expect(entries.filter((entry) => entry.event !== 'app-start')).toEqual([
      expect.objectContaining({ event: 'ipc-refused', channel: 'drp:save-file', reason: 'sender' }),
      expect.objectContaining({ event: 'ipc-refused', channel: 'drp:save-file', reason: 'arguments' }),
      expect.objectContaining({ event: 'file-failed', operation: 'save-file', code: 'ENOENT' }),
      expect.objectContaining({ event: 'renderer-error', name: 'TypeError', route: '/plans/p1/systems' }),
    ]);
    const text = await readFile(path.join(userData, 'logs', 'main.log'), 'utf8');
    expect(text).not.toContain('Acme');
    expect(text).not.toContain('Zürich');
  });
});

type IpcHandler = (event: unknown, arg: unknown) => Promise<unknown>;

function handlerFor(electron: FakeElectron, channel: string): IpcHandler {
  const handler = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1];
  if (handler === undefined) throw new Error(`No handler for ${channel}`);
  return handler;
}

async function readLog(userData: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path.join(userData, 'logs', 'main.log'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line): Record<string, unknown> => {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null) throw new Error(`Not an object: ${line}`);
      return Object.fromEntries(Object.entries(parsed));
    });
}
