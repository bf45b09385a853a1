import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrpDatabase } from '../../renderer/db/database';
import type { BackupService } from '../../renderer/features/backups/backup-service';
import { addSnapshot, deletePlan } from '../../renderer/features/plans/plan-repository';
import { updateSystem } from '../../renderer/features/systems/system-repository';
import { browserBackups } from '../support/backups';
import { samplePlan, sequentialIds, SAMPLE_NOW } from '../support/sample-plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let backups: BackupService;
let minutes: number;
const sample = samplePlan();
const planId = sample.plan.id;

beforeEach(async () => {
  db = freshDatabase();
  minutes = 0;
  backups = browserBackups(db, {
    newId: sequentialIds(10_000),
    now: () => new Date(Date.parse(SAMPLE_NOW) + minutes * 60_000).toISOString(),
  });
  await db.transaction('rw', db.tables, () => addSnapshot(db, sample));
});
afterEach(async () => {
  await db.delete();
});

const reasons = async () => (await backups.list(planId)).map((entry) => entry.info?.reason);

describe('BackupService', () => {
  it('backs a plan up only when its content differs from its newest backup', async () => {
    expect(await backups.backUpIfChanged(planId, 'automatic')).toMatchObject({ reason: 'automatic' });
    minutes += 20;
    expect(await backups.backUpIfChanged(planId, 'automatic')).toBeNull();
    await updateSystem(db, sample.systems[0]?.id ?? '', { owner: 'Someone new' });
    expect(await backups.backUpIfChanged(planId, 'on-quit')).toMatchObject({ reason: 'on-quit' });
    expect((await reasons()).sort()).toEqual(['automatic', 'on-quit']);
  });

  it('makes one backup when two callers ask at once', async () => {
    const both = await Promise.all([
      backups.backUpIfChanged(planId, 'automatic'),
      backups.backUpIfChanged(planId, 'on-quit'),
    ]);
    expect(both.filter((backup) => backup !== null)).toHaveLength(1);
    expect(await reasons()).toHaveLength(1);
  });

  it('does nothing for a plan that was deleted', async () => {
    await deletePlan(db, planId);
    expect(await backups.backUpIfChanged(planId, 'automatic')).toBeNull();
  });

  it('rotates after each write: of a day of automatic backups the newest ten stay', async () => {
    const written = [];
    for (let index = 0; index < 13; index += 1) {
      minutes += 15;
      written.push(await backups.backUpPlan(planId, 'automatic'));
    }
    const kept = (await backups.list(planId)).map((entry) => entry.id).sort();
    expect(kept).toEqual(
      written
        .slice(3)
        .map((backup) => backup.id)
        .sort(),
    );
    expect(await db.backupFiles.count()).toBe(10);
  });

  it('keeps a backup taken before an import through a day of automatic ones', async () => {
    const before = await backups.backUpPlan(planId, 'before-import');
    for (let index = 0; index < 12; index += 1) {
      minutes += 15;
      await backups.backUpPlan(planId, 'automatic');
    }
    expect((await backups.list(planId)).map((entry) => entry.id)).toContain(before.id);
  });

  it('opens a whole backup as its plan, and refuses a damaged one with the reason', async () => {
    const backup = await backups.backUpPlan(planId, 'automatic');
    const opened = await backups.open(backup);
    expect(opened.ok && opened.snapshot).toEqual(sample);

    const file = await db.backupFiles.get(backup.id);
    await db.backupFiles.put({ id: backup.id, text: (file?.text ?? '').replace('"tier": 1', '"tier": 0') });
    expect(await backups.open(backup)).toEqual({
      ok: false,
      reason: 'The backup file was changed after it was stored: its SHA-256 no longer matches.',
    });
    // From then on the list marks it, though the browser's list cannot see the damage itself.
    expect((await backups.list(planId)).map((entry) => entry.damage)).toEqual([
      'The backup file was changed after it was stored: its SHA-256 no longer matches.',
    ]);
    expect(await backups.open({ planId, id: '2d5e1f0a-4b6c-4d8e-8f3a-7b9c1d2e3f40' })).toEqual({
      ok: false,
      reason: 'The backup is no longer there.',
    });
  });

  it('tells listeners when backups are written or deleted', async () => {
    let calls = 0;
    const stop = backups.subscribe(() => {
      calls += 1;
    });
    const backup = await backups.backUpPlan(planId, 'automatic');
    expect(calls).toBe(1);
    await backups.remove(backup);
    expect(calls).toBe(2);
    stop();
    await backups.backUpPlan(planId, 'automatic');
    expect(calls).toBe(2);
  });
});
