import { EventEmitter } from 'node:events';
import path from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  Rectangle,
} from 'electron';
import { vi } from 'vitest';
import type { PermissionSession } from '../../electron/guards';
import { FakeWebContents } from './fake-contents';

/*
 * Stand-ins for the parts of the `electron` module that main.ts and window.ts use. Only
 * `electron` is ever mocked; everything of ours runs for real. Tests assert on what our code did
 * to these objects (options passed, events handled), never on values these fakes make up.
 */

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  static reset(): void {
    FakeBrowserWindow.instances = [];
    FakeBrowserWindow.focused = null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  maximized = false;
  minimized = false;
  fullScreen = false;
  destroyed = false;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  /** What Electron does: 'close' (which a listener may prevent), then 'closed'. */
  close(): void {
    if (this.destroyed) return;
    const event = { prevented: false, preventDefault: () => undefined };
    event.preventDefault = () => {
      event.prevented = true;
    };
    this.emit('close', event);
    if (event.prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  maximize(): void {
    this.maximized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  focus(): void {
    FakeBrowserWindow.focused = this;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getNormalBounds(): Rectangle {
    return this.normalBounds;
  }
}

/** `app`: a real EventEmitter, so tests can emit 'second-instance', 'activate', … */
export class FakeApp extends EventEmitter {
  gotLock = true;
  ready = false;
  readonly isPackaged = false;
  readonly name = 'DR Planner';
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
  readonly setAppLogsPath = vi.fn();
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  constructor(
    private readonly userData: string,
    private readonly documents: string = path.join(userData, 'Documents'),
  ) {
    super();
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** What Electron does once Chromium has started. */
  becomeReady(): void {
    this.ready = true;
    this.resolveReady();
    this.emit('ready');
  }

  getPath(name: string): string {
    if (name === 'userData') return this.userData;
    if (name === 'logs') return path.join(this.userData, 'logs');
    if (name === 'documents') return this.documents;
    throw new Error(`Unexpected app.getPath(${name})`);
  }

  getVersion(): string {
    return '9.9.9-test';
  }
}

type ProtocolHandler = (request: Request) => Promise<Response>;
type IpcListener = (event: unknown, arg: unknown) => Promise<unknown>;

export function createFakeElectron(userData: string, documents?: string) {
  const app = new FakeApp(userData, documents);
  const protocol = {
    registerSchemesAsPrivileged: vi.fn<(schemes: CustomScheme[]) => void>(),
    handle: vi.fn<(scheme: string, handler: ProtocolHandler) => void>(),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler:
        vi.fn<(handler: Parameters<PermissionSession['setPermissionRequestHandler']>[0]) => void>(),
      setPermissionCheckHandler:
        vi.fn<(handler: Parameters<PermissionSession['setPermissionCheckHandler']>[0]) => void>(),
    },
  };
  const ipcMain = { handle: vi.fn<(channel: string, listener: IpcListener) => void>() };
  const Menu = {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({
      template,
      popup: vi.fn<(options: unknown) => void>(),
    })),
    setApplicationMenu: vi.fn<(menu: unknown) => void>(),
  };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
  const shell = {
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    openPath: vi.fn((_path: string) => Promise.resolve('')),
  };
  const dialog = {
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
    showMessageBoxSync: vi.fn(() => 0),
    showMessageBox: vi.fn((_window: unknown, _options: MessageBoxOptions) =>
      Promise.resolve({ response: 0 }),
    ),
  };
  return { app, protocol, session, ipcMain, Menu, screen, shell, dialog, BrowserWindow: FakeBrowserWindow };
}
