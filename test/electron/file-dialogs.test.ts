import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFileHandlers, type FileDialogs } from '../../electron/file-dialogs';
import { errorCode } from '../../electron/log';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();
const WINDOW = { id: 'main-window' };
const filters = [{ name: 'DR Planner plan', extensions: ['drplan', 'json'] }];
const bytes = (text: string) => new TextEncoder().encode(text);

/** Stands in for the native dialogs: the "user" picks `picked` (or cancels when it is null). */
function fakeDialogs(picked: string | null) {
  const showSaveDialog = vi.fn((_window: typeof WINDOW, _options: SaveDialogOptions) =>
    Promise.resolve({ canceled: picked === null, filePath: picked ?? '' }),
  );
  const showOpenDialog = vi.fn((_window: typeof WINDOW, _options: OpenDialogOptions) =>
    Promise.resolve({ canceled: picked === null, filePaths: picked === null ? [] : [picked] }),
  );
  const dialog = { showSaveDialog, showOpenDialog } satisfies FileDialogs<typeof WINDOW>;
  return { dialog, handlers: createFileHandlers({ dialog, parentWindow: () => WINDOW }) };
}

describe('saveFile', () => {
  it('asks where to save with the suggested name and filters, then writes the bytes', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'Chosen name.drplan');
    const { dialog, handlers } = fakeDialogs(target);

    const result = await handlers.saveFile({
      suggestedName: 'Payroll.drplan',
      filters,
      data: bytes('{"a":1}'),
    });

    expect(result).toEqual({ status: 'saved', fileName: 'Chosen name.drplan' });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({ defaultPath: 'Payroll.drplan', filters }),
    );
  });

  it('reports cancelled and writes nothing', async () => {
    const { handlers } = fakeDialogs(null);
    expect(await handlers.saveFile({ suggestedName: 'a.json', filters, data: bytes('x') })).toEqual({
      status: 'cancelled',
    });
  });

  it('reports a failed write as a sentence and keeps the existing file', async () => {
    const dir = await makeTempDir();
    const notAFolder = path.join(dir, 'notes.txt');
    await writeFile(notAFolder, 'old');
    const { handlers } = fakeDialogs(path.join(notAFolder, 'plan.json'));

    const result = await handlers.saveFile({ suggestedName: 'plan.json', filters, data: bytes('new') });

    expect(result).toEqual({
      status: 'failed',
      message: 'Could not save “plan.json”: part of its path is not a folder.',
    });
    expect(await readFile(notAFolder, 'utf8')).toBe('old');
  });
});

describe('openFile', () => {
  it('opens a single file with the given filters and returns its bytes and base name', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'Payroll.drplan');
    await writeFile(file, 'plan bytes');
    const { dialog, handlers } = fakeDialogs(file);

    const result = await handlers.openFile({ filters, maxBytes: 1000 });

    expect(result).toEqual({ status: 'opened', fileName: 'Payroll.drplan', data: bytes('plan bytes') });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(WINDOW, { filters, properties: ['openFile'] });
  });

  it('reports a file over the limit as too-large with its size and the limit', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'huge.json');
    await writeFile(file, new Uint8Array(2048));
    const { handlers } = fakeDialogs(file);
    expect(await handlers.openFile({ filters, maxBytes: 1024 })).toEqual({
      status: 'too-large',
      fileName: 'huge.json',
      size: 2048,
      limit: 1024,
    });
  });

  it('reports cancelled', async () => {
    const { handlers } = fakeDialogs(null);
    expect(await handlers.openFile({ filters, maxBytes: 10 })).toEqual({ status: 'cancelled' });
  });

  it('reports a missing file or a folder as failed with a sentence', async () => {
    const dir = await makeTempDir();
    const missing = fakeDialogs(path.join(dir, 'gone.json')).handlers;
    expect(await missing.openFile({ filters, maxBytes: 10 })).toEqual({
      status: 'failed',
      message: 'Could not open “gone.json”: the file no longer exists.',
    });
    const folder = path.join(dir, 'folder.json');
    await mkdir(folder);
    const isFolder = fakeDialogs(folder).handlers;
    expect(await isFolder.openFile({ filters, maxBytes: 10 })).toEqual({
      status: 'failed',
      message: 'Could not open “folder.json”: it is not a file.',
    });
  });
});

