import { NEWER_DATABASE_ERROR, NEWER_DATABASE_MESSAGE } from '../db/read-only';

/**
 * Turns whatever IndexedDB or Dexie threw into words for the status bar.
 * Dexie wraps the browser's error (e.g. an AbortError whose `inner` is the
 * QuotaExceededError), so look through the wrapper before deciding.
 */
export function describeStorageError(error: unknown): string {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return 'the disk or the app’s storage is full. Free some space, then retry.';
  }
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) {
    return 'the database is closed (another window may be upgrading it). Reload the window, then retry.';
  }
  if (names.includes('ReadOnlyError')) return 'the database is read-only.';
  if (names.includes(NEWER_DATABASE_ERROR)) return NEWER_DATABASE_MESSAGE;
  const message = error instanceof Error ? error.message : String(error);
  return message || 'an unknown storage error occurred.';
}

/** Whether trying the same write again can succeed: not in a database that refuses every write. */
export function canRetry(error: unknown): boolean {
  return !errorNames(error).includes(NEWER_DATABASE_ERROR);
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    if ('name' in current && typeof current.name === 'string') names.push(current.name);
    current = 'inner' in current ? current.inner : undefined;
  }
  return names;
}
