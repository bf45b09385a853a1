import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { browserBackups } from '../support/backups';
import { describeStorageError } from '../../renderer/autosave/storage-errors';
import type { DrpDatabase } from '../../renderer/db/database';
import { deleteContact } from '../../renderer/features/contacts/contact-repository';
import { importSnapshot } from '../../renderer/features/exchange/plan-import-repository';
import { importSystems } from '../../renderer/features/import/import-repository';
import { applyGridPaste } from '../../renderer/features/objectives/grid-repository';
import {
  addSnapshot,
  deletePlan,
  duplicatePlan,
  planTables,
  restorePlan,
} from '../../renderer/features/plans/plan-repository';
import { moveStep } from '../../renderer/features/runbooks/runbook-repository';
import { addStarterScenarios } from '../../renderer/features/scenarios/scenario-repository';
import {
  addSystem,
  deleteSystem,
  restoreSystem,
  updateSystem,
} from '../../renderer/features/systems/system-repository';
import { createPlanFromTemplate } from '../../renderer/features/templates/template-repository';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { newSystemDefaults } from '../../shared/model/system';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

/*
 * A full disk in the middle of an edit that writes several records (often in several tables)
 * must leave nothing half-written: the edit's transaction aborts whole. A DBCore middleware stands
 * in for the disk: it counts the writes that reach IndexedDB and fails the n-th one the way
 * Chromium does (a QuotaExceededError DOMException). Each edit is run once to count its writes,
 * then once per write with that write failing, and the database must equal what it was before.
 */

interface Disk {
  writes: number;
  /** The write that fails (1-based), or null while there is space. */
  failAt: number | null;
}

function diskFull(disk: Disk): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            disk.writes += 1;
            if (disk.writes === disk.failAt) {
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

type Run = () => Promise<unknown>;

interface Edit {
  name: string;
  /** Runs before the disk fills up (e.g. the delete that an Undo then restores); returns the edit. */
  prepare: (db: DrpDatabase, plan: PlanSnapshot) => Run | Promise<Run>;
}

const importDeps = (db: DrpDatabase) => {
  const clock = { newId: sequentialIds(50_000), now: () => SAMPLE_NOW };
  return { db, backups: browserBackups(db, clock), ...clock };
};

function firstOf<T>(list: readonly T[], what: string): T {
  const [first] = list;
  if (first === undefined) throw new Error(`the sample plan has no ${what}`);
  return first;
}

const EDITS: Edit[] = [
  {
    name: 'a system field (system and plan date)',
    prepare: (db, plan) => {
      const system = firstOf(plan.systems, 'system');
      return () => updateSystem(db, system.id, { owner: 'Platform team' });
    },
  },
  { name: 'adding a system', prepare: (db, plan) => () => addSystem(db, plan.plan.id, 'Mail relay') },
  {
    name: 'deleting a system linked to processes, dependencies, scenarios, vendors and runbooks',
    prepare: (db, plan) => {
      const system = firstOf(plan.systems, 'system');
      return () => deleteSystem(db, system.id);
    },
  },
  {
    name: 'Undo of a system’s delete',
    prepare: async (db, plan) => {
      const deleted = await deleteSystem(db, firstOf(plan.systems, 'system').id);
      return () => restoreSystem(db, deleted);
    },
  },
  {
    name: 'deleting a contact named in teams, the call tree and runbooks',
    prepare: (db, plan) => {
      const contact = firstOf(plan.contacts, 'contact');
      return () => deleteContact(db, contact.id);
    },
  },
  {
    name: 'moving a runbook step',
    prepare: (db, plan) => {
      const runbook = firstOf(plan.runbooks, 'runbook');
      const step = runbook.steps.at(-1);
      if (!step) throw new Error('no steps');
      return () => moveStep(db, runbook.id, step.id, 0);
    },
  },
  {
    name: 'adding three starter scenarios',
    prepare: (db, plan) => () =>
      addStarterScenarios(db, plan.plan.id, ['server-crash', 'database-unreachable', 'power-outage']),
  },
  {
    name: 'pasting into the objectives grid (two changed, one new)',
    prepare: (db, plan) => {
      const [a, b] = plan.systems;
      if (!a || !b) throw new Error('need two systems');
      return () =>
        applyGridPaste(
          db,
          plan.plan.id,
          [
            { id: a.id, edits: { rto: 60 } },
            { id: b.id, edits: { rpo: 15 } },
          ],
          [{ name: 'Pasted system', rto: 240 }],
        );
    },
  },
  {
    name: 'importing systems from a CSV',
    prepare: (db, plan) => () =>
      importSystems(db, plan.plan.id, [newSystemDefaults('Imported A'), newSystemDefaults('Imported B')]),
  },
  {
    name: 'a plan from a template',
    prepare: (db) => () => createPlanFromTemplate(db, 'online-retail', { name: 'Shop', organisation: '' }),
  },
  { name: 'copying a plan', prepare: (db, plan) => () => duplicatePlan(db, plan.plan.id) },
  { name: 'deleting a plan', prepare: (db, plan) => () => deletePlan(db, plan.plan.id) },
  {
    name: 'Undo of a plan’s delete',
    prepare: async (db, plan) => {
      const deleted = await deletePlan(db, plan.plan.id);
      return () => restorePlan(db, deleted);
    },
  },
  {
    name: 'importing a plan file as a copy',
    prepare: (db, plan) => () => importSnapshot(importDeps(db), plan, 'copy'),
  },
  {
    name: 'importing a plan file over the plan (with its backup)',
    prepare: (db, plan) => () =>
      importSnapshot(importDeps(db), { ...plan, plan: { ...plan.plan, name: 'Replaced' } }, 'replace'),
  },
];

const opened: DrpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A database holding the sample plan, with the disk middleware in place (and space left). */
async function databaseWithPlan(disk: Disk): Promise<{ db: DrpDatabase; plan: PlanSnapshot }> {
  const db = freshDatabase();
  opened.push(db);
  db.use(diskFull(disk));
  const plan = samplePlan();
  await db.transaction('rw', planTables(db), () => addSnapshot(db, plan));
  return { db, plan };
}

async function everything(db: DrpDatabase) {
  return Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
}

/** How many writes the edit makes when the disk has space (and it succeeds). */
async function countWrites(edit: Edit): Promise<number> {
  const disk: Disk = { writes: 0, failAt: null };
  const { db, plan } = await databaseWithPlan(disk);
  const run = await edit.prepare(db, plan);
  disk.writes = 0;
  await run();
  return disk.writes;
}

describe.each(EDITS.map((edit) => [edit.name, edit] as const))('disk full during %s', (_name, edit) => {
  it('leaves nothing half-written, whichever write fails, and says the storage is full', async () => {
    const writes = await countWrites(edit);
    expect(writes, 'the edit writes something').toBeGreaterThan(0);
    for (let failAt = 1; failAt <= writes; failAt += 1) {
      const disk: Disk = { writes: 0, failAt: null };
      const { db, plan } = await databaseWithPlan(disk);
      const run = await edit.prepare(db, plan);
      const before = await everything(db);
      disk.writes = 0;
      disk.failAt = failAt;
      const error: unknown = await run().then(
        () => new Error(`write ${String(failAt)} of ${String(writes)} failed, yet the edit succeeded`),
        (reason: unknown) => reason,
      );
      disk.failAt = null;
      expect(describeStorageError(error), `write ${String(failAt)} of ${String(writes)}`).toContain(
        'storage is full',
      );
      expect(await everything(db), `write ${String(failAt)} of ${String(writes)} failed`).toEqual(before);
    }
  });
});
