import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import {
  addRunbook,
  addStep,
  addStepFromTemplate,
  addValidationTest,
  deleteRunbook,
  listRunbooks,
  moveStep,
  removeStep,
  removeValidationTest,
  restoreRunbook,
  restoreStep,
  restoreValidationTest,
  setStepWait,
  updateActivation,
  updateRunbook,
  updateStep,
  updateValidationTest,
} from '../../renderer/features/runbooks/runbook-repository';
import { addScenario } from '../../renderer/features/scenarios/scenario-repository';
import { addSystem, deleteSystem } from '../../renderer/features/systems/system-repository';
import type { Plan } from '../../shared/model/plan';
import { runbookSchema, type Runbook } from '../../shared/model/runbook';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let system: System;
let runbook: Runbook;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  system = await addSystem(db, plan.id, 'Order database');
  runbook = await addRunbook(db, system.id, { title: 'Recover Order database', scenarioId: null });
});
afterEach(async () => {
  await db.delete();
});

const stored = async () => runbookSchema.parse(await db.runbooks.get(runbook.id));
const titles = async () => (await stored()).steps.map((step) => step.title);
const waits = async () => {
  const { steps } = await stored();
  const number = new Map(steps.map((step, index) => [step.id, index + 1]));
  return steps.map((step) => step.waitsFor.map((id) => number.get(id)));
};

/** Steps A…F, each waiting for the one above (the default). */
async function sixSteps(): Promise<string[]> {
  const ids: string[] = [];
  for (const title of ['A', 'B', 'C', 'D', 'E', 'F']) ids.push(await addStep(db, runbook.id, title));
  return ids;
}

