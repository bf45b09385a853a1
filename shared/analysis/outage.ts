import type { Dependency } from '../model/dependency';
import type { Runbook } from '../model/runbook';
import type { Tier } from '../model/system';
import { blastRadius, buildGraph, needsOf, propagate, type FailureGraph, type Needs } from './failure-graph';
import { processMtd, processTier, systemMtd } from './mtd';
import type { PlanAnalysisInput } from './plan-analysis';
import { hardCycles, recoveryWaves } from './recovery-order';
import { systemDurations } from './recovery-time';

/**
 * The version of the outage structure below, printed as it is by the command
 * line and exports: add fields freely, bump it when a field changes meaning or goes away.
 */
export const OUTAGE_VERSION = 2;

/** A degraded dependency's workaround is read when present; any PlanAnalysisInput is accepted as is. */
export type OutageInput = Pick<PlanAnalysisInput, 'mtdThreshold' | 'systems' | 'processes'> & {
  dependencies: readonly (Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'> &
    Partial<Pick<Dependency, 'workaround'>>)[];
  /** The written recovery procedures: a system with one comes back when its runbook is done. */
  runbooks: readonly Pick<Runbook, 'systemId' | 'steps'>[];
};

/**
 * What a down system's back time rests on. runbook: its runbook's duration,
 * started once what it needs is back. rto: no runbook, so its RTO is taken
 * as the time it is back by. null: neither is known.
 */
export type BackBasis = 'runbook' | 'rto' | null;

/** Minutes from the start of the outage. */
export interface ExpectedTime {
  /** Exact, or null when an RTO it depends on is not set, or when it waits on a dependency cycle. */
  minutes: number | null;
  /**
   * What is certain even with RTOs missing (a missing RTO counts as no time at all); equals
   * `minutes` when that is known. null only when there is no recovery order (a dependency cycle).
   */
  atLeast: number | null;
}

export interface DownSystem {
  id: string;
  name: string;
  tier: Tier | null;
  /** Picked as failed, rather than taken down by something it needs. */
  failed: boolean;
  /** The down systems it needs: hard needs, and every member of an alternatives group that is all down. */
  causes: string[];
  /** Its wave in the recovery from this outage (1 first); null in or behind a dependency cycle. */
  wave: number | null;
  rto: number | null;
  wrt: number | null;
  mtd: number | null;
  /**
   * When it is expected back: its runbook's duration after what it needs is
   * back, or without a runbook its RTO (later when something it needs comes
   * back later).
   */
  back: ExpectedTime;
  basis: BackBasis;
  /** When work with it is back to normal: back plus its WRT (none when not set). */
  ready: ExpectedTime;
  /** When it comes back later than its RTO because of a down need: that need (the quickest of a down group). */
  waitsOn: string | null;
  /** Certain to be back to normal (back + WRT) only after its MTD. */
  breach: boolean;
}

export interface StoppedProcess {
  id: string;
  name: string;
  tier: Tier | null;
  /** The down systems it needs. */
  causes: string[];
  /** When it runs again: every system it needs is back and their WRT is over. */
  back: ExpectedTime;
  /** The system it waits for longest (for an alternatives group, the group's quickest member). */
  waitsOn: string | null;
  mtd: number | null;
  /** Certain to run again only after its MTD. */
  breach: boolean;
}

export interface DegradedEntry {
  id: string;
  name: string;
  /** The down systems it works worse without, each with the workaround recorded for it ('' if none). */
  by: { id: string; workaround: string }[];
}

export interface OutageAnalysis {
  version: typeof OUTAGE_VERSION;
  /** The systems picked as failed that belong to the plan, in entry order. */
  failedIds: string[];
  /** Picked ids that are not systems of the plan (ignored). */
  unknownIds: string[];
  /** Every system that is down, failed or taken down, in entry order. */
  down: DownSystem[];
  /** Systems that keep running with reduced function, in entry order. */
  degraded: DegradedEntry[];
  stoppedProcesses: StoppedProcess[];
  degradedProcesses: DegradedEntry[];
  /** The down systems per recovery wave, in entry order within a wave. */
  waves: { wave: number; systemIds: string[] }[];
  /** Hard dependency cycles among the down systems: no order exists to recover them. */
  cycles: string[][];
  /** How many MTDs are certain to be breached. */
  breaches: { systems: number; processes: number };
}

/**
 * What one outage does to the plan: what is down or degraded, the order and
 * expected times of recovery, and every MTD it breaches. Everything starts
 * recovering at once. A system with a runbook is back when its runbook is
 * done, and the runbook starts once what it needs is back (for an
 * alternatives group, its quickest member). Without a runbook, its RTO is
 * what it is back by, or later when what it needs is back later. Pure: no clock.
 */
