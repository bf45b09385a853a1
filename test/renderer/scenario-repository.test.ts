import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  restorePlan,
} from '../../renderer/features/plans/plan-repository';
import {
  addMitigation,
  addScenario,
  addStarterScenarios,
  addSuggestedMitigation,
  deleteScenario,
  listScenarios,
  removeMitigation,
  restoreMitigation,
  restoreScenario,
  setAffectedSystem,
  updateMitigation,
  updateScenario,
} from '../../renderer/features/scenarios/scenario-repository';
import {
  addSystem,
  deleteSystem,
  listSystems,
  restoreSystem,
} from '../../renderer/features/systems/system-repository';
import type { Plan } from '../../shared/model/plan';
import { scenarioSchema } from '../../shared/model/scenario';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let server: System;
let database: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  server = await addSystem(db, plan.id, 'App server');
  database = await addSystem(db, plan.id, 'Order database');
});
afterEach(async () => {
  await db.delete();
});

const names = async (planId = plan.id) => (await listScenarios(db, planId)).map((scenario) => scenario.name);

describe('scenario repository', () => {
  it('adds a blank scenario at the end and marks the plan edited', async () => {
    const before = (await db.plans.get(plan.id))?.updatedAt ?? '';
    await new Promise((resolve) => setTimeout(resolve, 5));
    const first = await addScenario(db, plan.id, 'Supplier goes bust');
    const second = await addScenario(db, plan.id, 'Flood');
    expect(scenarioSchema.parse(await db.scenarios.get(first.id))).toEqual(first);
    expect(first).toMatchObject({ starterId: null, likelihood: null, impact: null, mitigations: [] });
    expect([first.position, second.position]).toEqual([0, 1]);
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(before);
    await expect(addScenario(db, plan.id, '  ')).rejects.toThrow('Scenario name is required');
    expect(await names()).toEqual(['Supplier goes bust', 'Flood']);
  });

  it('adds picked starters in one transaction, skipping those already there', async () => {
    const added = await addStarterScenarios(db, plan.id, ['ransomware', 'power-outage']);
    expect(added.map((scenario) => scenario.starterId)).toEqual(['ransomware', 'power-outage']);
    const again = await addStarterScenarios(db, plan.id, ['power-outage', 'site-loss', 'site-loss']);
    expect(again.map((scenario) => scenario.name)).toEqual(['Loss of the site']);
    expect(await names()).toEqual(['Ransomware', 'Power outage', 'Loss of the site']);
    expect((await listScenarios(db, plan.id)).map((scenario) => scenario.position)).toEqual([0, 1, 2]);
  });

  it('adds no starter at all when one of them cannot be added', async () => {
    await expect(addStarterScenarios(db, plan.id, ['ransomware', 'meteor'])).rejects.toThrow(
      'There is no starter scenario “meteor”.',
    );
    // The plan vanishing mid-way rolls back the scenarios written before it.
    const other = await createPlan(db, { name: 'Gone', organisation: '' });
    await db.plans.delete(other.id);
    await expect(addStarterScenarios(db, other.id, ['ransomware', 'disk-failure'])).rejects.toThrow(
      'The plan no longer exists.',
    );
    expect(await db.scenarios.count()).toBe(0);
  });

  it('updates fields one at a time and refuses bad values without writing', async () => {
    const scenario = await addScenario(db, plan.id, 'Fire');
    await updateScenario(db, scenario.id, { likelihood: 2, impact: 5, detection: 'Smoke alarm' });
    await updateScenario(db, scenario.id, { description: 'The office burns down.' });
    expect(await db.scenarios.get(scenario.id)).toMatchObject({
      likelihood: 2,
      impact: 5,
      detection: 'Smoke alarm',
      description: 'The office burns down.',
    });
    // @ts-expect-error: a rating outside 1–5 must be refused at run time too.
    await expect(updateScenario(db, scenario.id, { likelihood: 7 })).rejects.toThrow('Likelihood must be');
    expect((await db.scenarios.get(scenario.id))?.likelihood).toBe(2);
    await updateScenario(db, scenario.id, { likelihood: null });
    expect((await db.scenarios.get(scenario.id))?.likelihood).toBeNull();
  });

  it('ticks and unticks affected systems, refusing one from another plan', async () => {
    const scenario = await addScenario(db, plan.id, 'Server crash');
    await setAffectedSystem(db, scenario.id, server.id, true);
    await setAffectedSystem(db, scenario.id, database.id, true);
    await setAffectedSystem(db, scenario.id, server.id, true);
    expect((await db.scenarios.get(scenario.id))?.affectedSystemIds).toEqual([server.id, database.id]);
    await setAffectedSystem(db, scenario.id, server.id, false);
    expect((await db.scenarios.get(scenario.id))?.affectedSystemIds).toEqual([database.id]);

    const other = await createPlan(db, { name: 'Other client', organisation: '' });
    const foreign = await addSystem(db, other.id, 'Their server');
    await expect(setAffectedSystem(db, scenario.id, foreign.id, true)).rejects.toThrow(
      'That system is not part of this plan.',
    );
    expect((await db.scenarios.get(scenario.id))?.affectedSystemIds).toEqual([database.id]);
  });

  it('adds, edits, removes and puts back mitigations', async () => {
    const scenario = await addScenario(db, plan.id, 'Disk failure');
    const raid = await addMitigation(db, scenario.id, {
      kind: 'redundancy',
      description: 'Mirror the disks',
      status: 'planned',
    });
    const backup = await addMitigation(db, scenario.id, {
      kind: 'backups',
      description: 'Nightly backup',
      status: 'in-place',
    });
    await updateMitigation(db, scenario.id, raid.id, { status: 'in-progress' });
    await updateMitigation(db, scenario.id, raid.id, { description: 'Mirror the disks (RAID 1)' });
    await expect(updateMitigation(db, scenario.id, raid.id, { description: '' })).rejects.toThrow(
      'What is done is required',
    );
    const stored = async () => (await db.scenarios.get(scenario.id))?.mitigations;
    expect(await stored()).toEqual([
      { ...raid, status: 'in-progress', description: 'Mirror the disks (RAID 1)' },
      backup,
    ]);

    const removed = await removeMitigation(db, scenario.id, raid.id);
    expect(removed.index).toBe(0);
    expect(await stored()).toEqual([backup]);
    await restoreMitigation(db, scenario.id, removed);
    await restoreMitigation(db, scenario.id, removed);
    expect((await stored())?.map((mitigation) => mitigation.id)).toEqual([raid.id, backup.id]);
    await expect(
      updateMitigation(db, scenario.id, crypto.randomUUID(), { status: 'planned' }),
    ).rejects.toThrow('The mitigation no longer exists.');
  });

  it('adds a starter’s suggested mitigation once, as planned', async () => {
    const [ransomware] = await addStarterScenarios(db, plan.id, ['ransomware']);
    if (!ransomware) throw new Error('not added');
    await addSuggestedMitigation(db, ransomware.id, 'offline-backup');
    await addSuggestedMitigation(db, ransomware.id, 'offline-backup');
    expect((await db.scenarios.get(ransomware.id))?.mitigations).toEqual([
      expect.objectContaining({ kind: 'backups', status: 'planned', suggestion: 'offline-backup' }),
    ]);
    await expect(addSuggestedMitigation(db, ransomware.id, 'ups')).rejects.toThrow(
      'That suggestion is not offered for this scenario.',
    );
  });

  it('deletes a scenario and Undo restores it, without systems deleted meanwhile', async () => {
    const scenario = await addScenario(db, plan.id, 'Server crash');
    await setAffectedSystem(db, scenario.id, server.id, true);
    await setAffectedSystem(db, scenario.id, database.id, true);
    const deleted = await deleteScenario(db, scenario.id);
    expect(await names()).toEqual([]);
    await deleteSystem(db, database.id);
    await restoreScenario(db, deleted);
    expect(await db.scenarios.get(scenario.id)).toEqual({
      ...deleted.scenario,
      affectedSystemIds: [server.id],
    });
    await expect(deleteScenario(db, crypto.randomUUID())).rejects.toThrow('The scenario no longer exists.');
  });

  it('deleting a system takes it out of every scenario in the same transaction; Undo puts it back', async () => {
    const crash = await addScenario(db, plan.id, 'Server crash');
    const power = await addScenario(db, plan.id, 'Power outage');
    await setAffectedSystem(db, crash.id, server.id, true);
    await setAffectedSystem(db, power.id, database.id, true);
    await setAffectedSystem(db, power.id, server.id, true);

    const deleted = await deleteSystem(db, server.id);
    expect(deleted.scenarioIds.sort()).toEqual([crash.id, power.id].sort());
    expect((await db.scenarios.get(crash.id))?.affectedSystemIds).toEqual([]);
    expect((await db.scenarios.get(power.id))?.affectedSystemIds).toEqual([database.id]);
    expect(await db.scenarios.where('affectedSystemIds').equals(server.id).count()).toBe(0);

    // A scenario deleted meanwhile stays deleted.
    await deleteScenario(db, crash.id);
    await restoreSystem(db, deleted);
    expect(await names()).toEqual(['Power outage']);
    expect((await db.scenarios.get(power.id))?.affectedSystemIds).toEqual([database.id, server.id]);
  });

  it('a failed system delete leaves its scenarios as they were', async () => {
    const crash = await addScenario(db, plan.id, 'Server crash');
    await setAffectedSystem(db, crash.id, server.id, true);
    // The plan vanishing makes touchPlan throw at the end of the delete, after the scenario was changed.
    await db.plans.delete(plan.id);
    await expect(deleteSystem(db, server.id)).rejects.toThrow('The plan no longer exists.');
    expect((await db.scenarios.get(crash.id))?.affectedSystemIds).toEqual([server.id]);
    expect(await db.systems.get(server.id)).toBeDefined();
  });

  it('a copied plan has its own scenarios pointing at its own systems; delete and restore keep them', async () => {
    const [crash] = await addStarterScenarios(db, plan.id, ['server-crash']);
    if (!crash) throw new Error('not added');
    await setAffectedSystem(db, crash.id, server.id, true);
    await updateScenario(db, crash.id, { likelihood: 3, impact: 4 });
    await addMitigation(db, crash.id, { kind: 'failover', description: 'Standby VM', status: 'in-place' });

    const copy = await duplicatePlan(db, plan.id);
    const copiedServer = (await listSystems(db, copy.id)).find((system) => system.name === 'App server');
    const [copied] = await listScenarios(db, copy.id);
    expect(copied).toMatchObject({
      name: 'Server crash',
      starterId: 'server-crash',
      likelihood: 3,
      impact: 4,
      affectedSystemIds: [copiedServer?.id],
      mitigations: [expect.objectContaining({ description: 'Standby VM', status: 'in-place' })],
    });
    expect(copied?.id).not.toBe(crash.id);

    // Editing the copy leaves the original alone.
    await updateScenario(db, copied?.id ?? '', { impact: 5 });
    expect((await db.scenarios.get(crash.id))?.impact).toBe(4);

    const deleted = await deletePlan(db, copy.id);
    expect(deleted.scenarios).toHaveLength(1);
    expect(await listScenarios(db, copy.id)).toEqual([]);
    expect(await names()).toEqual(['Server crash']);
    await restorePlan(db, deleted);
    expect(await listScenarios(db, copy.id)).toEqual(deleted.scenarios);
  });
});
