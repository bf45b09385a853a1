import type { PlanSnapshot } from '../bundle/snapshot';
import type { Dependency } from '../model/dependency';
import type { MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System, Tier } from '../model/system';
import type { CallTree } from '../model/call-tree';
import type { Contact } from '../model/contact';
import type { Runbook } from '../model/runbook';
import type { Team } from '../model/team';
import type { Vendor } from '../model/vendor';
import type { Plan } from '../model/plan';
import { latestRevision } from '../revisions/version';
import { reviewFindings } from './review-findings';
import type { Exercise } from '../model/exercise';
import type { Scenario } from '../model/scenario';
import { actionOverdueFindings, exerciseOverdueFindings } from './exercise-findings';
import { combineSources, measuredStepTimes, withMeasuredTimes, type DurationSource } from './measured-times';
import { contactFindings, vendorSlaFindings } from './people-findings';
import { recoveryTimes, systemDurations, type RecoveryTime } from './recovery-time';
import { missingRunbookFindings, recoveryMtdFindings, runbookRtoFindings } from './runbook-findings';
import { cycleFindings, rtoConflictFindings, spofFindings } from './dependency-findings';
import { buildGraph } from './failure-graph';
import { planFindings, sortFindings, type Finding } from './findings';
import { processesStoppedBy, processTier, systemMtd } from './mtd';
import { hardCycles, recoveryWaves } from './recovery-order';
import { singlePointsOfFailure, type SinglePointOfFailure } from './spof';

/**
 * The version of the analysis structure below. The command line and the
 * exports print it as it is; add fields freely, but bump this when a field
 * changes meaning or goes away.
 */
export const ANALYSIS_VERSION = 1;

export interface PlanAnalysisInput {
  mtdThreshold: MtdThreshold;
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  dependencies: readonly Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'>[];
  runbooks: readonly Runbook[];
  contacts: readonly Contact[];
  teams: readonly Team[];
  callTree: CallTree | null;
  vendors: readonly Vendor[];
  /** The plan's review cycle and age: PLAN_REVIEW_OVERDUE. */
  plan: Pick<Plan, 'id' | 'name' | 'createdAt' | 'reviewCycleMonths'>;
  /** When the newest approved version was frozen (ISO timestamp), or null: never approved. */
  lastApprovedAt: string | null;
  /** Exercises: their coverage and overdue actions are findings; their step times replace estimates. */
  exercises: readonly Exercise[];
  /** For the systems an exercise of a scenario covered. */
  scenarios: readonly Pick<Scenario, 'id' | 'affectedSystemIds'>[];
  /** Today's date (YYYY-MM-DD): the analysis reads no clock. */
  today: string;
}

export interface SystemAnalysis {
  id: string;
  name: string;
  tier: Tier | null;
  /** Its recovery wave (1 first), or null when it is in or waits on a dependency cycle. */
  wave: number | null;
  /** Objectives in minutes, null when not set. */
  rto: number | null;
  rpo: number | null;
  wrt: number | null;
  mtd: number | null;
  /** How long its own runbook takes (the slowest, with several), or null without one. */
  runbookMinutes: { minutes: number; lowerBound: boolean } | null;
  /**
   * Where its runbooks' step times come from: estimates, times measured in completed exercises
   * (measured-times.ts), or some of each; null without a runbook.
   */
  durationSource: DurationSource | null;
  /** How long until it is back when everything is down: its runbook after what it needs (recovery-time.ts). */
  recovery: RecoveryTime;
}

export interface PlanAnalysis {
  version: typeof ANALYSIS_VERSION;
  /** Every finding, most severe first. */
  findings: Finding[];
  /** Single points of failure, worst first. */
  spofs: SinglePointOfFailure[];
  /** Systems per recovery wave, in entry order within a wave. */
  waves: { wave: number; systemIds: string[] }[];
  /** Hard dependency cycles, each in entry order. */
  cycles: string[][];
  /** Every system, in entry order. */
  systems: SystemAnalysis[];
}

const UNKNOWN_RECOVERY: RecoveryTime = {
  minutes: null,
  atLeast: null,
  chain: [],
  unknownIds: [],
  blocked: { reason: 'waits-on-cycle' },
};

/** The whole analysis of one plan: what the screens show, and what the command line and exports print. */
export function analysePlan(input: PlanAnalysisInput): PlanAnalysis {
  const graph = buildGraph(input);
  const waves = recoveryWaves(graph);
  const cycles = hardCycles(graph);
  const processTiers = new Map(
    input.processes.map((process) => [process.id, processTier(process, input.mtdThreshold)]),
  );
  const stops = processesStoppedBy(graph);
  const spofs = singlePointsOfFailure(graph, { systems: input.systems, processTiers });
  // Measured step times stand in for estimates: a runbook timed in an exercise is better evidence.
  const measured = measuredStepTimes(input.exercises);
  const timed = input.runbooks.map((runbook) => {
    const { runbook: withTimes, source } = withMeasuredTimes(runbook, measured);
    return { ...withTimes, durationSource: source };
  });
  const sources = new Map<string, DurationSource>();
  for (const system of input.systems) {
    const own = timed.filter((runbook) => runbook.systemId === system.id);
    if (own.length > 0) sources.set(system.id, combineSources(own.map((runbook) => runbook.durationSource)));
  }
  const durations = systemDurations(timed);
  const recovery = recoveryTimes(graph, durations);

  const findings = sortFindings([
    ...planFindings(input, stops),
    ...cycleFindings(input.systems, cycles, waves),
    ...rtoConflictFindings(graph, input.systems),
    ...spofFindings(input.systems, spofs),
    ...missingRunbookFindings(input.systems, input.runbooks),
    ...runbookRtoFindings(input.systems, timed),
    ...recoveryMtdFindings({ ...input, recovery, stops, sources }),
    ...vendorSlaFindings(input.systems, input.vendors),
    ...contactFindings(input),
    ...reviewFindings(input),
    ...exerciseOverdueFindings(input),
    ...actionOverdueFindings(input),
  ]);

  const byWave = new Map<number, string[]>();
  for (const system of input.systems) {
    const wave = waves.get(system.id);
    if (wave !== undefined) byWave.set(wave, [...(byWave.get(wave) ?? []), system.id]);
  }

  return {
    version: ANALYSIS_VERSION,
    findings,
    spofs,
    waves: [...byWave].sort(([a], [b]) => a - b).map(([wave, systemIds]) => ({ wave, systemIds })),
    cycles,
    systems: input.systems.map((system) => ({
      id: system.id,
      name: system.name,
      tier: system.tier,
      wave: waves.get(system.id) ?? null,
      rto: system.rto,
      rpo: system.rpo,
      wrt: system.wrt,
      mtd: systemMtd(system, input.processes, input.mtdThreshold, stops.get(system.id) ?? new Set()).minutes,
      runbookMinutes: durations.get(system.id) ?? null,
      durationSource: sources.get(system.id) ?? null,
      recovery: recovery.get(system.id) ?? UNKNOWN_RECOVERY,
    })),
  };
}

/** The analysis of a whole plan snapshot as of `today` (YYYY-MM-DD), with the plan's own MTD threshold. */
export function analyseSnapshot(snapshot: PlanSnapshot, today: string): PlanAnalysis {
  return analysePlan({
    ...snapshot,
    mtdThreshold: snapshot.plan.mtdThreshold,
    lastApprovedAt: latestRevision(snapshot.revisions)?.approvedAt ?? null,
    today,
  });
}
