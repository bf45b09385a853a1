import type { DurationSource } from '../analysis/measured-times';
import type { SystemAnalysis } from '../analysis/plan-analysis';
import type { Tier } from '../model/system';

/**
 * One system's bar pair in "RTO required vs achievable": the RTO it must meet, and the recovery
 * time the analysis works out (its runbook after what it needs, recovery-time.ts).
 */
export interface RtoBar {
  id: string;
  name: string;
  tier: Tier | null;
  /** The RTO in minutes, or null when none is set. */
  required: number | null;
  /** The analysis' recovery time in minutes (the certain part when `lowerBound`), null when it cannot be worked out. */
  achievable: number | null;
  /** Some of the recovery work is not estimated: it takes at least `achievable`. */
  lowerBound: boolean;
  /** Whether its runbook time comes from estimates or from times measured in exercises (null: no runbook). */
  source: DurationSource | null;
  /**
   * late: recovery takes longer than the RTO (or at least as long, when a lower bound already exceeds it);
   * unknown: no recovery time (no runbook, unestimated steps, or a dependency cycle); ok: fits;
   * no-rto: nothing to compare against.
   */
  state: 'late' | 'unknown' | 'ok' | 'no-rto';
  /** achievable / required, for ordering (0 without both). */
  ratio: number;
}

const STATE_ORDER = { late: 0, unknown: 1, ok: 2, 'no-rto': 3 } as const satisfies Record<
  RtoBar['state'],
  number
>;

export function rtoBar(system: SystemAnalysis): RtoBar {
  const { recovery } = system;
  // "At least 0 minutes" says nothing: without any estimated work the recovery time is unknown.
  const partial = recovery.atLeast !== null && recovery.atLeast > 0 ? recovery.atLeast : null;
  const achievable = recovery.minutes ?? partial;
  const lowerBound = recovery.minutes === null && partial !== null;
  const required = system.rto;
  let state: RtoBar['state'];
  if (required === null) state = 'no-rto';
  else if (achievable !== null && achievable > required) state = 'late';
  else if (recovery.minutes === null) state = 'unknown';
  else state = 'ok';
  const ratio = required !== null && required > 0 && achievable !== null ? achievable / required : 0;
  return {
    id: system.id,
    name: system.name,
    tier: system.tier,
    required,
    achievable,
    lowerBound,
    source: system.durationSource,
    state,
    ratio,
  };
}

/**
 * Every system's bars, worst first: late ones by how far over they are, then those nobody can
 * say, then those that fit (the closest to their RTO first), then those without an RTO; ties by
 * tier (most critical first) and name.
 */
export function rtoBars(systems: readonly SystemAnalysis[]): RtoBar[] {
  return systems
    .map(rtoBar)
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        b.ratio - a.ratio ||
        (a.tier ?? 9) - (b.tier ?? 9) ||
        a.name.localeCompare(b.name),
    );
}

/** Durations on the chart's axis: a log scale, because RTOs run from minutes to weeks. */
const AXIS_TICKS = [15, 60, 240, 1440, 4320, 10080, 43200, 129600, 525600] as const;

export interface DurationAxis {
  ticks: number[];
  /** 0 at the first tick, 1 at the last; values below the first tick sit at a small stub. */
  position: (minutes: number) => number;
}

/** The axis from 15 minutes to the first tick at or above the longest value. */
export function durationAxis(maxMinutes: number): DurationAxis {
  const lastIndex = AXIS_TICKS.findIndex((tick) => tick >= maxMinutes);
  const ticks = AXIS_TICKS.slice(0, lastIndex === -1 ? AXIS_TICKS.length : Math.max(lastIndex, 1) + 1);
  const low = Math.log(ticks[0] ?? 15);
  const high = Math.log(ticks[ticks.length - 1] ?? 60);
  return {
    ticks,
    position: (minutes) => {
      if (minutes <= 0) return 0;
      const at = (Math.log(Math.max(minutes, 1)) - low) / (high - low);
      // Below 15 minutes the bar still shows as a stub, never as nothing.
      return Math.min(1, Math.max(0.02, at));
    },
  };
}
