import type { BackupInfo, BackupReason } from '../../../shared/bundle/backup';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { DrpDatabase } from '../../db/database';
import { addSnapshot, planTables, readSnapshot, removeSnapshot } from '../plans/plan-repository';
import type { BackupService } from './backup-service';

/** Writes against a plan being edited elsewhere (autosave) are retried this often. */
const REPLACE_ATTEMPTS = 3;

/**
 * Replaces the plan with `next`'s id by `next`, after a backup of it is stored, so the replace can
 * be undone. The backup goes to the platform's store (a file in Electron), which cannot share the
 * database transaction: it is written first and the one replace transaction then checks the plan
 * is still exactly what was backed up. If an edit slipped in between, that backup is dropped and it
 * starts again with the edited plan; if the replace fails, the backup is dropped too, so a backup
 * "before the replace" only exists for a replace that happened.
 */
export async function replacePlan(
  deps: { db: DrpDatabase; backups: BackupService },
  next: PlanSnapshot,
  reason: BackupReason,
): Promise<BackupInfo> {
  const { db, backups } = deps;
  const planId = next.plan.id;
  for (let attempt = 0; attempt < REPLACE_ATTEMPTS; attempt += 1) {
    const current = await readSnapshot(db, planId);
    const backup = await backups.write(current, reason);
    const seen = JSON.stringify(current);
    let replaced: boolean;
    try {
      replaced = await db.transaction('rw', planTables(db), async () => {
        const now = await readSnapshot(db, planId);
        if (JSON.stringify(now) !== seen) return false;
        await removeSnapshot(db, now);
        await addSnapshot(db, next);
        return true;
      });
    } catch (error) {
      await backups.remove(backup).catch(() => undefined);
      throw error;
    }
    if (replaced) return backup;
    await backups.remove(backup).catch(() => undefined);
  }
  throw new Error('The plan kept changing while it was being replaced. Nothing was changed; try again.');
}
