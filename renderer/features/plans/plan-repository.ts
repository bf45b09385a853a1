import { copyName, planSchema, type Plan, type PlanDetails } from '../../../shared/model/plan';
import { systemSchema, type System } from '../../../shared/model/system';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';

/** Everything a deleted plan consisted of, kept in memory so "Undo" can put it back whole. */
export interface DeletedPlan {
  plan: Plan;
  systems: System[];
}

export async function createPlan(db: DrpDatabase, details: PlanDetails): Promise<Plan> {
  const now = nowIso();
  const plan = planSchema.parse({ id: newId(), ...details, createdAt: now, updatedAt: now });
  await db.plans.add(plan);
  return plan;
}

export async function updatePlanDetails(db: DrpDatabase, id: string, details: PlanDetails): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(planSchema.parse({ ...current, ...details, updatedAt: nowIso() }));
  });
}

/** Copies the plan and everything in it under new ids, so the copy never shares records with the original. */
export async function duplicatePlan(db: DrpDatabase, id: string): Promise<Plan> {
  return db.transaction('rw', db.plans, db.systems, async () => {
    const original = await db.plans.get(id);
    if (!original) throw new Error('The plan no longer exists.');
    const now = nowIso();
    const copy = planSchema.parse({
      ...original,
      id: newId(),
      name: copyName(original.name),
      createdAt: now,
      updatedAt: now,
    });
    const systems = await db.systems.where('planId').equals(id).toArray();
    await db.plans.add(copy);
    await db.systems.bulkAdd(
      systems.map((system) =>
        systemSchema.parse({ ...system, id: newId(), planId: copy.id, createdAt: now, updatedAt: now }),
      ),
    );
    return copy;
  });
}

export async function deletePlan(db: DrpDatabase, id: string): Promise<DeletedPlan> {
  return db.transaction('rw', db.plans, db.systems, async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Error('The plan no longer exists.');
    const systems = await db.systems.where('planId').equals(id).toArray();
    await db.systems.bulkDelete(systems.map((system) => system.id));
    await db.plans.delete(id);
    return { plan, systems };
  });
}

export async function restorePlan(db: DrpDatabase, deleted: DeletedPlan): Promise<void> {
  await db.transaction('rw', db.plans, db.systems, async () => {
    await db.plans.add(deleted.plan);
    await db.systems.bulkAdd(deleted.systems);
  });
}

/** Plans, most recently edited first. */
export function listPlans(db: DrpDatabase): Promise<Plan[]> {
  return db.plans.orderBy('updatedAt').reverse().toArray();
}

/** Marks the plan as edited; called inside the transaction of every change to its content. */
export async function touchPlan(db: DrpDatabase, planId: string, now: string): Promise<void> {
  const updated = await db.plans.update(planId, { updatedAt: now });
  if (updated === 0) throw new Error('The plan no longer exists.');
}
