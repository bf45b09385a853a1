import { z } from 'zod';
import { idSchema, timestampSchema } from '../model/common';

/**
 * A copy of a whole plan kept before the app replaces it (an import over it,
 * or the Undo of that import), so nothing is ever lost to a replace. The plan
 * is stored as the text of a plan file (bundle.ts), which the import reads
 * back with every check, migration included: a backup taken today can be
 * restored by a later version of the app.
 *
 * Backups are not plan records: they live in their own table, the record
 * schema version (shared/migrations) does not cover them, and a later Backups
 * screen lists and restores them.
 */
export const BACKUP_REASONS = ['before-import-replace', 'before-undo-of-import'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  'before-import-replace': 'Before it was replaced by an imported plan file',
  'before-undo-of-import': 'The imported plan, before “Undo” put the earlier one back',
};

export const backupSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** The plan's name when the backup was taken, for listing without reading the bundle. */
  planName: z.string(),
  takenAt: timestampSchema,
  reason: z.enum(BACKUP_REASONS),
  /** The plan's content hash (content-hash.ts), as in the bundle. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 hexadecimal digits (SHA-256)' }),
  /** The plan file's text (serialiseBundle), never encrypted: it stays on this computer. */
  bundle: z.string(),
});
export type Backup = z.infer<typeof backupSchema>;
