import type { Dependency } from '../model/dependency';
import type { MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System, Tier } from '../model/system';
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

  const findings = sortFindings([
    ...planFindings(input, stops),
    ...cycleFindings(input.systems, cycles, waves),
    ...rtoConflictFindings(graph, input.systems),
    ...spofFindings(input.systems, spofs),
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
    })),
  };
}
