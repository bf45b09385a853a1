import Dexie from 'dexie';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { backUpBeforeMigration, type MigrationBackupDeps } from '../../renderer/db/backup-before-migration';
import { DrpDatabase } from '../../renderer/db/database';
import { readSnapshot } from '../../renderer/features/plans/plan-repository';
import type { BackupFile } from '../../shared/bundle/backup-file';
import { verifyBackup } from '../../shared/bundle/backup-file';
import { contentHash } from '../../shared/bundle/content-hash';
import { sha256HexOfBytes } from '../../shared/bundle/web-crypto';
import { browserBackups, TEST_APP } from '../support/backups';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';

const crypto = webcrypto;
const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** The tables of version 5 of the app, as it declared them. */
const V5_STORES = {
  plans: 'id, updatedAt',
  systems: 'id, planId, [planId+position]',
  processes: 'id, planId, [planId+position], *systemIds',
  dependencies: 'id, planId, dependentId, *targetIds',
  scenarios: 'id, planId, [planId+position], *affectedSystemIds',
  runbooks: 'id, planId, systemId, scenarioId',
  contacts: 'id, planId, [planId+position], alternateId',
  teams: 'id, planId, [planId+position], *memberIds',
  callTrees: 'planId',
  vendors: 'id, planId, [planId+position], *systemIds',
};

/** A database exactly as version 5 of the app left it, holding the sample plan. */
async function versionFiveDatabase(): Promise<string> {
  const name = `migrate-v5-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(5).stores(V5_STORES);
  await old.open();
  const sample = samplePlan();
  await old.transaction('rw', old.tables, async () => {
    await old.table('plans').add(sample.plan);
    for (const list of [
      'systems',
      'processes',
      'dependencies',
      'scenarios',
      'runbooks',
      'contacts',
      'teams',
      'vendors',
    ] as const) {
      await old.table(list).bulkAdd(sample[list]);
    }
    if (sample.callTree) await old.table('callTrees').add(sample.callTree);
  });
  old.close();
  return name;
}

/** Version 1: plans and systems only, records without the version 2 fields. */
async function versionOneDatabase(): Promise<string> {
  const name = `migrate-v1-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores({ plans: 'id, updatedAt', systems: 'id, planId, [planId+position]' });
  await old.open();
  const sample = samplePlan();
  const { currency: _c, mtdThreshold: _m, startedFromTemplate: _s, ...plan } = sample.plan;
  await old.table('plans').add(plan);
  await old.table('systems').add({
    id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
    planId: plan.id,
    name: 'Order database',
    type: 'data-store',
    owner: 'DBA team',
    description: '',
    tier: 1,
    detection: '',
    redundancy: { mode: 'none' },
    position: 0,
    createdAt: SAMPLE_NOW,
    updatedAt: SAMPLE_NOW,
  });
  old.close();
  return name;
}

function deps(name: string, write: (file: BackupFile) => Promise<unknown>): MigrationBackupDeps {
  return {
    databaseName: name,
    currentVersion: new DrpDatabase(name).verno,
    crypto,
    app: TEST_APP,
    now: () => SAMPLE_NOW,
    newId: sequentialIds(90_000),
    write,
  };
}

/** The version of the database on disk, read without opening it for an upgrade. */
async function versionOnDisk(name: string): Promise<number> {
  const probe = new Dexie(name);
  await probe.open();
  const version = probe.verno;
  probe.close();
  return version;
}

