import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BEFORE_CLOSE_CHANNEL, IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '../../shared/ipc/channels';
import type { DrpBridge } from '../../shared/ipc/contract';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { vi: hoistedVi } = await import('vitest');
  /** ipcRenderer: a real emitter for main → renderer messages, and a recorded invoke. */
  class FakeIpcRenderer extends EventEmitter {
    readonly invoke = hoistedVi.fn((channel: string, ...args: unknown[]) =>
      Promise.resolve({ echo: [channel, ...args] }),
    );
  }
  const exposed: [string, unknown][] = [];
  return {
    ipcRenderer: new FakeIpcRenderer(),
    exposed,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        exposed.push([key, api]);
      },
    },
  };
});

vi.mock('electron', () => ({ ipcRenderer: fake.ipcRenderer, contextBridge: fake.contextBridge }));

function isBridge(value: unknown): value is DrpBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    [
      'saveFile',
      'saveFiles',
      'openFile',
      'appVersion',
      'onMenuCommand',
      'onBeforeClose',
      'reportError',
      'listBackups',
      'writeBackup',
      'readBackup',
      'deleteBackups',
    ].every((key) => key in value && typeof Reflect.get(value, key) === 'function')
  );
}

let bridge: DrpBridge;

beforeAll(async () => {
  await import('../../electron/preload');
  const [entry] = fake.exposed;
  if (entry === undefined || !isBridge(entry[1])) throw new Error('The preload exposed no bridge');
  bridge = entry[1];
});

describe('the preload bridge', () => {
  it('is exposed once, as window.drp, with exactly eleven functions', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['drp']);
    expect(Object.keys(bridge).sort()).toEqual([
      'appVersion',
      'deleteBackups',
      'listBackups',
      'onBeforeClose',
      'onMenuCommand',
      'openFile',
      'readBackup',
      'reportError',
      'saveFile',
      'saveFiles',
      'writeBackup',
    ]);
  });

  it('does not expose ipcRenderer or anything holding it', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(fake.ipcRenderer);
      expect(typeof value).toBe('function');
    }
  });

  it('invokes the right channel with the request, and passes main’s answer back', async () => {
    const request = { suggestedName: 'plan.json', filters: [], data: new Uint8Array([1]) };
    await expect(bridge.saveFile(request)).resolves.toEqual({ echo: [IPC_CHANNELS.saveFile, request] });
    const files = { folderName: 'tables', files: [{ name: 'a.csv', data: new Uint8Array([2]) }] };
    await expect(bridge.saveFiles(files)).resolves.toEqual({ echo: [IPC_CHANNELS.saveFiles, files] });
    await expect(bridge.openFile({ filters: [], maxBytes: 5 })).resolves.toEqual({
      echo: [IPC_CHANNELS.openFile, { filters: [], maxBytes: 5 }],
    });
    await expect(bridge.appVersion()).resolves.toEqual({ echo: [IPC_CHANNELS.appVersion] });
    expect(fake.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual([
      'drp:save-file',
      'drp:save-files',
      'drp:open-file',
      'drp:app-version',
    ]);
  });

  it('sends each backup call on its own channel, with the request only', async () => {
    fake.ipcRenderer.invoke.mockClear();
    const ref = {
      planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
      id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
    };
    await expect(bridge.listBackups({ planId: null })).resolves.toEqual({
      echo: [IPC_CHANNELS.listBackups, { planId: null }],
    });
    await expect(bridge.readBackup(ref)).resolves.toEqual({ echo: [IPC_CHANNELS.readBackup, ref] });
    const deletion = { planId: ref.planId, ids: [ref.id] };
    await expect(bridge.deleteBackups(deletion)).resolves.toEqual({
      echo: [IPC_CHANNELS.deleteBackups, deletion],
    });
    const write = {
      backup: {
        ...ref,
        planName: 'Acme',
        takenAt: '2026-11-23T09:00:00.000Z',
        reason: 'automatic' as const,
        contentHash: 'a'.repeat(64),
      },
      data: new Uint8Array([1]),
    };
    await expect(bridge.writeBackup(write)).resolves.toEqual({ echo: [IPC_CHANNELS.writeBackup, write] });
    expect(fake.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual([
      'drp:list-backups',
      'drp:read-backup',
      'drp:delete-backups',
      'drp:write-backup',
    ]);
  });

  it('passes known menu commands on without the IPC event, and drops anything else', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => {
      received.push(args);
    });
    const event = { sender: fake.ipcRenderer };
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'new-plan');
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'format-disk');
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, { command: 'about' });
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'about');
    expect(received).toEqual([['new-plan'], ['about']]);
    unsubscribe();
  });

  it('stops delivering after unsubscribe, leaving other listeners in place', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.onMenuCommand((command) => first.push(command));
    const stopSecond = bridge.onMenuCommand((command) => second.push(command));
    stopFirst();
    fake.ipcRenderer.emit(MENU_COMMAND_CHANNEL, {}, 'open-plan-list');
    expect(first).toEqual([]);
    expect(second).toEqual(['open-plan-list']);
    stopSecond();
    expect(fake.ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });

  it('runs every before-close task when main asks, then answers closeReady with the same id', async () => {
    fake.ipcRenderer.invoke.mockClear();
    const order: string[] = [];
    let finishWrite!: () => void;
    const stopFlush = bridge.onBeforeClose(
      () =>
        new Promise<void>((resolve) => {
          finishWrite = () => {
            order.push('flush');
            resolve();
          };
        }),
    );
    const stopFailing = bridge.onBeforeClose(() => Promise.reject(new Error('backup failed')));
    const stopRemoved = bridge.onBeforeClose(() => {
      order.push('removed');
      return Promise.resolve();
    });
    stopRemoved();

    fake.ipcRenderer.emit(BEFORE_CLOSE_CHANNEL, {}, 7);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    finishWrite();
    await vi.waitFor(() => {
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.closeReady, { id: 7 });
    });
    expect(order).toEqual(['flush']);
    stopFlush();
    stopFailing();
  });

  it('answers at once when nothing is registered, and ignores a request without a numeric id', async () => {
    fake.ipcRenderer.invoke.mockClear();
    fake.ipcRenderer.emit(BEFORE_CLOSE_CHANNEL, {}, 'now');
    fake.ipcRenderer.emit(BEFORE_CLOSE_CHANNEL, {}, 8);
    await vi.waitFor(() => {
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.closeReady, { id: 8 });
    });
  });

  it('reports errors to main without returning anything, and swallows a refusal', async () => {
    fake.ipcRenderer.invoke.mockClear();
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('Refused'));
    const report = { kind: 'error' as const, name: 'Error', message: 'm', stack: '', route: '/' };
    bridge.reportError(report);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.reportError, report);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
