import {
  newRunbookDefaults,
  newStepDefaults,
  runbookEditsSchema,
  runbookSchema,
  stepEditsSchema,
  stepLabel,
  stepSchema,
  validationTestSchema,
  type Runbook,
  type RunbookEdits,
  type Step,
  type StepEdits,
  type ValidationTest,
} from '../../../shared/model/runbook';
import { STEP_TEMPLATES, stepFromTemplate } from '../../../shared/runbooks/step-templates';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';
import { touchPlan } from '../plans/plan-repository';

/** A plan's runbooks, oldest first. */
export function listRunbooks(db: DrpDatabase, planId: string): Promise<Runbook[]> {
  return db.runbooks.where('planId').equals(planId).sortBy('createdAt');
}

/** A new runbook for a system of the same plan; its scenario, when given, must be of that plan too. */
export async function addRunbook(
  db: DrpDatabase,
  systemId: string,
  fields: { title: string; scenarioId: string | null },
): Promise<Runbook> {
  return db.transaction('rw', [db.plans, db.systems, db.scenarios, db.runbooks], async () => {
    const system = await db.systems.get(systemId);
    if (!system) throw new Error('The system no longer exists.');
    if (fields.scenarioId !== null) {
      const scenario = await db.scenarios.get(fields.scenarioId);
      if (scenario?.planId !== system.planId) throw new Error('That scenario is not part of this plan.');
    }
    const now = nowIso();
    const runbook = runbookSchema.parse({
      id: newId(),
      planId: system.planId,
      systemId,
      ...newRunbookDefaults(fields.title),
      scenarioId: fields.scenarioId,
      createdAt: now,
      updatedAt: now,
    });
    await db.runbooks.add(runbook);
    await touchPlan(db, system.planId, now);
    return runbook;
  });
}

/**
 * Reads, changes and writes one runbook in one transaction, re-validating the
 * whole record: a step edit checks every step's waits again. Changes are
 * functions of the stored record, so quick edits never overwrite each other.
 */
async function changeRunbook<R = undefined>(
  db: DrpDatabase,
  id: string,
  change: (current: Runbook) => { edits: RunbookEdits; result?: R },
): Promise<R | undefined> {
  return db.transaction('rw', [db.plans, db.runbooks], async () => {
    const current = await db.runbooks.get(id);
    if (!current) throw new Error('The runbook no longer exists.');
    const { edits, result } = change(current);
    const checked = runbookEditsSchema.parse(edits);
    const now = nowIso();
    await db.runbooks.put(runbookSchema.parse({ ...current, ...checked, updatedAt: now }));
    await touchPlan(db, current.planId, now);
    return result;
  });
}

export async function updateRunbook(db: DrpDatabase, id: string, edits: RunbookEdits): Promise<void> {
  await changeRunbook(db, id, () => ({ edits }));
}

export async function updateActivation(
  db: DrpDatabase,
  id: string,
  edits: Partial<Runbook['activation']>,
): Promise<void> {
  await changeRunbook(db, id, (current) => ({ edits: { activation: { ...current.activation, ...edits } } }));
}

function stepIndex(runbook: Runbook, stepId: string): number {
  const index = runbook.steps.findIndex((step) => step.id === stepId);
  if (index < 0) throw new Error('The step no longer exists.');
  return index;
}

/**
 * Puts a step in at `at` (the end when null). A new step waits for the one
 * above it, the usual case; unticking that makes it run in parallel.
 */
function insertStep(current: Runbook, fields: Step, at: number | null): Step[] {
  const index = at === null ? current.steps.length : Math.max(0, Math.min(at, current.steps.length));
  const above = current.steps[index - 1];
  const step = stepSchema.parse({ ...fields, waitsFor: above ? [above.id] : [] });
  const steps = [...current.steps];
  steps.splice(index, 0, step);
  return steps;
}

export async function addStep(db: DrpDatabase, id: string, title: string, at: number | null = null) {
  const step = stepSchema.parse({ id: newId(), ...newStepDefaults(title) });
  await changeRunbook(db, id, (current) => ({ edits: { steps: insertStep(current, step, at) } }));
  return step.id;
}

