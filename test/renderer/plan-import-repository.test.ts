import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupInfoSchema } from '../../shared/bundle/backup';
import { contentHash } from '../../shared/bundle/content-hash';
import { readBundle } from '../../shared/bundle/read-bundle';
import { renewSnapshotIds } from '../../shared/bundle/renew-ids';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { encodeUtf8 } from '../../shared/bundle/utf8';
import { copyName } from '../../shared/model/plan';
import type { DrpDatabase } from '../../renderer/db/database';
import type { BackupService } from '../../renderer/features/backups/backup-service';
import {
  importSnapshot,
  PlanExistsError,
  RecordsExistError,
  restoreBackup,
  type ImportDeps,
} from '../../renderer/features/exchange/plan-import-repository';
import { addSnapshot, readSnapshot } from '../../renderer/features/plans/plan-repository';
import { updateSystem } from '../../renderer/features/systems/system-repository';
import { browserBackups } from '../support/backups';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

const crypto = webcrypto;
let db: DrpDatabase;
let backups: BackupService;
let deps: ImportDeps;

beforeEach(() => {
  db = freshDatabase();
  let tick = 0;
  const clock = {
    newId: sequentialIds(10_000),
    now: () => new Date(Date.parse(SAMPLE_NOW) + 1000 * ++tick).toISOString(),
  };
  backups = browserBackups(db, clock);
  deps = { db, backups, ...clock };
});

/** A backup's plan file text, as the browser store keeps it. */
async function backupText(id: string): Promise<string> {
  const file = await db.backupFiles.get(id);
  if (!file) throw new Error('no backup file');
  return file.text;
}
afterEach(async () => {
  await db.delete();
});

const hash = (snapshot: PlanSnapshot) => contentHash(crypto, snapshot);

/** Every record in the database, table by table, to prove a failed import left it untouched. */
async function everything() {
  return Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
}

/** The sample plan with its name changed: the "file" that replaces the one already here. */
function editedSample(): PlanSnapshot {
  const sample = samplePlan();
  return { ...sample, plan: { ...sample.plan, name: 'Imported version' }, systems: sample.systems.slice(1) };
}

describe('importing a plan file', () => {
  it('stores a new plan as it is, with the same ids, so it exports with the same hash', async () => {
    const sample = samplePlan();
    const outcome = await importSnapshot(deps, sample, 'new');
    expect(outcome).toEqual({ plan: sample.plan, backup: null });
    const stored = await readSnapshot(db, sample.plan.id);
    expect(stored.systems.map((system) => system.id)).toEqual(sample.systems.map((system) => system.id));
    expect(await hash(stored)).toBe(await hash(sample));
  });

  it('refuses to import over a plan with the same id unless asked', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    const before = await everything();
    await expect(importSnapshot(deps, editedSample(), 'new')).rejects.toThrow(PlanExistsError);
    expect(await everything()).toEqual(before);
  });

  it('imports a copy under new ids and a new name beside the original', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    const { plan } = await importSnapshot(deps, sample, 'copy');
    expect(plan.id).not.toBe(sample.plan.id);
    expect(plan.name).toBe(copyName(sample.plan.name));
    const copy = await readSnapshot(db, plan.id);
    expect(copy.systems).toHaveLength(sample.systems.length);
    expect(copy.systems.some((system) => sample.systems.some((other) => other.id === system.id))).toBe(false);
    expect(await readSnapshot(db, sample.plan.id)).toEqual(sample);
    expect(await db.backups.count()).toBe(0);
  });

  it('replaces a plan after storing a backup of it that reads back as the same plan', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    const incoming = editedSample();
    const { backup } = await importSnapshot(deps, incoming, 'replace');

    expect(await readSnapshot(db, sample.plan.id)).toEqual(incoming);
    // The dropped system's record is gone, not left behind.
    expect(await db.systems.get(sample.systems[0]?.id ?? '')).toBeUndefined();
    const stored = await db.backups.toArray();
    expect(stored).toEqual([backup]);
    const record = backupInfoSchema.parse(stored[0]);
    expect(record).toMatchObject({
      planId: sample.plan.id,
      planName: sample.plan.name,
      reason: 'before-import-replace',
    });
    const read = await readBundle(encodeUtf8(await backupText(record.id)), { crypto });
    if (!read.ok) throw new Error('the backup does not read back');
    expect(read.snapshot).toEqual(sample);
    expect(record.contentHash).toBe(await hash(sample));
  });

  it('Undo of a replace puts the earlier plan back and keeps a backup of the import', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    const incoming = editedSample();
    const { backup } = await importSnapshot(deps, incoming, 'replace');
    if (!backup) throw new Error('no backup');

    const second = await restoreBackup(deps, backup);

    expect(await readSnapshot(db, sample.plan.id)).toEqual(sample);
    expect(second).toMatchObject({ planName: 'Imported version', reason: 'before-undo-of-import' });
    const listed = await backups.list(sample.plan.id);
    expect(listed.map((entry) => entry.info?.reason).sort()).toEqual([
      'before-import-replace',
      'before-undo-of-import',
    ]);
    expect(listed.every((entry) => entry.damage === null)).toBe(true);
  });

  it('backs up the plan as it is at the moment of the replace, edits included', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    const first = sample.systems[0];
    if (!first) throw new Error('no system');
    await updateSystem(db, first.id, { owner: 'Edited just now' });
    const { backup } = await importSnapshot(deps, editedSample(), 'replace');
    const read = await readBundle(encodeUtf8(await backupText(backup?.id ?? '')), { crypto });
    if (!read.ok) throw new Error('the backup does not read back');
    expect(read.snapshot.systems[0]?.owner).toBe('Edited just now');
  });

  it('writes nothing when the new records clash with another plan’s: no backup, old plan intact', async () => {
    const sample = samplePlan();
    await importSnapshot(deps, sample, 'new');
    // Another plan here whose first system has the id the incoming file also uses.
    const other = renewSnapshotIds(samplePlan(), {
      newId: sequentialIds(50_000),
      now: SAMPLE_NOW,
      rename: true,
    });
    const clashingId = other.systems[0]?.id ?? '';
    await db.transaction('rw', db.tables, () => addSnapshot(db, other));
    const incoming = editedSample();
    const firstIncoming = incoming.systems[0];
    if (!firstIncoming) throw new Error('no system');
    const hostile: PlanSnapshot = {
      ...incoming,
      systems: [{ ...firstIncoming, id: clashingId }, ...incoming.systems.slice(1)],
      dependencies: [],
      runbooks: [],
      scenarios: [],
      vendors: [],
      processes: incoming.processes.map((process) => ({ ...process, systemIds: [] })),
    };
    const before = await everything();

    await expect(importSnapshot(deps, hostile, 'replace')).rejects.toThrow(RecordsExistError);
    expect(await everything()).toEqual(before);
    expect(await db.backups.count()).toBe(0);
    await expect(
      importSnapshot(
        deps,
        { ...hostile, plan: { ...hostile.plan, id: '00000000-0000-4000-8000-0000000fffff' } },
        'new',
      ),
    ).rejects.toThrow(RecordsExistError);
    expect(await everything()).toEqual(before);
  });
});
