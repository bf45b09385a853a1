import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeStorageError } from '../../renderer/autosave/storage-errors';
import { DrpDatabase } from '../../renderer/db/database';
import { DatabaseStatus, type DatabaseState } from '../../renderer/db/database-status';
import { openDatabase } from '../../renderer/db/open-database';
import { newPlanGovernance, type Plan } from '../../shared/model/plan';
import { deletePlan, listPlans } from '../../renderer/features/plans/plan-repository';
import { addSystem, listSystems, updateSystem } from '../../renderer/features/systems/system-repository';

/*
 * The database as other windows and other versions of the app leave it. fake-indexeddb implements
 * versions, `versionchange` and `blocked` as the standard says; Chromium runs the same cases in
 * test/e2e/database-windows.spec.ts.
 */

const v8 = z
  .object({
    stores: z.record(z.string(), z.string()),
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .parse(JSON.parse(readFileSync('test/fixtures/databases/v8.json', 'utf8')));
const PLAN_ID = '00000000-0000-4000-8000-000000000001';
const SYSTEM_ID = '00000000-0000-4000-8000-000000000002';

const names: string[] = [];
const toClose: { close: () => void }[] = [];
afterEach(async () => {
  for (const connection of toClose.splice(0)) connection.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function newName(): string {
  const name = `open-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

/**
 * A database as version 9 of the app might leave it: today's tables with today's records, plus a
 * table and a field this version has never heard of. `drop` leaves out a table this version reads.
 */
async function newerDatabase(name: string, drop?: string): Promise<void> {
  const newer = new Dexie(name);
  const stores = Object.fromEntries(
    Object.entries({ ...v8.stores, auditLog: 'id, planId' }).filter(([table]) => table !== drop),
  );
  newer.version(9).stores(stores);
  await newer.open();
  await newer.transaction('rw', newer.tables, async () => {
    for (const [table, records] of Object.entries(v8.tables)) {
      if (table === drop) continue;
      await newer.table(table).bulkAdd(records.map((record) => ({ ...record, futureField: 'kept' })));
    }
    await newer.table('auditLog').add({ id: 'a1', planId: PLAN_ID, text: 'written by version 9' });
  });
  newer.close();
}

/** Every store and record, read with raw IndexedDB (no Dexie, no middleware). */
function rawDump(name: string): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
    request.onsuccess = () => {
      const idb = request.result;
      const storeNames = [...idb.objectStoreNames];
      const transaction = idb.transaction(storeNames, 'readonly');
      const stores: Record<string, unknown[]> = {};
      for (const store of storeNames) {
        const all = transaction.objectStore(store).getAll();
        all.onsuccess = () => {
          stores[store] = all.result;
        };
      }
      transaction.oncomplete = () => {
        idb.close();
        resolve({ version: idb.version, stores });
      };
    };
  });
}

/** Opens the app's way, and waits until the status leaves "opening" (or "blocked", if told to). */
async function open(name: string, until: DatabaseState['kind'][] = ['open', 'read-only', 'unreadable']) {
  const status = new DatabaseStatus();
  const letGo: string[] = [];
  const db = await openDatabase({
    status,
    name,
    beforeLettingGo: () => {
      letGo.push('asked');
      return Promise.resolve();
    },
  });
  toClose.push(db);
  await settled(status, until);
  return { db, status, letGo };
}

function settled(status: DatabaseStatus, kinds: DatabaseState['kind'][]): Promise<DatabaseState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = status.getSnapshot();
      if (kinds.includes(state.kind)) {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = status.subscribe(check);
    check();
  });
}

async function refusal(write: Promise<unknown>): Promise<string> {
  return write.then(
    () => 'the write succeeded',
    (error: unknown) => describeStorageError(error),
  );
}

describe('opening the database', () => {
  it('a new database opens writable', async () => {
    const { db, status } = await open(newName());
    expect(status.getSnapshot()).toEqual({ kind: 'open' });
    expect(db.verno).toBe(8);
  });

  it('a database made by a newer version opens read-only: reads work, every write is refused, nothing changes', async () => {
    const name = newName();
    await newerDatabase(name);
    const before = await rawDump(name);

    const { db, status } = await open(name);
    expect(status.getSnapshot()).toEqual({ kind: 'read-only', version: 9 });
    expect((await listPlans(db)).map((plan) => plan.id)).toEqual([PLAN_ID]);
    expect((await listSystems(db, PLAN_ID)).length).toBe(v8.tables.systems?.length);

    const message =
      'this database was made by a newer version of DR Planner, so it is read-only here. Update DR Planner to edit.';
    expect(await refusal(updateSystem(db, SYSTEM_ID, { owner: 'Someone else' }))).toBe(message);
    expect(await refusal(addSystem(db, PLAN_ID, 'New system'))).toBe(message);
    expect(await refusal(deletePlan(db, PLAN_ID))).toBe(message);
    expect(await refusal(db.backups.clear())).toBe(message);
    db.close();

    expect(await rawDump(name)).toEqual(before);
    expect(before.version).toBe(90);
  });

  it('a newer database without a table this version reads is not opened, says why, and stays as it was', async () => {
    const name = newName();
    await newerDatabase(name, 'vendors');
    const before = await rawDump(name);

    const { db, status } = await open(name);
    const state = status.getSnapshot();
    expect(state.kind).toBe('unreadable');
    expect(state.kind === 'unreadable' && state.message).toBe(
      'It was made by a newer version of DR Planner (database version 9) that this version cannot read. Nothing was changed. Update DR Planner to open it.',
    );
    // Nothing reopens it behind the status' back (a Dexie open would "patch" the missing table in).
    await expect(db.plans.count()).rejects.toThrow();
    expect(await rawDump(name)).toEqual(before);
  });
});

describe('two windows on one database', () => {
  it('another window’s upgrade is not blocked: this one writes what is pending, lets go and says reload', async () => {
    const name = newName();
    const { db, status, letGo } = await open(name);
    await addSystem(db, (await seedPlan(db)).id, 'Mail');

    // The other window: a newer version upgrading to 9 (IndexedDB version 90).
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 90);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    toClose.push(other);
    expect(other.version).toBe(90);
    expect(letGo).toEqual(['asked']);
    expect(status.getSnapshot()).toEqual({ kind: 'closed' });
    // This window's writes now fail with words, instead of silently reopening the database.
    expect(await refusal(addSystem(db, PLAN_ID, 'Late'))).toBe(
      'the database is closed (another window may be upgrading it). Reload the window, then retry.',
    );
  });

  it('an upgrade waiting for an older window says so, and goes on once that window lets go', async () => {
    const name = newName();
    // A window of an older version (IndexedDB version 50) that ignores versionchange.
    const older = new Dexie(name);
    older.version(5).stores({ plans: 'id, updatedAt' });
    older.on('versionchange', () => false);
    await older.open();

    const { status } = await open(name, ['blocked']);
    expect(status.getSnapshot()).toEqual({ kind: 'blocked' });
    older.close();
    expect(await settled(status, ['open'])).toEqual({ kind: 'open' });
  });

  it('work before opening that writes into the same database (the browser’s migration backup) does not hide a blocked upgrade', async () => {
    const name = newName();
    const older = new Dexie(name);
    older.version(5).stores({ plans: 'id, updatedAt' });
    older.on('versionchange', () => false);
    await older.open();

    const status = new DatabaseStatus();
    let written = false;
    const db = new DrpDatabase(name);
    toClose.push(db);
    await openDatabase({
      status,
      db,
      // As the browser's backups do: the write opens (and so upgrades) the database it waits on.
      beforeOpening: async () => {
        await seedPlan(db);
        written = true;
      },
    });
    expect(await settled(status, ['blocked'])).toEqual({ kind: 'blocked' });
    expect(written).toBe(false);
    older.close();
    expect(await settled(status, ['open'])).toEqual({ kind: 'open' });
    expect(written).toBe(true);
    expect(await listPlans(db)).toHaveLength(1);
  });
});

async function seedPlan(db: DrpDatabase) {
  const plan = {
    id: PLAN_ID,
    name: 'Plan',
    organisation: '',
    currency: 'EUR',
    mtdThreshold: 'severe',
    startedFromTemplate: null,
    ...newPlanGovernance(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } satisfies Plan;
  await db.plans.add(plan);
  return plan;
}
