import { webcrypto } from 'node:crypto';
import type { DrpDatabase } from '../../renderer/db/database';
import { BackupService } from '../../renderer/features/backups/backup-service';
import { createBrowserBackupStore } from '../../renderer/platform/browser-backups';
import type { BackupStore } from '../../shared/ipc/backup-contract';

export const TEST_APP = { name: 'DR Planner', version: 'test' };

/** The UTC calendar day: tests pin "the user's day" to UTC so they do not depend on the machine. */
export const utcDay = (timestamp: string): string => timestamp.slice(0, 10);

/** The backup service over the browser store (the same database), as the browser build runs it. */
export function browserBackups(
  db: DrpDatabase,
  clock: { now: () => string; newId: () => string },
  store: BackupStore = createBrowserBackupStore(db, webcrypto),
): BackupService {
  return new BackupService({ db, store, crypto: webcrypto, app: TEST_APP, dayKey: utcDay, ...clock });
}
