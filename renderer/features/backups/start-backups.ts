import { liveQuery } from 'dexie';
import type { Services } from '../../app/services';
import type { SaveTracker } from '../../autosave/save-tracker';
import { AutoBackupScheduler } from './backup-scheduler';

/** How long quitting waits for edits still being written before it backs up what is saved. */
const SAVE_WAIT_MS = 5000;

/**
 * Starts the automatic backups: the scheduler follows the plans table, and quitting (BeforeClose)
 * backs up every plan with changes not yet in a backup. Returns the function that stops both.
 */
export function startBackups(services: Services): () => void {
  const { db, backups, toasts, beforeClose, saveTracker } = services;
  const scheduler = new AutoBackupScheduler({
    backups,
    now: () => Date.now(),
    schedule: (callback, ms) => {
      const handle = setTimeout(callback, ms);
      return () => {
        clearTimeout(handle);
      };
    },
    onError: (_planId, error) => {
      toasts.add({
        title: 'An automatic backup could not be made',
        description: `${error instanceof Error ? error.message : String(error)} It is tried again in 15 minutes.`,
      });
    },
  });
  const subscription = liveQuery(() => db.plans.toArray()).subscribe({
    next: (plans) => {
      scheduler.observe(plans);
    },
    error: (error: unknown) => {
      toasts.add({ title: 'Automatic backups stopped', description: String(error) });
    },
  });
  const unregister = beforeClose.register(async () => {
    // Edits still in their typing pause are written first (h-life's flush task starts them too),
    // so the backup holds them.
    await settleSaves(saveTracker, SAVE_WAIT_MS);
    scheduler.observe(await db.plans.toArray());
    await scheduler.flush('on-quit');
  });
  return () => {
    subscription.unsubscribe();
    unregister();
    scheduler.stop();
  };
}

/** Starts every pending write and resolves once none is in flight, or after `limitMs`. */
export function settleSaves(saveTracker: SaveTracker, limitMs: number): Promise<void> {
  saveTracker.flushAll();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, limitMs);
    const unsubscribe = saveTracker.subscribe(() => {
      if (saveTracker.getSnapshot().saving === 0) finish();
    });
    if (saveTracker.getSnapshot().saving === 0) finish();
  });
}
