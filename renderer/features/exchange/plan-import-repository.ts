import type { BackupInfo, BackupRef } from '../../../shared/bundle/backup';
import { renewSnapshotIds } from '../../../shared/bundle/renew-ids';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { Plan } from '../../../shared/model/plan';
import type { DrpDatabase } from '../../db/database';
import type { BackupService } from '../backups/backup-service';
import { replacePlan } from '../backups/replace-plan';
import { addSnapshot, planTables } from '../plans/plan-repository';

/**
 * Storing an imported plan. Every way in is one transaction: the plan arrives
 * whole or not at all, and a plan already here is never overwritten without a
 * backup of it being stored first (replace-plan.ts).
 */

export interface ImportDeps {
  db: DrpDatabase;
  backups: BackupService;
  now: () => string;
  newId: () => string;
}

/** How the import treats a plan whose id is already here: `new` refuses it. */
export type ImportMode = 'new' | 'copy' | 'replace';

export interface ImportOutcome {
  plan: Plan;
  /** The backup of the plan that was replaced (mode `replace` only). */
  backup: BackupInfo | null;
}

export class PlanExistsError extends Error {
  constructor(name: string) {
    super(`A plan “${name}” with the same id is already here. Import it as a copy, or replace it.`);
    this.name = 'PlanExistsError';
  }
}

export class RecordsExistError extends Error {
  constructor() {
    super(
      'Some records in this file are already here, in another plan. Nothing was imported; import it as a copy instead.',
    );
    this.name = 'RecordsExistError';
  }
}

/** Dexie's names for "a key is already there" (BulkError wraps the ConstraintErrors of bulkAdd). */
function isKeyConflict(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ConstraintError' || error.name === 'BulkError');
}

export async function importSnapshot(
  deps: ImportDeps,
  snapshot: PlanSnapshot,
  mode: ImportMode,
): Promise<ImportOutcome> {
  try {
    return await storeImport(deps, snapshot, mode);
  } catch (error) {
    throw isKeyConflict(error) ? new RecordsExistError() : error;
  }
}

async function storeImport(
  deps: ImportDeps,
  snapshot: PlanSnapshot,
  mode: ImportMode,
): Promise<ImportOutcome> {
  const { db } = deps;
  switch (mode) {
    case 'new':
      // Same ids as in the file, so exporting it again gives the same hash.
      await db.transaction('rw', planTables(db), async () => {
        const existing = await db.plans.get(snapshot.plan.id);
        if (existing) throw new PlanExistsError(existing.name);
        await addSnapshot(db, snapshot);
      });
      return { plan: snapshot.plan, backup: null };
    case 'copy': {
      const copy = renewSnapshotIds(snapshot, { newId: deps.newId, now: deps.now(), rename: true });
      await db.transaction('rw', planTables(db), () => addSnapshot(db, copy));
      return { plan: copy.plan, backup: null };
    }
    case 'replace': {
      const backup = await replacePlan(deps, snapshot, 'before-import-replace');
      return { plan: snapshot.plan, backup };
    }
  }
}

/**
 * Undo of a replace: puts the plan in `backup` back. What is there now (the
 * import, perhaps edited since) is itself backed up first, so Undo loses
 * nothing either. Returns that new backup, or null if the plan had been
 * deleted meanwhile and there was nothing to back up. The backup is read
 * back with every check (verify-backup.ts): a damaged one is refused.
 */
export async function restoreBackup(deps: ImportDeps, backup: BackupRef): Promise<BackupInfo | null> {
  const opened = await deps.backups.open(backup);
  if (!opened.ok) throw new Error(`The backup cannot be restored: ${opened.reason}`);
  const { db } = deps;
  if (!(await db.plans.get(backup.planId))) {
    await db.transaction('rw', planTables(db), async () => {
      if (await db.plans.get(backup.planId))
        throw new Error('The plan reappeared while it was restored; try again.');
      await addSnapshot(db, opened.snapshot);
    });
    return null;
  }
  return replacePlan(deps, opened.snapshot, 'before-undo-of-import');
}
