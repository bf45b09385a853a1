import type { Runbook } from '../model/runbook';
import { runbookDuration, type RunbookDuration } from './critical-path';
import { needsOf, type FailureGraph } from './failure-graph';
import { hardCycles } from './recovery-order';

/** A system's own recovery work: its runbook's duration, exact or (lowerBound) at least that long. */
export type OwnDuration = Pick<RunbookDuration, 'minutes' | 'lowerBound'>;

/** Why a system has no recovery time at all: nothing can be recovered first. */
export type RecoveryBlock =
  /** It is one of the systems of a hard dependency cycle (the members, in entry order). */
  | { reason: 'in-cycle'; cycle: string[] }
  /** Something it needs waits on a cycle (of hard needs, or of alternatives that all wait on each other). */
  | { reason: 'waits-on-cycle' };

/**
 * How long until a system is back when recovery starts from nothing: its
 * own runbook, after what it hard-needs is back, and after the quickest
 * member of each of its alternatives groups. Degraded needs do not delay it.
 */
export interface RecoveryTime {
  /** Exact minutes, or null when a duration it may wait for is unknown, or when it is blocked. */
  minutes: number | null;
  /** What is certain (unknown work counts as no time); equals `minutes` when that is known; null when blocked. */
  atLeast: number | null;
  /**
   * The chain that decides `atLeast`, first recovered first, ending with the
   * system itself: at each step the need that is back last (for an
   * alternatives group, its quickest member). Empty when blocked.
   */
  chain: string[];
  /**
   * When `minutes` is null and it is not blocked: the systems, itself
   * included, that it may wait for and whose runbook is missing or has steps
   * without an estimate, in entry order. Empty otherwise.
   */
  unknownIds: string[];
  blocked: RecoveryBlock | null;
}

/**
 * Recovery time of every system of the graph. A system without an entry in
 * `durations` has no runbook: its own work is unknown.
 *
 * T(s) = own(s) + max(T(h) for each hard need h, and for each alternatives
 * group the smallest T of its members), solved twice like the outage
 * simulation: with unknown work as 0 (the certain lower bound) and as
 * forever (finite only when nothing unknown matters).
 */
export function recoveryTimes(
  graph: FailureGraph,
  durations: ReadonlyMap<string, OwnDuration>,
): Map<string, RecoveryTime> {
  const low = settle(graph, (id) => durations.get(id)?.minutes ?? 0);
  const high = settle(graph, (id) => {
    const own = durations.get(id);
    return own && !own.lowerBound ? own.minutes : Number.POSITIVE_INFINITY;
  });
  const cycleOf = new Map<string, string[]>();
  for (const cycle of hardCycles(graph)) for (const id of cycle) cycleOf.set(id, cycle);
  const unknown = (id: string) => {
    const own = durations.get(id);
    return !own || own.lowerBound;
  };

  const result = new Map<string, RecoveryTime>();
  for (const id of graph.systemIds) {
    const lo = low.get(id);
    if (lo === undefined) {
      const cycle = cycleOf.get(id);
      result.set(id, {
        minutes: null,
        atLeast: null,
        chain: [],
        unknownIds: [],
        blocked: cycle ? { reason: 'in-cycle', cycle: [...cycle] } : { reason: 'waits-on-cycle' },
      });
      continue;
    }
    const exact = high.get(id)?.time === lo.time;
    result.set(id, {
      minutes: exact ? lo.time : null,
      atLeast: lo.time,
      chain: chainTo(graph, low, id),
      unknownIds: exact ? [] : mayWaitFor(graph, low, id).filter(unknown),
      blocked: null,
    });
  }
  return result;
}

interface Settled {
  time: number;
  /** When it was settled: everything it waits for was settled before it. */
  order: number;
}

/** The need each system waited for last, walked back from `id`; only earlier-settled needs count, so it ends. */
function chainTo(graph: FailureGraph, settled: ReadonlyMap<string, Settled>, id: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    chain.push(current);
    const here = settled.get(current);
    if (!here) break;
    const order = here.order;
    const before = (ids: readonly string[]): Part[] =>
      ids.flatMap((other) => {
        const entry = settled.get(other);
        return entry && entry.order < order ? [{ id: other, time: entry.time }] : [];
      });
    const need = needsOf(graph, current);
    const parts = [
      ...before(need.hard),
      ...need.groups.flatMap((group) => pick(before(group), (a, b) => a.time < b.time)),
    ];
    current = pick(parts, (a, b) => a.time > b.time)[0]?.id;
  }
  return chain.reverse();
}

