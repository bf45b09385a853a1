import { formatDuration } from '../model/duration';
import { deriveMtd, suggestTier, type MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System, Tier } from '../model/system';

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
}

/** A system's MTD: set by hand, else the strictest MTD among the processes it supports. */
export function systemMtd(
  system: System,
  processes: readonly BusinessProcess[],
  threshold: MtdThreshold,
): SystemMtd {
  if (system.mtdOverride !== null) return { minutes: system.mtdOverride, source: 'override', from: null };
  let best: SystemMtd = { minutes: null, source: 'none', from: null };
  for (const process of processes) {
    if (!process.systemIds.includes(system.id)) continue;
    const { minutes } = processMtd(process, threshold);
    if (minutes !== null && (best.minutes === null || minutes < best.minutes)) {
      best = { minutes, source: 'processes', from: process };
    }
  }
  return best;
}

export function explainSystemMtd(mtd: SystemMtd): string {
  switch (mtd.source) {
    case 'override':
      return 'Set by hand for this system.';
    case 'processes':
      return mtd.from && mtd.minutes !== null
        ? `From “${mtd.from.name}”, the most time-critical process it supports (${formatDuration(mtd.minutes)}).`
        : '';
    case 'none':
      return 'Unknown: link this system to the processes it supports and rate their impact, or set it by hand.';
  }
}
