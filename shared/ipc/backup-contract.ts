import { z } from 'zod';
import { newBackupSchema, type BackupEntry, type BackupInfo } from '../bundle/backup';
import { MAX_BUNDLE_BYTES } from '../bundle/bundle';
import { idSchema } from '../model/common';

/**
 * The backup store behind the platform: files in a backups folder in Electron, IndexedDB in a
 * browser. The page names a backup only by ids (UUIDs, checked here and again in main); the store
 * makes every file name and path itself.
 */

/** Most backups one call deletes: the rotation of one plan, with room to spare. */
export const MAX_BACKUPS_PER_DELETE = 1000;

/** `planId` null lists every plan's backups. */
export const listBackupsRequestSchema = z.strictObject({ planId: idSchema.nullable() });

export const writeBackupRequestSchema = z.strictObject({
  backup: newBackupSchema,
  data: z
    .instanceof(Uint8Array, { error: 'The backup must be bytes' })
    .refine((data) => data.byteLength <= MAX_BUNDLE_BYTES, {
      error: `A backup can be at most ${MAX_BUNDLE_BYTES} bytes`,
    }),
});

export const readBackupRequestSchema = z.strictObject({ planId: idSchema, id: idSchema });

export const deleteBackupsRequestSchema = z.strictObject({
  planId: idSchema,
  ids: z.array(idSchema).max(MAX_BACKUPS_PER_DELETE),
});

export type ListBackupsRequest = z.infer<typeof listBackupsRequestSchema>;
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;
export type DeleteBackupsRequest = z.infer<typeof deleteBackupsRequestSchema>;

export type WriteBackupResult =
  { status: 'written'; info: BackupInfo } | { status: 'failed'; message: string };

/**
 * `read` hands back the bytes and the stored description, unchecked: the renderer verifies them
 * (verify-backup.ts) before anything is restored. `damaged`: the description cannot be read.
 */
export type ReadBackupResult =
  | { status: 'read'; info: BackupInfo; data: Uint8Array }
  | { status: 'damaged'; message: string }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

export type DeleteBackupsResult =
  { status: 'deleted'; count: number } | { status: 'failed'; message: string };

export type ListBackupsResult =
  { status: 'listed'; entries: BackupEntry[] } | { status: 'failed'; message: string };

export const backupRequestSchemas = {
  listBackups: listBackupsRequestSchema,
  writeBackup: writeBackupRequestSchema,
  readBackup: readBackupRequestSchema,
  deleteBackups: deleteBackupsRequestSchema,
} as const;

export interface BackupResults {
  listBackups: ListBackupsResult;
  writeBackup: WriteBackupResult;
  readBackup: ReadBackupResult;
  deleteBackups: DeleteBackupsResult;
}

/** The store's four calls, as the bridge and the browser platform both offer them. */
export interface BackupStore {
  listBackups(request: ListBackupsRequest): Promise<ListBackupsResult>;
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResult>;
  deleteBackups(request: DeleteBackupsRequest): Promise<DeleteBackupsResult>;
}
