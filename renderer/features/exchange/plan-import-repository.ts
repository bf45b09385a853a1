import { backupSchema, type Backup, type BackupReason } from '../../../shared/bundle/backup';
import { createBundle, serialiseBundle, type AppInfo } from '../../../shared/bundle/bundle';
import { formatProblems, readBundle } from '../../../shared/bundle/read-bundle';
import { renewSnapshotIds } from '../../../shared/bundle/renew-ids';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { encodeUtf8 } from '../../../shared/bundle/utf8';
import type { WebCrypto } from '../../../shared/bundle/web-crypto';
import type { Plan } from '../../../shared/model/plan';
import type { DrpDatabase } from '../../db/database';
import { addSnapshot, planTables, readSnapshot, removeSnapshot } from '../plans/plan-repository';

/**
 * Storing an imported plan. Every way in is one transaction: the plan arrives
 * whole or not at all, and a plan already here is never overwritten without a
 * backup of it being stored in the same transaction.
 */

export interface ImportDeps {
  db: DrpDatabase;
  crypto: WebCrypto;
  app: AppInfo;
  now: () => string;
  newId: () => string;
}

/** How the import treats a plan whose id is already here: `new` refuses it. */
export type ImportMode = 'new' | 'copy' | 'replace';

export interface ImportOutcome {
  plan: Plan;
  /** The backup of the plan that was replaced (mode `replace` only). */
  backup: Backup | null;
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
 * deleted meanwhile and there was nothing to back up.
 */
export async function restoreBackup(deps: ImportDeps, backup: Backup): Promise<Backup | null> {
  const read = await readBundle(encodeUtf8(backup.bundle), { crypto: deps.crypto });
  if (!read.ok) throw new Error(`The backup cannot be read: ${formatProblems(read.problems).join('; ')}`);
  const { db } = deps;
  if (!(await db.plans.get(backup.planId))) {
    await db.transaction('rw', planTables(db), async () => {
      if (await db.plans.get(backup.planId))
        throw new Error('The plan reappeared while it was restored; try again.');
      await addSnapshot(db, read.snapshot);
    });
    return null;
  }
  return replacePlan(deps, read.snapshot, 'before-undo-of-import');
}

/** Writes against a plan being edited elsewhere (autosave) are retried this often. */
const REPLACE_ATTEMPTS = 3;

/**
 * Replaces the plan with `next`'s id by `next`, storing a backup of it in the
 * same transaction. The backup's hash needs Web Crypto, which cannot run
 * inside an IndexedDB transaction (it would commit early), so it is made from
 * a first read, and the transaction checks the plan is still exactly that.
 * If an edit slipped in between, it starts again with the edited plan.
 */
async function replacePlan(deps: ImportDeps, next: PlanSnapshot, reason: BackupReason): Promise<Backup> {
  const { db } = deps;
  const planId = next.plan.id;
  for (let attempt = 0; attempt < REPLACE_ATTEMPTS; attempt += 1) {
    const current = await readSnapshot(db, planId);
    const backup = await takeBackup(deps, current, reason);
    const seen = JSON.stringify(current);
    const replaced = await db.transaction('rw', [...planTables(db), db.backups], async () => {
      const now = await readSnapshot(db, planId);
      if (JSON.stringify(now) !== seen) return false;
      await db.backups.add(backup);
      await removeSnapshot(db, now);
      await addSnapshot(db, next);
      return true;
    });
    if (replaced) return backup;
  }
  throw new Error('The plan kept changing while it was being replaced. Nothing was changed; try again.');
}

async function takeBackup(deps: ImportDeps, snapshot: PlanSnapshot, reason: BackupReason): Promise<Backup> {
  const takenAt = deps.now();
  const bundle = await createBundle(deps.crypto, snapshot, { exportedAt: takenAt, app: deps.app });
  return backupSchema.parse({
    id: deps.newId(),
    planId: snapshot.plan.id,
    planName: snapshot.plan.name,
    takenAt,
    reason,
    contentHash: bundle.contentHash,
    bundle: serialiseBundle(bundle),
  });
}

/** Backups of one plan, newest first: what a later Backups screen lists. */
export function listBackups(db: DrpDatabase, planId: string): Promise<Backup[]> {
  return db.backups.where('planId').equals(planId).reverse().sortBy('takenAt');
}
