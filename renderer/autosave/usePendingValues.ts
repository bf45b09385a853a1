import { useState } from 'react';

/**
 * Values the user just chose that the database has not caught up with yet.
 * Controls that save on every press (rating cells, checkboxes) show the
 * pending value until the live query reports the same one, so a quick run of
 * key presses never flickers back to an older value. A failed write keeps its
 * value on screen; the status bar names it and offers Retry.
 */
export function usePendingValues<V>(stored: (key: string) => V) {
  const [pending, setPending] = useState<ReadonlyMap<string, { value: V }>>(() => new Map());

  // Dropped during render (React's pattern for state derived from props), not in an effect, so the
  // screen never shows one frame of a stale value.
  const caughtUp = [...pending].filter(([key, entry]) => Object.is(stored(key), entry.value));
  if (caughtUp.length > 0) {
    const next = new Map(pending);
    for (const [key] of caughtUp) next.delete(key);
    setPending(next);
  }

  return {
    value: (key: string): V => {
      const entry = pending.get(key);
      return entry ? entry.value : stored(key);
    },
    set: (key: string, value: V) => {
      setPending((current) => new Map(current).set(key, { value }));
    },
  };
}
