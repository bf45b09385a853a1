import type { MessageBoxOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CRASH_LOOP_DIALOG,
  CRASH_LOOP_MS,
  UNRESPONSIVE_DIALOG,
  decideAfterGone,
  healthDialogs,
  watchRendererHealth,
  type CrashLoopChoice,
  type UnresponsiveChoice,
} from '../../electron/renderer-health';
import { FakeBrowserWindow } from './fake-electron';
import { recordingLogger } from './recording-logger';

describe('decideAfterGone', () => {
  it.each([
    ['crashed', null, 'reload'],
    ['oom', null, 'reload'],
    ['killed', null, 'reload'],
    ['abnormal-exit', CRASH_LOOP_MS + 1, 'reload'],
    ['crashed', CRASH_LOOP_MS - 1, 'ask'],
    ['abnormal-exit', 1_000, 'ask'],
    ['clean-exit', null, 'ignore'],
    ['clean-exit', 0, 'ignore'],
  ] as const)('%s, the last crash %s ms before → %s', (reason, sinceLastCrash, decision) => {
    const now = 1_000_000;
    expect(decideAfterGone(reason, sinceLastCrash === null ? null : now - sinceLastCrash, now)).toBe(
      decision,
    );
  });

  it('a crash exactly one loop-time after the last is a fresh crash', () => {
    expect(decideAfterGone('crashed', 0, CRASH_LOOP_MS)).toBe('reload');
  });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

describe('watchRendererHealth', () => {
  beforeEach(() => {
    FakeBrowserWindow.reset();
  });

  function watch(options: { closing?: boolean } = {}) {
    const window = new FakeBrowserWindow({});
    const logger = recordingLogger();
    let now = 1_000_000;
    const crashAnswer = deferred<CrashLoopChoice>();
    const unresponsiveAnswers: {
      signal: AbortSignal;
      answer: ReturnType<typeof deferred<UnresponsiveChoice>>;
    }[] = [];
    const deps = {
      logger,
      now: () => now,
      isClosing: () => options.closing ?? false,
      loadStartPage: vi.fn(),
      quit: vi.fn(),
      askAfterRepeatedCrash: vi.fn(() => crashAnswer.promise),
      askWhenUnresponsive: vi.fn((signal: AbortSignal) => {
        const answer = deferred<UnresponsiveChoice>();
        // Like Electron's message box: an abort closes it as if cancelled ("Wait").
        signal.addEventListener('abort', () => {
          answer.resolve('wait');
        });
        unresponsiveAnswers.push({ signal, answer });
        return answer.promise;
      }),
    };
    watchRendererHealth(window, deps);
    return {
      window,
      contents: window.webContents,
      logger,
      deps,
      crashAnswer,
      unresponsiveAnswers,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it('reloads the page after a crash, and logs the reason', () => {
    const { contents, logger, deps } = watch();
    contents.processGone('crashed', 139);
    expect(contents.reloads).toBe(1);
    expect(logger.lines[0]).toEqual({
      level: 'error',
      event: 'renderer-gone',
      fields: { reason: 'crashed', exitCode: 139 },
    });
    expect(deps.askAfterRepeatedCrash).not.toHaveBeenCalled();
  });

  it('reloads again after a crash long after the first', () => {
    const { contents, advance, deps } = watch();
    contents.processGone('crashed');
    advance(CRASH_LOOP_MS);
    contents.processGone('oom');
    expect(contents.reloads).toBe(2);
    expect(deps.askAfterRepeatedCrash).not.toHaveBeenCalled();
  });

  it.each([
    ['reload', 1, 0],
    ['quit', 0, 1],
  ] as const)('crashing again soon asks instead of looping; choosing %s', async (choice, starts, quits) => {
    const { contents, advance, deps, crashAnswer, logger } = watch();
    contents.processGone('crashed');
    advance(5_000);
    contents.processGone('crashed');
    contents.processGone('crashed');
    expect(contents.reloads).toBe(1);
    expect(deps.askAfterRepeatedCrash).toHaveBeenCalledOnce();
    crashAnswer.resolve(choice);
    await vi.waitFor(() => {
      expect(logger.events()).toContain('renderer-crash-loop-choice');
    });
    expect(deps.loadStartPage).toHaveBeenCalledTimes(starts);
    expect(deps.quit).toHaveBeenCalledTimes(quits);
    expect(contents.reloads).toBe(1);
  });

  it('does nothing after a clean exit, or while the window is closing', () => {
    const clean = watch();
    clean.contents.processGone('clean-exit', 0);
    expect(clean.contents.reloads).toBe(0);
    const closing = watch({ closing: true });
    closing.contents.processGone('crashed');
    expect(closing.contents.reloads).toBe(0);
    expect(closing.logger.events()).toEqual(['renderer-gone']);
  });

  it('asks once when the page hangs; choosing Reload kills the hung page and reloads it', async () => {
    const { window, contents, deps, unresponsiveAnswers, logger } = watch();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(deps.askWhenUnresponsive).toHaveBeenCalledOnce();
    unresponsiveAnswers[0]?.answer.resolve('reload');
    await vi.waitFor(() => {
      expect(contents.actions).toEqual(['kill', 'reload']);
    });
    // The kill's own "gone" event is not a crash: no second reload, and no crash-loop question later.
    contents.processGone('killed');
    expect(contents.reloads).toBe(1);
    contents.processGone('crashed');
    expect(contents.reloads).toBe(2);
    expect(deps.askAfterRepeatedCrash).not.toHaveBeenCalled();
    expect(logger.events()).toEqual([
      'renderer-unresponsive',
      'renderer-unresponsive',
      'renderer-unresponsive-choice',
      'renderer-restarted',
      'renderer-gone',
      'renderer-reload',
    ]);
  });

  it('closes the question, harmlessly, when the page answers again', async () => {
    const { window, contents, unresponsiveAnswers, logger } = watch();
    window.emit('unresponsive');
    window.emit('responsive');
    expect(unresponsiveAnswers[0]?.signal.aborted).toBe(true);
    await vi.waitFor(() => {
      expect(logger.events()).toContain('renderer-unresponsive-choice');
    });
    expect(logger.lines.at(-1)?.fields).toEqual({ choice: 'wait', dismissed: true });
    expect(contents.actions).toEqual([]);
    // A later hang asks again.
    window.emit('unresponsive');
    expect(unresponsiveAnswers).toHaveLength(2);
  });

  it('choosing Wait leaves the page alone', async () => {
    const { window, contents, unresponsiveAnswers, logger } = watch();
    window.emit('unresponsive');
    unresponsiveAnswers[0]?.answer.resolve('wait');
    await vi.waitFor(() => {
      expect(logger.events()).toContain('renderer-unresponsive-choice');
    });
    expect(contents.actions).toEqual([]);
  });
});

describe('healthDialogs', () => {
  it('asks with the crash-loop dialog: Reload (0) or Quit', async () => {
    const show = vi.fn((_window: string, _options: MessageBoxOptions) => Promise.resolve({ response: 0 }));
    const dialogs = healthDialogs(show, 'window');
    await expect(dialogs.askAfterRepeatedCrash()).resolves.toBe('reload');
    expect(show).toHaveBeenCalledWith('window', CRASH_LOOP_DIALOG);
    show.mockResolvedValueOnce({ response: 1 });
    await expect(dialogs.askAfterRepeatedCrash()).resolves.toBe('quit');
  });

  it('asks "not responding" with Wait / Reload, passing the abort signal', async () => {
    const show = vi.fn((_window: string, _options: MessageBoxOptions) => Promise.resolve({ response: 1 }));
    const dialogs = healthDialogs(show, 'window');
    const controller = new AbortController();
    await expect(dialogs.askWhenUnresponsive(controller.signal)).resolves.toBe('reload');
    expect(show).toHaveBeenCalledWith('window', { ...UNRESPONSIVE_DIALOG, signal: controller.signal });
    expect(UNRESPONSIVE_DIALOG.buttons).toEqual(['Wait', 'Reload']);
    expect(UNRESPONSIVE_DIALOG.message).toBe('DR Planner is not responding.');
    controller.abort();
    await expect(dialogs.askWhenUnresponsive(controller.signal)).resolves.toBe('wait');
  });
});
