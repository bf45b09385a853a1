import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import { importSystems, importSystemsAfterBackup } from '../../renderer/features/import/import-repository';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem, listSystems } from '../../renderer/features/systems/system-repository';
import type { NewSystemValues } from '../../shared/import/systems-csv-import';
import type { Plan } from '../../shared/model/plan';
import { newSystemDefaults } from '../../shared/model/system';
import { browserBackups } from '../support/backups';
import { sequentialIds } from '../support/sample-plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let plan: Plan;
beforeEach(async () => {
  db = freshDatabase();
  plan = await createPlan(db, { name: 'Acme', organisation: '' });
});
afterEach(async () => {
  await db.delete();
});

const row = (name: string, values: Partial<NewSystemValues> = {}): NewSystemValues => ({
  ...newSystemDefaults(name),
  ...values,
});

describe('importing systems', () => {
  it('adds every row after the plan’s systems, with its values, and marks the plan as edited', async () => {
    await addSystem(db, plan.id, 'ERP');
    const before = await db.plans.get(plan.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const added = await importSystems(db, plan.id, [
      row('Mail', { rto: 240, rpo: 60, backupInterval: 60, tier: 2 }),
      row('Wiki', { type: 'data-store', offlineCopy: true }),
    ]);
    expect(added).toHaveLength(2);
    const stored = await listSystems(db, plan.id);
    expect(stored.map((system) => [system.name, system.position])).toEqual([
      ['ERP', 0],
      ['Mail', 1],
      ['Wiki', 2],
    ]);
    expect(stored[1]).toMatchObject({ planId: plan.id, rto: 240, rpo: 60, backupInterval: 60, tier: 2 });
    expect(stored[2]).toMatchObject({ type: 'data-store', offlineCopy: true });
    expect((await db.plans.get(plan.id))?.updatedAt).not.toBe(before?.updatedAt);
  });

  it('refuses the whole import when a name is already in the plan or repeated', async () => {
    await addSystem(db, plan.id, 'ERP');
    await expect(importSystems(db, plan.id, [row('Mail'), row(' erp ')])).rejects.toThrow(
      '“erp” is already in this plan.',
    );
    await expect(importSystems(db, plan.id, [row('Mail'), row('MAIL')])).rejects.toThrow(
      '“MAIL” is already in this plan.',
    );
    expect((await listSystems(db, plan.id)).map((system) => system.name)).toEqual(['ERP']);
  });

  it('writes nothing when a row is invalid', async () => {
    await expect(
      importSystems(db, plan.id, [row('Mail'), row('Wiki'), row('Bad', { rto: -5 }), row('Late')]),
    ).rejects.toThrow('RTO cannot be negative');
    expect(await listSystems(db, plan.id)).toEqual([]);
  });

  it('writes nothing when the storage fails part-way through', async () => {
    let created = 0;
    // The third write fails the way a full disk does; the two before it must be rolled back.
    db.systems.hook('creating', () => {
      created += 1;
      if (created === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importSystems(db, plan.id, [row('A'), row('B'), row('C'), row('D')])).rejects.toThrow(
      'The quota has been exceeded.',
    );
    expect(created).toBe(3);
    expect(await listSystems(db, plan.id)).toEqual([]);
  });

  it('writes nothing when the plan is gone', async () => {
    await db.plans.delete(plan.id);
    await expect(importSystems(db, plan.id, [row('Mail')])).rejects.toThrow('The plan no longer exists.');
    expect(await db.systems.count()).toBe(0);
  });
});

describe('importing systems into an existing plan from the dialog', () => {
  it('backs the plan up as it was first (before-import)', async () => {
    await addSystem(db, plan.id, 'ERP');
    const backups = browserBackups(db, { newId: sequentialIds(10_000), now: () => new Date().toISOString() });
    await importSystemsAfterBackup(db, backups, plan.id, [row('Mail')]);
    const [entry] = await backups.list(plan.id);
    expect(entry?.info?.reason).toBe('before-import');
    const opened = await backups.open({ planId: plan.id, id: entry?.id ?? '' });
    expect(opened.ok && opened.snapshot.systems.map((system) => system.name)).toEqual(['ERP']);
    expect((await listSystems(db, plan.id)).map((system) => system.name)).toEqual(['ERP', 'Mail']);
  });

  it('imports nothing when the backup cannot be written', async () => {
    const failing = { backUpPlan: () => Promise.reject(new Error('the disk is full')) };
    await expect(importSystemsAfterBackup(db, failing, plan.id, [row('Mail')])).rejects.toThrow(
      'the disk is full',
    );
    expect(await listSystems(db, plan.id)).toEqual([]);
  });
});
