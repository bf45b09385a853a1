import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/templates';
import type { DrpDatabase } from '../../renderer/db/database';
import { listDependencies } from '../../renderer/features/dependencies/dependency-repository';
import { listPlans } from '../../renderer/features/plans/plan-repository';
import { listSystems } from '../../renderer/features/systems/system-repository';
import { createPlanFromTemplate } from '../../renderer/features/templates/template-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const details = { name: 'Riverside Clinic (example)', organisation: 'Riverside Clinic' };

describe('createPlanFromTemplate', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'writes the plan, systems and processes of %s',
    async (id, template) => {
      const plan = await createPlanFromTemplate(db, id, details);
      expect(await db.plans.get(plan.id)).toEqual(plan);
      expect(plan).toMatchObject({ ...details, startedFromTemplate: template.name });

      const systems = await listSystems(db, plan.id);
      expect(systems.map((system) => system.name)).toEqual(template.systems.map((system) => system.name));
      const processes = await db.processes.where('planId').equals(plan.id).sortBy('position');
      expect(processes.map((process) => process.name)).toEqual(
        template.processes.map((process) => process.name),
      );
      // Links survive the round trip through IndexedDB, including the multi-entry index.
      const systemIds = new Set(systems.map((system) => system.id));
      for (const process of processes)
        expect(process.systemIds.every((sid) => systemIds.has(sid))).toBe(true);
      const [first] = systems;
      if (!first) throw new Error('no systems');
      const linked = await db.processes.where('systemIds').equals(first.id).count();
      expect(linked).toBe(processes.filter((process) => process.systemIds.includes(first.id)).length);
    },
  );

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'writes the dependencies of %s with the plan, linked to its own systems and processes',
    async (id, template) => {
      const plan = await createPlanFromTemplate(db, id, details);
      const systems = await listSystems(db, plan.id);
      const processes = await db.processes.where('planId').equals(plan.id).toArray();
      const nameOf = new Map([...systems, ...processes].map((record) => [record.id, record.name]));
      const stored = await listDependencies(db, plan.id);
      expect(stored).toHaveLength(template.dependencies.length);
      // Every link resolves to a record of this plan, as the template names it.
      const described = stored.map((dependency) => ({
        dependent: nameOf.get(dependency.dependentId),
        kind: dependency.kind,
        targets: dependency.targetIds.map((target) => nameOf.get(target)),
      }));
      expect(described).toEqual(
        expect.arrayContaining(
          template.dependencies.map(({ dependent, kind, targets }) => ({ dependent, kind, targets })),
        ),
      );
      // The multi-entry index finds what needs a system, as deleting a system relies on.
      const [first] = stored;
      const [target] = first?.targetIds ?? [];
      if (!target) throw new Error('no dependencies');
      const needing = await db.dependencies.where('targetIds').equals(target).count();
      expect(needing).toBe(stored.filter((dependency) => dependency.targetIds.includes(target)).length);
    },
  );

  it('gives two plans from the same template their own records', async () => {
    const a = await createPlanFromTemplate(db, 'online-retail', details);
    const b = await createPlanFromTemplate(db, 'online-retail', details);
    const idsA = (await listSystems(db, a.id)).map((system) => system.id);
    const idsB = (await listSystems(db, b.id)).map((system) => system.id);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(await listPlans(db)).toHaveLength(2);
  });

  it.each(['processes', 'dependencies'] as const)(
    'writes nothing when writing the %s fails',
    async (table) => {
      // One table refuses, as a full disk would: everything written before it in the transaction must go too.
      db[table].hook('creating', () => {
        throw new Error('The disk is full.');
      });
      await expect(createPlanFromTemplate(db, 'healthcare-clinic', details)).rejects.toThrow(
        'The disk is full.',
      );
      expect(await db.plans.count()).toBe(0);
      expect(await db.systems.count()).toBe(0);
      expect(await db.processes.count()).toBe(0);
      expect(await db.dependencies.count()).toBe(0);
    },
  );

  it('refuses an unknown template or invalid details without writing', async () => {
    await expect(createPlanFromTemplate(db, 'bakery', details)).rejects.toThrow(
      'There is no template “bakery”.',
    );
    await expect(createPlanFromTemplate(db, 'saas-company', { name: '', organisation: '' })).rejects.toThrow(
      'Plan name is required',
    );
    expect(await db.plans.count()).toBe(0);
    expect(await db.systems.count()).toBe(0);
  });
});
