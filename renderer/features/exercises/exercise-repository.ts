import {
  applyStepAction,
  plannedStepRuns,
  recomputeAchieved,
  type StepAction,
} from '../../../shared/analysis/exercise-run';
import {
  exerciseEditsSchema,
  exerciseFindingSchema,
  exerciseSchema,
  followUpActionSchema,
  newExerciseDefaults,
  type Exercise,
  type ExerciseEdits,
  type ExerciseFinding,
  type FollowUpAction,
} from '../../../shared/model/exercise';
import { newId, nowIso, todayIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';

/** A plan's exercises, newest date first. */
export async function listExercises(db: DrpDatabase, planId: string): Promise<Exercise[]> {
  return (await db.exercises.where('planId').equals(planId).sortBy('date')).reverse();
}

export async function addExercise(db: DrpDatabase, planId: string, title: string): Promise<Exercise> {
  return db.transaction('rw', db.plans, db.exercises, async () => {
    const now = nowIso();
    const exercise = exerciseSchema.parse({
      id: newId(),
      planId,
      title: title.trim(),
      date: todayIso(),
      ...newExerciseDefaults(),
      createdAt: now,
      updatedAt: now,
    });
    await db.exercises.add(exercise);
    await touchPlan(db, planId, now);
    return exercise;
  });
}

/**
 * Reads, changes and writes one exercise in one transaction. Changes are
 * functions of the stored record, so quick clicks in run mode never overwrite
 * each other. The whole record is validated again before it is written.
 */
async function changeExercise(
  db: DrpDatabase,
  id: string,
  change: (current: Exercise, now: string) => ExerciseEdits | Promise<ExerciseEdits>,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.plans, db.exercises, db.systems, db.dependencies, db.runbooks, db.scenarios],
    async () => {
      const current = await db.exercises.get(id);
      if (!current) throw new Error('The exercise no longer exists.');
      const now = nowIso();
      const edits = exerciseEditsSchema.parse(await change(current, now));
      await db.exercises.put(exerciseSchema.parse({ ...current, ...edits, updatedAt: now }));
      await touchPlan(db, current.planId, now);
    },
  );
}

export function updateExercise(db: DrpDatabase, id: string, edits: ExerciseEdits): Promise<void> {
  return changeExercise(db, id, () => edits);
}

/** Ticks or unticks a system of the scope; refuses a system of another plan. */
export function setScopeSystem(db: DrpDatabase, id: string, systemId: string, included: boolean) {
  return changeExercise(db, id, async (current) => {
    const others = current.systemIds.filter((existing) => existing !== systemId);
    if (!included) return { systemIds: others };
    const system = await db.systems.get(systemId);
    if (system?.planId !== current.planId) throw new Error('That system is not part of this plan.');
    return { systemIds: [...others, systemId] };
  });
}

async function systemNames(db: DrpDatabase, planId: string): Promise<Map<string, string>> {
  const systems = await db.systems.where('planId').equals(planId).toArray();
  return new Map(systems.map((system) => [system.id, system.name || 'Unnamed system']));
}

/**
 * Starts the clock: the scope's runbook steps are copied into the exercise in
 * recovery order, as they are now, and the exercise is running.
 */
export function startExercise(db: DrpDatabase, id: string): Promise<void> {
  return changeExercise(db, id, async (current, now) => {
    if (current.status !== 'planned') throw new Error('This exercise has already been started.');
    const [systems, dependencies, runbooks, scenarios] = await Promise.all([
      db.systems.where('planId').equals(current.planId).sortBy('position'),
      db.dependencies.where('planId').equals(current.planId).toArray(),
      db.runbooks.where('planId').equals(current.planId).sortBy('createdAt'),
      db.scenarios.where('planId').equals(current.planId).toArray(),
    ]);
    const steps = plannedStepRuns({ exercise: current, systems, dependencies, runbooks, scenarios });
    const started = { ...current, startedAt: now, steps };
    return {
      status: 'running',
      startedAt: now,
      endedAt: null,
      steps,
      achieved: recomputeAchieved(started, await systemNames(db, current.planId)),
    };
  });
}

/** One click on a step (Start, Done, Failed, Skip, Reset): saved at once, achieved RTOs worked out again. */
export function actOnStep(db: DrpDatabase, id: string, index: number, action: StepAction): Promise<void> {
  return changeExercise(db, id, async (current, now) => {
    if (current.status !== 'running') throw new Error('The exercise is not running.');
    if (!current.steps[index]) throw new Error('That step is no longer part of the exercise.');
    const steps = applyStepAction(current, index, action, now);
    return {
      steps,
      achieved: recomputeAchieved({ ...current, steps }, await systemNames(db, current.planId)),
    };
  });
}

export function setStepNotes(db: DrpDatabase, id: string, index: number, notes: string): Promise<void> {
  return changeExercise(db, id, (current) => ({
    steps: current.steps.map((step, at) => (at === index ? { ...step, notes } : step)),
  }));
}

/** The data actually lost, typed by whoever checked it (the clock cannot measure it). */
export function setAchievedRpo(db: DrpDatabase, id: string, systemId: string, minutes: number | null) {
  return changeExercise(db, id, (current) => ({
    achieved: current.achieved.map((entry) =>
      entry.systemId === systemId ? { ...entry, rpoMinutes: minutes } : entry,
    ),
  }));
}

export function completeExercise(db: DrpDatabase, id: string): Promise<void> {
  return changeExercise(db, id, (current, now) => ({
    status: 'completed',
    // A tabletop written up afterwards never ran the clock: it ends when it is completed.
    endedAt: now,
    startedAt: current.startedAt ?? now,
  }));
}

