import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { createBrowserBackupStore } from '../../renderer/platform/browser-backups';
import { makeBackupFile, verifyBackup } from '../../shared/bundle/backup-file';
import { decodeUtf8 } from '../../shared/bundle/utf8';
import type { BackupStore } from '../../shared/ipc/backup-contract';
import { TEST_APP } from '../support/backups';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

const crypto = webcrypto;
const ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const OTHER_PLAN = '7a2d3b5f-2c8e-4d66-8b1f-4e3a2c9d8b71';
let db: DrpDatabase;
let store: BackupStore;

beforeEach(() => {
  db = freshDatabase();
  store = createBrowserBackupStore(db, crypto);
});
afterEach(async () => {
  await db.delete();
});

const sampleFile = () =>
  makeBackupFile(crypto, samplePlan(), { id: ID, takenAt: SAMPLE_NOW, reason: 'on-quit', app: TEST_APP });

describe('the browser backup store (IndexedDB)', () => {
  it('keeps the description and the plan file apart, and reads back what it wrote', async () => {
    const file = await sampleFile();
    const written = await store.writeBackup(file);
    if (written.status !== 'written') throw new Error(written.message);
    expect(written.info).toMatchObject({ ...file.backup, size: file.data.byteLength });
    expect(await db.backups.toArray()).toEqual([written.info]);
    expect(await db.backupFiles.toArray()).toEqual([{ id: ID, text: decodeUtf8(file.data) }]);

    const planId = file.backup.planId;
    expect(await store.listBackups({ planId })).toEqual({
      status: 'listed',
      entries: [{ planId, id: ID, info: written.info, damage: null }],
    });
    expect(await store.listBackups({ planId: OTHER_PLAN })).toEqual({ status: 'listed', entries: [] });
    const read = await store.readBackup({ planId, id: ID });
    if (read.status !== 'read') throw new Error(read.status);
    expect(read.data).toEqual(file.data);
    expect((await verifyBackup(crypto, read.info, new Uint8Array(read.data))).ok).toBe(true);
  });

  it('does not hand a backup out under another plan’s id', async () => {
    await store.writeBackup(await sampleFile());
    expect(await store.readBackup({ planId: OTHER_PLAN, id: ID })).toEqual({ status: 'missing' });
    expect(await store.deleteBackups({ planId: OTHER_PLAN, ids: [ID] })).toEqual({
      status: 'deleted',
      count: 0,
    });
    expect(await db.backups.count()).toBe(1);
  });

  it('lists a backup whose plan file is gone, or whose description is damaged, as damaged', async () => {
    const file = await sampleFile();
    await store.writeBackup(file);
    await db.backupFiles.clear();
    const planId = file.backup.planId;
    const listed = await store.listBackups({ planId });
    expect(listed.status === 'listed' && listed.entries[0]?.damage).toBe('Its plan file is missing.');
    expect(await store.readBackup({ planId, id: ID })).toEqual({
      status: 'damaged',
      message: 'Its plan file is missing.',
    });

    await db.backups.update(ID, { size: -1 });
    const again = await store.listBackups({ planId });
    expect(again.status === 'listed' && again.entries[0]).toEqual({
      planId,
      id: ID,
      info: null,
      damage: 'Its description is damaged.',
    });
  });

  it('hands out a truncated plan file as it is, for verification to refuse', async () => {
    const file = await sampleFile();
    await store.writeBackup(file);
    const text = decodeUtf8(file.data) ?? '';
    await db.backupFiles.put({ id: ID, text: text.slice(0, text.length / 2) });
    const read = await store.readBackup({ planId: file.backup.planId, id: ID });
    if (read.status !== 'read') throw new Error(read.status);
    const checked = await verifyBackup(crypto, read.info, new Uint8Array(read.data));
    expect(checked.ok ? null : checked.reason).toContain('cut short');
  });

  it('refuses bytes that are not UTF-8, storing nothing', async () => {
    const file = await sampleFile();
    expect(await store.writeBackup({ ...file, data: new Uint8Array([0xff, 0xfe]) })).toEqual({
      status: 'failed',
      message: 'A backup must be UTF-8 text.',
    });
    expect(await db.backups.count()).toBe(0);
  });

  it('writes both records or neither (one transaction)', async () => {
    const file = await sampleFile();
    // A plan file with this id is already there: the description must not be added alone.
    await db.backupFiles.add({ id: ID, text: 'older' });
    const written = await store.writeBackup(file);
    expect(written.status).toBe('failed');
    expect(await db.backups.count()).toBe(0);
    expect(await db.backupFiles.toArray()).toEqual([{ id: ID, text: 'older' }]);
  });
});
