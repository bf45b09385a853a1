import { formatDuration } from '../model/duration';
import { deriveMtd, suggestTier, type MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System, Tier } from '../model/system';
import { blastRadius, type FailureGraph } from './failure-graph';

/** A process's MTD as the analysis uses it: set by hand, derived from impact, or unknown. */
export interface ProcessMtd {
  /** null when unknown or when the impact stays tolerable for more than a week ("beyond"). */
  minutes: number | null;
  beyond: boolean;
  source: 'override' | 'derived' | 'none';
}

export function processMtd(process: BusinessProcess, threshold: MtdThreshold): ProcessMtd {
  if (process.mtdOverride !== null)
    return { minutes: process.mtdOverride, beyond: false, source: 'override' };
  const derived = deriveMtd(process.impact, threshold);
  if (derived.status === 'reached') return { minutes: derived.minutes, beyond: false, source: 'derived' };
  return { minutes: null, beyond: derived.status === 'not-reached', source: 'none' };
}

/** The MTD as the tier suggestion reads it: minutes, "beyond" a week, or unknown. */
export function mtdForTier(mtd: ProcessMtd): number | 'beyond' | null {
  return mtd.beyond ? 'beyond' : mtd.minutes;
}

/** The tier a process has: the one set by hand, else the one its MTD suggests. */
export function processTier(process: BusinessProcess, threshold: MtdThreshold): Tier | null {
  return process.tierOverride ?? suggestTier(mtdForTier(processMtd(process, threshold)));
}

export interface SystemMtd {
  minutes: number | null;
  source: 'override' | 'processes' | 'none';
  /** The process whose MTD is the strictest, when it comes from processes. */
  from: BusinessProcess | null;
  /** Whether that process needs the system itself, rather than through other systems. */
  direct: boolean;
}

/**
 * A system's MTD: set by hand, else the strictest MTD among the processes that
 * stop when it fails. `stops` lists those processes (its blast radius, see
 * {@link processesStoppedBy}): a database behind the web shop must be back as
 * soon as the sales process needs the shop. Processes that tick the system are
 * counted even when `stops` leaves them out.
 */
export function systemMtd(
  system: System,
  processes: readonly BusinessProcess[],
  threshold: MtdThreshold,
  stops: ReadonlySet<string>,
): SystemMtd {
  if (system.mtdOverride !== null)
    return { minutes: system.mtdOverride, source: 'override', from: null, direct: false };
  let best: SystemMtd = { minutes: null, source: 'none', from: null, direct: false };
  for (const process of processes) {
    const direct = process.systemIds.includes(system.id);
    if (!direct && !stops.has(process.id)) continue;
    const { minutes } = processMtd(process, threshold);
    // At equal MTDs a process that ticks the system explains it more plainly.
    const better =
      minutes !== null &&
      (best.minutes === null ||
        minutes < best.minutes ||
        (minutes === best.minutes && direct && !best.direct));
    if (better) best = { minutes, source: 'processes', from: process, direct };
  }
  return best;
}

/** For each system, the processes that stop when it alone fails: what its MTD is taken from. */
export function processesStoppedBy(graph: FailureGraph): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(graph.systemIds.map((id) => [id, new Set(blastRadius(graph, id).processes)]));
}

export function explainSystemMtd(mtd: SystemMtd): string {
  switch (mtd.source) {
    case 'override':
      return 'Set by hand for this system.';
    case 'processes':
      if (!mtd.from || mtd.minutes === null) return '';
      return mtd.direct
        ? `From “${mtd.from.name}”, the most time-critical process it supports (${formatDuration(mtd.minutes)}).`
        : `From “${mtd.from.name}” (${formatDuration(mtd.minutes)}): that process stops when this system fails, through the systems that depend on it.`;
    case 'none':
      return 'Unknown: link this system to the processes it supports (or record which systems need it) and rate their impact, or set it by hand.';
  }
}
