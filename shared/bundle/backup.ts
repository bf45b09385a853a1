import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/common';
import { PLAN_NAME_MAX } from '../model/plan';

/**
 * A backup is a copy of one whole plan, stored as the text of a plan file
 * (bundle.ts) so it is read back with every check, migration included: a
 * backup taken today can be restored by a later version of the app, and a
 * backup file can also be opened with "Import plan file…".
 *
 * Where backups live is the platform's business (files in Electron, IndexedDB
 * in a browser, see shared/ipc/backup-contract.ts); what is kept is decided by
 * backup-rotation.ts and what may be restored by verify-backup.ts.
 */
export const BACKUP_REASONS = [
  'automatic',
  'on-quit',
  'before-import-replace',
  'before-undo-of-import',
  'before-restore',
  'before-import',
  'before-migration',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  automatic: 'Automatic, while the plan was being edited',
  'on-quit': 'When DR Planner was closed',
  'before-import-replace': 'Before it was replaced by an imported plan file',
  'before-undo-of-import': 'The imported plan, before “Undo” put the earlier one back',
  'before-restore': 'Before a backup was restored over it',
  'before-import': 'Before systems were imported into it',
  'before-migration': 'Before DR Planner upgraded its database',
};

/**
 * Backups taken because the app was about to change the plan wholesale, not because the user typed.
 * The rotation keeps every one of them for the whole day window (see backup-rotation.ts).
 */
export function isEventReason(reason: BackupReason): boolean {
  return reason !== 'automatic' && reason !== 'on-quit';
}

const sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 hexadecimal digits (SHA-256)' });

/** What the app says about a backup it is about to store. */
export const newBackupSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** The plan's name when the backup was taken, for listing without reading the file. */
  planName: z.string().max(PLAN_NAME_MAX),
  takenAt: timestampSchema,
  reason: z.enum(BACKUP_REASONS),
  /** The plan's content hash (content-hash.ts), as the plan file states it. */
  contentHash: sha256HexSchema,
});
export type NewBackup = z.infer<typeof newBackupSchema>;

/** A stored backup's description: the store adds the file's size and fingerprint as it writes it. */
export const backupInfoSchema = newBackupSchema.extend({
  /** Bytes in the plan file: a file that is shorter was cut short. */
  size: z.number().int().nonnegative(),
  /**
   * SHA-256 of the plan file's bytes, made by the store that wrote them. Null only for backups
   * stored before it was recorded (database version 6); those are checked by their content hash.
   */
  fileHash: sha256HexSchema.nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** The description file kept beside each backup file in Electron's backups folder. */
export const BACKUP_INFO_FORMAT = 'dr-planner-backup-info';
export const backupInfoFileSchema = backupInfoSchema.extend({
  format: z.literal(BACKUP_INFO_FORMAT),
  formatVersion: z.literal(1),
});

/**
 * One backup as a store lists it. `info` is null when its description cannot be read; `damage`
 * says what is wrong with it, or is null when it looks whole (restoring checks it fully).
 */
export interface BackupEntry {
  planId: string;
  id: string;
  info: BackupInfo | null;
  damage: string | null;
}

/** Which backup: the plan it belongs to and its id (both checked as UUIDs wherever they arrive). */
export const backupRefSchema = z.strictObject({ planId: idSchema, id: idSchema });
export type BackupRef = z.infer<typeof backupRefSchema>;

/**
 * Database version 6 kept the plan file's text inside the backup record. Version 7 keeps the
 * description and the text apart (listing must not read every file); this splits one old record.
 * Nothing is checked here: a record that does not fit stays, and is listed as damaged.
 */
export function splitStoredBackup(record: Readonly<Record<string, unknown>>): {
  info: Record<string, unknown>;
  text: string;
} {
  const { bundle, ...info } = record;
  const text = typeof bundle === 'string' ? bundle : '';
  return { info: { ...info, size: utf8Length(text), fileHash: null }, text };
}

/** Bytes in the UTF-8 form of `text`, counted without building it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
