import { webcrypto } from 'node:crypto';
import { mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsRoot, createBackupFileStore } from '../../electron/backup-files';
import { makeBackupFile, verifyBackup } from '../../shared/bundle/backup-file';
import { readBundle } from '../../shared/bundle/read-bundle';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();
const crypto = webcrypto;
const app = { name: 'DR Planner', version: 'test' };
const ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const OTHER_ID = '1c4d0e9f-3a5b-4c7d-9e2f-6a8b0c1d2e3f';

async function setUp() {
  const root = path.join(await makeTempDir(), 'DR Planner Backups');
  const store = createBackupFileStore(root);
  const file = await makeBackupFile(crypto, samplePlan(), {
    id: ID,
    takenAt: SAMPLE_NOW,
    reason: 'automatic',
    app,
  });
  const planId = file.backup.planId;
  const folder = path.join(root, planId);
  const stem = `2026-11-23T09-00-00.000Z_${ID}`;
  return {
    root,
    store,
    file,
    planId,
    folder,
    bundlePath: path.join(folder, `${stem}.drplan.json`),
    infoPath: path.join(folder, `${stem}.backup-info.json`),
  };
}

async function listed(store: ReturnType<typeof createBackupFileStore>, planId: string | null) {
  const result = await store.listBackups({ planId });
  if (result.status !== 'listed') throw new Error(result.message);
  return result.entries;
}

describe('backupsRoot', () => {
  it('is a folder in Documents, or in the home folder when there is no Documents', () => {
    const paths = { documents: '/home/ana/Documents', home: '/home/ana' };
    expect(backupsRoot((name) => paths[name])).toBe(path.join('/home/ana/Documents', 'DR Planner Backups'));
    const noDocuments = (name: 'documents' | 'home') => {
      if (name === 'documents') throw new Error('Failed to get documents path');
      return paths.home;
    };
    expect(backupsRoot(noDocuments)).toBe(path.join('/home/ana', 'DR Planner Backups'));
  });
});

