import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { newId, nowIso } from '../../renderer/db/clock';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import {
  addScenario,
  deleteScenario,
  restoreScenario,
} from '../../renderer/features/scenarios/scenario-repository';
import {
  addSystem,
  countRunbooksOfSystem,
  deleteSystem,
  restoreSystem,
} from '../../renderer/features/systems/system-repository';
import { addVendor, deleteVendor, setVendorSystem } from '../../renderer/features/vendors/vendor-repository';
import type { Plan } from '../../shared/model/plan';
import { newRunbookDefaults, runbookSchema, type Runbook } from '../../shared/model/runbook';
import type { System } from '../../shared/model/system';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
let shop: System;
let mail: System;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
  shop = await addSystem(db, plan.id, 'Web shop');
  mail = await addSystem(db, plan.id, 'Mail');
});
afterEach(async () => {
  await db.delete();
});

/** A stored runbook; the runbook screens are elsewhere, the cascades only need the record. */
async function addRunbook(
  systemId: string,
  title: string,
  scenarioId: string | null = null,
): Promise<Runbook> {
  const now = nowIso();
  const runbook = runbookSchema.parse({
    id: newId(),
    planId: plan.id,
    systemId,
    ...newRunbookDefaults(title),
    scenarioId,
    createdAt: now,
    updatedAt: now,
  });
  await db.runbooks.add(runbook);
  return runbook;
}

describe('deleting a system', () => {
  it('takes it out of every vendor in the same transaction; Undo puts it back in its place', async () => {
    const hosting = await addVendor(db, plan.id, 'Northwind Hosting');
    const support = await addVendor(db, plan.id, 'Contoso Support');
    await setVendorSystem(db, hosting.id, shop.id, true);
    await setVendorSystem(db, hosting.id, mail.id, true);
    await setVendorSystem(db, support.id, mail.id, true);
    await setVendorSystem(db, support.id, shop.id, true);
    const before = [await db.vendors.get(hosting.id), await db.vendors.get(support.id)];

    const deleted = await deleteSystem(db, shop.id);
    expect((await db.vendors.get(hosting.id))?.systemIds).toEqual([mail.id]);
    expect((await db.vendors.get(support.id))?.systemIds).toEqual([mail.id]);
    expect(await db.vendors.where('systemIds').equals(shop.id).count()).toBe(0);

    await restoreSystem(db, deleted);
    expect([await db.vendors.get(hosting.id), await db.vendors.get(support.id)]).toEqual(before);
  });

  it('Undo leaves a vendor deleted meanwhile deleted', async () => {
    const hosting = await addVendor(db, plan.id, 'Northwind Hosting');
    await setVendorSystem(db, hosting.id, shop.id, true);
    const deleted = await deleteSystem(db, shop.id);
    await deleteVendor(db, hosting.id);
    await restoreSystem(db, deleted);
    expect(await db.systems.get(shop.id)).toEqual(shop);
    expect(await db.vendors.count()).toBe(0);
  });

  it('deletes its runbooks with it, and Undo brings them back exactly', async () => {
    const first = await addRunbook(shop.id, 'Restore the shop');
    const second = await addRunbook(shop.id, 'Fail over the shop');
    const other = await addRunbook(mail.id, 'Restore mail');
    expect(await countRunbooksOfSystem(db, shop.id)).toBe(2);

    const deleted = await deleteSystem(db, shop.id);
    expect(deleted.runbooks.map((runbook) => runbook.id).sort()).toEqual([first.id, second.id].sort());
    expect(await db.runbooks.toArray()).toEqual([other]);
    expect(await countRunbooksOfSystem(db, shop.id)).toBe(0);

    await restoreSystem(db, deleted);
    expect(await db.runbooks.get(first.id)).toEqual(first);
    expect(await db.runbooks.get(second.id)).toEqual(second);
    expect(await db.runbooks.count()).toBe(3);
  });

  it('Undo does not link a runbook again to a scenario deleted meanwhile', async () => {
    const scenario = await addScenario(db, plan.id, 'Server crash');
    const runbook = await addRunbook(shop.id, 'Restore the shop', scenario.id);
    const deleted = await deleteSystem(db, shop.id);
    await deleteScenario(db, scenario.id);
    await restoreSystem(db, deleted);
    expect(await db.runbooks.get(runbook.id)).toEqual({ ...runbook, scenarioId: null });
  });

  it('a failed delete leaves vendors and runbooks as they were: all or nothing', async () => {
    const hosting = await addVendor(db, plan.id, 'Northwind Hosting');
    await setVendorSystem(db, hosting.id, shop.id, true);
    const runbook = await addRunbook(shop.id, 'Restore the shop');
    const vendorBefore = await db.vendors.get(hosting.id);
    // The plan row vanishing makes the last step of the delete (touching the plan) fail…
    await db.plans.delete(plan.id);
    await expect(deleteSystem(db, shop.id)).rejects.toThrow('The plan no longer exists.');
    // …and everything before it is rolled back.
    expect(await db.systems.get(shop.id)).toEqual(shop);
    expect(await db.vendors.get(hosting.id)).toEqual(vendorBefore);
    expect(await db.runbooks.get(runbook.id)).toEqual(runbook);
  });
});

