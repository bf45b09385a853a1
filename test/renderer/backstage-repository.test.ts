import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { importBackstage } from '../../shared/import/backstage/import-backstage';
import type { DrpDatabase } from '../../renderer/db/database';
import { addImportedPlan } from '../../renderer/features/import/backstage-repository';
import { createPlan, listPlans, readSnapshot } from '../../renderer/features/plans/plan-repository';
import { freshDatabase } from './db';

let db: DrpDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

function fixturePlan(): PlanSnapshot {
  const text = readFileSync('test/fixtures/backstage/example-catalog.yaml', 'utf8');
  const result = importBackstage([{ name: 'example-catalog.yaml', text }], {
    newId: () => crypto.randomUUID(),
    now: new Date().toISOString(),
    planName: 'Artists',
  });
  if (!result.ok) throw new Error('the fixture should import');
  return result.snapshot;
}

/** Every record of any plan, by table: what "nothing was written" is checked against. */
async function recordCounts() {
  return {
    plans: await db.plans.count(),
    systems: await db.systems.count(),
    processes: await db.processes.count(),
    dependencies: await db.dependencies.count(),
    contacts: await db.contacts.count(),
    teams: await db.teams.count(),
  };
}

describe('storing a plan imported from Backstage', () => {
  it('stores the whole plan, exactly as built', async () => {
    const snapshot = fixturePlan();
    const plan = await addImportedPlan(db, snapshot);
    expect(plan).toEqual(snapshot.plan);
    const stored = await readSnapshot(db, plan.id);
    // Dependencies come back in key order, the rest in position order.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect({ ...stored, dependencies: stored.dependencies.toSorted(byId) }).toEqual({
      ...snapshot,
      dependencies: snapshot.dependencies.toSorted(byId),
    });
    expect(stored.dependencies).toHaveLength(5);
    expect((await listPlans(db)).map((stored) => stored.name)).toEqual(['Artists']);
  });

  it('writes nothing when a write fails part-way', async () => {
    const snapshot = fixturePlan();
    // Teams are written after systems, processes, dependencies and contacts: a clash there must undo them.
    const other = await createPlan(db, { name: 'Other', organisation: '' });
    const clash = snapshot.teams.at(-1);
    if (!clash) throw new Error('the fixture has teams');
    await db.teams.add({ ...clash, planId: other.id });
    const before = await recordCounts();

    await expect(addImportedPlan(db, snapshot)).rejects.toThrow();
    expect(await recordCounts()).toEqual(before);
    expect(await db.plans.get(snapshot.plan.id)).toBeUndefined();
  });

  it('refuses a snapshot whose references are broken, before writing', async () => {
    const snapshot = fixturePlan();
    const [first] = snapshot.dependencies;
    if (!first) throw new Error('the fixture has dependencies');
    const broken = { ...snapshot, dependencies: [{ ...first, targetIds: [crypto.randomUUID()] }] };
    await expect(addImportedPlan(db, broken)).rejects.toThrow();
    expect(await recordCounts()).toEqual({
      plans: 0,
      systems: 0,
      processes: 0,
      dependencies: 0,
      contacts: 0,
      teams: 0,
    });
  });
});
