import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_METHODS, isMenuCommand, MENU_COMMANDS } from '../../shared/ipc/channels';
import { ipcRequestSchemas, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { validate } from '../../shared/model/validation';
import { ERROR_REPORT_LIMITS } from '../../shared/diagnostics/error-report';

const csv = [{ name: 'CSV', extensions: ['csv'] }];

describe('IPC contract', () => {
  it('lists every method once, each with a schema', () => {
    expect([...IPC_METHODS].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('accepts a well-formed save request', () => {
    const request = { suggestedName: 'plan.csv', filters: csv, data: new Uint8Array([1, 2, 3]) };
    expect(ipcRequestSchemas.saveFile.safeParse(request).success).toBe(true);
  });

  it.each([
    [
      { suggestedName: '../evil.csv', filters: csv, data: new Uint8Array() },
      'suggestedName: File name must not contain a folder',
    ],
    [
      { suggestedName: 'C:\\evil.csv', filters: csv, data: new Uint8Array() },
      'suggestedName: File name must not contain a folder',
    ],
    [{ suggestedName: '', filters: csv, data: new Uint8Array() }, 'suggestedName: File name is required'],
    [{ suggestedName: 'a.csv', filters: csv, data: 'text' }, 'data: File contents must be bytes'],
    [
      { suggestedName: 'a.csv', filters: [{ name: 'x', extensions: ['.csv'] }], data: new Uint8Array() },
      'filters.0.extensions.0: Extensions are letters and digits, without a dot',
    ],
    [
      { suggestedName: 'a.csv', filters: csv, data: new Uint8Array(), extra: true },
      'Unrecognized key: "extra"',
    ],
  ])('refuses a bad save request %#', (request, message) => {
    expect(validate(ipcRequestSchemas.saveFile, request)).toEqual({ ok: false, message });
  });

  it('caps what can be read', () => {
    expect(ipcRequestSchemas.openFile.safeParse({ filters: csv, maxBytes: MAX_FILE_BYTES }).success).toBe(
      true,
    );
    expect(ipcRequestSchemas.openFile.safeParse({ filters: csv, maxBytes: MAX_FILE_BYTES + 1 }).success).toBe(
      false,
    );
    expect(ipcRequestSchemas.openFile.safeParse({ filters: csv, maxBytes: 0 }).success).toBe(false);
  });

  it('appVersion takes no arguments', () => {
    expect(ipcRequestSchemas.appVersion.safeParse(undefined).success).toBe(true);
    expect(validate(ipcRequestSchemas.appVersion, { sneaky: true })).toEqual({
      ok: false,
      message: 'This call takes no arguments',
    });
  });

  it('closeReady takes only a whole, non-negative request id', () => {
    expect(ipcRequestSchemas.closeReady.safeParse({ id: 3 }).success).toBe(true);
    for (const request of [undefined, { id: -1 }, { id: 1.5 }, { id: '3' }, { id: 3, extra: 1 }])
      expect(ipcRequestSchemas.closeReady.safeParse(request).success).toBe(false);
  });

  it('reportError takes a bounded error report and nothing else', () => {
    const report = { kind: 'render', name: 'TypeError', message: 'x', stack: '', route: '/plans/p1' };
    expect(ipcRequestSchemas.reportError.safeParse(report).success).toBe(true);
    for (const bad of [
      { ...report, kind: 'shell' },
      { ...report, message: 'm'.repeat(ERROR_REPORT_LIMITS.message + 1) },
      { ...report, stack: 's'.repeat(ERROR_REPORT_LIMITS.stack + 1) },
      { ...report, route: 'r'.repeat(ERROR_REPORT_LIMITS.route + 1) },
      { ...report, plan: { name: 'Acme' } },
      { ...report, name: 42 },
    ])
      expect(ipcRequestSchemas.reportError.safeParse(bad).success).toBe(false);
  });

  it('recognises only known menu commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const value of ['quit', '', null, 42, { command: 'about' }])
      expect(isMenuCommand(value)).toBe(false);
  });
});