/** Back to running, e.g. after Complete was pressed too early. */
export function reopenExercise(db: DrpDatabase, id: string): Promise<void> {
  return changeExercise(db, id, () => ({ status: 'running', endedAt: null }));
}

export type FindingFields = Omit<ExerciseFinding, 'id'>;
export type ActionFields = Omit<FollowUpAction, 'id'>;

export async function addExerciseFinding(db: DrpDatabase, id: string, fields: FindingFields) {
  const finding = exerciseFindingSchema.parse({ id: newId(), ...fields });
  await changeExercise(db, id, (current) => ({ findings: [...current.findings, finding] }));
  return finding;
}

export function updateExerciseFinding(
  db: DrpDatabase,
  id: string,
  findingId: string,
  edits: Partial<FindingFields>,
): Promise<void> {
  return changeExercise(db, id, (current) => ({
    findings: current.findings.map((finding) =>
      finding.id === findingId ? exerciseFindingSchema.parse({ ...finding, ...edits }) : finding,
    ),
  }));
}

export function removeExerciseFinding(db: DrpDatabase, id: string, findingId: string): Promise<void> {
  return changeExercise(db, id, (current) => ({
    findings: current.findings.filter((finding) => finding.id !== findingId),
  }));
}

export async function addFollowUpAction(db: DrpDatabase, id: string, fields: ActionFields) {
  const action = followUpActionSchema.parse({ id: newId(), ...fields });
  await changeExercise(db, id, (current) => ({ actions: [...current.actions, action] }));
  return action;
}

export function updateFollowUpAction(
  db: DrpDatabase,
  id: string,
  actionId: string,
  edits: Partial<ActionFields>,
): Promise<void> {
  return changeExercise(db, id, (current) => ({
    actions: current.actions.map((action) =>
      action.id === actionId ? followUpActionSchema.parse({ ...action, ...edits }) : action,
    ),
  }));
}

export function removeFollowUpAction(db: DrpDatabase, id: string, actionId: string): Promise<void> {
  return changeExercise(db, id, (current) => ({
    actions: current.actions.filter((action) => action.id !== actionId),
  }));
}

export async function deleteExercise(db: DrpDatabase, id: string): Promise<Exercise> {
  return db.transaction('rw', db.plans, db.exercises, async () => {
    const exercise = await db.exercises.get(id);
    if (!exercise) throw new Error('The exercise no longer exists.');
    await db.exercises.delete(id);
    await touchPlan(db, exercise.planId, nowIso());
    return exercise;
  });
}

export async function restoreExercise(db: DrpDatabase, exercise: Exercise): Promise<void> {
  await db.transaction('rw', [db.plans, db.exercises, db.systems, db.scenarios], async () => {
    // Systems and scenarios deleted while it was gone are not put back in its scope.
    const systems = await db.systems.bulkGet(exercise.systemIds);
    const scenario = exercise.scenarioId ? await db.scenarios.get(exercise.scenarioId) : undefined;
    await db.exercises.add({
      ...exercise,
      systemIds: exercise.systemIds.filter((_, index) => systems[index] !== undefined),
      scenarioId: scenario ? exercise.scenarioId : null,
    });
    await touchPlan(db, exercise.planId, nowIso());
  });
}

/**
 * Takes a deleted system out of every exercise's scope, inside the caller's
 * transaction, and returns where it was so Undo can put it back. Its step runs
 * stay: they copied what they name and are the record of what happened.
 */
export async function detachFromExercises(
  db: DrpDatabase,
  systemId: string,
): Promise<{ exerciseId: string; index: number }[]> {
  const scoped = await db.exercises.where('systemIds').equals(systemId).toArray();
  for (const exercise of scoped) {
    await db.exercises.update(exercise.id, { systemIds: exercise.systemIds.filter((id) => id !== systemId) });
  }
  return scoped.map((exercise) => ({ exerciseId: exercise.id, index: exercise.systemIds.indexOf(systemId) }));
}

/** Undo of a system's delete: back in the scope, in its old place, of the exercises that still exist. */
export async function reattachToExercises(
  db: DrpDatabase,
  systemId: string,
  links: readonly { exerciseId: string; index: number }[],
): Promise<void> {
  for (const { exerciseId, index } of links) {
    const exercise = await db.exercises.get(exerciseId);
    if (!exercise || exercise.systemIds.includes(systemId)) continue;
    const systemIds = [...exercise.systemIds];
    systemIds.splice(Math.min(index, systemIds.length), 0, systemId);
    await db.exercises.update(exercise.id, { systemIds });
  }
}

/** A deleted scenario leaves the exercises of it without one (inside the caller's transaction). */
export async function detachScenarioFromExercises(db: DrpDatabase, scenarioId: string): Promise<string[]> {
  const ids = await db.exercises.where('scenarioId').equals(scenarioId).primaryKeys();
  for (const id of ids) await db.exercises.update(id, { scenarioId: null });
  return ids;
}

/** Undo of a scenario's delete: the exercises still without a scenario get it back. */
export async function reattachScenarioToExercises(
  db: DrpDatabase,
  scenarioId: string,
  exerciseIds: readonly string[],
): Promise<void> {
  for (const exercise of await db.exercises.bulkGet([...exerciseIds])) {
    if (exercise?.scenarioId === null) await db.exercises.update(exercise.id, { scenarioId });
  }
}