export async function addStepFromTemplate(db: DrpDatabase, id: string, key: string, at: number | null) {
  const template = STEP_TEMPLATES.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`There is no step template “${key}”.`);
  const step = stepFromTemplate(template, newId());
  await changeRunbook(db, id, (current) => ({ edits: { steps: insertStep(current, step, at) } }));
  return step.id;
}

export async function updateStep(db: DrpDatabase, id: string, stepId: string, edits: StepEdits) {
  const checked = stepEditsSchema.parse(edits);
  await changeRunbook(db, id, (current) => {
    stepIndex(current, stepId);
    return {
      edits: { steps: current.steps.map((step) => (step.id === stepId ? { ...step, ...checked } : step)) },
    };
  });
}

/** Ticks or unticks one earlier step that `stepId` waits for; the schema refuses a later one. */
export async function setStepWait(db: DrpDatabase, id: string, stepId: string, otherId: string, on: boolean) {
  await changeRunbook(db, id, (current) => {
    const step = current.steps[stepIndex(current, stepId)];
    const others = (step?.waitsFor ?? []).filter((existing) => existing !== otherId);
    const waitsFor = on ? [...others, otherId] : others;
    return {
      edits: { steps: current.steps.map((each) => (each.id === stepId ? { ...each, waitsFor } : each)) },
    };
  });
}

/** A wait a move had to drop: `stepId` no longer waits for `waitedForId`, which is now below it. */
export interface DroppedWait {
  stepId: string;
  waitedForId: string;
  /** "Step 2 “Restore the database” no longer waits for step 3 “Stop the app”", numbered after the move. */
  message: string;
}

/**
 * Moves a step to `to` (its index after the move). A step may only wait for
 * steps above it, so any wait the move turns upside down is dropped, and
 * returned so the screen can say so, rather than refusing the move.
 */