describe('saveFiles', () => {
  const tables = [
    { name: 'systems.csv', data: bytes('name\r\nERP\r\n') },
    { name: 'contacts.csv', data: bytes('name\r\nAnna\r\n') },
  ];

  it('asks for a folder and writes every file into a new folder inside it', async () => {
    const dir = await makeTempDir();
    const { dialog, handlers } = fakeDialogs(dir);

    const result = await handlers.saveFiles({ folderName: 'Acme - tables', files: tables });

    expect(result).toEqual({
      status: 'saved',
      folderName: 'Acme - tables',
      fileNames: ['systems.csv', 'contacts.csv'],
    });
    expect(await readdir(path.join(dir, 'Acme - tables'))).toEqual(['contacts.csv', 'systems.csv']);
    expect(await readFile(path.join(dir, 'Acme - tables', 'systems.csv'), 'utf8')).toBe('name\r\nERP\r\n');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  it('never writes into a folder that is already there: the next save gets “(2)”', async () => {
    const dir = await makeTempDir();
    await mkdir(path.join(dir, 'Acme - tables'));
    await writeFile(path.join(dir, 'Acme - tables', 'systems.csv'), 'mine');
    const { handlers } = fakeDialogs(dir);

    const result = await handlers.saveFiles({ folderName: 'Acme - tables', files: tables });

    expect(result).toMatchObject({ status: 'saved', folderName: 'Acme - tables (2)' });
    expect(await readFile(path.join(dir, 'Acme - tables', 'systems.csv'), 'utf8')).toBe('mine');
    expect(await readdir(path.join(dir, 'Acme - tables (2)'))).toEqual(['contacts.csv', 'systems.csv']);
  });

  it('reports cancelled and makes no folder', async () => {
    const { handlers } = fakeDialogs(null);
    expect(await handlers.saveFiles({ folderName: 'x', files: tables })).toEqual({ status: 'cancelled' });
  });

  it('when one file cannot be written, removes the new folder again and says which file failed', async () => {
    const dir = await makeTempDir();
    const { handlers } = fakeDialogs(dir);
    // Valid as a name, but its temp file's name is too long for the file system.
    const long = `${'x'.repeat(240)}.csv`;

    const result = await handlers.saveFiles({
      folderName: 'Acme - tables',
      files: [tables[0] ?? { name: 'a.csv', data: bytes('') }, { name: long, data: bytes('y') }],
    });

    expect(result).toMatchObject({ status: 'failed' });
    expect(result.status === 'failed' ? result.message : '').toContain(`Could not save “${long}”`);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('onFailure', () => {
  it('is told which operation failed and the error, for every failure, and nothing on success', async () => {
    const dir = await makeTempDir();
    const notAFolder = path.join(dir, 'notes.txt');
    await writeFile(notAFolder, 'old');
    const failures: [string, unknown][] = [];
    const onFailure = (operation: string, error: unknown) => {
      failures.push([operation, error]);
    };
    // What the "user" picks in each open dialog, in turn: a file as the parent folder (a folder
    // inside a file cannot be made), a file that is gone, then a real folder.
    const folderPicks = [notAFolder, path.join(dir, 'gone.json'), dir];
    const dialog = {
      showSaveDialog: () =>
        Promise.resolve({ canceled: false, filePath: path.join(notAFolder, 'plan.json') }),
      showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [folderPicks.shift() ?? ''] }),
    } satisfies FileDialogs<typeof WINDOW>;
    const handlers = createFileHandlers({ dialog, parentWindow: () => WINDOW, onFailure });

    await handlers.saveFile({ suggestedName: 'plan.json', filters, data: bytes('x') });
    await handlers.saveFiles({ folderName: 'tables', files: [{ name: 'a.csv', data: bytes('') }] });
    await handlers.openFile({ filters, maxBytes: 10 });
    await handlers.saveFiles({ folderName: 'ok', files: [{ name: 'a.csv', data: bytes('') }] });

    expect(failures.map(([operation, error]) => [operation, errorCode(error)])).toEqual([
      ['save-file', 'ENOTDIR'],
      ['save-files', 'ENOTDIR'],
      ['open-file', 'ENOENT'],
    ]);
  });
});
