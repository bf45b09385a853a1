import { EventEmitter } from 'node:events';
import type { WindowOpenHandlerResponse } from 'electron';

type WindowOpenHandler = (details: { url: string }) => WindowOpenHandlerResponse;

/**
 * A stand-in for WebContents: a real EventEmitter, so guards are exercised by emitting the same
 * events Electron emits, and a window-open handler slot like the real one.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: unknown[][] = [];
  reloads = 0;
  crashed = false;
  /** What happened to the page, in order: 'reload', 'kill' (forcefullyCrashRenderer). */
  readonly actions: string[] = [];

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  reload(): void {
    this.reloads += 1;
    this.crashed = false;
    this.actions.push('reload');
  }

  forcefullyCrashRenderer(): void {
    this.crashed = true;
    this.actions.push('kill');
  }

  isCrashed(): boolean {
    return this.crashed;
  }

  /** What Electron emits when the page's process dies. */
  processGone(reason: string, exitCode = 1): void {
    this.crashed = reason !== 'clean-exit';
    this.emit('render-process-gone', {}, { reason, exitCode });
  }

  /** Emits a navigation-like event and says whether a listener prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, {
      url,
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  }

  attachWebview(): boolean {
    let prevented = false;
    this.emit('will-attach-webview', {
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  }

  openWindow(url: string): WindowOpenHandlerResponse {
    if (this.windowOpenHandler === null) throw new Error('No window open handler installed');
    return this.windowOpenHandler({ url });
  }
}
