import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorReport } from '../../shared/diagnostics/error-report';
import { BeforeClose, connectBeforeClose, flushEditsTask } from '../../renderer/app/before-close';
import { SaveTracker } from '../../renderer/autosave/save-tracker';
import type { DrpDatabase } from '../../renderer/db/database';
import { createPlan } from '../../renderer/features/plans/plan-repository';
import { addSystem, updateSystem } from '../../renderer/features/systems/system-repository';
import { createBrowserPlatform } from '../../renderer/platform/browser-platform';
import type { Platform } from '../../renderer/platform/platform';
import { freshDatabase } from './db';

describe('BeforeClose', () => {
  it('runs every registered task and reports failures without stopping the others', async () => {
    const beforeClose = new BeforeClose();
    const done: string[] = [];
    beforeClose.register(() => {
      done.push('flush');
      return Promise.resolve();
    });
    beforeClose.register(() => Promise.reject(new Error('disk full')));
    const remove = beforeClose.register(() => {
      done.push('removed');
      return Promise.resolve();
    });
    remove();
    const failures = await beforeClose.run();
    expect(done).toEqual(['flush']);
    expect(failures).toHaveLength(1);
  });
});

/**
 * The save tracker's flush, for real: a typed edit still in its typing pause (as useAutosaveField
 * registers it) is written to the database before the before-close run resolves.
 */
describe('flushEditsTask', () => {
  let db: DrpDatabase;

  beforeEach(() => {
    db = freshDatabase();
  });

  afterEach(() => {
    db.close();
  });

  async function typedButNotWritten(tracker: SaveTracker, owner: string) {
    const plan = await createPlan(db, { name: 'Acme', organisation: '' });
    const system = await addSystem(db, plan.id, 'ERP');
    const key = `system:${system.id}:owner`;
    tracker.markPending(key, () => {
      void tracker.run(key, 'Owner of “ERP”', () => updateSystem(db, system.id, { owner }));
    });
    return system;
  }

  it('writes an edit still in its typing pause before resolving', async () => {
    const tracker = new SaveTracker();
    const beforeClose = new BeforeClose();
    beforeClose.register(flushEditsTask(tracker));
    const system = await typedButNotWritten(tracker, 'Anna Berg');
    expect((await db.systems.get(system.id))?.owner).not.toBe('Anna Berg');

    expect(await beforeClose.run()).toEqual([]);
    expect((await db.systems.get(system.id))?.owner).toBe('Anna Berg');
    expect(tracker.getSnapshot()).toMatchObject({ saving: 0, unsaved: [] });
  });

  it('resolves once a failed write has settled, leaving it listed for the unload check', async () => {
    const tracker = new SaveTracker();
    const beforeClose = new BeforeClose();
    beforeClose.register(flushEditsTask(tracker));
    const system = await typedButNotWritten(tracker, 'Anna Berg');
    db.close();

    expect(await beforeClose.run()).toEqual([]);
    expect(tracker.getSnapshot().unsaved.map((change) => change.key)).toEqual([`system:${system.id}:owner`]);
  });
});

describe('connectBeforeClose', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { location: { hash: '#/plans/p1/systems?q=Acme' } });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function platformWithBridge() {
    const tasks: (() => Promise<void>)[] = [];
    const reports: ErrorReport[] = [];
    const platform = {
      ...createBrowserPlatform(freshDatabase()),
      onBeforeClose: (task: () => Promise<void>) => {
        tasks.push(task);
        return () => undefined;
      },
      reportError: (report: ErrorReport) => {
        reports.push(report);
      },
    } satisfies Platform;
    return { platform, tasks, reports };
  }

  it('runs the registry when main asks, and reports each failed task to the log', async () => {
    const { platform, tasks, reports } = platformWithBridge();
    const beforeClose = new BeforeClose();
    const ran: string[] = [];
    beforeClose.register(() => {
      ran.push('flush');
      return Promise.resolve();
    });
    beforeClose.register(() => Promise.reject(new Error('Could not back up “Acme”')));
    connectBeforeClose(platform, beforeClose);
    expect(tasks).toHaveLength(1);

    await tasks[0]?.();
    expect(ran).toEqual(['flush']);
    expect(reports).toEqual([
      expect.objectContaining({
        kind: 'before-close',
        name: 'Error',
        message: 'Could not back up “…”',
        route: '/plans/p1/systems',
      }),
    ]);
  });
});
