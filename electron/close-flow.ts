import type { RenderProcessGoneDetails } from 'electron';
import { BEFORE_CLOSE_CHANNEL } from '../shared/ipc/channels';
import type { Logger } from './log';

/**
 * How long main waits for the page to finish its before-close work (writing edits still in their
 * typing pause, the on-quit backup) before closing anyway. Long enough for a slow disk, short
 * enough that a hung page cannot keep the window open.
 */
export const CLOSE_FLUSH_TIMEOUT_MS = 5_000;

/** The parts of BrowserWindow the close flow uses. */
export interface ClosingWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    isCrashed(): boolean;
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: RenderProcessGoneDetails) => void,
    ): unknown;
  };
}

export interface CloseFlushDeps {
  logger: Logger;
  /** Quits the app (app.quit), used when the flush was started by quitting. */
  quit: () => void;
  now?: () => number;
  timeoutMs?: number;
}

type After = 'close' | 'quit';
type FlushResult = 'ready' | 'timeout' | 'renderer-gone' | 'no-page';

/**
 * Closing the window, or quitting, first asks the page to finish its work:
 *
 *   'close' (or before-quit) → prevented once → `drp:before-close` (id) to the page
 *   → the page's `closeReady(id)`, or the time limit, or the page's process dying
 *   → the window closes (or the app quits) for real.
 *
 * The second close then runs the page's beforeunload as usual, so an edit that failed or is
 * invalid still brings up the "not finished saving" question; keeping the window open there puts
 * the flow back to the start (`cancelled`).
 */
export class CloseFlush {
  private state: 'open' | 'flushing' | 'closing' = 'open';
  private window: ClosingWindow | null = null;
  private requestId = 0;
  private after: After = 'close';
  private startedAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;
  private readonly timeoutMs: number;

  constructor(private readonly deps: CloseFlushDeps) {
    this.now = deps.now ?? Date.now;
    this.timeoutMs = deps.timeoutMs ?? CLOSE_FLUSH_TIMEOUT_MS;
  }

  attach(window: ClosingWindow): void {
    this.window = window;
    window.on('close', (event) => {
      if (this.state === 'closing') return;
      event.preventDefault();
      if (this.state === 'open') this.start('close');
    });
    window.webContents.on('render-process-gone', () => {
      if (this.state === 'flushing') this.finish('renderer-gone');
    });
  }

  /** The page's answer. Only the answer to the request in progress counts. */
  ready(id: number): void {
    if (this.state === 'flushing' && id === this.requestId) this.finish('ready');
  }

  /** Called on before-quit. True when the quit must be prevented now: the flush quits when done. */
  beforeQuit(): boolean {
    const window = this.window;
    if (window === null || window.isDestroyed() || this.state === 'closing') return false;
    if (this.state === 'flushing') this.after = 'quit';
    else this.start('quit');
    return true;
  }

  /** The page kept the window open after all (the user chose to wait for an edit). */
  cancelled(): void {
    if (this.state === 'closing') this.state = 'open';
  }

  isClosing(): boolean {
    return this.state !== 'open';
  }

  private start(after: After): void {
    const window = this.window;
    if (window === null) return;
    this.state = 'flushing';
    this.after = after;
    this.startedAt = this.now();
    this.requestId += 1;
    if (window.isDestroyed() || window.webContents.isCrashed()) {
      this.finish('no-page');
      return;
    }
    window.webContents.send(BEFORE_CLOSE_CHANNEL, this.requestId);
    this.timer = setTimeout(() => {
      this.finish('timeout');
    }, this.timeoutMs);
  }

  private finish(result: FlushResult): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.state = 'closing';
    const fields = { after: this.after, result, ms: this.now() - this.startedAt };
    if (result === 'ready') this.deps.logger.info('close-flush', fields);
    else this.deps.logger.warn('close-flush', fields);
    if (this.after === 'quit') {
      this.deps.quit();
      return;
    }
    const window = this.window;
    if (window !== null && !window.isDestroyed()) window.close();
  }
}
