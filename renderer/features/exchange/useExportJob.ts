import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/export/formats';
import { exportFolderName } from '../../../shared/export/file-name';
import type { Plan } from '../../../shared/model/plan';
import { APP_INFO } from '../../app/app-info';
import { useServices } from '../../app/services';
import { nowIso, todayIso } from '../../db/clock';
import { readSnapshot } from '../plans/plan-repository';
import { CancelledError, startExport, type ExchangeProgress } from './exchange-client';
import { saveExportFiles } from './save-export';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExchangeProgress }
  | { phase: 'saving'; progress: ExchangeProgress }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/**
 * One export at a time: read the plan (one transaction), generate in the
 * exchange worker with progress, then save through the platform. Cancel
 * terminates the worker; nothing is saved after it. Saving itself is the
 * native dialog's business and cannot be cancelled from here.
 */
export function useExportJob(onSaved: (message: string) => void) {
  const { db, platform } = useServices();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const cancelRef = useRef<(() => void) | null>(null);
  const generation = useRef(0);

  // Leaving the dialog (or the screen) mid-export stops the worker.
  useEffect(
    () => () => {
      cancelRef.current?.();
    },
    [],
  );

  const start = useCallback(
    async (plan: Plan, format: ExportFormat, passphrase: string | null) => {
      generation.current += 1;
      const mine = generation.current;
      const current = () => generation.current === mine;
      setState({ phase: 'running', progress: { label: 'Reading the plan', fraction: 0 } });
      try {
        const snapshot = await readSnapshot(db, plan.id);
        if (!current()) return;
        const run = startExport(
          {
            type: 'export',
            formatId: format.id,
            snapshot,
            generatedAt: nowIso(),
            today: todayIso(),
            app: APP_INFO,
            passphrase,
          },
          (progress) => {
            if (current()) setState({ phase: 'running', progress });
          },
        );
        cancelRef.current = run.cancel;
        const files = await run.result;
        cancelRef.current = null;
        if (!current()) return;
        setState({ phase: 'saving', progress: { label: 'Saving', fraction: 1 } });
        const outcome = await saveExportFiles(platform, format, files, exportFolderName(plan, 'tables'));
        if (!current()) return;
        if (outcome.status === 'saved') {
          setState({ phase: 'idle' });
          onSaved(outcome.message);
        } else if (outcome.status === 'cancelled') setState({ phase: 'idle' });
        else setState({ phase: 'failed', message: outcome.message });
      } catch (error) {
        cancelRef.current = null;
        if (!current()) return;
        if (error instanceof CancelledError) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, platform, onSaved],
  );

  const cancel = useCallback(() => {
    cancelRef.current?.();
  }, []);

  const reset = useCallback(() => {
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
