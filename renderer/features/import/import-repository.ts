import { nameKey, type NewSystemValues } from '../../../shared/import/systems-csv-import';
import { systemSchema, type System } from '../../../shared/model/system';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import type { BackupService } from '../backups/backup-service';
import { touchPlan } from '../plans/plan-repository';
import { listSystems } from '../systems/system-repository';

/**
 * Adds imported systems after the plan's existing ones, in one transaction:
 * every row is stored, or none is. Names are checked again inside the
 * transaction, because the plan may have changed while the dialog was open.
 */
export async function importSystems(
  db: DrpDatabase,
  planId: string,
  rows: readonly NewSystemValues[],
): Promise<System[]> {
  return db.transaction('rw', db.plans, db.systems, async () => {
    const existing = await listSystems(db, planId);
    const taken = new Set(existing.map((system) => nameKey(system.name)));
    const first = (existing.at(-1)?.position ?? -1) + 1;
    const now = nowIso();
    const added: System[] = [];
    for (const [index, values] of rows.entries()) {
      const key = nameKey(values.name);
      if (taken.has(key)) throw new Error(`“${values.name.trim()}” is already in this plan.`);
      taken.add(key);
      const system = systemSchema.parse({
        ...values,
        id: newId(),
        planId,
        position: first + index,
        createdAt: now,
        updatedAt: now,
      });
      await db.systems.add(system);
      added.push(system);
    }
    await touchPlan(db, planId, now);
    return added;
  });
}

/**
 * The import as the dialog runs it: the plan as it was is backed up first ('before-import'), and if
 * that backup cannot be written, nothing is imported.
 */
export async function importSystemsAfterBackup(
  db: DrpDatabase,
  backups: Pick<BackupService, 'backUpPlan'>,
  planId: string,
  rows: readonly NewSystemValues[],
): Promise<System[]> {
  await backups.backUpPlan(planId, 'before-import');
  return importSystems(db, planId, rows);
}
