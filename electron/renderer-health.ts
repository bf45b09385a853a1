import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import type { Logger } from './log';

/*
 * What main does when the page's process dies or stops answering.
 *
 * Nothing the user saw as saved is lost by a reload: the status bar says "Saved" only after the
 * IndexedDB transaction resolved, and the database is opened with 'strict' durability, so that
 * transaction is on disk before it resolves. A reload can lose only an edit still in its typing
 * pause or still being written, and the status bar never called that one saved.
 */

/** A second crash within this time of the first is a loop: ask instead of reloading again. */
export const CRASH_LOOP_MS = 60_000;

export type GoneDecision = 'ignore' | 'reload' | 'ask';

/**
 * A clean exit is the process ending normally (the window is going away). Anything else is a
 * crash: reload, unless the last crash was moments ago, when reloading would only crash again.
 */
export function decideAfterGone(
  reason: RenderProcessGoneDetails['reason'],
  lastCrashAt: number | null,
  now: number,
): GoneDecision {
  if (reason === 'clean-exit') return 'ignore';
  if (lastCrashAt !== null && now - lastCrashAt < CRASH_LOOP_MS) return 'ask';
  return 'reload';
}

export type CrashLoopChoice = 'reload' | 'quit';
export type UnresponsiveChoice = 'wait' | 'reload';

/** Buttons by index; the dialogs' cancel (Escape, or an abort) is the harmless choice. */
export const CRASH_LOOP_DIALOG = {
  type: 'error',
  title: 'DR Planner',
  message: 'DR Planner stopped unexpectedly again.',
  detail:
    'Every change shown as “Saved” is kept. Reload opens the list of plans; if this keeps happening, quit and start DR Planner again.',
  buttons: ['Reload', 'Quit'],
  defaultId: 0,
  cancelId: 1,
  noLink: true,
} as const satisfies MessageBoxOptions;

export const UNRESPONSIVE_DIALOG = {
  type: 'warning',
  title: 'DR Planner',
  message: 'DR Planner is not responding.',
  detail:
    'It may be busy with a large plan. Wait to give it more time. Reload restarts the window: every change shown as “Saved” is kept, a change still being typed may not be.',
  buttons: ['Wait', 'Reload'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
} as const satisfies MessageBoxOptions;

/** The parts of BrowserWindow (and its WebContents) watched and driven here. */
export interface HealthWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  readonly webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: RenderProcessGoneDetails) => void,
    ): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface HealthDeps {
  logger: Logger;
  now: () => number;
  /** The window is closing for good: its page going away is expected, not a crash. */
  isClosing: () => boolean;
  /** Loads the start page (the list of plans) instead of the screen that kept crashing. */
  loadStartPage: () => void;
  quit: () => void;
  askAfterRepeatedCrash: () => Promise<CrashLoopChoice>;
  /** Resolves 'wait' when `signal` aborts: the page answered again before the user chose. */
  askWhenUnresponsive: (signal: AbortSignal) => Promise<UnresponsiveChoice>;
}

export function watchRendererHealth(window: HealthWindow, deps: HealthDeps): void {
  const { logger } = deps;
  let lastCrashAt: number | null = null;
  let asking = false;
  let unresponsiveDialog: AbortController | null = null;
  /** Set while we kill a hung page ourselves, so its death is not counted as a crash. */
  let killingHungPage = false;

  const dismissUnresponsiveDialog = () => {
    unresponsiveDialog?.abort();
    unresponsiveDialog = null;
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    if (killingHungPage) {
      killingHungPage = false;
      logger.info('renderer-restarted', { reason: details.reason });
      return;
    }
    logger.error('renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    dismissUnresponsiveDialog();
    if (window.isDestroyed() || deps.isClosing()) return;
    const now = deps.now();
    const decision = decideAfterGone(details.reason, lastCrashAt, now);
    if (decision === 'ignore') return;
    lastCrashAt = now;
    if (decision === 'reload') {
      logger.info('renderer-reload', { after: 'crash' });
      window.webContents.reload();
      return;
    }
    if (asking) return;
    asking = true;
    logger.warn('renderer-crash-loop');
    void deps
      .askAfterRepeatedCrash()
      .catch((): CrashLoopChoice => 'quit')
      .then((choice) => {
        asking = false;
        logger.info('renderer-crash-loop-choice', { choice });
        if (choice === 'quit') deps.quit();
        else if (!window.isDestroyed()) deps.loadStartPage();
      });
  });

  window.on('unresponsive', () => {
    logger.warn('renderer-unresponsive');
    if (unresponsiveDialog !== null || window.isDestroyed()) return;
    const controller = new AbortController();
    unresponsiveDialog = controller;
    void deps
      .askWhenUnresponsive(controller.signal)
      .catch((): UnresponsiveChoice => 'wait')
      .then((choice) => {
        if (unresponsiveDialog === controller) unresponsiveDialog = null;
        const dismissed = controller.signal.aborted;
        logger.info('renderer-unresponsive-choice', { choice, dismissed });
        if (choice !== 'reload' || dismissed || window.isDestroyed()) return;
        // A hung page cannot run its unload handlers; Electron's advice is to kill it, then reload.
        killingHungPage = true;
        window.webContents.forcefullyCrashRenderer();
        window.webContents.reload();
      });
  });

  // Answering again only closes the question, which had "Wait" as its harmless answer.
  window.on('responsive', () => {
    logger.info('renderer-responsive');
    dismissUnresponsiveDialog();
  });
}

/** The part of Electron's `dialog` used for these questions. */
export type ShowMessageBox<W> = (window: W, options: MessageBoxOptions) => Promise<{ response: number }>;

/** The two questions, asked with Electron's async message box (so a dismissal can close it). */
export function healthDialogs<W>(
  show: ShowMessageBox<W>,
  window: W,
): Pick<HealthDeps, 'askAfterRepeatedCrash' | 'askWhenUnresponsive'> {
  return {
    askAfterRepeatedCrash: async () => {
      const { response } = await show(window, CRASH_LOOP_DIALOG);
      return response === 0 ? 'reload' : 'quit';
    },
    askWhenUnresponsive: async (signal) => {
      const { response } = await show(window, { ...UNRESPONSIVE_DIALOG, signal });
      return response === 1 && !signal.aborted ? 'reload' : 'wait';
    },
  };
}
