import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DrpDatabase, RECORD_VERSION_OF_DATABASE } from '../../renderer/db/database';
import { addProcess, listProcesses } from '../../renderer/features/processes/process-repository';
import {
  addStarterScenarios,
  listScenarios,
  setAffectedSystem,
} from '../../renderer/features/scenarios/scenario-repository';
import { SCHEMA_VERSION } from '../../shared/migrations';
import { newPlanGovernance, planSchema } from '../../shared/model/plan';
import { newProcessDefaults } from '../../shared/model/process';
import { systemSchema } from '../../shared/model/system';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const OTHER_PLAN_ID = '7a2d3b5f-2c8e-4d66-8b1f-4e3a2c9d8b71';
const SYSTEM_ID = '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e';
const OTHER_SYSTEM_ID = '1c4d0e9f-3a5b-4c7d-9e2f-6a8b0c1d2e3f';

/** Records exactly as version 1 of the app stored them. */
const v1Plan = {
  id: PLAN_ID,
  name: 'Acme – DR plan',
  organisation: 'Acme Ltd',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-02-11T10:30:00.000Z',
};
const v1System = {
  id: SYSTEM_ID,
  planId: PLAN_ID,
  name: 'Order database',
  type: 'data-store',
  owner: 'DBA team',
  description: 'Orders and invoices',
  tier: 1,
  detection: 'Zabbix alert',
  redundancy: { mode: 'active-active', instances: 2 },
  position: 0,
  createdAt: '2026-01-10T09:05:00.000Z',
  updatedAt: '2026-01-12T14:00:00.000Z',
};

const opened: Dexie[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Creates a database as version 1 of the app left it, with the given records, and closes it. */
async function versionOneDatabase(
  plans: Record<string, unknown>[],
  systems: Record<string, unknown>[],
): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores({ plans: 'id, updatedAt', systems: 'id, planId, [planId+position]' });
  await old.open();
  await old.table('plans').bulkAdd(plans);
  await old.table('systems').bulkAdd(systems);
  old.close();
  return name;
}

function openCurrent(name: string): DrpDatabase {
  const db = new DrpDatabase(name);
  opened.push(db);
  return db;
}

describe('database upgrade from version 1', () => {
  it('gives plans and systems the version 2 fields, keeping what they had', async () => {
    const name = await versionOneDatabase([v1Plan], [v1System]);
    const db = openCurrent(name);
    await db.open();
    expect(db.verno).toBe(8);

    const plan = await db.plans.get(PLAN_ID);
    expect(plan).toEqual({
      ...v1Plan,
      currency: 'EUR',
      mtdThreshold: 'severe',
      startedFromTemplate: null,
      ...newPlanGovernance(),
    });
    expect(planSchema.parse(plan)).toEqual(plan);

    const system = await db.systems.get(SYSTEM_ID);
    expect(system).toEqual({
      ...v1System,
      rto: null,
      rpo: null,
      wrt: null,
      mtdOverride: null,
      mtdOverrideReason: '',
      backupMethod: null,
      backupInterval: null,
      replicationLag: null,
      copyLocations: [],
      offlineCopy: false,
      lastRestoreTest: null,
    });
    expect(systemSchema.parse(system)).toEqual(system);
  });

  it('migrates every record, not only the first', async () => {
    const name = await versionOneDatabase(
      [v1Plan, { ...v1Plan, id: OTHER_PLAN_ID, name: 'Beta' }],
      [v1System, { ...v1System, id: OTHER_SYSTEM_ID, planId: OTHER_PLAN_ID, name: 'Mail' }],
    );
    const db = openCurrent(name);
    for (const plan of await db.plans.toArray()) expect(planSchema.safeParse(plan).success).toBe(true);
    for (const system of await db.systems.toArray()) {
      expect(systemSchema.safeParse(system).success).toBe(true);
    }
    expect((await db.plans.toArray()).map((plan) => plan.name).sort()).toEqual(['Acme – DR plan', 'Beta']);
    expect(await db.systems.where('planId').equals(OTHER_PLAN_ID).count()).toBe(1);
  });

  it('adds an empty processes table that can be used at once', async () => {
    const name = await versionOneDatabase([v1Plan], [v1System]);
    const db = openCurrent(name);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'backupFiles',
      'backups',
      'callTrees',
      'contacts',
      'dependencies',
      'exercises',
      'plans',
      'processes',
      'revisions',
      'runbooks',
      'scenarios',
      'systems',
      'teams',
      'vendors',
      'workshops',
    ]);
    expect(await db.processes.count()).toBe(0);
    const process = await addProcess(db, PLAN_ID, 'Take orders');
    expect(await listProcesses(db, PLAN_ID)).toEqual([process]);
    expect(await db.processes.where('systemIds').equals(SYSTEM_ID).count()).toBe(0);
  });

  it('opens an empty version 1 database', async () => {
    const name = await versionOneDatabase([], []);
    const db = openCurrent(name);
    expect(await db.plans.count()).toBe(0);
    expect(db.verno).toBe(8);
  });

  it('a second opening changes nothing more', async () => {
    const name = await versionOneDatabase([v1Plan], [v1System]);
    const first = openCurrent(name);
    const afterUpgrade = await first.systems.get(SYSTEM_ID);
    await first.systems.update(SYSTEM_ID, { rto: 240 });
    first.close();
    const second = openCurrent(name);
    expect(await second.systems.get(SYSTEM_ID)).toEqual({ ...afterUpgrade, rto: 240 });
  });
});