export function simulateOutage(input: OutageInput, failedIds: readonly string[]): OutageAnalysis {
  const graph = buildGraph(input);
  const picked = new Set(failedIds);
  const known = new Set(graph.systemIds);
  const failed = input.systems.filter((system) => picked.has(system.id)).map((system) => system.id);
  const outage = propagate(graph, failed);
  const downSystems = input.systems.filter((system) => outage.down.has(system.id));
  const isDown = (id: string) => outage.down.has(id);
  const downNeeds = (id: string): Needs => {
    const need = needsOf(graph, id);
    return {
      hard: need.hard.filter(isDown),
      groups: need.groups.filter((group) => group.every(isDown)),
      degraded: [],
    };
  };

  // The outage as a graph of its own: up needs are met, so only down ones order the recovery.
  const sub = buildGraph({
    systems: downSystems,
    processes: [],
    dependencies: downSystems.flatMap((system) => {
      const need = downNeeds(system.id);
      return [
        ...need.hard.map((id) => ({ dependentId: system.id, kind: 'hard' as const, targetIds: [id] })),
        ...need.groups.map((group) => ({
          dependentId: system.id,
          kind: 'alternatives' as const,
          targetIds: [...group],
        })),
      ];
    }),
  });
  const waves = recoveryWaves(sub);
  const byId = new Map(input.systems.map((system) => [system.id, system]));
  const rtoOf = (id: string) => byId.get(id)?.rto ?? null;
  const durations = systemDurations(input.runbooks);
  const basisOf = (id: string): BackBasis =>
    durations.has(id) ? 'runbook' : rtoOf(id) !== null ? 'rto' : null;
  // Lower and upper bound: unknown work (no RTO, steps without estimates) taken as no time, or as forever.
  const own =
    (unknown: number) =>
    (id: string): Own => {
      const runbook = durations.get(id);
      if (runbook)
        return { by: 0, after: runbook.lowerBound ? Math.max(runbook.minutes, unknown) : runbook.minutes };
      return { by: rtoOf(id) ?? unknown, after: 0 };
    };
  const low = settle(sub, own(0));
  const high = settle(sub, own(Number.POSITIVE_INFINITY));
  const plus = (times: ReadonlyMap<string, number>, id: string) =>
    (times.get(id) ?? Number.POSITIVE_INFINITY) + (byId.get(id)?.wrt ?? 0);
  const readyLow = (id: string) => plus(low, id);
  const readyHigh = (id: string) => plus(high, id);

  const down: DownSystem[] = downSystems.map((system) => {
    const need = downNeeds(system.id);
    const back = expected(low.get(system.id), high.get(system.id));
    const ready = expected(
      back.atLeast === null ? undefined : readyLow(system.id),
      back.atLeast === null ? undefined : readyHigh(system.id),
    );
    const mtd = systemMtd(
      system,
      input.processes,
      input.mtdThreshold,
      // Only the down systems need their MTD, so only their blast radius is worked out.
      new Set(blastRadius(graph, system.id).processes),
    ).minutes;
    const basis = basisOf(system.id);
    const needsBack = latest(need, (id) => low.get(id) ?? Number.POSITIVE_INFINITY);
    // Late because of a need: with a runbook, any wait for a need that pushes it past its RTO;
    // without one, only a need that is back after the RTO.
    const lag =
      system.rto !== null &&
      back.atLeast !== null &&
      back.atLeast > system.rto &&
      (basis === 'runbook' ? needsBack > 0 : needsBack > system.rto)
        ? slowest(need, (id) => low.get(id) ?? Number.POSITIVE_INFINITY)
        : null;
    return {
      id: system.id,
      name: system.name,
      tier: system.tier,
      failed: picked.has(system.id),
      causes: causesOf(need),
      wave: waves.get(system.id) ?? null,
      rto: system.rto,
      wrt: system.wrt,
      mtd,
      back,
      basis,
      ready,
      waitsOn: lag,
      breach: breached(ready.atLeast, mtd),
    };
  });

  const stoppedProcesses: StoppedProcess[] = input.processes
    .filter((process) => outage.down.has(process.id))
    .map((process) => {
      const need = downNeeds(process.id);
      const atLeast = latest(need, readyLow);
      const back = expected(
        Number.isFinite(atLeast) ? atLeast : undefined,
        Number.isFinite(atLeast) ? latest(need, readyHigh) : undefined,
      );
      const mtd = processMtd(process, input.mtdThreshold).minutes;
      return {
        id: process.id,
        name: process.name,
        tier: processTier(process, input.mtdThreshold),
        causes: causesOf(need),
        back,
        waitsOn: back.atLeast === null ? null : slowest(need, readyLow),
        mtd,
        breach: breached(back.atLeast, mtd),
      };
    });

  const degradedEntry = (entry: { id: string; name: string }): DegradedEntry => ({
    id: entry.id,
    name: entry.name,
    by: needsOf(graph, entry.id)
      .degraded.filter(isDown)
      .map((target) => ({ id: target, workaround: workaroundFor(input, entry.id, target) })),
  });

  const byWave = new Map<number, string[]>();
  for (const system of downSystems) {
    const wave = waves.get(system.id);
    if (wave !== undefined) byWave.set(wave, [...(byWave.get(wave) ?? []), system.id]);
  }

  return {
    version: OUTAGE_VERSION,
    failedIds: failed,
    unknownIds: [...picked].filter((id) => !known.has(id)),
    down,
    degraded: input.systems.filter((system) => outage.degraded.has(system.id)).map(degradedEntry),
    stoppedProcesses,
    degradedProcesses: input.processes
      .filter((process) => outage.degraded.has(process.id))
      .map(degradedEntry),
    waves: [...byWave].sort(([a], [b]) => a - b).map(([wave, systemIds]) => ({ wave, systemIds })),
    cycles: hardCycles(sub),
    breaches: {
      systems: down.filter((system) => system.breach).length,
      processes: stoppedProcesses.filter((process) => process.breach).length,
    },
  };
}