interface Part {
  id: string;
  time: number;
}

/** The first part that no later one beats, as a list of zero or one. */
function pick(parts: readonly Part[], beats: (a: Part, b: Part) => boolean): Part[] {
  let best: Part | undefined;
  for (const part of parts) if (!best || beats(part, best)) best = part;
  return best ? [best] : [];
}

/** Itself and every system it may wait for (hard needs and every group member, recursively), in entry order. */
function mayWaitFor(graph: FailureGraph, settled: ReadonlyMap<string, Settled>, id: string): string[] {
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const need = needsOf(graph, next);
    for (const target of [...need.hard, ...need.groups.flat()]) {
      // A member that can never be back is never the quickest: it cannot change the time.
      if (seen.has(target) || !settled.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return graph.systemIds.filter((system) => seen.has(system));
}

/**
 * Knuth's generalisation of Dijkstra's algorithm, as in the outage
 * simulation, with the own work added rather than compared: T(s) is never
 * less than any time it waits for, so the smallest pending time is final
 * and the first member of a group to settle is its quickest. Systems that
 * never get what they need (in or behind a cycle) stay absent.
 */
function settle(graph: FailureGraph, own: (id: string) => number): Map<string, Settled> {
  const systems = new Set(graph.systemIds);
  const hardLeft = new Map<string, Set<string>>();
  const groupsLeft = new Map<string, Set<number>>();
  const waited = new Map<string, number>();
  const pending = new Map<string, number>();
  for (const id of graph.systemIds) {
    const need = needsOf(graph, id);
    hardLeft.set(id, new Set(need.hard));
    groupsLeft.set(id, new Set(need.groups.map((_, index) => index)));
    waited.set(id, 0);
    if (need.hard.length === 0 && need.groups.length === 0) pending.set(id, own(id));
  }

  const settled = new Map<string, Settled>();
  for (;;) {
    let next: { id: string; time: number } | null = null;
    for (const [id, time] of pending) if (next === null || time < next.time) next = { id, time };
    if (next === null) break;
    const done = next;
    pending.delete(done.id);
    settled.set(done.id, { time: done.time, order: settled.size });
    for (const dependent of graph.dependents.get(done.id) ?? []) {
      if (!systems.has(dependent) || settled.has(dependent) || pending.has(dependent)) continue;
      const hard = hardLeft.get(dependent) ?? new Set<string>();
      const open = groupsLeft.get(dependent) ?? new Set<number>();
      let time = waited.get(dependent) ?? 0;
      if (hard.delete(done.id)) time = Math.max(time, done.time);
      needsOf(graph, dependent).groups.forEach((group, index) => {
        if (open.has(index) && group.includes(done.id)) {
          open.delete(index);
          time = Math.max(time, done.time);
        }
      });
      waited.set(dependent, time);
      if (hard.size === 0 && open.size === 0) pending.set(dependent, time + own(dependent));
    }
  }
  return settled;
}

/**
 * Each system's own recovery work from its runbooks. With several (one per
 * scenario), the slowest counts: the findings judge the worst case, and a
 * runbook missing estimates (or still without steps) might be the slowest,
 * so the result is then a lower bound.
 */
export function systemDurations(
  runbooks: readonly Pick<Runbook, 'systemId' | 'steps'>[],
): Map<string, OwnDuration> {
  const durations = new Map<string, OwnDuration>();
  for (const runbook of runbooks) {
    const duration = runbookDuration(runbook.steps);
    const minutes = duration.minutes;
    // A runbook without steps says nothing yet about how long recovery takes.
    const lowerBound = duration.lowerBound || runbook.steps.length === 0;
    const known = durations.get(runbook.systemId);
    durations.set(
      runbook.systemId,
      known
        ? { minutes: Math.max(known.minutes, minutes), lowerBound: known.lowerBound || lowerBound }
        : { minutes, lowerBound },
    );
  }
  return durations;
}
