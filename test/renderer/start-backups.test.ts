import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseStatus } from '../../renderer/db/database-status';
import { BeforeClose } from '../../renderer/app/before-close';
import type { Services } from '../../renderer/app/services';
import { SaveTracker } from '../../renderer/autosave/save-tracker';
import { createToastQueue } from '../../renderer/components/toasts';
import type { DrpDatabase } from '../../renderer/db/database';
import { startBackups } from '../../renderer/features/backups/start-backups';
import { addSnapshot } from '../../renderer/features/plans/plan-repository';
import { updateSystem } from '../../renderer/features/systems/system-repository';
import { createBrowserBackupStore } from '../../renderer/platform/browser-backups';
import { webcrypto } from 'node:crypto';
import { browserBackups } from '../support/backups';
import { samplePlan, sequentialIds } from '../support/sample-plan';
import { freshDatabase } from './db';

let db: DrpDatabase;
let services: Services;
let stop: () => void;
const sample = samplePlan();
const planId = sample.plan.id;
const systemId = sample.systems[0]?.id ?? '';

beforeEach(async () => {
  db = freshDatabase();
  const store = createBrowserBackupStore(db, webcrypto);
  services = {
    db,
    // Only the backup store is used here.
    platform: {
      ...store,
      saveFile: () => Promise.reject(new Error('unused')),
      saveFiles: () => Promise.reject(new Error('unused')),
      openFile: () => Promise.reject(new Error('unused')),
      appVersion: () => Promise.resolve('test'),
      onMenuCommand: () => () => undefined,
      onBeforeClose: () => () => undefined,
      reportError: () => undefined,
    },
    databaseStatus: new DatabaseStatus(),
    saveTracker: new SaveTracker(),
    toasts: createToastQueue(),
    beforeClose: new BeforeClose(),
    backups: browserBackups(db, { newId: sequentialIds(10_000), now: () => new Date().toISOString() }, store),
  };
  await db.transaction('rw', db.tables, () => addSnapshot(db, sample));
  stop = startBackups(services);
  services.databaseStatus.set({ kind: 'open' });
});
afterEach(async () => {
  stop();
  await db.delete();
});

async function reasons() {
  return (await services.backups.list(planId)).map((entry) => entry.info?.reason).sort();
}

describe('startBackups', () => {
  it('backs up a plan it has never backed up, from the live plans table', async () => {
    await vi.waitFor(async () => {
      expect(await reasons()).toEqual(['automatic']);
    });
  });

  it('on close, writes edits still in their typing pause and backs up the plan with them', async () => {
    await vi.waitFor(async () => {
      expect(await reasons()).toEqual(['automatic']);
    });
    // Typed a moment ago: not written yet, and not due for an automatic backup for 15 minutes.
    const { saveTracker } = services;
    saveTracker.markPending('owner', () => {
      void saveTracker.run('owner', 'Owner', () => updateSystem(db, systemId, { owner: 'Typed just now' }));
    });

    expect(await services.beforeClose.run()).toEqual([]);

    expect(await reasons()).toEqual(['automatic', 'on-quit']);
    const newest = await services.backups.newest(planId);
    const opened = newest ? await services.backups.open(newest) : null;
    expect(opened?.ok && opened.snapshot.systems[0]?.owner).toBe('Typed just now');
  });

  it('stops when another window takes the database over, and starts nothing on a read-only one', async () => {
    await vi.waitFor(async () => {
      expect(await reasons()).toEqual(['automatic']);
    });
    services.databaseStatus.set({ kind: 'closed' });
    services.saveTracker.markPending('owner', () => undefined);
    expect(await services.beforeClose.run()).toEqual([]);

    // A newer version's database: shown read-only, so no backup is attempted (nor refused on screen).
    stop();
    services.databaseStatus.set({ kind: 'read-only', version: 9 });
    stop = startBackups(services);
    expect(await services.beforeClose.run()).toEqual([]);
    expect(await reasons()).toEqual(['automatic']);
    expect(services.toasts.visibleToasts).toEqual([]);
  });

  it('on close, takes nothing when every change is already backed up', async () => {
    await vi.waitFor(async () => {
      expect(await reasons()).toEqual(['automatic']);
    });
    expect(await services.beforeClose.run()).toEqual([]);
    expect(await reasons()).toEqual(['automatic']);
  });
});
