import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_FLUSH_TIMEOUT_MS, CloseFlush } from '../../electron/close-flow';
import { BEFORE_CLOSE_CHANNEL } from '../../shared/ipc/channels';
import { FakeBrowserWindow } from './fake-electron';
import { recordingLogger } from './recording-logger';

beforeEach(() => {
  vi.useFakeTimers();
  FakeBrowserWindow.reset();
});

afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const window = new FakeBrowserWindow({});
  const logger = recordingLogger();
  const quit = vi.fn();
  const flow = new CloseFlush({ logger, quit, now: () => Date.now() });
  flow.attach(window);
  const closed = vi.fn();
  window.on('closed', closed);
  /** The before-close requests the page was sent, by id. */
  const requests = () =>
    window.webContents.sent.filter(([channel]) => channel === BEFORE_CLOSE_CHANNEL).map(([, id]) => id);
  return { window, flow, logger, quit, closed, requests };
}

describe('CloseFlush', () => {
  it('holds the first close, asks the page, and closes when the page is ready', () => {
    const { window, flow, closed, requests, logger } = setUp();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(requests()).toEqual([1]);
    expect(flow.isClosing()).toBe(true);

    flow.ready(1);
    expect(closed).toHaveBeenCalledOnce();
    expect(window.isDestroyed()).toBe(true);
    expect(logger.lines).toEqual([
      { level: 'info', event: 'close-flush', fields: { after: 'close', result: 'ready', ms: 0 } },
    ]);
  });

  it('ignores an answer to another request, or one nobody asked for', () => {
    const { window, flow, closed } = setUp();
    flow.ready(1);
    window.close();
    flow.ready(2);
    flow.ready(0);
    expect(closed).not.toHaveBeenCalled();
  });

  it(`closes anyway after ${CLOSE_FLUSH_TIMEOUT_MS} ms when the page does not answer`, () => {
    const { window, closed, logger } = setUp();
    window.close();
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS - 1);
    expect(closed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(closed).toHaveBeenCalledOnce();
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        event: 'close-flush',
        fields: { after: 'close', result: 'timeout', ms: CLOSE_FLUSH_TIMEOUT_MS },
      },
    ]);
  });

  it('a second click on close while waiting asks nothing new', () => {
    const { window, requests, closed } = setUp();
    window.close();
    window.close();
    expect(requests()).toEqual([1]);
    expect(closed).not.toHaveBeenCalled();
  });

  it('closes at once when the page dies while it is being waited for', () => {
    const { window, closed, logger } = setUp();
    window.close();
    window.webContents.processGone('crashed');
    expect(closed).toHaveBeenCalledOnce();
    expect(logger.lines[0]?.fields).toMatchObject({ result: 'renderer-gone' });
  });

  it('does not wait for a page that has already crashed', () => {
    const { window, closed, requests, logger } = setUp();
    window.webContents.crashed = true;
    window.close();
    expect(requests()).toEqual([]);
    expect(closed).toHaveBeenCalledOnce();
    expect(logger.lines[0]?.fields).toMatchObject({ result: 'no-page' });
  });

  it('quitting holds the quit, asks the page, then quits (app.quit closes the window)', () => {
    const { window, flow, quit, requests, closed } = setUp();
    expect(flow.beforeQuit()).toBe(true);
    expect(requests()).toEqual([1]);
    flow.ready(1);
    expect(quit).toHaveBeenCalledOnce();
    expect(closed).not.toHaveBeenCalled();
    // The quit comes round again: this time it goes ahead, and so does the window's close.
    expect(flow.beforeQuit()).toBe(false);
    window.close();
    expect(closed).toHaveBeenCalledOnce();
  });

  it('quitting while a close is being flushed quits when that flush ends', () => {
    const { window, flow, quit, requests } = setUp();
    window.close();
    expect(flow.beforeQuit()).toBe(true);
    expect(requests()).toEqual([1]);
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('lets quitting go ahead once the window is gone', () => {
    const { window, flow } = setUp();
    window.close();
    flow.ready(1);
    expect(flow.beforeQuit()).toBe(false);
  });

  it('starts again after the user kept the window open, ignoring the old answer', () => {
    const { window, flow, requests, closed } = setUp();
    // Stands in for the page's unload check stopping the real close (the user keeps the window).
    let pageRefuses = true;
    window.on('close', (event: { preventDefault(): void }) => {
      if (pageRefuses) event.preventDefault();
    });
    window.close();
    vi.advanceTimersByTime(CLOSE_FLUSH_TIMEOUT_MS);
    expect(window.isDestroyed()).toBe(false);
    flow.cancelled();
    expect(flow.isClosing()).toBe(false);

    pageRefuses = false;
    window.close();
    expect(requests()).toEqual([1, 2]);
    flow.ready(1);
    expect(closed).not.toHaveBeenCalled();
    flow.ready(2);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('cancelled() before any close changes nothing', () => {
    const { window, flow, requests } = setUp();
    flow.cancelled();
    window.close();
    expect(requests()).toEqual([1]);
  });
});
