import Dexie from 'dexie';
import type { Dependency } from '../../../shared/model/dependency';
import type { Runbook } from '../../../shared/model/runbook';
import {
  COPY_LOCATIONS,
  newSystemDefaults,
  type CopyLocation,
  systemEditsSchema,
  systemSchema,
  type System,
  type SystemEdits,
} from '../../../shared/model/system';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { detachFromDependencies, reattachDependencies } from '../dependencies/dependency-repository';
import { touchPlan } from '../plans/plan-repository';
import { detachFromScenarios, reattachToScenarios } from '../scenarios/scenario-repository';
import { detachFromVendors, reattachToVendors } from '../vendors/vendor-repository';
import { detachFromExercises, reattachToExercises } from '../exercises/exercise-repository';

/** A plan's systems in entry order, straight from the compound index. */
function systemsOfPlan(db: DrpDatabase, planId: string) {
  return db.systems.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

export function listSystems(db: DrpDatabase, planId: string): Promise<System[]> {
  return systemsOfPlan(db, planId).toArray();
}

/** Adds a system at the end of the plan's list: the quick-entry path, so only the name is needed. */
export async function addSystem(db: DrpDatabase, planId: string, name: string): Promise<System> {
  return db.transaction('rw', db.plans, db.systems, async () => {
    const last = await systemsOfPlan(db, planId).last();
    const now = nowIso();
    const system = systemSchema.parse({
      id: newId(),
      planId,
      ...newSystemDefaults(name),
      position: last ? last.position + 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    await db.systems.add(system);
    await touchPlan(db, planId, now);
    return system;
  });
}

/** One edit, one transaction: the system and its plan's "last edited" change together or not at all. */
export async function updateSystem(db: DrpDatabase, id: string, edits: SystemEdits): Promise<void> {
  const checked = systemEditsSchema.parse(edits);
  await db.transaction('rw', db.plans, db.systems, async () => {
    const current = await db.systems.get(id);
    if (!current) throw new Error('The system no longer exists.');
    const now = nowIso();
    await db.systems.put(systemSchema.parse({ ...current, ...checked, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

/** A deleted system and what pointed at it (processes, dependencies, scenarios, vendors), so Undo restores all. */
export interface DeletedSystem {
  system: System;
  processIds: string[];
  dependencies: Dependency[];
  /** The scenarios that listed it as taken down. */
  scenarioIds: string[];
  /** The vendors that provided it, with its place in each one's list. */
  vendors: { vendorId: string; index: number }[];
  /** Its runbooks: a runbook recovers one system, so they go with it. */
  runbooks: Runbook[];
  /** The exercises whose scope named it, with its place in each one's list. */
  exercises: { exerciseId: string; index: number }[];
}

/** The tables whose records can point at a system: its delete and Undo change them together. */
function linkedTables(db: DrpDatabase) {
  return [
    db.plans,
    db.systems,
    db.processes,
    db.dependencies,
    db.scenarios,
    db.vendors,
    db.runbooks,
    db.exercises,
  ];
}

/** How many runbooks a delete of this system takes with it, for the confirmation. */
export function countRunbooksOfSystem(db: DrpDatabase, systemId: string): Promise<number> {
  return db.runbooks.where('systemId').equals(systemId).count();
}

export async function deleteSystem(db: DrpDatabase, id: string): Promise<DeletedSystem> {
  return db.transaction('rw', linkedTables(db), async () => {
    const system = await db.systems.get(id);
    if (!system) throw new Error('The system no longer exists.');
    const linked = await db.processes.where('systemIds').equals(id).toArray();
    for (const process of linked) {
      await db.processes.update(process.id, {
        systemIds: process.systemIds.filter((systemId) => systemId !== id),
      });
    }
    const now = nowIso();
    const dependencies = await detachFromDependencies(db, id, now);
    const scenarioIds = await detachFromScenarios(db, id);
    const vendors = await detachFromVendors(db, id);
    const exercises = await detachFromExercises(db, id);
    const runbooks = await db.runbooks.where('systemId').equals(id).toArray();
    await db.runbooks.bulkDelete(runbooks.map((runbook) => runbook.id));
    await db.systems.delete(id);
    await touchPlan(db, system.planId, now);
    return {
      system,
      processIds: linked.map((process) => process.id),
      dependencies,
      scenarioIds,
      vendors,
      runbooks,
      exercises,
    };
  });
}

export async function restoreSystem(
  db: DrpDatabase,
  { system, processIds, dependencies, scenarioIds, vendors, runbooks, exercises }: DeletedSystem,
): Promise<void> {
  await db.transaction('rw', linkedTables(db), async () => {
    await db.systems.add(system);
    // Processes deleted meanwhile stay deleted; the others get their link back.
    for (const process of await db.processes.bulkGet(processIds)) {
      if (process && !process.systemIds.includes(system.id)) {
        await db.processes.update(process.id, { systemIds: [...process.systemIds, system.id] });
      }
    }
    await reattachDependencies(db, dependencies);
    await reattachToScenarios(db, system.id, scenarioIds);
    await reattachToVendors(db, system.id, vendors);
    await reattachToExercises(db, system.id, exercises);
    // A runbook's scenario deleted meanwhile is not linked again (that delete unlinked the others too).
    const scenarios = await db.scenarios.bulkGet(runbooks.map((runbook) => runbook.scenarioId ?? ''));
    await db.runbooks.bulkAdd(
      runbooks.map((runbook, index) =>
        scenarios[index] === undefined ? { ...runbook, scenarioId: null } : runbook,
      ),
    );
    await touchPlan(db, system.planId, nowIso());
  });
}

/** Adds or removes one place where copies are kept, against the stored list (so quick clicks never undo each other). */
export async function setCopyLocation(
  db: DrpDatabase,
  id: string,
  place: CopyLocation,
  kept: boolean,
): Promise<void> {
  await db.transaction('rw', db.plans, db.systems, async () => {
    const current = await db.systems.get(id);
    if (!current) throw new Error('The system no longer exists.');
    const others = current.copyLocations.filter((existing) => existing !== place);
    // Kept in the listed order, so exports read the same whichever box was ticked first.
    const copyLocations = COPY_LOCATIONS.filter((location) =>
      location === place ? kept : others.includes(location),
    );
    const now = nowIso();
    await db.systems.put(systemSchema.parse({ ...current, copyLocations, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}
