import type { BackupInfo, BackupRef } from '../../../shared/bundle/backup';
import { renewSnapshotIds } from '../../../shared/bundle/renew-ids';
import { PLAN_NAME_MAX, type Plan } from '../../../shared/model/plan';
import type { DrpDatabase } from '../../db/database';
import { addSnapshot, planTables } from '../plans/plan-repository';
import type { BackupService } from './backup-service';
import { replacePlan } from './replace-plan';

export interface RestoreDeps {
  db: DrpDatabase;
  backups: BackupService;
  now: () => string;
  newId: () => string;
}

/** A backup that did not pass its checks (verify-backup.ts): nothing was changed. */
export class BackupRefusedError extends Error {
  constructor(reason: string) {
    super(`This backup cannot be restored. ${reason} Nothing was changed.`);
    this.name = 'BackupRefusedError';
  }
}

async function openChecked(backups: BackupService, ref: BackupRef) {
  const opened = await backups.open(ref);
  if (!opened.ok) throw new BackupRefusedError(opened.reason);
  return opened;
}

/** "Plan (restored)", shortened to fit a plan name. */
export function restoredName(name: string): string {
  const suffix = ' (restored)';
  return name.slice(0, PLAN_NAME_MAX - suffix.length) + suffix;
}

/**
 * Restores a backup beside what is there: a new plan, under new ids so it never clashes with the
 * plan it came from (which may still be here), in one transaction.
 */
export async function restoreAsNewPlan(deps: RestoreDeps, ref: BackupRef): Promise<Plan> {
  const opened = await openChecked(deps.backups, ref);
  const copy = renewSnapshotIds(opened.snapshot, { newId: deps.newId, now: deps.now(), rename: false });
  const renamed = { ...copy, plan: { ...copy.plan, name: restoredName(copy.plan.name) } };
  await deps.db.transaction('rw', planTables(deps.db), () => addSnapshot(deps.db, renamed));
  return renamed.plan;
}

/**
 * Restores a backup over its plan, which is backed up first ('before-restore'), so the restore is
 * undone by restoring that backup the same way. The plan must still be here: a deleted plan comes
 * back with {@link restoreAsNewPlan}.
 */
export async function restoreOverPlan(
  deps: RestoreDeps,
  ref: BackupRef,
): Promise<{ plan: Plan; undo: BackupInfo }> {
  const opened = await openChecked(deps.backups, ref);
  if (!(await deps.db.plans.get(ref.planId))) {
    throw new Error('The plan this backup belongs to is no longer here. Restore it as a new plan.');
  }
  const undo = await replacePlan(deps, opened.snapshot, 'before-restore');
  return { plan: opened.snapshot.plan, undo };
}
