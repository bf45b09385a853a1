import type { Redundancy, Tier } from '../model/system';
import { blastRadius, type FailureGraph } from './failure-graph';

/** Tiers 0–2: what the plan treats as critical when judging a failure's reach. */
export const CRITICAL_TIER_MAX = 2;

export interface SinglePointOfFailure {
  id: string;
  /** What is down when it alone fails: other systems, and processes. */
  blast: { systems: string[]; processes: string[] };
  /** The most critical tier among what it takes down. */
  worstTier: Tier;
}

export interface SpofInput {
  systems: readonly { id: string; tier: Tier | null; redundancy: Redundancy }[];
  /** Each process's effective tier (set by hand, or suggested by its MTD); null when unknown. */
  processTiers: ReadonlyMap<string, Tier | null>;
}

/**
 * Single points of failure: systems without redundancy whose failure takes
 * down at least one critical system or process. Ranked by the most critical
 * thing they take down, then by how much they take down, then in entry order.
 */
export function singlePointsOfFailure(graph: FailureGraph, input: SpofInput): SinglePointOfFailure[] {
  const tierOf = new Map<string, Tier | null>([
    ...input.systems.map((system) => [system.id, system.tier] as const),
    ...input.processTiers,
  ]);
  const found: (SinglePointOfFailure & { order: number })[] = [];
  input.systems.forEach((system, order) => {
    if (system.redundancy.mode !== 'none') return;
    const blast = blastRadius(graph, system.id);
    const tiers = [...blast.systems, ...blast.processes]
      .map((id) => tierOf.get(id) ?? null)
      .filter((tier): tier is Tier => tier !== null && tier <= CRITICAL_TIER_MAX);
    if (tiers.length === 0) return;
    found.push({ id: system.id, blast, worstTier: tiers.reduce((a, b) => (b < a ? b : a)), order });
  });
  const size = (spof: SinglePointOfFailure) => spof.blast.systems.length + spof.blast.processes.length;
  return found
    .sort((a, b) => a.worstTier - b.worstTier || size(b) - size(a) || a.order - b.order)
    .map(({ order: _order, ...spof }) => spof);
}