describe('backUpBeforeMigration', () => {
  it('backs up every plan of a version 5 database before it is upgraded (Electron: files first)', async () => {
    const name = await versionFiveDatabase();
    const written: { file: BackupFile; versionOnDisk: number }[] = [];
    const result = await backUpBeforeMigration(
      deps(name, async (file) => {
        written.push({ file, versionOnDisk: await versionOnDisk(name) });
      }),
    );
    expect(result).toEqual({ fromVersion: 5, backedUp: 1, failures: [] });
    expect(written.map((entry) => [entry.file.backup.reason, entry.versionOnDisk])).toEqual([
      ['before-migration', 5],
    ]);

    // The upgrade then runs, and the backup restores as the plan it was, checked like any other.
    const db = new DrpDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(8);
    const file = written[0]?.file;
    if (!file) throw new Error('no backup');
    const info = {
      ...file.backup,
      size: file.data.byteLength,
      fileHash: await sha256HexOfBytes(crypto, file.data),
    };
    const checked = await verifyBackup(crypto, info, file.data);
    expect(checked.ok && checked.snapshot).toEqual(samplePlan());
    expect(file.backup.contentHash).toBe(
      await contentHash(crypto, await readSnapshot(db, file.backup.planId)),
    );
  });

  it('in the browser, stores the backups in the upgraded database itself, restorable', async () => {
    const name = await versionFiveDatabase();
    const db = new DrpDatabase(name);
    opened.push(db);
    const backups = browserBackups(db, { now: () => SAMPLE_NOW, newId: sequentialIds(80_000) });
    const result = await backUpBeforeMigration(deps(name, (file) => backups.writeFile(file)));
    expect(result.backedUp).toBe(1);
    expect(db.verno).toBe(8);
    const [entry] = await backups.list(null);
    expect(entry?.info?.reason).toBe('before-migration');
    const restored = await backups.open({ planId: entry?.planId ?? '', id: entry?.id ?? '' });
    expect(restored.ok && restored.snapshot).toEqual(samplePlan());
  });

  it('labels a version 1 database’s plans as plan files of format 1, which restore migrated', async () => {
    const name = await versionOneDatabase();
    const files: BackupFile[] = [];
    await backUpBeforeMigration(
      deps(name, (file) => {
        files.push(file);
        return Promise.resolve();
      }),
    );
    const [file] = files;
    if (!file) throw new Error('no backup');
    expect(JSON.parse(new TextDecoder().decode(file.data))).toMatchObject({ formatVersion: 1 });
    const info = {
      ...file.backup,
      size: file.data.byteLength,
      fileHash: await sha256HexOfBytes(crypto, file.data),
    };
    const checked = await verifyBackup(crypto, info, file.data);
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.snapshot.plan).toMatchObject({ currency: 'EUR', mtdThreshold: 'severe' });
    expect(checked.snapshot.systems).toEqual([
      expect.objectContaining({ name: 'Order database', rto: null }),
    ]);
    // Its hash is the plan's once the database is upgraded the same way.
    const db = new DrpDatabase(name);
    opened.push(db);
    expect(file.backup.contentHash).toBe(
      await contentHash(crypto, await readSnapshot(db, file.backup.planId)),
    );
  });

  it('does nothing for a database that is already current, or newer, or not there', async () => {
    const write = () => Promise.reject(new Error('must not write'));
    const current = `current-${crypto.randomUUID()}`;
    names.push(current);
    const db = new DrpDatabase(current);
    await db.open();
    db.close();
    expect(await backUpBeforeMigration(deps(current, write))).toEqual({
      fromVersion: null,
      backedUp: 0,
      failures: [],
    });

    const newer = `newer-${crypto.randomUUID()}`;
    names.push(newer);
    const future = new Dexie(newer);
    future.version(99).stores({ plans: 'id' });
    await future.open();
    future.close();
    expect((await backUpBeforeMigration(deps(newer, write))).backedUp).toBe(0);
    expect(await versionOnDisk(newer)).toBe(99);

    expect(
      (await backUpBeforeMigration(deps(`absent-${crypto.randomUUID()}`, write))).fromVersion,
    ).toBeNull();
  });

  it('reports a plan it could not back up, and goes on with the others', async () => {
    const name = await versionFiveDatabase();
    const result = await backUpBeforeMigration(
      deps(name, () => Promise.reject(new Error('the disk is full'))),
    );
    expect(result).toEqual({
      fromVersion: 5,
      backedUp: 0,
      failures: [`“${samplePlan().plan.name}”: the disk is full`],
    });
  });
});
