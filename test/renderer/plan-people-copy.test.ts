import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callTreeSchema } from '../../shared/model/call-tree';
import { contactSchema, newContactDefaults, type Contact } from '../../shared/model/contact';
import { newRunbookDefaults, newStepDefaults, runbookSchema } from '../../shared/model/runbook';
import { newTeamDefaults, teamSchema } from '../../shared/model/team';
import { newVendorDefaults, vendorSchema } from '../../shared/model/vendor';
import type { DrpDatabase } from '../../renderer/db/database';
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  restorePlan,
} from '../../renderer/features/plans/plan-repository';
import { readPlanContent } from '../../renderer/features/plans/usePlanContent';
import { addScenario } from '../../renderer/features/scenarios/scenario-repository';
import { addSystem } from '../../renderer/features/systems/system-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const STAMP = '2026-11-22T10:00:00.000Z';
const stamps = { createdAt: STAMP, updatedAt: STAMP };

/** A plan with one of everything from step 4, each pointing at the others. */
async function planWithPeople() {
  const plan = await createPlan(db, { name: 'Acme', organisation: '' });
  const system = await addSystem(db, plan.id, 'ERP');
  const scenario = await addScenario(db, plan.id, 'Ransomware');
  const contact = (name: string, position: number, alternateId: string | null = null): Contact =>
    contactSchema.parse({
      id: crypto.randomUUID(),
      planId: plan.id,
      position,
      ...newContactDefaults(name),
      alternateId,
      ...stamps,
    });
  const bo = contact('Bo', 1);
  const ann = contact('Ann', 0, bo.id);
  await db.contacts.bulkAdd([ann, bo]);
  const team = teamSchema.parse({
    id: crypto.randomUUID(),
    planId: plan.id,
    position: 0,
    ...newTeamDefaults('DR coordinator'),
    memberIds: [ann.id, bo.id],
    ...stamps,
  });
  await db.teams.add(team);
  const first = { id: crypto.randomUUID(), contactId: ann.id, callerId: null, escalateAfterMinutes: 10 };
  await db.callTrees.add(
    callTreeSchema.parse({
      planId: plan.id,
      entries: [
        first,
        { id: crypto.randomUUID(), contactId: bo.id, callerId: first.id, escalateAfterMinutes: null },
      ],
      ...stamps,
    }),
  );
  await db.vendors.add(
    vendorSchema.parse({
      id: crypto.randomUUID(),
      planId: plan.id,
      position: 0,
      ...newVendorDefaults('HostCo'),
      systemIds: [system.id],
      ...stamps,
    }),
  );
  await db.runbooks.add(
    runbookSchema.parse({
      id: crypto.randomUUID(),
      planId: plan.id,
      systemId: system.id,
      ...newRunbookDefaults('Recover ERP'),
      scenarioId: scenario.id,
      steps: [
        {
          id: crypto.randomUUID(),
          ...newStepDefaults('Restore'),
          responsibleId: team.id,
          escalateToId: bo.id,
        },
      ],
      ...stamps,
    }),
  );
  return plan;
}

describe('a plan’s runbooks and people', () => {
  it('are copied with the plan under new ids, every reference pointing inside the copy', async () => {
    const original = await planWithPeople();
    const copy = await duplicatePlan(db, original.id);
    const before = await readPlanContent(db, original.id);
    const after = await readPlanContent(db, copy.id);
    const scenarios = await db.scenarios.where('planId').equals(copy.id).toArray();

    const [ann, bo] = after.contacts;
    expect(after.contacts.map((contact) => contact.name)).toEqual(['Ann', 'Bo']);
    expect(after.contacts.some((contact) => before.contacts.some((old) => old.id === contact.id))).toBe(
      false,
    );
    expect(ann?.alternateId).toBe(bo?.id);
    expect(after.teams[0]?.memberIds).toEqual([ann?.id, bo?.id]);
    expect(after.callTree?.planId).toBe(copy.id);
    expect(after.callTree?.entries.map((entry) => entry.contactId)).toEqual([ann?.id, bo?.id]);
    expect(after.vendors[0]?.systemIds).toEqual([after.systems[0]?.id]);
    const [runbook] = after.runbooks;
    expect(runbook).toMatchObject({ systemId: after.systems[0]?.id, scenarioId: scenarios[0]?.id });
    expect(runbook?.steps[0]).toMatchObject({ responsibleId: after.teams[0]?.id, escalateToId: bo?.id });
    // The original is untouched.
    expect(before.runbooks[0]?.systemId).toBe(before.systems[0]?.id);
  });

  it('go with a deleted plan and come back whole with Undo', async () => {
    const plan = await planWithPeople();
    const before = await readPlanContent(db, plan.id);
    const deleted = await deletePlan(db, plan.id);
    for (const table of [db.runbooks, db.contacts, db.teams, db.callTrees, db.vendors]) {
      expect(await table.count()).toBe(0);
    }
    await restorePlan(db, deleted);
    expect(await readPlanContent(db, plan.id)).toEqual(before);
  });
});
