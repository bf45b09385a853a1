import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFileError, readFileLimited, writeFileAtomic } from '../../electron/files';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'plan.json');
    await writeFileAtomic(target, bytes('{"v":1}'));
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('replaces an existing file completely', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'plan.json');
    await writeFile(target, 'a much longer old content that must not survive as a tail');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('keeps the old target and removes the temp file when the rename fails', async () => {
    const dir = await makeTempDir();
    // The target is a non-empty folder: the temp file is written, then rename fails (EISDIR/ENOTEMPTY…).
    const target = path.join(dir, 'plan.json');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'old');
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow();
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('fails cleanly when the parent is a file (works even as root)', async () => {
    const dir = await makeTempDir();
    const notAFolder = path.join(dir, 'notes.txt');
    await writeFile(notAFolder, 'old notes');
    await expect(writeFileAtomic(path.join(notAFolder, 'plan.json'), bytes('x'))).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
    expect(await readFile(notAFolder, 'utf8')).toBe('old notes');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('writes binary data byte for byte', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'data.bin');
    const data = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    await writeFileAtomic(target, data);
    expect(new Uint8Array(await readFile(target))).toEqual(data);
  });
});

describe('readFileLimited', () => {
  it('reads a small file as a plain Uint8Array', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'plan.json');
    await writeFile(file, 'hello');
    const result = await readFileLimited(file, 5);
    expect(result).toEqual({ status: 'read', data: bytes('hello'), size: 5 });
    expect(result.status === 'read' && Buffer.isBuffer(result.data)).toBe(false);
  });

  it('reports too-large with the size, without reading', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'big.bin');
    await writeFile(file, new Uint8Array(1001));
    expect(await readFileLimited(file, 1000)).toEqual({ status: 'too-large', size: 1001 });
  });

  it('refuses a folder', async () => {
    const dir = await makeTempDir();
    expect(await readFileLimited(dir, 1000)).toEqual({ status: 'not-a-file' });
  });

  it('rejects with the file-system error for a missing file', async () => {
    const dir = await makeTempDir();
    await expect(readFileLimited(path.join(dir, 'missing.json'), 1000)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('describeFileError', () => {
  const failure = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

  it.each([
    ['ENOSPC', 'save', 'Could not save “plan.json”: the disk is full. Free some space and try again.'],
    [
      'EACCES',
      'save',
      'Could not save “plan.json”: you do not have permission to write there. Choose another folder.',
    ],
    ['EPERM', 'open', 'Could not open “plan.json”: you do not have permission to read it.'],
    ['EROFS', 'save', 'Could not save “plan.json”: the disk is read-only. Choose another folder.'],
    ['ENOENT', 'save', 'Could not save “plan.json”: the folder no longer exists.'],
    ['ENOENT', 'open', 'Could not open “plan.json”: the file no longer exists.'],
    ['EISDIR', 'open', 'Could not open “plan.json”: it is a folder, not a file.'],
    ['ENOTDIR', 'save', 'Could not save “plan.json”: part of its path is not a folder.'],
  ] as const)('%s while trying to %s', (code, action, message) => {
    expect(describeFileError(failure(code), action, '/home/ana/secret-folder/plan.json')).toBe(message);
  });

  it('never shows the folder, and falls back to the raw message for other errors', () => {
    const message = describeFileError(failure('EIO'), 'save', '/home/ana/secret-folder/plan.json');
    expect(message).toBe('Could not save “plan.json”: EIO: raw message');
    expect(describeFileError('weird', 'open', '/x/y.json')).toBe('Could not open “y.json”: weird');
  });
});