describe('the backup file store', () => {
  it('writes a plan file any import can open, beside its description, and nothing else', async () => {
    const { store, file, folder, bundlePath, infoPath } = await setUp();
    const written = await store.writeBackup(file);
    if (written.status !== 'written') throw new Error(written.message);
    expect(written.info).toEqual({
      ...file.backup,
      size: file.data.byteLength,
      fileHash: written.info.fileHash,
    });
    expect(written.info.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await readdir(folder)).sort()).toEqual(
      [path.basename(bundlePath), path.basename(infoPath)].sort(),
    );
    const read = await readBundle(new Uint8Array(await readFile(bundlePath)), { crypto });
    expect(read.ok && read.snapshot).toEqual(samplePlan());
    expect(JSON.parse(await readFile(infoPath, 'utf8'))).toEqual({
      format: 'dr-planner-backup-info',
      formatVersion: 1,
      ...written.info,
    });
  });

  it('lists what is on disk and reads it back whole, so it verifies', async () => {
    const { store, file, planId } = await setUp();
    const written = await store.writeBackup(file);
    if (written.status !== 'written') throw new Error(written.message);
    const entries = await listed(store, null);
    expect(entries).toEqual([{ planId, id: ID, info: written.info, damage: null }]);
    expect(await listed(store, planId)).toEqual(entries);
    const read = await store.readBackup({ planId, id: ID });
    if (read.status !== 'read') throw new Error(read.status);
    expect((await verifyBackup(crypto, read.info, new Uint8Array(read.data))).ok).toBe(true);
  });

  it('lists nothing, without failing, before the first backup', async () => {
    const { store, planId } = await setUp();
    expect(await listed(store, null)).toEqual([]);
    expect(await listed(store, planId)).toEqual([]);
    expect(await store.readBackup({ planId, id: ID })).toEqual({ status: 'missing' });
  });

  it('shows a truncated plan file as damaged in the list, and it does not verify', async () => {
    const { store, file, planId, bundlePath } = await setUp();
    await store.writeBackup(file);
    await truncate(bundlePath, 100);
    const [entry] = await listed(store, planId);
    expect(entry?.damage).toMatch(/is 100 bytes long but was \d+ bytes .*cut short/);
    expect(entry?.info).not.toBeNull();
    const read = await store.readBackup({ planId, id: ID });
    if (read.status !== 'read') throw new Error(read.status);
    const checked = await verifyBackup(crypto, read.info, new Uint8Array(read.data));
    expect(checked.ok ? null : checked.reason).toContain('cut short');
  });

  it('shows a backup with a missing or garbled description as damaged, not hidden', async () => {
    const { store, file, planId, infoPath, folder } = await setUp();
    await store.writeBackup(file);
    await writeFile(infoPath, '{"format": "dr-planner-backup-info", "id": ');
    expect(await listed(store, planId)).toEqual([
      { planId, id: ID, info: null, damage: 'Its description file is damaged.' },
    ]);
    expect(await store.readBackup({ planId, id: ID })).toEqual({
      status: 'damaged',
      message: 'Its description file is damaged.',
    });
    // A plan file left without its description (the app stopped between the two writes).
    const orphan = await makeBackupFile(crypto, samplePlan(), {
      id: OTHER_ID,
      takenAt: '2026-11-24T10:00:00.000Z',
      reason: 'automatic',
      app,
    });
    await writeFile(path.join(folder, `2026-11-24T10-00-00.000Z_${OTHER_ID}.drplan.json`), orphan.data);
    expect(await listed(store, planId)).toContainEqual({
      planId,
      id: OTHER_ID,
      info: null,
      damage: 'Its description file is missing.',
    });
  });

  it('refuses a description that names another backup or plan', async () => {
    const { store, file, planId, infoPath } = await setUp();
    await store.writeBackup(file);
    const info: unknown = JSON.parse(await readFile(infoPath, 'utf8'));
    await writeFile(infoPath, JSON.stringify({ ...(typeof info === 'object' ? info : {}), id: OTHER_ID }));
    expect((await listed(store, planId))[0]?.damage).toBe('Its description file is damaged.');
  });

  it('shows a missing plan file as damaged', async () => {
    const { store, file, planId, bundlePath } = await setUp();
    await store.writeBackup(file);
    await rm(bundlePath);
    expect((await listed(store, planId))[0]?.damage).toBe('Its plan file is missing.');
    expect(await store.readBackup({ planId, id: ID })).toEqual({
      status: 'damaged',
      message: 'Its plan file is missing.',
    });
  });

  it('never reads through a link put in place of a plan file', async () => {
    const { store, file, planId, bundlePath } = await setUp();
    await store.writeBackup(file);
    const elsewhere = path.join(await makeTempDir(), 'secret.txt');
    await writeFile(elsewhere, 'not yours');
    await rm(bundlePath);
    await symlink(elsewhere, bundlePath);
    expect((await listed(store, planId))[0]?.damage).toBe('Its plan file is a link, not a file.');
    expect(await store.readBackup({ planId, id: ID })).toEqual({
      status: 'damaged',
      message: 'Its plan file is a link, not a file.',
    });
  });

  it('refuses to write into a plan folder that is a link out of the backups folder', async () => {
    const { root, store, file, planId } = await setUp();
    const outside = await makeTempDir();
    await mkdir(root, { recursive: true });
    await symlink(outside, path.join(root, planId));
    expect(await store.writeBackup(file)).toEqual({
      status: 'failed',
      message: 'The plan’s backups folder is not a plain folder.',
    });
    expect(await readdir(outside)).toEqual([]);
  });

  it('deletes only the backups named, both files each, and ignores files it did not make', async () => {
    const { store, file, planId, folder } = await setUp();
    await store.writeBackup(file);
    const second = await makeBackupFile(crypto, samplePlan(), {
      id: OTHER_ID,
      takenAt: '2026-11-24T10:00:00.000Z',
      reason: 'on-quit',
      app,
    });
    await store.writeBackup(second);
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    expect(await store.deleteBackups({ planId, ids: [ID, '2d5e1f0a-4b6c-4d8e-8f3a-7b9c1d2e3f40'] })).toEqual({
      status: 'deleted',
      count: 1,
    });
    expect((await listed(store, planId)).map((entry) => entry.id)).toEqual([OTHER_ID]);
    expect((await readdir(folder)).filter((name) => name.includes(ID))).toEqual([]);
    expect(await readFile(path.join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('a write that cannot be made fails with a reason and leaves nothing behind', async () => {
    const { store, file, root, planId } = await setUp();
    await mkdir(root, { recursive: true });
    // The plan's folder cannot be made: a file is in its place.
    await writeFile(path.join(root, planId), 'in the way');
    const written = await store.writeBackup(file);
    expect(written.status === 'failed' && written.message).toMatch(/^Could not save/);
    expect(await readdir(root)).toEqual([planId]);
  });

  it('refuses a plan id that is not a UUID before touching the disk', async () => {
    const { store, file, root } = await setUp();
    await expect(
      store.writeBackup({ ...file, backup: { ...file.backup, planId: '../../escape' } }),
    ).rejects.toThrow();
    await expect(store.readBackup({ planId: '..', id: ID })).rejects.toThrow();
    await expect(readdir(path.dirname(root))).resolves.toEqual([]);
  });
});