export async function moveStep(
  db: DrpDatabase,
  id: string,
  stepId: string,
  to: number,
): Promise<DroppedWait[]> {
  const dropped = await changeRunbook<DroppedWait[]>(db, id, (current) => {
    const from = stepIndex(current, stepId);
    const moved = [...current.steps];
    const [step] = moved.splice(from, 1);
    if (!step) return { edits: {}, result: [] };
    moved.splice(Math.max(0, Math.min(to, moved.length)), 0, step);
    const position = new Map(moved.map((each, index) => [each.id, index]));
    const lost: DroppedWait[] = [];
    const steps = moved.map((each, index) => {
      const waitsFor = each.waitsFor.filter((other) => {
        const at = position.get(other) ?? -1;
        if (at < index) return true;
        const target = moved[at];
        lost.push({
          stepId: each.id,
          waitedForId: other,
          message: `${capitalise(stepLabel(index, each))} no longer waits for ${target ? stepLabel(at, target) : 'a removed step'}, which is now below it.`,
        });
        return false;
      });
      return waitsFor.length === each.waitsFor.length ? each : { ...each, waitsFor };
    });
    return { edits: { steps }, result: lost };
  });
  return dropped ?? [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RemovedStep {
  step: Step;
  index: number;
  /** The steps that waited for it, which lose that wait; Undo gives it back. */
  waiterIds: string[];
}

export async function removeStep(db: DrpDatabase, id: string, stepId: string): Promise<RemovedStep> {
  const removed = await changeRunbook<RemovedStep>(db, id, (current) => {
    const index = stepIndex(current, stepId);
    const step = current.steps[index];
    if (!step) throw new Error('The step no longer exists.');
    const waiterIds = current.steps.filter((each) => each.waitsFor.includes(stepId)).map((each) => each.id);
    const steps = current.steps
      .filter((each) => each.id !== stepId)
      .map((each) =>
        each.waitsFor.includes(stepId)
          ? { ...each, waitsFor: each.waitsFor.filter((other) => other !== stepId) }
          : each,
      );
    return { edits: { steps }, result: { step, index, waiterIds } };
  });
  if (!removed) throw new Error('The step no longer exists.');
  return removed;
}

/** Undo of removeStep: back in its place, with the waits it had and those on it, where still valid. */
export async function restoreStep(db: DrpDatabase, id: string, { step, index, waiterIds }: RemovedStep) {
  await changeRunbook(db, id, (current) => {
    if (current.steps.some((each) => each.id === step.id)) return { edits: {} };
    const steps = [...current.steps];
    const at = Math.min(index, steps.length);
    const above = new Set(steps.slice(0, at).map((each) => each.id));
    steps.splice(at, 0, { ...step, waitsFor: step.waitsFor.filter((other) => above.has(other)) });
    return {
      edits: {
        steps: steps.map((each, position) =>
          position > at && waiterIds.includes(each.id) && !each.waitsFor.includes(step.id)
            ? { ...each, waitsFor: [...each.waitsFor, step.id] }
            : each,
        ),
      },
    };
  });
}

export async function addValidationTest(db: DrpDatabase, id: string, procedure: string) {
  const test = validationTestSchema.parse({ id: newId(), procedure, expected: '' });
  await changeRunbook(db, id, (current) => ({
    edits: { validationTests: [...current.validationTests, test] },
  }));
  return test;
}

export async function updateValidationTest(
  db: DrpDatabase,
  id: string,
  testId: string,
  edits: Partial<Pick<ValidationTest, 'procedure' | 'expected'>>,
) {
  await changeRunbook(db, id, (current) => {
    if (!current.validationTests.some((test) => test.id === testId)) {
      throw new Error('The validation test no longer exists.');
    }
    return {
      edits: {
        validationTests: current.validationTests.map((test) =>
          test.id === testId ? validationTestSchema.parse({ ...test, ...edits }) : test,
        ),
      },
    };
  });
}

export interface RemovedTest {
  test: ValidationTest;
  index: number;
}

export async function removeValidationTest(
  db: DrpDatabase,
  id: string,
  testId: string,
): Promise<RemovedTest> {
  const removed = await changeRunbook<RemovedTest>(db, id, (current) => {
    const index = current.validationTests.findIndex((test) => test.id === testId);
    const test = current.validationTests[index];
    if (!test) throw new Error('The validation test no longer exists.');
    return {
      edits: { validationTests: current.validationTests.filter((other) => other.id !== testId) },
      result: { test, index },
    };
  });
  if (!removed) throw new Error('The validation test no longer exists.');
  return removed;
}

export async function restoreValidationTest(db: DrpDatabase, id: string, { test, index }: RemovedTest) {
  await changeRunbook(db, id, (current) => {
    if (current.validationTests.some((other) => other.id === test.id)) return { edits: {} };
    const validationTests = [...current.validationTests];
    validationTests.splice(Math.min(index, validationTests.length), 0, test);
    return { edits: { validationTests } };
  });
}

export async function deleteRunbook(db: DrpDatabase, id: string): Promise<Runbook> {
  return db.transaction('rw', db.plans, db.runbooks, async () => {
    const runbook = await db.runbooks.get(id);
    if (!runbook) throw new Error('The runbook no longer exists.');
    await db.runbooks.delete(id);
    await touchPlan(db, runbook.planId, nowIso());
    return runbook;
  });
}

/** Undo of deleteRunbook; refused when its system went meanwhile, since a runbook recovers one system. */
export async function restoreRunbook(db: DrpDatabase, runbook: Runbook): Promise<void> {
  await db.transaction('rw', [db.plans, db.systems, db.scenarios, db.runbooks], async () => {
    if (!(await db.systems.get(runbook.systemId))) throw new Error('Its system has been deleted.');
    const scenario = runbook.scenarioId === null ? undefined : await db.scenarios.get(runbook.scenarioId);
    await db.runbooks.add({ ...runbook, scenarioId: scenario ? runbook.scenarioId : null });
    await touchPlan(db, runbook.planId, nowIso());
  });
}
