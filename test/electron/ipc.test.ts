import { describe, expect, it, vi } from 'vitest';
import { isTrustedSender, registerIpcHandlers, type IpcSenderEvent } from '../../electron/ipc';
import { IPC_CHANNELS, IPC_METHODS } from '../../shared/ipc/channels';
import type { IpcHandlers } from '../../shared/ipc/contract';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const NEW_BACKUP = {
  id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
  planId: PLAN_ID,
  planName: 'Acme',
  takenAt: '2026-11-23T09:00:00.000Z',
  reason: 'automatic',
  contentHash: 'a'.repeat(64),
};

const OWN_CONTENTS = { id: 1 };
const OTHER_CONTENTS = { id: 2 };
type Contents = typeof OWN_CONTENTS;
const isOwnContents = (contents: Contents) => contents === OWN_CONTENTS;

function eventFrom(
  url: string | null,
  options: { parent?: object | null; sender?: Contents } = {},
): IpcSenderEvent<Contents> {
  return {
    sender: options.sender ?? OWN_CONTENTS,
    senderFrame: url === null ? null : { url, parent: options.parent ?? null },
  };
}

describe('isTrustedSender', () => {
  it.each([
    ['our top frame on the app origin', eventFrom('app://drp/index.html#/plans'), true],
    ['a frame that is gone (null)', eventFrom(null), false],
    [
      'a child frame on the app origin',
      eventFrom('app://drp/index.html', { parent: { url: 'app://drp/' } }),
      false,
    ],
    ['a foreign https origin', eventFrom('https://evil.example/'), false],
    ['a file URL', eventFrom('file:///home/user/evil.html'), false],
    ['a look-alike app host', eventFrom('app://drp.evil/index.html'), false],
    ['the dev server', eventFrom('http://127.0.0.1:5173/'), false],
    ['about:blank', eventFrom('about:blank'), false],
    ['a data: frame', eventFrom('data:text/html,<script>1</script>'), false],
    ['a blob: frame', eventFrom('blob:app://drp/0b5f7c1e-0000-4000-8000-000000000000'), false],
    ['the app host with a port', eventFrom('app://drp:8080/index.html'), false],
    ['userinfo hiding the host', eventFrom('app://drp@evil/index.html'), false],
    ['a mixed-case scheme on our host', eventFrom('App://drp/index.html'), true],
    [
      'a grandchild frame on the app origin',
      eventFrom('app://drp/index.html', { parent: { parent: null, url: 'app://drp/' } }),
      false,
    ],
    [
      'a web contents that is not one of our windows',
      eventFrom('app://drp/', { sender: OTHER_CONTENTS }),
      false,
    ],
  ])('%s → %s', (_label, event, trusted) => {
    expect(isTrustedSender(event, isOwnContents)).toBe(trusted);
  });
});

