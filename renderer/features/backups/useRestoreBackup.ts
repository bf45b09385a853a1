import { useState } from 'react';
import { useLocation } from 'wouter';
import type { BackupInfo } from '../../../shared/bundle/backup';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/format';
import { UNDO_WINDOW_MS } from '../../components/toasts';
import { newId, nowIso } from '../../db/clock';
import { restoreAsNewPlan, restoreOverPlan, type RestoreDeps } from './backup-restore';

/** Why the last restore did not happen, shown on the screen until the next one. */
export interface RestoreFailure {
  backupId: string;
  message: string;
}

/**
 * The two restores of the Backups screen. Edits still in their typing pause are written first, so
 * the backup taken before a restore over the plan holds them. Restoring over offers Undo, which
 * restores the backup taken just before, the same way (so Undo can itself be undone from the list).
 */
export function useRestoreBackup() {
  const { db, backups, toasts, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RestoreFailure | null>(null);
  const deps: RestoreDeps = { db, backups, now: nowIso, newId };

  const run = async (info: BackupInfo, task: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    saveTracker.flushAll();
    try {
      await task();
    } catch (error) {
      setFailure({ backupId: info.id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const undo = (before: BackupInfo) => {
    restoreOverPlan(deps, before).then(
      () => {
        toasts.add(
          { title: `Put “${before.planName}” back as it was before the restore` },
          { timeout: 6000 },
        );
      },
      (error: unknown) => {
        toasts.add({
          title: 'Undo failed',
          description: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };

  return {
    busy,
    failure,
    restoreAsNew: (info: BackupInfo) =>
      run(info, async () => {
        const plan = await restoreAsNewPlan(deps, info);
        navigate(`~/plans/${plan.id}`);
        toasts.add(
          {
            title: `Restored “${plan.name}” as a new plan`,
            description: `From the backup of ${formatDateTime(info.takenAt)}.`,
          },
          { timeout: 6000 },
        );
      }),
    restoreOver: (info: BackupInfo) =>
      run(info, async () => {
        const { plan, undo: before } = await restoreOverPlan(deps, info);
        toasts.add(
          {
            title: `Restored “${plan.name}” from the backup of ${formatDateTime(info.takenAt)}`,
            description: 'The plan as it was before is kept as a backup too.',
            action: {
              label: 'Undo',
              onAction: () => {
                undo(before);
              },
            },
          },
          { timeout: UNDO_WINDOW_MS },
        );
      }),
  };
}
