import { backupInfoSchema, type BackupEntry, type BackupInfo } from '../../shared/bundle/backup';
import { decodeUtf8, encodeUtf8 } from '../../shared/bundle/utf8';
import { sha256HexOfBytes, type WebCrypto } from '../../shared/bundle/web-crypto';
import type { BackupStore } from '../../shared/ipc/backup-contract';
import { describeStorageError } from '../autosave/storage-errors';
import type { DrpDatabase } from '../db/database';

/**
 * The browser build's backup store: the description in `backups`, the plan file's text in
 * `backupFiles`, both written in one transaction. A page has no folder outside its own storage,
 * so these go wherever the browser keeps this site's data (README: export plan files as well).
 */
export function createBrowserBackupStore(db: DrpDatabase, crypto: WebCrypto): BackupStore {
  return {
    async listBackups({ planId }) {
      try {
        return await db.transaction('r', db.backups, db.backupFiles, async () => {
          const records = await (planId === null
            ? db.backups.toArray()
            : db.backups.where('planId').equals(planId).toArray());
          const files = new Set(await db.backupFiles.toCollection().primaryKeys());
          return { status: 'listed' as const, entries: records.map((record) => toEntry(record, files)) };
        });
      } catch (error) {
        return { status: 'failed', message: describeStorageError(error) };
      }
    },

    async writeBackup({ backup, data }) {
      const text = decodeUtf8(data);
      if (text === null) return { status: 'failed', message: 'A backup must be UTF-8 text.' };
      try {
        // Hashed before the transaction: awaiting Web Crypto inside one would commit it early.
        const info: BackupInfo = {
          ...backup,
          size: data.byteLength,
          fileHash: await sha256HexOfBytes(crypto, new Uint8Array(data)),
        };
        await db.transaction('rw', db.backups, db.backupFiles, async () => {
          await db.backupFiles.add({ id: backup.id, text });
          await db.backups.add(info);
        });
        return { status: 'written', info };
      } catch (error) {
        return { status: 'failed', message: describeStorageError(error) };
      }
    },

    async readBackup({ planId, id }) {
      try {
        return await db.transaction('r', db.backups, db.backupFiles, async () => {
          const record = await db.backups.get(id);
          const file = await db.backupFiles.get(id);
          if (record === undefined && file === undefined) return { status: 'missing' as const };
          const info = backupInfoSchema.safeParse(record);
          if (!info.success) return { status: 'damaged' as const, message: 'Its description is damaged.' };
          if (info.data.planId !== planId) return { status: 'missing' as const };
          if (file === undefined) return { status: 'damaged' as const, message: 'Its plan file is missing.' };
          return { status: 'read' as const, info: info.data, data: encodeUtf8(file.text) };
        });
      } catch (error) {
        return { status: 'failed', message: describeStorageError(error) };
      }
    },

    async deleteBackups({ planId, ids }) {
      try {
        const count = await db.transaction('rw', db.backups, db.backupFiles, async () => {
          const mine = (await db.backups.bulkGet(ids)).flatMap((record) =>
            record?.planId === planId ? [record.id] : [],
          );
          await db.backups.bulkDelete(mine);
          await db.backupFiles.bulkDelete(mine);
          return mine.length;
        });
        return { status: 'deleted', count };
      } catch (error) {
        return { status: 'failed', message: describeStorageError(error) };
      }
    },
  };
}

function toEntry(record: BackupInfo, files: ReadonlySet<string>): BackupEntry {
  const info = backupInfoSchema.safeParse(record);
  if (!info.success) {
    return { planId: record.planId, id: record.id, info: null, damage: 'Its description is damaged.' };
  }
  const damage = files.has(record.id) ? null : 'Its plan file is missing.';
  return { planId: record.planId, id: record.id, info: info.data, damage };
}
