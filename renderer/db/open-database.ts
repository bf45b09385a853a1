import { describeStorageError } from '../autosave/storage-errors';
import { DATABASE_NAME, DrpDatabase } from './database';
import type { DatabaseStatus } from './database-status';
import { installedVersion, missingFromInstalled, readInstalledSchema } from './installed-schema';
import { refuseWritesWhile } from './read-only';

export interface OpenDatabaseOptions {
  status: DatabaseStatus;
  name?: string;
  /** The database object to open (made by the caller when other services need it first). */
  db?: DrpDatabase;
  /**
   * Runs just before the database is opened (and so, for an older one, upgraded), once the
   * guards are in place: the backup of an older version's plans. Not run when it stays unopened.
   * Part of the opening: openDatabase does not wait for it, `status` reports the outcome.
   */
  beforeOpening?: () => Promise<unknown>;
  /**
   * Runs when another window needs the database (to upgrade it), before this one lets go:
   * writes the edits still waiting. Bounded by {@link LET_GO_WITHIN_MS}.
   */
  beforeLettingGo?: () => Promise<unknown>;
}

/** Another window waits for us while we finish writing; never longer than this. */
export const LET_GO_WITHIN_MS = 3000;

/**
 * Opens the app's database and keeps `status` true to what this window may do with it:
 *
 * - made by a newer version of the app (a higher IndexedDB version): opened read-only, every write
 *   refused with a message, provided it still has every table and index this version reads; if not,
 *   it is left unopened and untouched, and the status says why.
 * - our upgrade waits for another window holding an older version open (`blocked`): say so.
 * - another window wants to upgrade or delete it (`versionchange`): write what is pending, close
 *   the connection so that window is not blocked forever, and ask the user to reload.
 *
 * Resolves once the database is prepared (a quick look at what is installed); the opening itself
 * continues, and `status` reports its outcome. Screens wait for `open` or `read-only`.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DrpDatabase> {
  const { status } = options;
  const db = options.db ?? new DrpDatabase(options.name ?? DATABASE_NAME);
  const name = db.name;
  const ourVersion = Math.round(db.verno * 10);

  // Decided before the first query runs (Dexie fires 'ready' before releasing them), from what
  // was actually opened: Dexie opens a higher version as it is rather than failing.
  let newer: number | null = null;
  db.use(refuseWritesWhile(() => newer !== null));
  db.on(
    'ready',
    () => {
      const opened = db.backendDB().version;
      newer = opened > ourVersion ? opened : null;
    },
    true,
  );

  const installed = await installedVersion(indexedDB, name).catch(() => null);
  if (installed !== null && installed > ourVersion) {
    const missing = missingFromInstalled(await readInstalledSchema(indexedDB, name), db);
    if (missing.length > 0) {
      // Never open it: Dexie would add what is missing, changing the newer version's database.
      db.close({ disableAutoOpen: true });
      status.set({ kind: 'unreadable', message: newerUnreadableMessage(installed) });
      return db;
    }
  }

  db.on('blocked', () => {
    if (status.getSnapshot().kind === 'opening') status.set({ kind: 'blocked' });
  });
  db.on('versionchange', () => {
    void letGo(db, options);
    // We close the connection ourselves, after writing what is pending: skip Dexie's default.
    return false;
  });

  // Not awaited: in a browser the backup is written into this same database, and an older window
  // holding it open blocks that write until it lets go; the screens must show that meanwhile.
  void openAfter(options.beforeOpening)
    .then(() => db.open())
    .then(
      () => {
        status.set(newer === null ? { kind: 'open' } : { kind: 'read-only', version: newer / 10 });
      },
      (error: unknown) => {
        status.set({ kind: 'unreadable', message: `It could not be opened: ${describeStorageError(error)}` });
      },
    );
  return db;
}

async function openAfter(beforeOpening: (() => Promise<unknown>) | undefined): Promise<void> {
  await beforeOpening?.().catch(() => undefined);
}

async function letGo(db: DrpDatabase, { status, beforeLettingGo }: OpenDatabaseOptions): Promise<void> {
  if (beforeLettingGo) {
    await Promise.race([
      beforeLettingGo().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, LET_GO_WITHIN_MS)),
    ]);
  }
  // No automatic reopening: a reopen would either block the other window again or, after its
  // upgrade, meet a newer database while the screens believe it is writable. Reloading decides afresh.
  db.close({ disableAutoOpen: true });
  status.set({ kind: 'closed' });
}

function newerUnreadableMessage(version: number): string {
  return `It was made by a newer version of DR Planner (database version ${String(version / 10)}) that this version cannot read. Nothing was changed. Update DR Planner to open it.`;
}
