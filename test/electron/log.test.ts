import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOG_FILE_NAME, createFileLogger, errorCode, formatLogLine } from '../../electron/log';
import { MAX_ERROR_REPORTS_PER_MINUTE, createErrorReportHandler } from '../../electron/renderer-errors';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();
const NOW = new Date('2026-03-04T05:06:07.000Z');

async function readLines(file: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line): Record<string, unknown> => {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null) throw new Error(`Not an object: ${line}`);
      return Object.fromEntries(Object.entries(parsed));
    });
}

describe('formatLogLine', () => {
  it('is one JSON object on one line: time, level, event, then the fields', () => {
    const line = formatLogLine(NOW, 'warn', 'ipc-refused', { channel: 'drp:save-file', multi: 'a\nb' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      time: '2026-03-04T05:06:07.000Z',
      level: 'warn',
      event: 'ipc-refused',
      channel: 'drp:save-file',
      multi: 'a\nb',
    });
  });

  it('does not let a field pass itself off as the time, level or event', () => {
    const line = formatLogLine(NOW, 'info', 'app-start', { level: 'error', event: 'fake', time: 'x' });
    expect(JSON.parse(line)).toEqual({ time: NOW.toISOString(), level: 'info', event: 'app-start' });
  });
});

describe('createFileLogger', () => {
  it('appends lines in order to main.log, creating the folder', async () => {
    const dir = path.join(await makeTempDir(), 'nested', 'logs');
    const logger = createFileLogger({ dir, now: () => NOW });
    logger.info('app-start', { version: '1.0.0' });
    logger.warn('renderer-unresponsive');
    logger.error('file-failed', { operation: 'save-file', code: 'ENOSPC' });
    await logger.flush();
    expect(await readLines(path.join(dir, LOG_FILE_NAME))).toEqual([
      { time: NOW.toISOString(), level: 'info', event: 'app-start', version: '1.0.0' },
      { time: NOW.toISOString(), level: 'warn', event: 'renderer-unresponsive' },
      {
        time: NOW.toISOString(),
        level: 'error',
        event: 'file-failed',
        operation: 'save-file',
        code: 'ENOSPC',
      },
    ]);
  });

  it('asks for the folder only when it first writes', async () => {
    const dir = await makeTempDir();
    const resolveDir = vi.fn(() => dir);
    const logger = createFileLogger({ dir: resolveDir, now: () => NOW });
    expect(resolveDir).not.toHaveBeenCalled();
    logger.info('a');
    logger.info('b');
    await logger.flush();
    expect(resolveDir).toHaveBeenCalledOnce();
    expect(await readLines(path.join(dir, LOG_FILE_NAME))).toHaveLength(2);
  });

  it('rotates before the file passes the limit and keeps five files, dropping the oldest', async () => {
    const dir = await makeTempDir();
    const line = formatLogLine(NOW, 'info', 'event', { n: 0 });
    // Room for three lines per file (the counter's digits vary, so leave a little slack).
    const logger = createFileLogger({ dir, now: () => NOW, maxBytes: Buffer.byteLength(line) * 3 + 5 });
    for (let n = 0; n < 30; n += 1) logger.info('event', { n });
    await logger.flush();

    expect((await readdir(dir)).sort()).toEqual([
      'main.1.log',
      'main.2.log',
      'main.3.log',
      'main.4.log',
      'main.log',
    ]);
    const numbers = async (name: string) => (await readLines(path.join(dir, name))).map((entry) => entry.n);
    expect(await numbers('main.log')).toEqual([27, 28, 29]);
    expect(await numbers('main.1.log')).toEqual([24, 25, 26]);
    expect(await numbers('main.4.log')).toEqual([15, 16, 17]);
  });

  it('counts what an earlier run left in main.log', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, LOG_FILE_NAME), 'x'.repeat(950) + '\n');
    const logger = createFileLogger({ dir, now: () => NOW, maxBytes: 1000 });
    logger.info('app-start', { version: '1.0.0' });
    await logger.flush();
    expect(await readLines(path.join(dir, LOG_FILE_NAME))).toHaveLength(1);
    expect(await readFile(path.join(dir, 'main.1.log'), 'utf8')).toBe('x'.repeat(950) + '\n');
  });

  it('never throws into the app when it cannot write, and carries on once it can', async () => {
    const parent = await makeTempDir();
    const dir = path.join(parent, 'logs');
    // A file where the folder should be: every write fails.
    await writeFile(dir, 'not a folder');
    const failures: unknown[] = [];
    const logger = createFileLogger({
      dir,
      now: () => NOW,
      onFailure: (error) => {
        failures.push(error);
        throw new Error('the failure report fails too');
      },
    });
    expect(() => {
      logger.error('file-failed', { code: 'EIO' });
    }).not.toThrow();
    await expect(logger.flush()).resolves.toBeUndefined();
    expect(failures.map(errorCode)).toEqual(['EEXIST']);

    const { rm } = await import('node:fs/promises');
    await rm(dir);
    await mkdir(dir);
    logger.info('recovered');
    await logger.flush();
    expect((await readLines(path.join(dir, LOG_FILE_NAME))).map((entry) => entry.event)).toEqual([
      'recovered',
    ]);
  });
});

describe('errorCode', () => {
  it('gives the Node error code, else the error name, never the message (it names paths)', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left, write "/home/a/Acme plan.pdf"'), {
      code: 'ENOSPC',
    });
    expect(errorCode(enospc)).toBe('ENOSPC');
    expect(errorCode(new TypeError('x'))).toBe('TypeError');
    expect(errorCode('Acme')).toBe('unknown');
  });
});

describe('createErrorReportHandler', () => {
  function setUp() {
    const lines: [string, unknown][] = [];
    const logger = {
      info: vi.fn(),
      warn: (event: string, fields?: unknown) => lines.push([event, fields]),
      error: (event: string, fields?: unknown) => lines.push([event, fields]),
      flush: () => Promise.resolve(),
    };
    let now = 0;
    const handle = createErrorReportHandler(logger, () => now);
    return {
      lines,
      handle,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  const report = {
    kind: 'render' as const,
    name: 'TypeError',
    message: 'Cannot show “Acme plan”',
    stack: 'TypeError: Cannot show “Acme plan”\n    at X (app://drp/assets/index.js:1:1)',
    route: '/plans/p1/systems?q=Acme',
  };

  it('logs the report again redacted (the page is not trusted to have done it), without the query', async () => {
    const { lines, handle } = setUp();
    await handle(report);
    expect(lines).toEqual([
      [
        'renderer-error',
        {
          kind: 'render',
          name: 'TypeError',
          message: 'Cannot show “…”',
          stack: 'TypeError: Cannot show “…”\n    at X (app://drp/assets/index.js:1:1)',
          route: '/plans/p1/systems',
        },
      ],
    ]);
    expect(JSON.stringify(lines)).not.toContain('Acme');
  });

  it(`logs at most ${MAX_ERROR_REPORTS_PER_MINUTE} a minute, then says how many it dropped`, async () => {
    const { lines, handle, advance } = setUp();
    for (let n = 0; n < MAX_ERROR_REPORTS_PER_MINUTE + 12; n += 1) await handle(report);
    expect(lines).toHaveLength(MAX_ERROR_REPORTS_PER_MINUTE);
    advance(60_000);
    await handle(report);
    expect(lines.slice(-2)).toEqual([
      ['renderer-errors-dropped', { count: 12 }],
      ['renderer-error', expect.objectContaining({ kind: 'render' })],
    ]);
  });
});