describe('IPC_METHODS', () => {
  it('lists every channel exactly once', () => {
    expect([...IPC_METHODS].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(new Set(IPC_METHODS).size).toBe(IPC_METHODS.length);
  });
});

describe('registerIpcHandlers', () => {
  interface FakeEvent {
    trusted: boolean;
  }
  type Listener = (event: FakeEvent, arg: unknown) => Promise<unknown>;

  function setUp() {
    const listeners = new Map<string, Listener>();
    const handlers = {
      saveFile: vi.fn<IpcHandlers['saveFile']>(() => Promise.resolve({ status: 'cancelled' })),
      saveFiles: vi.fn<IpcHandlers['saveFiles']>(() => Promise.resolve({ status: 'cancelled' })),
      openFile: vi.fn<IpcHandlers['openFile']>(() => Promise.resolve({ status: 'cancelled' })),
      appVersion: vi.fn<IpcHandlers['appVersion']>(() => Promise.resolve('1.2.3')),
      closeReady: vi.fn<IpcHandlers['closeReady']>(() => Promise.resolve(undefined)),
      reportError: vi.fn<IpcHandlers['reportError']>(() => Promise.resolve(undefined)),
      listBackups: vi.fn<IpcHandlers['listBackups']>(() =>
        Promise.resolve({ status: 'listed', entries: [] }),
      ),
      writeBackup: vi.fn<IpcHandlers['writeBackup']>(() =>
        Promise.resolve({ status: 'failed', message: 'x' }),
      ),
      readBackup: vi.fn<IpcHandlers['readBackup']>(() => Promise.resolve({ status: 'missing' })),
      deleteBackups: vi.fn<IpcHandlers['deleteBackups']>(() =>
        Promise.resolve({ status: 'deleted', count: 0 }),
      ),
    } satisfies IpcHandlers;
    const refused: [string, string][] = [];
    registerIpcHandlers<FakeEvent>(
      {
        handle: (channel, listener) => {
          if (listeners.has(channel)) throw new Error(`${channel} registered twice`);
          listeners.set(channel, listener);
        },
      },
      handlers,
      (event) => event.trusted,
      (channel, reason) => refused.push([channel, reason]),
    );
    const invoke = (channel: string, arg: unknown, trusted = true) => {
      const listener = listeners.get(channel);
      if (listener === undefined) throw new Error(`No handler for ${channel}`);
      return listener({ trusted }, arg);
    };
    return { listeners, handlers, invoke, refused };
  }

  const validSave = {
    suggestedName: 'plan.json',
    filters: [{ name: 'Plan', extensions: ['json'] }],
    data: new Uint8Array([1, 2, 3]),
  };

  it('registers one handler on every channel', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes parsed arguments to the matching handler and returns its result', async () => {
    const { handlers, invoke } = setUp();
    await expect(invoke(IPC_CHANNELS.appVersion, undefined)).resolves.toBe('1.2.3');
    await invoke(IPC_CHANNELS.saveFile, validSave);
    expect(handlers.saveFile).toHaveBeenCalledExactlyOnceWith(validSave);
    await invoke(IPC_CHANNELS.openFile, { filters: [], maxBytes: 1024 });
    expect(handlers.openFile).toHaveBeenCalledExactlyOnceWith({ filters: [], maxBytes: 1024 });
    await invoke(IPC_CHANNELS.closeReady, { id: 4 });
    expect(handlers.closeReady).toHaveBeenCalledExactlyOnceWith({ id: 4 });
    const report = { kind: 'error', name: 'Error', message: 'm', stack: '', route: '/' };
    await invoke(IPC_CHANNELS.reportError, report);
    expect(handlers.reportError).toHaveBeenCalledExactlyOnceWith(report);
  });

  it('tells the refusal callback the channel and the reason, never the argument', async () => {
    const { invoke, refused } = setUp();
    const secret = { ...validSave, suggestedName: '../Acme plan.pdf' };
    await expect(invoke(IPC_CHANNELS.saveFile, secret, false)).rejects.toThrow('Refused');
    await expect(invoke(IPC_CHANNELS.saveFile, secret)).rejects.toThrow('Invalid arguments');
    expect(refused).toEqual([
      ['drp:save-file', 'sender'],
      ['drp:save-file', 'arguments'],
    ]);
  });

  it('refuses an untrusted sender before looking at the arguments', async () => {
    const { handlers, invoke } = setUp();
    await expect(invoke(IPC_CHANNELS.saveFile, validSave, false)).rejects.toThrow(
      'Refused drp:save-file: the request did not come from the app window',
    );
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    [
      IPC_CHANNELS.saveFile,
      { ...validSave, suggestedName: '../../.bashrc' },
      'suggestedName: File name must not contain a folder',
    ],
    [IPC_CHANNELS.saveFile, { ...validSave, data: 'not bytes' }, 'data: File contents must be bytes'],
    [IPC_CHANNELS.saveFile, { ...validSave, path: '/etc/passwd' }, 'Invalid arguments for drp:save-file'],
    [
      IPC_CHANNELS.saveFiles,
      { folderName: 'tables', files: [{ name: '../x.csv', data: new Uint8Array() }] },
      'files.0.name: File name must not contain a folder',
    ],
    [
      IPC_CHANNELS.saveFiles,
      { folderName: '..', files: [{ name: 'x.csv', data: new Uint8Array() }] },
      'folderName: File name must not contain a folder',
    ],
    [
      IPC_CHANNELS.saveFiles,
      {
        folderName: 'tables',
        files: [
          { name: 'A.csv', data: new Uint8Array() },
          { name: 'a.csv', data: new Uint8Array() },
        ],
      },
      'files: File names must be different',
    ],
    [IPC_CHANNELS.saveFiles, { folderName: 'tables', files: [] }, 'files: At least one file is required'],
    [IPC_CHANNELS.openFile, { filters: [], maxBytes: -1 }, 'maxBytes'],
    [IPC_CHANNELS.openFile, null, 'Invalid arguments for drp:open-file'],
    [IPC_CHANNELS.appVersion, { please: true }, 'This call takes no arguments'],
    [IPC_CHANNELS.closeReady, { id: 'now' }, 'Invalid arguments for drp:close-ready'],
    [
      IPC_CHANNELS.reportError,
      { kind: 'render', name: 'E', message: 'x'.repeat(5_000), stack: '', route: '/' },
      'Invalid arguments for drp:report-error',
    ],
    // Backups are named by ids only: anything that could become a path is refused before main sees it.
    [IPC_CHANNELS.readBackup, { planId: '..', id: PLAN_ID }, 'planId: must be a valid id (UUID)'],
    [IPC_CHANNELS.readBackup, { planId: PLAN_ID, id: '../../etc/passwd' }, 'id: must be a valid id (UUID)'],
    [IPC_CHANNELS.deleteBackups, { planId: PLAN_ID, ids: ['x/../y'] }, 'ids.0: must be a valid id (UUID)'],
    [IPC_CHANNELS.listBackups, { planId: 'C:\\Windows' }, 'planId: must be a valid id (UUID)'],
    [
      IPC_CHANNELS.writeBackup,
      { backup: { ...NEW_BACKUP, planId: '../other' }, data: new Uint8Array() },
      'backup.planId: must be a valid id (UUID)',
    ],
    [
      IPC_CHANNELS.writeBackup,
      { backup: { ...NEW_BACKUP, fileName: 'evil.exe' }, data: new Uint8Array() },
      'Unrecognized key: "fileName"',
    ],
    [IPC_CHANNELS.writeBackup, { backup: NEW_BACKUP, data: 'text' }, 'data: The backup must be bytes'],
  ])('rejects invalid arguments on %s with a message', async (channel, arg, message) => {
    const { handlers, invoke } = setUp();
    await expect(invoke(channel, arg)).rejects.toThrow(message);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('passes a well-formed backup write through', async () => {
    const { handlers, invoke } = setUp();
    const request = { backup: NEW_BACKUP, data: new Uint8Array([123, 125]) };
    await invoke(IPC_CHANNELS.writeBackup, request);
    expect(handlers.writeBackup).toHaveBeenCalledExactlyOnceWith(request);
  });
});
