import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/*
 * The main process's log: one JSON object per line (time, level, event, fields), in the folder
 * Electron gives for logs. Only event names, error names/messages/stacks, codes and counts go in,
 * never plan content: callers pass fields they chose, not records or file paths.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** Resolves once every line logged so far is written (or has failed to be). Never rejects. */
  flush(): Promise<void>;
}

export const LOG_FILE_NAME = 'main.log';
/** Rotate when the file would pass this size. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** Files kept: main.log and main.1.log … main.4.log, oldest last. */
export const LOG_KEEP_FILES = 5;

const RESERVED = new Set(['time', 'level', 'event']);

export function formatLogLine(time: Date, level: LogLevel, event: string, fields: LogFields = {}): string {
  const entry: Record<string, LogValue> = { time: time.toISOString(), level, event };
  // A field may not pass itself off as the line's time, level or event.
  for (const [key, value] of Object.entries(fields)) if (!RESERVED.has(key)) entry[key] = value;
  return `${JSON.stringify(entry)}\n`;
}

export interface FileLoggerOptions {
  /** The folder, or a function giving it on the first write (Electron knows it only once started). */
  dir: string | (() => string);
  now?: () => Date;
  maxBytes?: number;
  keep?: number;
  /** Told when a write fails; the default writes to stderr. It must not throw. */
  onFailure?: (error: unknown) => void;
}

/**
 * A logger that appends to `dir/main.log`, rotating it. Lines are written in order by one promise
 * chain; a failed write (disk full, folder gone) is reported to `onFailure` and never reaches the
 * code that logged, because a log must not be the thing that breaks the app.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const dirOption = options.dir;
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = Math.max(1, options.keep ?? LOG_KEEP_FILES);
  const report =
    options.onFailure ??
    ((error: unknown) => {
      console.error('Could not write the log', error);
    });
  const onFailure = (error: unknown): void => {
    try {
      report(error);
    } catch {
      // Nowhere left to say it; the app carries on.
    }
  };
  let dir = '';
  let file = '';
  /** Bytes in main.log, learnt from the disk on the first write. */
  let size: number | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function currentSize(): Promise<number> {
    if (size !== null) return size;
    if (file === '') {
      dir = typeof dirOption === 'string' ? dirOption : dirOption();
      file = path.join(dir, LOG_FILE_NAME);
    }
    await mkdir(dir, { recursive: true });
    try {
      size = (await stat(file)).size;
    } catch {
      size = 0;
    }
    return size;
  }

  async function rotate(): Promise<void> {
    await rm(rotatedName(keep - 1), { force: true });
    for (let index = keep - 2; index >= 1; index -= 1) {
      await rename(rotatedName(index), rotatedName(index + 1)).catch(ignoreMissing);
    }
    if (keep > 1) await rename(file, rotatedName(1)).catch(ignoreMissing);
    else await rm(file, { force: true });
    size = 0;
  }

  function rotatedName(index: number): string {
    return path.join(dir, `main.${index}.log`);
  }

  async function write(line: string): Promise<void> {
    const bytes = Buffer.byteLength(line);
    const before = await currentSize();
    if (before > 0 && before + bytes > maxBytes) await rotate();
    await appendFile(file, line, 'utf8');
    size = (size ?? 0) + bytes;
  }

  function log(level: LogLevel, event: string, fields?: LogFields): void {
    let line: string;
    try {
      line = formatLogLine(now(), level, event, fields);
    } catch (error) {
      onFailure(error);
      return;
    }
    queue = queue
      .then(() => write(line))
      .catch((error: unknown) => {
        // Re-read the size next time: the failure may have left the file anywhere.
        size = null;
        onFailure(error);
      });
  }

  return {
    info: (event, fields) => {
      log('info', event, fields);
    },
    warn: (event, fields) => {
      log('warn', event, fields);
    },
    error: (event, fields) => {
      log('error', event, fields);
    },
    flush: () => queue,
  };
}

function ignoreMissing(error: unknown): void {
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return;
  throw error;
}

/** The code of a Node error (ENOSPC, EACCES…), the only part of a file error worth logging. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
