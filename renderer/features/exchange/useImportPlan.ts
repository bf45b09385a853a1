import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle';
import {
  bundleSizeProblem,
  type BundleProblem,
  type BundleRefusal,
  type ReadBundle,
} from '../../../shared/bundle/read-bundle';
import { EXPORT_FORMATS } from '../../../shared/export/formats';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { UNDO_WINDOW_MS } from '../../components/toasts';
import { newId, nowIso } from '../../db/clock';
import { CancelledError, readBundleInWorker } from './exchange-client';
import { importSnapshot, restoreBackup, type ImportDeps, type ImportMode } from './plan-import-repository';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | {
      step: 'passphrase';
      fileName: string;
      bytes: Uint8Array<ArrayBuffer>;
      error: string | null;
      busy: boolean;
    }
  | { step: 'refused'; fileName: string; reason: BundleRefusal; problems: BundleProblem[] }
  | {
      step: 'confirm';
      fileName: string;
      read: ReadBundle;
      existing: Plan | null;
      busy: boolean;
      error: string | null;
    };

const PLAN_FILE_FILTER = EXPORT_FORMATS[0].filter;

/**
 * Import plan file…: pick → read in the worker (size checked before reading)
 * → passphrase if encrypted → problems if refused → warnings and the choice
 * between a copy and a replace if needed → one transaction → open the plan.
 * Nothing is ever overwritten without the user choosing "Replace" here.
 */
export function useImportPlan() {
  const { db, platform, toasts, saveTracker, backups } = useServices();
  const [, navigate] = useLocation();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const cancelRead = useRef<(() => void) | null>(null);

  const deps: ImportDeps = { db, backups, now: nowIso, newId };

  const store = async (read: ReadBundle, mode: ImportMode, fileName: string) => {
    // Edits still in their typing pause go in first, so a replaced plan's backup holds them.
    saveTracker.flushAll();
    const outcome = await importSnapshot(deps, read.snapshot, mode);
    setState({ step: 'idle' });
    navigate(`/plans/${outcome.plan.id}`);
    const { backup } = outcome;
    if (!backup) {
      toasts.add(
        {
          title: `Imported “${outcome.plan.name}”${mode === 'copy' ? ' as a copy' : ''}`,
          description: fileName,
        },
        { timeout: 6000 },
      );
      return;
    }
    toasts.add(
      {
        title: `Replaced “${backup.planName}” with the imported file`,
        description: 'A backup of the earlier plan is kept on this computer.',
        action: {
          label: 'Undo',
          onAction: () => {
            restoreBackup(deps, backup).then(
              () => {
                toasts.add(
                  { title: `Put “${backup.planName}” back as it was before the import` },
                  { timeout: 6000 },
                );
              },
              (error: unknown) => {
                toasts.add({ title: 'Undo failed', description: String(error) });
              },
            );
          },
        },
      },
      { timeout: UNDO_WINDOW_MS },
    );
  };

  const read = async (fileName: string, bytes: Uint8Array<ArrayBuffer>, passphrase: string | null) => {
    const run = readBundleInWorker(bytes, passphrase);
    cancelRead.current = run.cancel;
    const result = await run.result;
    cancelRead.current = null;
    if (result.ok) {
      const existing = (await db.plans.get(result.snapshot.plan.id)) ?? null;
      if (!existing && result.warnings.length === 0) await store(result, 'new', fileName);
      else setState({ step: 'confirm', fileName, read: result, existing, busy: false, error: null });
      return;
    }
    if (result.reason === 'passphrase-needed' || result.reason === 'wrong-passphrase') {
      const error = result.reason === 'wrong-passphrase' ? (result.problems[0]?.message ?? null) : null;
      setState({ step: 'passphrase', fileName, bytes, error, busy: false });
      return;
    }
    setState({ step: 'refused', fileName, reason: result.reason, problems: result.problems });
  };

  const fail = (title: string) => (error: unknown) => {
    setState({ step: 'idle' });
    if (error instanceof CancelledError) return;
    toasts.add({ title, description: error instanceof Error ? error.message : String(error) });
  };

  const choose = async () => {
    const picked = await platform.openFile({ filters: [PLAN_FILE_FILTER], maxBytes: MAX_BUNDLE_BYTES });
    switch (picked.status) {
      case 'cancelled':
        return;
      case 'failed':
        toasts.add({ title: 'The file could not be opened', description: picked.message });
        return;
      case 'too-large': {
        const problem = bundleSizeProblem(picked.size, picked.limit);
        setState({
          step: 'refused',
          fileName: picked.fileName,
          reason: 'too-large',
          problems: problem ? [problem] : [],
        });
        return;
      }
      case 'opened': {
        setState({ step: 'reading', fileName: picked.fileName });
        // A fresh copy with its own ArrayBuffer: the worker and a passphrase retry both read it.
        await read(picked.fileName, new Uint8Array(picked.data), null);
      }
    }
  };

  return {
    state,
    start: () => {
      choose().catch(fail('The plan file could not be read'));
    },
    submitPassphrase: (passphrase: string) => {
      if (state.step !== 'passphrase') return;
      setState({ ...state, busy: true, error: null });
      read(state.fileName, state.bytes, passphrase).catch(fail('The plan file could not be read'));
    },
    confirm: (mode: ImportMode) => {
      if (state.step !== 'confirm') return;
      setState({ ...state, busy: true, error: null });
      store(state.read, mode, state.fileName).catch((error: unknown) => {
        setState({ ...state, busy: false, error: error instanceof Error ? error.message : String(error) });
      });
    },
    close: () => {
      cancelRead.current?.();
      cancelRead.current = null;
      setState({ step: 'idle' });
    },
  };
}
