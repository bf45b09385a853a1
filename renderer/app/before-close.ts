import { errorReport } from '../../shared/diagnostics/error-report';
import type { SaveTracker } from '../autosave/save-tracker';
import type { Platform } from '../platform/platform';
import { currentRoute } from './error-reporting';

/**
 * Work that must finish before the window closes or the app quits: writing edits still in their
 * typing pause, the on-quit backup. In Electron, main asks the page to run these (with a time
 * limit) before it closes the window; features register their task once at start-up.
 */
export type BeforeCloseTask = () => Promise<void>;

export class BeforeClose {
  private readonly tasks = new Set<BeforeCloseTask>();

  /** Adds a task; returns the function that removes it again. */
  register(task: BeforeCloseTask): () => void {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  }

  /** Runs every task at once. A failing task does not stop the others; failures are returned. */
  async run(): Promise<unknown[]> {
    const results = await Promise.allSettled([...this.tasks].map((task) => task()));
    const failures: unknown[] = [];
    for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
    return failures;
  }
}

/** The save tracker's part: start every edit still in its typing pause, then wait for every write. */
export function flushEditsTask(tracker: SaveTracker): BeforeCloseTask {
  return () => {
    tracker.flushAll();
    return tracker.settled();
  };
}

/**
 * Runs the registry when main asks before closing (Electron). Failed tasks are reported to the log;
 * the window closes anyway, and an edit that failed is still caught by the page's unload check.
 */
export function connectBeforeClose(platform: Platform, beforeClose: BeforeClose): () => void {
  return platform.onBeforeClose(async () => {
    const failures = await beforeClose.run();
    for (const failure of failures) {
      platform.reportError(errorReport('before-close', failure, currentRoute()));
    }
  });
}
