import {
  copyName,
  DEFAULT_PLAN_SETTINGS,
  planSchema,
  planSettingsSchema,
  type Plan,
  type PlanDetails,
  type PlanSettings,
} from '../../../shared/model/plan';
import { dependencySchema, type Dependency } from '../../../shared/model/dependency';
import { processSchema, type BusinessProcess } from '../../../shared/model/process';
import { scenarioSchema, type Scenario } from '../../../shared/model/scenario';
import { systemSchema, type System } from '../../../shared/model/system';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';

/** Everything a deleted plan consisted of, kept in memory so "Undo" can put it back whole. */
export interface DeletedPlan {
  plan: Plan;
  systems: System[];
  processes: BusinessProcess[];
  dependencies: Dependency[];
  scenarios: Scenario[];
}

/** Every table that holds a plan's records: copy, delete and restore touch them all in one transaction. */
function planTables(db: DrpDatabase) {
  return [db.plans, db.systems, db.processes, db.dependencies, db.scenarios];
}

export async function createPlan(db: DrpDatabase, details: PlanDetails): Promise<Plan> {
  const now = nowIso();
  const plan = planSchema.parse({
    id: newId(),
    ...details,
    ...DEFAULT_PLAN_SETTINGS,
    startedFromTemplate: null,
    createdAt: now,
    updatedAt: now,
  });
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

export async function updatePlanSettings(db: DrpDatabase, id: string, edits: Partial<PlanSettings>) {
  const checked = planSettingsSchema.partial().parse(edits);
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(planSchema.parse({ ...current, ...checked, updatedAt: nowIso() }));
  });
}

/** Copies the plan and everything in it under new ids, so the copy never shares records with the original. */
export async function duplicatePlan(db: DrpDatabase, id: string): Promise<Plan> {
  return db.transaction('rw', planTables(db), async () => {
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
    const processes = await db.processes.where('planId').equals(id).toArray();
    const dependencies = await db.dependencies.where('planId').equals(id).toArray();
    const scenarios = await db.scenarios.where('planId').equals(id).toArray();
    const newSystemIds = new Map(systems.map((system) => [system.id, newId()]));
    const newProcessIds = new Map(processes.map((process) => [process.id, newId()]));
    const renew = { planId: copy.id, createdAt: now, updatedAt: now };
    await db.plans.add(copy);
    await db.systems.bulkAdd(
      systems.map((system) =>
        systemSchema.parse({ ...system, ...renew, id: newSystemIds.get(system.id) ?? newId() }),
      ),
    );
    await db.processes.bulkAdd(
      processes.map((process) =>
        processSchema.parse({
          ...process,
          ...renew,
          id: newProcessIds.get(process.id) ?? newId(),
          systemIds: process.systemIds.flatMap((systemId) => newSystemIds.get(systemId) ?? []),
        }),
      ),
    );
    await db.dependencies.bulkAdd(
      // Cascading deletes leave no dependency pointing outside its plan; one that did would be skipped.
      dependencies.flatMap((dependency) => {
        const dependentId =
          newSystemIds.get(dependency.dependentId) ?? newProcessIds.get(dependency.dependentId);
        if (dependentId === undefined) return [];
        const targetIds = dependency.targetIds.flatMap((systemId) => newSystemIds.get(systemId) ?? []);
        return [dependencySchema.parse({ ...dependency, ...renew, id: newId(), dependentId, targetIds })];
      }),
    );
    await db.scenarios.bulkAdd(
      scenarios.map((scenario) =>
        scenarioSchema.parse({
          ...scenario,
          ...renew,
          id: newId(),
          affectedSystemIds: scenario.affectedSystemIds.flatMap(
            (systemId) => newSystemIds.get(systemId) ?? [],
          ),
        }),
      ),
    );
    return copy;
  });
}

export async function deletePlan(db: DrpDatabase, id: string): Promise<DeletedPlan> {
  return db.transaction('rw', planTables(db), async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Error('The plan no longer exists.');
    const systems = await db.systems.where('planId').equals(id).toArray();
    const processes = await db.processes.where('planId').equals(id).toArray();
    const dependencies = await db.dependencies.where('planId').equals(id).toArray();
    const scenarios = await db.scenarios.where('planId').equals(id).toArray();
    await db.systems.bulkDelete(systems.map((system) => system.id));
    await db.processes.bulkDelete(processes.map((process) => process.id));
    await db.dependencies.bulkDelete(dependencies.map((dependency) => dependency.id));
    await db.scenarios.bulkDelete(scenarios.map((scenario) => scenario.id));
    await db.plans.delete(id);
    return { plan, systems, processes, dependencies, scenarios };
  });
}

export async function restorePlan(db: DrpDatabase, deleted: DeletedPlan): Promise<void> {
  await db.transaction('rw', planTables(db), async () => {
    await db.plans.add(deleted.plan);
    await db.systems.bulkAdd(deleted.systems);
    await db.processes.bulkAdd(deleted.processes);
    await db.dependencies.bulkAdd(deleted.dependencies);
    await db.scenarios.bulkAdd(deleted.scenarios);
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
