import type { PlanAnalysis } from '../analysis/plan-analysis';
import { processTier } from '../analysis/mtd';
import type { Dependency, DependencyKind } from '../model/dependency';
import type { MtdThreshold } from '../model/impact';
import type { BusinessProcess } from '../model/process';
import type { System, SystemType, Tier } from '../model/system';

export type MapNodeKind = 'system' | 'process';

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  /** The system's type; null for a process. */
  systemType: SystemType | null;
  /** A system's tier, or a process's (set by hand or suggested by its MTD); null when unknown. */
  tier: Tier | null;
  isSpof: boolean;
  inCycle: boolean;
  /** Recovery wave (1 first); null for processes and for systems in or waiting on a cycle. */
  wave: number | null;
}

export interface MapEdge {
  /** Stable: the dependency id and target, or the process link. */
  id: string;
  /** The dependent: what needs `to`. */
  from: string;
  to: string;
  kind: DependencyKind;
  /** The dependency record behind the edge; null for a process's link to a system it needs. */
  dependencyId: string | null;
  /** Shared by the edges of one "needs one of" group (the dependency id); null otherwise. */
  groupId: string | null;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MapInput {
  systems: readonly System[];
  processes: readonly BusinessProcess[];
  dependencies: readonly Pick<Dependency, 'id' | 'dependentId' | 'kind' | 'targetIds'>[];
  mtdThreshold: MtdThreshold;
  /** The plan's analysis: single points of failure, cycles and waves are read from it, not worked out again. */
  analysis: Pick<PlanAnalysis, 'spofs' | 'cycles' | 'systems'>;
}

export const UNNAMED = { system: 'Unnamed system', process: 'Unnamed process' } as const;

/**
 * The dependency map as nodes and edges: processes and systems, and one edge
 * per need from the dependent to what it needs. Links to records that no
 * longer exist are left out, as the analysis does.
 */
export function buildMapGraph(input: MapInput): MapGraph {
  const spofs = new Set(input.analysis.spofs.map((spof) => spof.id));
  const inCycle = new Set(input.analysis.cycles.flat());
  const waves = new Map(input.analysis.systems.map((system) => [system.id, system.wave]));
  const systemIds = new Set(input.systems.map((system) => system.id));
  const processIds = new Set(input.processes.map((process) => process.id));

  const nodes: MapNode[] = [
    ...input.processes.map((process) => ({
      id: process.id,
      kind: 'process' as const,
      label: process.name || UNNAMED.process,
      systemType: null,
      tier: processTier(process, input.mtdThreshold),
      isSpof: false,
      inCycle: false,
      wave: null,
    })),
    ...input.systems.map((system) => ({
      id: system.id,
      kind: 'system' as const,
      label: system.name || UNNAMED.system,
      systemType: system.type,
      tier: system.tier,
      isSpof: spofs.has(system.id),
      inCycle: inCycle.has(system.id),
      wave: waves.get(system.id) ?? null,
    })),
  ];

  const edges: MapEdge[] = [];
  const hardPairs = new Set<string>();
  for (const dependency of input.dependencies) {
    const { dependentId, kind } = dependency;
    if (!systemIds.has(dependentId) && !processIds.has(dependentId)) continue;
    const targets = [...new Set(dependency.targetIds)].filter(
      (id) => systemIds.has(id) && id !== dependentId,
    );
    for (const to of targets) {
      if (kind === 'hard') hardPairs.add(`${dependentId}>${to}`);
      edges.push({
        id: `${dependency.id}:${to}`,
        from: dependentId,
        to,
        kind,
        dependencyId: dependency.id,
        groupId: kind === 'alternatives' ? dependency.id : null,
      });
    }
  }
  // A process's supporting systems are hard needs; one already recorded as a dependency is drawn once.
  for (const process of input.processes) {
    for (const systemId of new Set(process.systemIds)) {
      if (!systemIds.has(systemId) || hardPairs.has(`${process.id}>${systemId}`)) continue;
      edges.push({
        id: `link:${process.id}:${systemId}`,
        from: process.id,
        to: systemId,
        kind: 'hard',
        dependencyId: null,
        groupId: null,
      });
    }
  }
  return { nodes, edges };
}

export interface MapFilter {
  /** Show only this process and everything it needs, directly or through other systems. */
  processId: string | null;
  /** Show only nodes of this tier ('unset': tier not known). */
  tier: Tier | 'unset' | null;
}

export const NO_FILTER: MapFilter = { processId: null, tier: null };

/** The part of the map a filter keeps; an edge stays when both its ends do. */
export function filterMapGraph(graph: MapGraph, filter: MapFilter): MapGraph {
  let keep = new Set(graph.nodes.map((node) => node.id));
  if (filter.processId !== null) keep = reachableFrom(graph, filter.processId);
  if (filter.tier !== null) {
    const tier = filter.tier === 'unset' ? null : filter.tier;
    keep = new Set(graph.nodes.filter((node) => keep.has(node.id) && node.tier === tier).map((n) => n.id));
  }
  return {
    nodes: graph.nodes.filter((node) => keep.has(node.id)),
    edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to)),
  };
}

/** The node and everything it needs, of any kind, transitively. */
export function reachableFrom(graph: MapGraph, id: string): Set<string> {
  if (!graph.nodes.some((node) => node.id === id)) return new Set();
  const found = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop();
    for (const edge of graph.edges) {
      if (edge.from !== current || found.has(edge.to)) continue;
      found.add(edge.to);
      queue.push(edge.to);
    }
  }
  return found;
}

/** Lower case without accents, so “Réseau” is found by typing “reseau”. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/** The nodes whose label contains the query, in map order; nothing for an empty query. */
export function searchMap(graph: MapGraph, query: string): MapNode[] {
  const key = searchKey(query);
  if (key === '') return [];
  return graph.nodes.filter((node) => searchKey(node.label).includes(key));
}
