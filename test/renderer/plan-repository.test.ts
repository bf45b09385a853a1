import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/model/plan';
import { systemSchema } from '../../shared/model/system';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  listPlans,
  restorePlan,
  updatePlanDetails,
  updatePlanSettings,
} from '../../renderer/features/plans/plan-repository';
import {
  addProcess,
  listProcesses,
  setImpactRating,
  setProcessSystem,
} from '../../renderer/features/processes/process-repository';
import { addSystem, listSystems, updateSystem } from '../../renderer/features/systems/system-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('plan repository', () => {
  it('creates a valid plan record', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: 'Acme Ltd' });
    expect(planSchema.parse(await db.plans.get(plan.id))).toEqual(plan);
    expect(plan.createdAt).toBe(plan.updatedAt);
  });

  it('lists plans most recently edited first', async () => {
    const older = await createPlan(db, { name: 'Older', organisation: '' });
    await createPlan(db, { name: 'Newer', organisation: '' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addSystem(db, older.id, 'Touches the older plan');
    expect((await listPlans(db)).map((plan) => plan.name)).toEqual(['Older', 'Newer']);
  });

  it('renames and refuses invalid details without writing', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    await updatePlanDetails(db, plan.id, { name: 'Acme 2027', organisation: 'Acme Group' });
    expect(await db.plans.get(plan.id)).toMatchObject({ name: 'Acme 2027', organisation: 'Acme Group' });
    await expect(updatePlanDetails(db, plan.id, { name: '', organisation: '' })).rejects.toThrow();
    expect((await db.plans.get(plan.id))?.name).toBe('Acme 2027');
  });

  it('duplicates a plan with new ids; editing the copy leaves the original alone', async () => {
    const original = await createPlan(db, { name: 'Acme', organisation: 'Acme Ltd' });
    const erp = await addSystem(db, original.id, 'ERP');
    await addSystem(db, original.id, 'Mail');

    const copy = await duplicatePlan(db, original.id);
    expect(copy.name).toBe('Acme (copy)');
    expect(copy.id).not.toBe(original.id);
    const copied = await listSystems(db, copy.id);
    expect(copied.map((s) => s.name)).toEqual(['ERP', 'Mail']);
    expect(copied.every((s) => systemSchema.safeParse(s).success)).toBe(true);
    expect(copied.map((s) => s.id)).not.toContain(erp.id);

    const copiedErp = copied[0];
    if (!copiedErp) throw new Error('copy has no systems');
    await updateSystem(db, copiedErp.id, { owner: 'Only in the copy' });
    expect((await db.systems.get(erp.id))?.owner).toBe('');
  });

  it('deletes a plan with all its systems, and restore puts back exactly what was there', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    await addSystem(db, plan.id, 'ERP');
    await addSystem(db, plan.id, 'Mail');
    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    await addSystem(db, other.id, 'Other ERP');
    const before = { plan: await db.plans.get(plan.id), systems: await listSystems(db, plan.id) };

    const deleted = await deletePlan(db, plan.id);
    expect(await db.plans.get(plan.id)).toBeUndefined();
    expect(await listSystems(db, plan.id)).toEqual([]);
    expect(await listSystems(db, other.id)).toHaveLength(1);

    await restorePlan(db, deleted);
    expect({ plan: await db.plans.get(plan.id), systems: await listSystems(db, plan.id) }).toEqual(before);
  });

  it('duplicates processes with their links pointing at the copied systems', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    const erp = await addSystem(db, plan.id, 'ERP');
    const process = await addProcess(db, plan.id, 'Invoicing');
    await setProcessSystem(db, process.id, erp.id, true);
    await setImpactRating(db, process.id, 'financial', 1, 'severe');

    const copy = await duplicatePlan(db, plan.id);
    const [copiedSystem] = await listSystems(db, copy.id);
    const [copiedProcess] = await listProcesses(db, copy.id);
    expect(copiedProcess?.id).not.toBe(process.id);
    expect(copiedProcess?.systemIds).toEqual([copiedSystem?.id]);
    expect(copiedProcess?.impact.financial[1]).toBe('severe');
    expect((await listProcesses(db, plan.id))[0]?.systemIds).toEqual([erp.id]);
  });

  it('deletes and restores a plan together with its processes', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    await addProcess(db, plan.id, 'Payroll');
    const deleted = await deletePlan(db, plan.id);
    expect(await db.processes.count()).toBe(0);
    await restorePlan(db, deleted);
    expect((await listProcesses(db, plan.id)).map((process) => process.name)).toEqual(['Payroll']);
  });

  it('changes plan settings and refuses a bad currency without writing', async () => {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    expect(plan).toMatchObject({ currency: 'EUR', mtdThreshold: 'severe', startedFromTemplate: null });
    await updatePlanSettings(db, plan.id, { currency: ' gbp ', mtdThreshold: 'major' });
    expect(await db.plans.get(plan.id)).toMatchObject({ currency: 'GBP', mtdThreshold: 'major' });
    await expect(updatePlanSettings(db, plan.id, { currency: 'pounds' })).rejects.toThrow(
      'Currency must be a three-letter code',
    );
    expect((await db.plans.get(plan.id))?.currency).toBe('GBP');
  });

  it('refuses to delete or duplicate a plan that does not exist', async () => {
    await expect(deletePlan(db, crypto.randomUUID())).rejects.toThrow('The plan no longer exists.');
    await expect(duplicatePlan(db, crypto.randomUUID())).rejects.toThrow('The plan no longer exists.');
  });
});
