import type { SaveTracker } from './save-tracker';

/**
 * Starts every edit still in its typing pause and resolves once nothing is being written (or
 * after `withinMs`, whichever is first). True when everything settled in time.
 */
export function settleWrites(tracker: SaveTracker, withinMs: number): Promise<boolean> {
  tracker.flushAll();
  return new Promise((resolve) => {
    const done = (settled: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(settled);
    };
    const check = () => {
      if (tracker.getSnapshot().saving === 0) done(true);
    };
    const timer = setTimeout(() => {
      done(false);
    }, withinMs);
    const unsubscribe = tracker.subscribe(check);
    check();
  });
}
