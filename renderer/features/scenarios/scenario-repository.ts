import Dexie from 'dexie';
import {
  mitigationEditsSchema,
  mitigationSchema,
  newScenarioDefaults,
  scenarioEditsSchema,
  scenarioSchema,
  type Mitigation,
  type MitigationEdits,
  type Scenario,
  type ScenarioEdits,
} from '../../../shared/model/scenario';
import {
  instantiateStarter,
  mitigationFromSuggestion,
  starterById,
} from '../../../shared/scenarios/starters';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { detachScenarioFromExercises, reattachScenarioToExercises } from '../exercises/exercise-repository';
import { touchPlan } from '../plans/plan-repository';

function scenariosOfPlan(db: DrpDatabase, planId: string) {
  return db.scenarios.where('[planId+position]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]);
}

/** A plan's scenarios in the order they were added (screens sort them by risk). */
export function listScenarios(db: DrpDatabase, planId: string): Promise<Scenario[]> {
  return scenariosOfPlan(db, planId).toArray();
}

async function nextPosition(db: DrpDatabase, planId: string): Promise<number> {
  const last = await scenariosOfPlan(db, planId).last();
  return last ? last.position + 1 : 0;
}

/** A scenario the user describes from scratch. */
export async function addScenario(db: DrpDatabase, planId: string, name: string): Promise<Scenario> {
  return db.transaction('rw', db.plans, db.scenarios, async () => {
    const now = nowIso();
    const scenario = scenarioSchema.parse({
      id: newId(),
      planId,
      starterId: null,
      ...newScenarioDefaults(name),
      position: await nextPosition(db, planId),
      createdAt: now,
      updatedAt: now,
    });
    await db.scenarios.add(scenario);
    await touchPlan(db, planId, now);
    return scenario;
  });
}

/**
 * Adds the picked starters in one transaction: all of them or none. A starter
 * the plan already has is skipped (the picker shows it as added), so a double
 * click never makes two.
 */
export async function addStarterScenarios(
  db: DrpDatabase,
  planId: string,
  starterIds: readonly string[],
): Promise<Scenario[]> {
  const starters = starterIds.map((id) => {
    const starter = starterById(id);
    if (!starter) throw new Error(`There is no starter scenario “${id}”.`);
    return starter;
  });
  return db.transaction('rw', db.plans, db.scenarios, async () => {
    const existing = new Set((await listScenarios(db, planId)).map((scenario) => scenario.starterId));
    const now = nowIso();
    let position = await nextPosition(db, planId);
    const added = [...new Set(starters)]
      .filter((starter) => !existing.has(starter.id))
      .map((starter) => instantiateStarter(starter, { id: newId(), planId, position: position++, now }));
    if (added.length === 0) return added;
    await db.scenarios.bulkAdd(added);
    await touchPlan(db, planId, now);
    return added;
  });
}

/**
 * Reads, changes and writes one scenario in one transaction. Changes are
 * functions of the stored record, so quick edits to different mitigations or
 * ticks never overwrite each other.
 */
async function changeScenario(
  db: DrpDatabase,
  id: string,
  change: (current: Scenario) => ScenarioEdits | Promise<ScenarioEdits>,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.scenarios, db.systems], async () => {
    const current = await db.scenarios.get(id);
    if (!current) throw new Error('The scenario no longer exists.');
    const edits = scenarioEditsSchema.parse(await change(current));
    const now = nowIso();
    await db.scenarios.put(scenarioSchema.parse({ ...current, ...edits, updatedAt: now }));
    await touchPlan(db, current.planId, now);
  });
}

export function updateScenario(db: DrpDatabase, id: string, edits: ScenarioEdits): Promise<void> {
  return changeScenario(db, id, () => edits);
}

/** Ticks or unticks one system the scenario takes down; refuses a system of another plan. */
export function setAffectedSystem(
  db: DrpDatabase,
  id: string,
  systemId: string,
  affected: boolean,
): Promise<void> {
  return changeScenario(db, id, async (current) => {
    const others = current.affectedSystemIds.filter((existing) => existing !== systemId);
    if (!affected) return { affectedSystemIds: others };
    if (current.affectedSystemIds.includes(systemId)) return {};
    const system = await db.systems.get(systemId);
    if (system?.planId !== current.planId) throw new Error('That system is not part of this plan.');
    return { affectedSystemIds: [...others, systemId] };
  });
}

export type NewMitigation = Pick<Mitigation, 'kind' | 'description' | 'status'>;

export async function addMitigation(db: DrpDatabase, id: string, fields: NewMitigation): Promise<Mitigation> {
  const mitigation = mitigationSchema.parse({ id: newId(), ...fields, suggestion: null });
  await changeScenario(db, id, (current) => ({ mitigations: [...current.mitigations, mitigation] }));
  return mitigation;
}

/** Adds a starter's suggested mitigation, once: taking it twice changes nothing. */
export async function addSuggestedMitigation(db: DrpDatabase, id: string, key: string): Promise<void> {
  await changeScenario(db, id, (current) => {
    const suggestion = current.starterId
      ? starterById(current.starterId)?.suggestions.find((candidate) => candidate.key === key)
      : undefined;
    if (!suggestion) throw new Error('That suggestion is not offered for this scenario.');
    if (current.mitigations.some((mitigation) => mitigation.suggestion === key)) return {};
    return { mitigations: [...current.mitigations, mitigationFromSuggestion(suggestion, newId())] };
  });
}