describe('database upgrade from version 3', () => {
  const v3Plan = { ...v1Plan, currency: 'GBP', mtdThreshold: 'major', startedFromTemplate: null };
  const v3System = {
    ...v1System,
    rto: 240,
    rpo: 60,
    wrt: null,
    mtdOverride: null,
    mtdOverrideReason: '',
    backupMethod: 'database',
    backupInterval: 1440,
    replicationLag: null,
    copyLocations: ['offsite'],
    offlineCopy: true,
    lastRestoreTest: '2026-01-05',
  };
  const v3Process = {
    id: '2d5e1f0a-4b6c-4d8e-8f3a-7b9c1d2e3f40',
    planId: PLAN_ID,
    ...newProcessDefaults('Take orders'),
    systemIds: [SYSTEM_ID],
    position: 0,
    createdAt: '2026-01-10T09:06:00.000Z',
    updatedAt: '2026-01-10T09:06:00.000Z',
  };
  const v3Dependency = {
    id: '3e6f2a1b-5c7d-4e9f-9a4b-8c0d2e3f4a51',
    planId: PLAN_ID,
    dependentId: v3Process.id,
    dependentKind: 'process',
    kind: 'hard',
    targetIds: [SYSTEM_ID],
    workaround: '',
    createdAt: '2026-01-10T09:07:00.000Z',
    updatedAt: '2026-01-10T09:07:00.000Z',
  };

  /** A database exactly as version 3 of the app declared it, holding one of each record. */
  async function versionThreeDatabase(): Promise<string> {
    const name = `upgrade-v3-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(3).stores({
      plans: 'id, updatedAt',
      systems: 'id, planId, [planId+position]',
      processes: 'id, planId, [planId+position], *systemIds',
      dependencies: 'id, planId, dependentId, *targetIds',
    });
    await old.open();
    await old.table('plans').add(v3Plan);
    await old.table('systems').add(v3System);
    await old.table('processes').add(v3Process);
    await old.table('dependencies').add(v3Dependency);
    old.close();
    return name;
  }

  it('keeps every record as it was and adds an empty scenarios table', async () => {
    const db = openCurrent(await versionThreeDatabase());
    await db.open();
    expect(db.verno).toBe(8);
    // Version 8 gives the plan its governance (record schema 6); nothing else changes.
    expect(await db.plans.toArray()).toEqual([{ ...v3Plan, ...newPlanGovernance() }]);
    expect(await db.systems.toArray()).toEqual([v3System]);
    expect(await db.processes.toArray()).toEqual([v3Process]);
    expect(await db.dependencies.toArray()).toEqual([v3Dependency]);
    expect(await db.scenarios.count()).toBe(0);
    // Version 5's tables arrive empty too.
    for (const table of [
      db.runbooks,
      db.contacts,
      db.teams,
      db.callTrees,
      db.vendors,
      db.exercises,
      db.revisions,
      db.workshops,
    ]) {
      expect(await table.count()).toBe(0);
    }
  });

  it('lets scenarios be added at once, indexed by the systems they take down', async () => {
    const db = openCurrent(await versionThreeDatabase());
    const [scenario] = await addStarterScenarios(db, PLAN_ID, ['power-outage']);
    if (!scenario) throw new Error('no scenario added');
    await setAffectedSystem(db, scenario.id, SYSTEM_ID, true);
    expect(await listScenarios(db, PLAN_ID)).toEqual([
      expect.objectContaining({ name: 'Power outage', affectedSystemIds: [SYSTEM_ID] }),
    ]);
    expect(await db.scenarios.where('affectedSystemIds').equals(SYSTEM_ID).count()).toBe(1);
  });
});

describe('database version 6', () => {
  it('adds an empty backups table (record schema 5 then; version 8 moved it to 6)', async () => {
    const name = await versionOneDatabase([v1Plan], [v1System]);
    const db = openCurrent(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(RECORD_VERSION_OF_DATABASE[6]).toBe(5);
    expect(await db.backups.count()).toBe(0);
    expect(db.backups.schema.indexes.map((index) => index.name).sort()).toEqual(['planId', 'takenAt']);
  });
});

describe('database version 7', () => {
  /** A backup record as version 6 stored it: the plan file's text inside. */
  const v6Backup = {
    id: '4f7a3b2c-6d8e-4f0a-8b5c-9d1e3f4a5b62',
    planId: PLAN_ID,
    planName: 'Acme – DR plan',
    takenAt: '2026-02-12T08:00:00.000Z',
    reason: 'before-import-replace',
    contentHash: 'c'.repeat(64),
    bundle: '{"Łódź": true}\n',
  };

  async function versionSixDatabase(backups: Record<string, unknown>[]): Promise<string> {
    const name = `upgrade-v6-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(6).stores({ plans: 'id, updatedAt', backups: 'id, planId, takenAt' });
    await old.open();
    await old.table('backups').bulkAdd(backups);
    old.close();
    return name;
  }

  it('moves each backup’s plan file text to backupFiles and records its size in bytes', async () => {
    const db = openCurrent(await versionSixDatabase([v6Backup]));
    const { bundle, ...info } = v6Backup;
    // "Łódź" is 4 characters and 7 bytes in UTF-8.
    expect(await db.backups.toArray()).toEqual([{ ...info, size: bundle.length + 3, fileHash: null }]);
    expect(await db.backupFiles.toArray()).toEqual([{ id: v6Backup.id, text: bundle }]);
  });

  it('knows the record version of every database version, the current one at SCHEMA_VERSION', () => {
    const current = new DrpDatabase('never-opened').verno;
    for (let version = 1; version <= current; version += 1) {
      expect(RECORD_VERSION_OF_DATABASE[version], `database version ${version}`).toBeDefined();
    }
    expect(RECORD_VERSION_OF_DATABASE[current]).toBe(SCHEMA_VERSION);
  });

  it('keeps a version 6 backup that was never whole, to be listed as damaged', async () => {
    const broken = { id: v6Backup.id, planId: PLAN_ID };
    const db = openCurrent(await versionSixDatabase([broken]));
    expect(await db.backups.toArray()).toEqual([{ ...broken, size: 0, fileHash: null }]);
    expect(await db.backupFiles.toArray()).toEqual([{ id: v6Backup.id, text: '' }]);
  });
});