/** Exact when both bounds agree; absent bounds mean no recovery order. */
function expected(low: number | undefined, high: number | undefined): ExpectedTime {
  if (low === undefined || !Number.isFinite(low)) return { minutes: null, atLeast: null };
  return { minutes: low === high ? low : null, atLeast: low };
}

function breached(atLeast: number | null, mtd: number | null): boolean {
  return atLeast !== null && mtd !== null && atLeast > mtd;
}

function causesOf(need: Needs): string[] {
  return [...new Set([...need.hard, ...need.groups.flat()])];
}

/** Each part's time: a hard need's, or the quickest member's of a group. */
function parts(need: Needs, time: (id: string) => number): { id: string; time: number }[] {
  return [
    ...need.hard.map((id) => ({ id, time: time(id) })),
    ...need.groups.map((group) =>
      group
        .map((id) => ({ id, time: time(id) }))
        .reduce((best, member) => (member.time < best.time ? member : best)),
    ),
  ];
}

function latest(need: Needs, time: (id: string) => number): number {
  return Math.max(0, ...parts(need, time).map((part) => part.time));
}

/** The part that comes back last (the first of them on a tie). */
function slowest(need: Needs, time: (id: string) => number): string | null {
  const all = parts(need, time);
  const last = all.reduce<(typeof all)[number] | null>(
    (best, part) => (best === null || part.time > best.time ? part : best),
    null,
  );
  return last?.id ?? null;
}

function workaroundFor(input: OutageInput, dependentId: string, targetId: string): string {
  const dependency = input.dependencies.find(
    (candidate) =>
      candidate.dependentId === dependentId &&
      candidate.kind === 'degraded' &&
      candidate.targetIds.includes(targetId) &&
      (candidate.workaround ?? '').trim() !== '',
  );
  return dependency?.workaround?.trim() ?? '';
}

/**
 * The earliest time each system can be back when nothing comes back before
 * what it needs: T(s) = max(by(s), T(h) for each hard need h, and for each
 * alternatives group the smallest T of its members) + after(s). Knuth's generalisation
 * of Dijkstra's algorithm: the smallest pending time is final, so the first
 * member of a group to settle is its quickest. Systems that never get all
 * they need (in or behind a hard cycle) are absent.
 */
interface Own {
  /** Back no earlier than this (an RTO). */
  by: number;
  /** Work that starts once every need is back (a runbook). */
  after: number;
}

function settle(graph: FailureGraph, own: (id: string) => Own): Map<string, number> {
  const hardLeft = new Map<string, Set<string>>();
  const groupsLeft = new Map<string, Set<number>>();
  const floor = new Map<string, number>();
  const after = new Map<string, number>();
  const pending = new Map<string, number>();
  for (const id of graph.systemIds) {
    const need = needsOf(graph, id);
    hardLeft.set(id, new Set(need.hard));
    groupsLeft.set(id, new Set(need.groups.map((_, index) => index)));
    const mine = own(id);
    after.set(id, mine.after);
    floor.set(id, mine.by);
    if (need.hard.length === 0 && need.groups.length === 0) pending.set(id, mine.by + mine.after);
  }

  const settled = new Map<string, number>();
  for (;;) {
    let next: { id: string; time: number } | null = null;
    for (const [id, time] of pending) if (next === null || time < next.time) next = { id, time };
    if (next === null) break;
    const done = next;
    pending.delete(done.id);
    settled.set(done.id, done.time);
    for (const dependent of graph.dependents.get(done.id) ?? []) {
      if (settled.has(dependent) || pending.has(dependent)) continue;
      const hard = hardLeft.get(dependent) ?? new Set<string>();
      const open = groupsLeft.get(dependent) ?? new Set<number>();
      let time = floor.get(dependent) ?? 0;
      if (hard.delete(done.id)) time = Math.max(time, done.time);
      needsOf(graph, dependent).groups.forEach((group, index) => {
        if (open.has(index) && group.includes(done.id)) {
          open.delete(index);
          time = Math.max(time, done.time);
        }
      });
      floor.set(dependent, time);
      if (hard.size === 0 && open.size === 0) pending.set(dependent, time + (after.get(dependent) ?? 0));
    }
  }
  return settled;
}
