import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../shared/model/workshop';

/** What the timer shows: time left on the current item, or how far it has run over. */
export function timerText(allowedMinutes: number, elapsedMs: number): { text: string; overrun: boolean } {
  const left = Math.round((allowedMinutes * 60_000 - elapsedMs) / 1000);
  const seconds = Math.abs(left);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return left >= 0 ? { text: `${clock} left`, overrun: false } : { text: `${clock} over`, overrun: true };
}

/**
 * The agenda's clock: it counts the current item (the first not done) down from its minutes, and
 * starts again from zero when that item is done. It lives in memory only: a timer is for the room,
 * not for the plan.
 */
export function useAgendaTimer(agenda: readonly AgendaItem[]) {
  const current = agenda.find((item) => !item.done) ?? null;
  const [state, setState] = useState<{ itemId: string | null; elapsedMs: number; since: number | null }>({
    itemId: null,
    elapsedMs: 0,
    since: null,
  });
  const [now, setNow] = useState(() => Date.now());
  const running = state.since !== null;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 500);
    return () => {
      clearInterval(timer);
    };
  }, [running]);

  // A new current item starts at zero, keeping the clock running if it was.
  const sameItem = state.itemId === (current?.id ?? null);
  const elapsedMs = sameItem
    ? state.elapsedMs + (state.since === null ? 0 : Math.max(0, now - state.since))
    : 0;
  if (!sameItem) {
    setState({ itemId: current?.id ?? null, elapsedMs: 0, since: running ? now : null });
  }

  return {
    current,
    running,
    elapsedMs,
    start: () => {
      const at = Date.now();
      setNow(at);
      setState((previous) => ({ ...previous, since: at }));
    },
    pause: () => {
      const at = Date.now();
      setState((previous) => ({
        ...previous,
        elapsedMs: previous.elapsedMs + (previous.since === null ? 0 : at - previous.since),
        since: null,
      }));
    },
    reset: () => {
      const at = Date.now();
      setNow(at);
      setState((previous) => ({ ...previous, elapsedMs: 0, since: previous.since === null ? null : at }));
    },
  };
}
export type AgendaTimer = ReturnType<typeof useAgendaTimer>;
