import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  actOnStep,
  addExercise,
  addExerciseFinding,
  addFollowUpAction,
  completeExercise,
  deleteExercise,
  listExercises,
  restoreExercise,
  setAchievedRpo,
  setScopeSystem,
  startExercise,
  updateExercise,
  updateFollowUpAction,
} from '../../renderer/features/exercises/exercise-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addDependency } from '../../renderer/features/dependencies/dependency-repository';
import { addRunbook, addStep, updateStep } from '../../renderer/features/runbooks/runbook-repository';
import {
  addScenario,
  deleteScenario,
  restoreScenario,
  setAffectedSystem,
} from '../../renderer/features/scenarios/scenario-repository';
import { addSystem, deleteSystem, restoreSystem } from '../../renderer/features/systems/system-repository';
import { exerciseSchema } from '../../shared/model/exercise';
import type { Plan } from '../../shared/model/plan';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let shop: System;
let dbServer: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  shop = await addSystem(db, plan.id, 'Web shop');
  dbServer = await addSystem(db, plan.id, 'Database');
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function stored(id: string) {
  return exerciseSchema.parse(await db.exercises.get(id));
}

describe('exercise repository', () => {
  it('adds an exercise dated today, edits it in one transaction each, and lists newest first', async () => {
    const first = await addExercise(db, plan.id, 'Spring tabletop');
    await updateExercise(db, first.id, {
      date: '2026-03-01',
      type: 'walkthrough',
      participants: 'Dana\nLee',
    });
    const second = await addExercise(db, plan.id, 'Autumn failover');
    await updateExercise(db, second.id, { date: '2026-10-01' });
    expect((await listExercises(db, plan.id)).map((exercise) => exercise.title)).toEqual([
      'Autumn failover',
      'Spring tabletop',
    ]);
    expect(await stored(first.id)).toMatchObject({
      type: 'walkthrough',
      participants: 'Dana\nLee',
      status: 'planned',
    });
    await expect(updateExercise(db, first.id, { date: 'tomorrow' })).rejects.toThrow();
  });

  it('starts with the scope’s steps copied in recovery order, times clicks and computes achieved RTO', async () => {
    // The shop needs the database: the database's runbook comes first although the shop was ticked first.
    await addDependency(db, plan.id, {
      dependentId: shop.id,
      dependentKind: 'system',
      kind: 'hard',
      targetIds: [dbServer.id],
      workaround: '',
    });
    const shopBook = await addRunbook(db, shop.id, { title: 'Recover the shop', scenarioId: null });
    const dbBook = await addRunbook(db, dbServer.id, { title: 'Restore the database', scenarioId: null });
    const restore = await addStep(db, dbBook.id, 'Restore last night’s backup');
    await updateStep(db, dbBook.id, restore, { estimatedMinutes: 30 });
    await addStep(db, shopBook.id, 'Restart the shop');

    const exercise = await addExercise(db, plan.id, 'Tabletop');
    await setScopeSystem(db, exercise.id, shop.id, true);
    await setScopeSystem(db, exercise.id, dbServer.id, true);
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00.000Z'), toFake: ['Date'] });
    await startExercise(db, exercise.id);
    let current = await stored(exercise.id);
    expect(current.status).toBe('running');
    expect(current.startedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(current.steps.map((step) => [step.runbookTitle, step.stepTitle, step.estimatedMinutes])).toEqual([
      ['Restore the database', 'Restore last night’s backup', 30],
      ['Recover the shop', 'Restart the shop', null],
    ]);
    await expect(startExercise(db, exercise.id)).rejects.toThrow('already been started');

    vi.setSystemTime(new Date('2026-11-23T09:05:00.000Z'));
    await actOnStep(db, exercise.id, 0, 'start');
    vi.setSystemTime(new Date('2026-11-23T09:30:00.000Z'));
    await actOnStep(db, exercise.id, 0, 'done');
    // Done without Start: it started when the step before it ended.
    vi.setSystemTime(new Date('2026-11-23T09:40:00.000Z'));
    await actOnStep(db, exercise.id, 1, 'failed');
    current = await stored(exercise.id);
    expect(current.steps.map((step) => [step.status, step.startedAt, step.endedAt])).toEqual([
      ['done', '2026-11-23T09:05:00.000Z', '2026-11-23T09:30:00.000Z'],
      ['failed', '2026-11-23T09:30:00.000Z', '2026-11-23T09:40:00.000Z'],
    ]);
    expect(current.achieved).toEqual([
      { systemId: dbServer.id, systemName: 'Database', rtoMinutes: 30, rpoMinutes: null },
      { systemId: shop.id, systemName: 'Web shop', rtoMinutes: null, rpoMinutes: null },
    ]);
    await setAchievedRpo(db, exercise.id, dbServer.id, 60);
    vi.setSystemTime(new Date('2026-11-23T09:50:00.000Z'));
    await actOnStep(db, exercise.id, 1, 'done');
    current = await stored(exercise.id);
    expect(current.achieved.map((entry) => [entry.rtoMinutes, entry.rpoMinutes])).toEqual([
      [30, 60],
      [50, null],
    ]);

    await addExerciseFinding(db, exercise.id, { text: 'Backup password was in a drawer', severity: 'high' });
    const action = await addFollowUpAction(db, exercise.id, {
      text: 'Move the password to the vault',
      owner: 'Dana',
      due: '2026-12-01',
      status: 'open',
    });
    await updateFollowUpAction(db, exercise.id, action.id, { status: 'in-progress' });
    await completeExercise(db, exercise.id);
    current = await stored(exercise.id);
    expect(current).toMatchObject({ status: 'completed', endedAt: '2026-11-23T09:50:00.000Z' });
    expect(current.findings.map((finding) => finding.severity)).toEqual(['high']);
    expect(current.actions.map((entry) => entry.status)).toEqual(['in-progress']);
    await expect(actOnStep(db, exercise.id, 0, 'reset')).rejects.toThrow('not running');
  });

  it('refuses a system of another plan in the scope', async () => {
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const foreign = await addSystem(db, other.id, 'Foreign');
    const exercise = await addExercise(db, plan.id, 'Tabletop');
    await expect(setScopeSystem(db, exercise.id, foreign.id, true)).rejects.toThrow('not part of this plan');
  });

  it('takes a deleted system out of every scope and a deleted scenario off its exercises; Undo puts both back', async () => {
    const scenario = await addScenario(db, plan.id, 'Ransomware');
    await setAffectedSystem(db, scenario.id, shop.id, true);
    const exercise = await addExercise(db, plan.id, 'Tabletop');
    await setScopeSystem(db, exercise.id, dbServer.id, true);
    await setScopeSystem(db, exercise.id, shop.id, true);
    await updateExercise(db, exercise.id, { scenarioId: scenario.id });

    const deletedSystem = await deleteSystem(db, dbServer.id);
    expect((await stored(exercise.id)).systemIds).toEqual([shop.id]);
    const deletedScenario = await deleteScenario(db, scenario.id);
    expect((await stored(exercise.id)).scenarioId).toBeNull();

    await restoreScenario(db, deletedScenario);
    await restoreSystem(db, deletedSystem);
    expect(await stored(exercise.id)).toMatchObject({
      systemIds: [dbServer.id, shop.id],
      scenarioId: scenario.id,
    });
  });

  it('deletes an exercise and Undo restores it without systems deleted meanwhile', async () => {
    const exercise = await addExercise(db, plan.id, 'Tabletop');
    await setScopeSystem(db, exercise.id, shop.id, true);
    await setScopeSystem(db, exercise.id, dbServer.id, true);
    const deleted = await deleteExercise(db, exercise.id);
    expect(await db.exercises.get(exercise.id)).toBeUndefined();
    await deleteSystem(db, shop.id);
    await restoreExercise(db, deleted);
    expect((await stored(exercise.id)).systemIds).toEqual([dbServer.id]);
  });
});