describe('runbook repository', () => {
  it('adds a runbook for a system with the defaults and marks the plan edited', async () => {
    const before = (await db.plans.get(plan.id))?.updatedAt ?? '';
    await new Promise((resolve) => setTimeout(resolve, 5));
    const scenario = await addScenario(db, plan.id, 'Disk failure');
    const second = await addRunbook(db, system.id, { title: 'Disk failure', scenarioId: scenario.id });
    expect(await listRunbooks(db, plan.id)).toEqual([runbook, second]);
    expect(second).toMatchObject({
      planId: plan.id,
      systemId: system.id,
      scenarioId: scenario.id,
      steps: [],
    });
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(before);
    await expect(addRunbook(db, system.id, { title: ' ', scenarioId: null })).rejects.toThrow(
      'Runbook title is required',
    );
  });

  it('refuses a scenario of another plan', async () => {
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const foreign = await addScenario(db, other.id, 'Flood');
    await expect(addRunbook(db, system.id, { title: 'X', scenarioId: foreign.id })).rejects.toThrow(
      'not part of this plan',
    );
    expect(await listRunbooks(db, plan.id)).toHaveLength(1);
  });

  it('updates fields and the activation, validating them', async () => {
    await updateRunbook(db, runbook.id, { notification: 'Tell the service desk', startsCallTree: false });
    await updateActivation(db, runbook.id, { criteria: 'No answer for 15 min' });
    await updateActivation(db, runbook.id, { whoMayActivate: 'DR coordinator' });
    expect(await stored()).toMatchObject({
      notification: 'Tell the service desk',
      startsCallTree: false,
      activation: { criteria: 'No answer for 15 min', whoMayActivate: 'DR coordinator' },
    });
    await expect(updateRunbook(db, runbook.id, { title: '' })).rejects.toThrow('Runbook title is required');
    expect((await stored()).title).toBe('Recover Order database');
  });

  it('adds steps that wait for the one above, and inserts a template where asked', async () => {
    await sixSteps();
    await addStepFromTemplate(db, runbook.id, 'restore-database', 2);
    expect(await titles()).toEqual([
      'A',
      'B',
      'Restore the database from the last good backup',
      'C',
      'D',
      'E',
      'F',
    ]);
    expect((await stored()).steps[2]).toMatchObject({
      estimatedMinutes: 120,
      responsible: 'Database administrator',
    });
    expect(await waits()).toEqual([[], [1], [2], [2], [4], [5], [6]]);
    await expect(addStepFromTemplate(db, runbook.id, 'nope', null)).rejects.toThrow('no step template');
  });

  it('edits a step and its waits; a wait for a later step is refused with a clear message', async () => {
    const [a, b, c] = await sixSteps();
    if (!a || !b || !c) throw new Error('steps missing');
    await updateStep(db, runbook.id, b, { estimatedMinutes: 90, verify: 'Rows are there' });
    expect((await stored()).steps[1]).toMatchObject({ estimatedMinutes: 90, verify: 'Rows are there' });
    await setStepWait(db, runbook.id, c, b, false);
    await setStepWait(db, runbook.id, c, a, true);
    expect((await waits())[2]).toEqual([1]);
    await expect(setStepWait(db, runbook.id, a, c, true)).rejects.toThrow(
      'Step 1 “A” waits for step 3 “C”, which comes after it',
    );
    await expect(updateStep(db, runbook.id, a, { title: '' })).rejects.toThrow('Step title is required');
  });

  it('moves a step and drops, and reports, the waits the move turns upside down', async () => {
    const ids = await sixSteps();
    const [, b] = ids;
    if (!b) throw new Error('steps missing');
    // B goes below C: C waited for B, and B waited for A (still above, kept).
    const dropped = await moveStep(db, runbook.id, b, 2);
    expect(await titles()).toEqual(['A', 'C', 'B', 'D', 'E', 'F']);
    expect(dropped.map((wait) => wait.message)).toEqual([
      'Step 2 “C” no longer waits for step 3 “B”, which is now below it.',
    ]);
    expect(await waits()).toEqual([[], [], [1], [2], [4], [5]]);
    // A harmless move drops nothing.
    expect(await moveStep(db, runbook.id, b, 1)).toEqual([]);
    expect(await titles()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('removes a step, freeing the steps that waited for it, and Undo puts all back', async () => {
    const [, b] = await sixSteps();
    if (!b) throw new Error('steps missing');
    const removed = await removeStep(db, runbook.id, b);
    expect(await titles()).toEqual(['A', 'C', 'D', 'E', 'F']);
    expect(await waits()).toEqual([[], [], [2], [3], [4]]);
    await restoreStep(db, runbook.id, removed);
    expect(await titles()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(await waits()).toEqual([[], [1], [2], [3], [4], [5]]);
    await restoreStep(db, runbook.id, removed);
    expect(await titles()).toHaveLength(6);
  });

  it('adds, edits, removes and restores validation tests', async () => {
    const test = await addValidationTest(db, runbook.id, 'Place a test order');
    await updateValidationTest(db, runbook.id, test.id, { expected: 'It shows in the order list' });
    expect((await stored()).validationTests).toEqual([
      { id: test.id, procedure: 'Place a test order', expected: 'It shows in the order list' },
    ]);
    await expect(updateValidationTest(db, runbook.id, test.id, { procedure: '' })).rejects.toThrow(
      'Test procedure is required',
    );
    const removed = await removeValidationTest(db, runbook.id, test.id);
    expect((await stored()).validationTests).toEqual([]);
    await restoreValidationTest(db, runbook.id, removed);
    expect((await stored()).validationTests).toHaveLength(1);
  });

  it('deletes a runbook and restores it, but not once its system is gone', async () => {
    const deleted = await deleteRunbook(db, runbook.id);
    expect(await listRunbooks(db, plan.id)).toEqual([]);
    await restoreRunbook(db, deleted);
    expect(await listRunbooks(db, plan.id)).toHaveLength(1);
    await deleteRunbook(db, runbook.id);
    await deleteSystem(db, system.id);
    await expect(restoreRunbook(db, deleted)).rejects.toThrow('Its system has been deleted');
  });
});
