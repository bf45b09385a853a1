import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/bundle/backup';
import { useServices } from '../../app/services';

export type BackupList =
  | { status: 'loading' }
  | { status: 'listed'; entries: BackupEntry[] }
  | { status: 'failed'; message: string };

/**
 * The backups of one plan (or of every plan, `planId` null), newest first, listed again whenever
 * the app writes or deletes one. Not a live query: in Electron they are files, not database rows.
 */
export function useBackupList(planId: string | null): BackupList {
  const { backups } = useServices();
  const [list, setList] = useState<BackupList>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    const load = () => {
      backups.list(planId).then(
        (entries) => {
          if (current) setList({ status: 'listed', entries: [...entries].sort(newestFirst) });
        },
        (error: unknown) => {
          if (current)
            setList({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    load();
    const unsubscribe = backups.subscribe(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [backups, planId]);

  return list;
}

/** Newest first; a backup whose description cannot be read has no date and goes last. */
function newestFirst(a: BackupEntry, b: BackupEntry): number {
  const time = (entry: BackupEntry) => (entry.info ? Date.parse(entry.info.takenAt) : -Infinity);
  return time(b) - time(a) || (a.id < b.id ? -1 : 1);
}
