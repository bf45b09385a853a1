import { liveQuery } from 'dexie';
import type { Services } from '../../app/services';
import { settleWrites } from '../../autosave/settle-writes';
import { AutoBackupScheduler } from './backup-scheduler';

/** How long quitting waits for edits still being written before it backs up what is saved. */
const SAVE_WAIT_MS = 5000;

/**
 * Runs the automatic backups while this window may write to the database: not while it waits for
 * it, nor when a newer version made it (read-only: nothing can change here, and in a browser the
 * backups would be writes the database refuses), nor once another window took it over.
 * Returns the function that stops them.
 */
export function startBackups(services: Services): () => void {
  const { databaseStatus } = services;
  let stop: (() => void) | null = null;
  const follow = () => {
    const writable = databaseStatus.getSnapshot().kind === 'open';
    if (writable && !stop) stop = runBackups(services);
    if (!writable && stop) {
      stop();
      stop = null;
    }
  };
  const unsubscribe = databaseStatus.subscribe(follow);
  follow();
  return () => {
    unsubscribe();
    stop?.();
    stop = null;
  };
}

/**
 * The scheduler follows the plans table, and quitting (BeforeClose) backs up every plan with
 * changes not yet in a backup. Returns the function that stops both.
 */
function runBackups(services: Services): () => void {
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
    await settleWrites(saveTracker, SAVE_WAIT_MS);
    scheduler.observe(await db.plans.toArray());
    await scheduler.flush('on-quit');
  });
  return () => {
    subscription.unsubscribe();
    unregister();
    scheduler.stop();
  };
}