export async function updateMitigation(
  db: DrpDatabase,
  id: string,
  mitigationId: string,
  edits: MitigationEdits,
): Promise<void> {
  const checked = mitigationEditsSchema.parse(edits);
  await changeScenario(db, id, (current) => {
    if (!current.mitigations.some((mitigation) => mitigation.id === mitigationId)) {
      throw new Error('The mitigation no longer exists.');
    }
    return {
      mitigations: current.mitigations.map((mitigation) =>
        mitigation.id === mitigationId ? { ...mitigation, ...checked } : mitigation,
      ),
    };
  });
}

export interface RemovedMitigation {
  mitigation: Mitigation;
  index: number;
}

/** Removes one mitigation and returns it with its place in the list, so Undo can put it back there. */
export async function removeMitigation(
  db: DrpDatabase,
  id: string,
  mitigationId: string,
): Promise<RemovedMitigation> {
  const removed: { value?: RemovedMitigation } = {};
  await changeScenario(db, id, (current) => {
    const index = current.mitigations.findIndex((mitigation) => mitigation.id === mitigationId);
    const mitigation = current.mitigations[index];
    if (!mitigation) throw new Error('The mitigation no longer exists.');
    removed.value = { mitigation, index };
    return { mitigations: current.mitigations.filter((other) => other.id !== mitigationId) };
  });
  if (!removed.value) throw new Error('The mitigation no longer exists.');
  return removed.value;
}

export function restoreMitigation(db: DrpDatabase, id: string, { mitigation, index }: RemovedMitigation) {
  return changeScenario(db, id, (current) => {
    if (current.mitigations.some((other) => other.id === mitigation.id)) return {};
    const mitigations = [...current.mitigations];
    mitigations.splice(Math.min(index, mitigations.length), 0, mitigation);
    return { mitigations };
  });
}

/** A deleted scenario and the runbooks that were written for it, so Undo links them again. */
export interface DeletedScenario {
  scenario: Scenario;
  /** Runbooks that named it; they stay with their system, with no scenario, until Undo. */
  runbookIds: string[];
  /** Exercises of it; they keep their systems and lose the scenario until Undo. */
  exerciseIds: string[];
}

export async function deleteScenario(db: DrpDatabase, id: string): Promise<DeletedScenario> {
  return db.transaction('rw', [db.plans, db.scenarios, db.runbooks, db.exercises], async () => {
    const scenario = await db.scenarios.get(id);
    if (!scenario) throw new Error('The scenario no longer exists.');
    // A runbook belongs to its system, not its scenario: it stays, as a runbook for any cause.
    const runbookIds = await db.runbooks.where('scenarioId').equals(id).primaryKeys();
    for (const runbookId of runbookIds) await db.runbooks.update(runbookId, { scenarioId: null });
    const exerciseIds = await detachScenarioFromExercises(db, id);
    await db.scenarios.delete(id);
    await touchPlan(db, scenario.planId, nowIso());
    return { scenario, runbookIds, exerciseIds };
  });
}

export async function restoreScenario(
  db: DrpDatabase,
  { scenario, runbookIds, exerciseIds }: DeletedScenario,
): Promise<void> {
  await db.transaction('rw', [db.plans, db.scenarios, db.systems, db.runbooks, db.exercises], async () => {
    // Systems deleted while the scenario was gone are not ticked again.
    const systems = await db.systems.bulkGet(scenario.affectedSystemIds);
    const affectedSystemIds = scenario.affectedSystemIds.filter((_, index) => systems[index] !== undefined);
    await db.scenarios.add({ ...scenario, affectedSystemIds });
    // Runbooks deleted meanwhile stay deleted; one given another scenario meanwhile keeps it.
    for (const runbook of await db.runbooks.bulkGet(runbookIds)) {
      if (runbook?.scenarioId === null) await db.runbooks.update(runbook.id, { scenarioId: scenario.id });
    }
    await reattachScenarioToExercises(db, scenario.id, exerciseIds);
    await touchPlan(db, scenario.planId, nowIso());
  });
}

/**
 * Takes a deleted system out of every scenario, inside the caller's
 * transaction, and returns the ids of the scenarios it was in so Undo can put
 * it back. Like a process's links, this is bookkeeping: the scenarios'
 * "last edited" does not change.
 */
export async function detachFromScenarios(db: DrpDatabase, systemId: string): Promise<string[]> {
  const affected = await db.scenarios.where('affectedSystemIds').equals(systemId).toArray();
  for (const scenario of affected) {
    await db.scenarios.update(scenario.id, {
      affectedSystemIds: scenario.affectedSystemIds.filter((id) => id !== systemId),
    });
  }
  return affected.map((scenario) => scenario.id);
}

/** Undo of a system's delete: ticks it again in the scenarios that still exist. */
export async function reattachToScenarios(
  db: DrpDatabase,
  systemId: string,
  scenarioIds: readonly string[],
): Promise<void> {
  for (const scenario of await db.scenarios.bulkGet([...scenarioIds])) {
    if (scenario && !scenario.affectedSystemIds.includes(systemId)) {
      await db.scenarios.update(scenario.id, {
        affectedSystemIds: [...scenario.affectedSystemIds, systemId],
      });
    }
  }
}
