import { addProcess, setProcessSystem } from '../../renderer/features/processes/process-repository';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/model/plan';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import {
  addSystem,
  deleteSystem,
  listSystems,
  restoreSystem,
  updateSystem,
} from '../../renderer/features/systems/system-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
});
afterEach(async () => {
  await db.delete();
});

describe('system repository', () => {
  it('adds systems in entry order, only within their plan', async () => {
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    await addSystem(db, plan.id, 'ERP');
    await addSystem(db, other.id, 'Other client CRM');
    await addSystem(db, plan.id, 'Mail');
    expect((await listSystems(db, plan.id)).map((s) => [s.name, s.position])).toEqual([
      ['ERP', 0],
      ['Mail', 1],
    ]);
    expect((await listSystems(db, other.id)).map((s) => s.name)).toEqual(['Other client CRM']);
  });

  it('an edit changes the system and marks the plan as edited', async () => {
    const system = await addSystem(db, plan.id, 'ERP');
    const planBefore = await db.plans.get(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateSystem(db, system.id, {
      owner: 'Finance',
      tier: 1,
      redundancy: { mode: 'active-active', instances: 3 },
    });
    const stored = await db.systems.get(system.id);
    expect(stored).toMatchObject({
      owner: 'Finance',
      tier: 1,
      redundancy: { mode: 'active-active', instances: 3 },
    });
    expect(stored?.updatedAt).not.toBe(system.updatedAt);
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(planBefore?.updatedAt);
  });

  it('refuses an invalid edit and leaves the record untouched', async () => {
    const system = await addSystem(db, plan.id, 'ERP');
    await expect(updateSystem(db, system.id, { name: '' })).rejects.toThrow('System name is required');
    await expect(
      updateSystem(db, system.id, { redundancy: { mode: 'active-active', instances: 1 } }),
    ).rejects.toThrow();
    expect(await db.systems.get(system.id)).toEqual(system);
  });

  it('writes the edit and the plan timestamp in one transaction: all or nothing', async () => {
    const system = await addSystem(db, plan.id, 'ERP');
    // The plan row vanishing makes the second half of the transaction fail…
    await db.plans.delete(plan.id);
    await expect(updateSystem(db, system.id, { owner: 'Finance' })).rejects.toThrow(
      'The plan no longer exists.',
    );
    // …and the first half is rolled back with it.
    expect((await db.systems.get(system.id))?.owner).toBe('');
  });

  it('delete and restore round-trip a system', async () => {
    const system = await addSystem(db, plan.id, 'ERP');
    await updateSystem(db, system.id, { description: 'Orders' });
    const deleted = await deleteSystem(db, system.id);
    expect(await listSystems(db, plan.id)).toEqual([]);
    await restoreSystem(db, deleted);
    expect(await listSystems(db, plan.id)).toEqual([deleted.system]);
  });

  it('deleting a system unlinks it from processes, and undo links it again', async () => {
    const system = await addSystem(db, plan.id, 'ERP');
    const process = await addProcess(db, plan.id, 'Invoicing');
    await setProcessSystem(db, process.id, system.id, true);
    const deleted = await deleteSystem(db, system.id);
    expect((await db.processes.get(process.id))?.systemIds).toEqual([]);
    await restoreSystem(db, deleted);
    expect((await db.processes.get(process.id))?.systemIds).toEqual([system.id]);
  });
});
