import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  addDependency,
  listDependencies,
  removeDependencyTarget,
  type NewDependency,
} from '../../renderer/features/dependencies/dependency-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem } from '../../renderer/features/systems/system-repository';
import type { Plan } from '../../shared/model/plan';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let shop: System;
let fibre: System;
let lte: System;
let radio: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  shop = await addSystem(db, plan.id, 'Web shop');
  fibre = await addSystem(db, plan.id, 'Fibre line');
  lte = await addSystem(db, plan.id, '4G backup');
  radio = await addSystem(db, plan.id, 'Radio link');
});
afterEach(async () => {
  await db.delete();
});

const need = (kind: NewDependency['kind'], ...targetIds: string[]): NewDependency => ({
  dependentId: shop.id,
  dependentKind: 'system',
  kind,
  targetIds,
  workaround: '',
});

describe('removeDependencyTarget (deleting one edge on the map)', () => {
  it('deletes a hard or degraded need, and touches the plan', async () => {
    const hard = await addDependency(db, plan.id, need('hard', fibre.id));
    const longAgo = '2020-01-01T00:00:00.000Z';
    await db.plans.update(plan.id, { updatedAt: longAgo });
    await removeDependencyTarget(db, hard.id, fibre.id);
    expect(await listDependencies(db, plan.id)).toEqual([]);
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(longAgo);
  });

  it('takes one member out of a group; a group of one becomes a hard need of the other', async () => {
    const group = await addDependency(db, plan.id, need('alternatives', fibre.id, lte.id, radio.id));
    await removeDependencyTarget(db, group.id, radio.id);
    expect(await listDependencies(db, plan.id)).toMatchObject([
      { id: group.id, kind: 'alternatives', targetIds: [fibre.id, lte.id] },
    ]);
    await removeDependencyTarget(db, group.id, fibre.id);
    expect(await listDependencies(db, plan.id)).toMatchObject([
      { id: group.id, kind: 'hard', targetIds: [lte.id] },
    ]);
  });

  it('drops the group when the hard need it would become is already recorded', async () => {
    const hard = await addDependency(db, plan.id, need('hard', lte.id));
    const group = await addDependency(db, plan.id, need('alternatives', fibre.id, lte.id));
    await removeDependencyTarget(db, group.id, fibre.id);
    expect(await listDependencies(db, plan.id)).toEqual([hard]);
  });

  it('says so when the dependency is already gone, and writes nothing', async () => {
    await expect(
      removeDependencyTarget(db, 'c3a0f7f4-0b1e-4f7e-9d5e-2a6b8c1d9e00', fibre.id),
    ).rejects.toThrow('The dependency no longer exists.');
  });
});