describe('deleting a scenario', () => {
  it('keeps its runbooks with their system, without a scenario; Undo links them again', async () => {
    const crash = await addScenario(db, plan.id, 'Server crash');
    const flood = await addScenario(db, plan.id, 'Flood');
    const forCrash = await addRunbook(shop.id, 'Restart the shop', crash.id);
    const alsoCrash = await addRunbook(mail.id, 'Restart mail', crash.id);
    const forFlood = await addRunbook(shop.id, 'Move the shop', flood.id);

    const deleted = await deleteScenario(db, crash.id);
    expect(deleted.runbookIds.sort()).toEqual([forCrash.id, alsoCrash.id].sort());
    expect(await db.runbooks.get(forCrash.id)).toEqual({ ...forCrash, scenarioId: null });
    expect(await db.runbooks.get(alsoCrash.id)).toEqual({ ...alsoCrash, scenarioId: null });
    expect(await db.runbooks.get(forFlood.id)).toEqual(forFlood);

    await restoreScenario(db, deleted);
    expect(await db.scenarios.get(crash.id)).toEqual(crash);
    expect(await db.runbooks.get(forCrash.id)).toEqual(forCrash);
    expect(await db.runbooks.get(alsoCrash.id)).toEqual(alsoCrash);
  });

  it('Undo leaves alone a runbook deleted or given another scenario meanwhile', async () => {
    const crash = await addScenario(db, plan.id, 'Server crash');
    const flood = await addScenario(db, plan.id, 'Flood');
    const moved = await addRunbook(shop.id, 'Restart the shop', crash.id);
    const gone = await addRunbook(mail.id, 'Restart mail', crash.id);
    const deleted = await deleteScenario(db, crash.id);
    await db.runbooks.update(moved.id, { scenarioId: flood.id });
    await db.runbooks.delete(gone.id);
    await restoreScenario(db, deleted);
    expect((await db.runbooks.get(moved.id))?.scenarioId).toBe(flood.id);
    expect(await db.runbooks.get(gone.id)).toBeUndefined();
  });

  it('a failed delete leaves the runbooks linked', async () => {
    const crash = await addScenario(db, plan.id, 'Server crash');
    const runbook = await addRunbook(shop.id, 'Restart the shop', crash.id);
    await db.plans.delete(plan.id);
    await expect(deleteScenario(db, crash.id)).rejects.toThrow('The plan no longer exists.');
    expect(await db.scenarios.get(crash.id)).toEqual(crash);
    expect(await db.runbooks.get(runbook.id)).toEqual(runbook);
  });
});
