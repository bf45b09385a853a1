import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  addDependency,
  deleteDependency,
  listDependencies,
  updateDependency,
  type NewDependency,
} from '../../renderer/features/dependencies/dependency-repository';
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  restorePlan,
} from '../../renderer/features/plans/plan-repository';
import {
  addProcess,
  deleteProcess,
  restoreProcess,
} from '../../renderer/features/processes/process-repository';
import {
  addSystem,
  deleteSystem,
  listSystems,
  restoreSystem,
} from '../../renderer/features/systems/system-repository';
import type { Plan } from '../../shared/model/plan';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let app: System;
let isp1: System;
let isp2: System;
let db1: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  app = await addSystem(db, plan.id, 'Web shop');
  isp1 = await addSystem(db, plan.id, 'Fibre line');
  isp2 = await addSystem(db, plan.id, '4G backup');
  db1 = await addSystem(db, plan.id, 'Order database');
});
afterEach(async () => {
  await db.delete();
});

const need = (dependentId: string, kind: NewDependency['kind'], ...targetIds: string[]): NewDependency => ({
  dependentId,
  dependentKind: 'system',
  kind,
  targetIds,
  workaround: '',
});

describe('dependency repository', () => {
  it('records hard, degraded and alternatives needs, and refuses malformed ones without writing', async () => {
    await addDependency(db, plan.id, need(app.id, 'hard', db1.id));
    await addDependency(db, plan.id, need(app.id, 'alternatives', isp1.id, isp2.id));
    await expect(addDependency(db, plan.id, need(app.id, 'alternatives', isp1.id))).rejects.toThrow(
      'Alternatives need at least two systems',
    );
    await expect(addDependency(db, plan.id, need(app.id, 'hard', app.id))).rejects.toThrow(
      'Nothing can depend on itself',
    );
    await expect(addDependency(db, plan.id, need(app.id, 'hard', db1.id))).rejects.toThrow(
      'This dependency is already recorded.',
    );
    expect((await listDependencies(db, plan.id)).map((dependency) => dependency.kind).sort()).toEqual([
      'alternatives',
      'hard',
    ]);
  });

  it('refuses a system of another plan', async () => {
    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    const foreign = await addSystem(db, other.id, 'Their CRM');
    await expect(addDependency(db, plan.id, need(app.id, 'hard', foreign.id))).rejects.toThrow(
      'A system it needs is not part of this plan any more.',
    );
    expect(await listDependencies(db, plan.id)).toEqual([]);
  });

  it('changes a need into a degraded one with its workaround, and deletes it', async () => {
    const dependency = await addDependency(db, plan.id, need(app.id, 'hard', db1.id));
    await updateDependency(db, dependency.id, { kind: 'degraded', workaround: 'Take orders by phone.' });
    expect(await db.dependencies.get(dependency.id)).toMatchObject({
      kind: 'degraded',
      workaround: 'Take orders by phone.',
    });
    await deleteDependency(db, dependency.id);
    expect(await listDependencies(db, plan.id)).toEqual([]);
  });

  it('deleting a system removes its needs and takes it out of groups; Undo puts everything back', async () => {
    const own = await addDependency(db, plan.id, need(isp1.id, 'hard', db1.id));
    const group = await addDependency(db, plan.id, need(app.id, 'alternatives', isp1.id, isp2.id));
    const onlyNeed = await addDependency(db, plan.id, need(app.id, 'hard', isp1.id));
    const deleted = await deleteSystem(db, isp1.id);

    // "Needs one of {4G backup}" is a hard need of the 4G backup.
    expect(await listDependencies(db, plan.id)).toEqual([
      expect.objectContaining({ id: group.id, kind: 'hard', targetIds: [isp2.id] }),
    ]);
    expect(deleted.dependencies.map((dependency) => dependency.id).sort()).toEqual(
      [own.id, group.id, onlyNeed.id].sort(),
    );

    await restoreSystem(db, deleted);
    const restored = await listDependencies(db, plan.id);
    expect(restored.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [own, group, onlyNeed].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('deleting a process removes its needs, and Undo restores them', async () => {
    const process = await addProcess(db, plan.id, 'Take orders');
    const processNeed = await addDependency(db, plan.id, {
      ...need(process.id, 'degraded', app.id),
      dependentKind: 'process',
    });
    const deleted = await deleteProcess(db, process.id);
    expect(await listDependencies(db, plan.id)).toEqual([]);
    await restoreProcess(db, deleted);
    expect(await listDependencies(db, plan.id)).toEqual([processNeed]);
  });

  it('a duplicated plan has its own dependencies between its own systems; delete and Undo keep them', async () => {
    await addDependency(db, plan.id, need(app.id, 'alternatives', isp1.id, isp2.id));
    const copy = await duplicatePlan(db, plan.id);
    const copiedSystems = new Map((await listSystems(db, copy.id)).map((system) => [system.name, system.id]));
    const [copied] = await listDependencies(db, copy.id);
    expect(copied).toMatchObject({
      dependentId: copiedSystems.get('Web shop'),
      targetIds: [copiedSystems.get('Fibre line'), copiedSystems.get('4G backup')],
    });

    const deleted = await deletePlan(db, copy.id);
    expect(await listDependencies(db, copy.id)).toEqual([]);
    expect(await listDependencies(db, plan.id)).toHaveLength(1);
    await restorePlan(db, deleted);
    expect(await listDependencies(db, copy.id)).toEqual([copied]);
  });
});
