import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  BackupRefusedError,
  restoreAsNewPlan,
  restoredName,
  restoreOverPlan,
  type RestoreDeps,
} from '../../renderer/features/backups/backup-restore';
import type { BackupService } from '../../renderer/features/backups/backup-service';
import { addSnapshot, deletePlan, readSnapshot } from '../../renderer/features/plans/plan-repository';
import { updateSystem } from '../../renderer/features/systems/system-repository';
import { PLAN_NAME_MAX } from '../../shared/model/plan';
import { browserBackups } from '../support/backups';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let backups: BackupService;
let deps: RestoreDeps;
const sample = samplePlan();
const planId = sample.plan.id;
const systemId = sample.systems[0]?.id ?? '';

beforeEach(async () => {
  db = freshDatabase();
  let tick = 0;
  const clock = {
    newId: sequentialIds(10_000),
    now: () => new Date(Date.parse(SAMPLE_NOW) + 1000 * ++tick).toISOString(),
  };
  backups = browserBackups(db, clock);
  deps = { db, backups, ...clock };
  await db.transaction('rw', db.tables, () => addSnapshot(db, sample));
});
afterEach(async () => {
  await db.delete();
});

/** Every plan record in the database, to prove a refused restore changed nothing. */
async function planRecords() {
  const tables = db.tables.filter((table) => !table.name.startsWith('backup'));
  return Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as const));
}

describe('restoring a backup', () => {
  it('as a new plan: beside the original, under new ids, named “(restored)”', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    await updateSystem(db, systemId, { owner: 'Edited after the backup' });
    const plan = await restoreAsNewPlan(deps, backup);
    expect(plan.id).not.toBe(planId);
    expect(plan.name).toBe(`${sample.plan.name} (restored)`);
    const restored = await readSnapshot(db, plan.id);
    expect(restored.systems.map((system) => system.owner)).toEqual(
      sample.systems.map((system) => system.owner),
    );
    expect(restored.systems.some((system) => sample.systems.some((other) => other.id === system.id))).toBe(
      false,
    );
    // The original is untouched.
    expect((await readSnapshot(db, planId)).systems[0]?.owner).toBe('Edited after the backup');
  });

  it('as a new plan, also when the plan it came from was deleted', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    await deletePlan(db, planId);
    const plan = await restoreAsNewPlan(deps, backup);
    expect((await readSnapshot(db, plan.id)).systems).toHaveLength(sample.systems.length);
  });

  it('over the current plan, backing it up first so that Undo puts it back', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    await updateSystem(db, systemId, { owner: 'Edited after the backup' });
    const edited = await readSnapshot(db, planId);

    const { undo } = await restoreOverPlan(deps, backup);
    expect(await readSnapshot(db, planId)).toEqual(sample);
    expect(undo).toMatchObject({ planId, reason: 'before-restore' });

    // Undo is restoring the backup taken just before, the same way.
    await restoreOverPlan(deps, undo);
    expect(await readSnapshot(db, planId)).toEqual(edited);
    expect((await backups.list(planId)).map((entry) => entry.info?.reason).sort()).toEqual([
      'automatic',
      'before-restore',
      'before-restore',
    ]);
  });

  it('refuses a damaged backup with the reason, and changes nothing', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    await updateSystem(db, systemId, { owner: 'Edited after the backup' });
    const file = await db.backupFiles.get(backup.id);
    await db.backupFiles.put({ id: backup.id, text: (file?.text ?? '').slice(0, 500) });
    const before = await planRecords();
    const backupsBefore = await db.backups.count();

    await expect(restoreOverPlan(deps, backup)).rejects.toThrow(BackupRefusedError);
    await expect(restoreOverPlan(deps, backup)).rejects.toThrow(/cut short.*Nothing was changed\.$/);
    await expect(restoreAsNewPlan(deps, backup)).rejects.toThrow(BackupRefusedError);
    expect(await planRecords()).toEqual(before);
    expect(await db.backups.count()).toBe(backupsBefore);
  });

  it('over a plan that is no longer here is refused: restore it as a new plan', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    await deletePlan(db, planId);
    await expect(restoreOverPlan(deps, backup)).rejects.toThrow('Restore it as a new plan');
    expect(await db.plans.count()).toBe(0);
  });
});

describe('restoredName', () => {
  it('fits the plan name limit', () => {
    expect(restoredName('Acme')).toBe('Acme (restored)');
    const long = restoredName('x'.repeat(PLAN_NAME_MAX));
    expect(long).toHaveLength(PLAN_NAME_MAX);
    expect(long.endsWith(' (restored)')).toBe(true);
  });
});
