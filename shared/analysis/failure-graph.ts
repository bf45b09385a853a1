import type { Dependency } from '../model/dependency';

/** What one system or process needs, by kind. Process links to systems are hard needs. */
export interface Needs {
  hard: readonly string[];
  /** Each group: at least one member must be up. */
  groups: readonly (readonly string[])[];
  degraded: readonly string[];
}

export interface FailureGraph {
  systemIds: readonly string[];
  processIds: readonly string[];
  needs: ReadonlyMap<string, Needs>;
  /** target → the systems and processes that name it in any kind of need. */
  dependents: ReadonlyMap<string, readonly string[]>;
}

export interface GraphInput {
  systems: readonly { id: string }[];
  processes: readonly { id: string; systemIds: readonly string[] }[];
  dependencies: readonly Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'>[];
}

/**
 * The dependency graph the analysis walks. Links to records that no longer
 * exist are left out, so a half-deleted link can never make something "down".
 */
export function buildGraph({ systems, processes, dependencies }: GraphInput): FailureGraph {
  const systemIds = systems.map((system) => system.id);
  const processIds = processes.map((process) => process.id);
  const isSystem = new Set(systemIds);
  const known = new Set([...systemIds, ...processIds]);
  const needs = new Map<string, { hard: Set<string>; groups: string[][]; degraded: Set<string> }>();
  const entry = (id: string) => {
    let found = needs.get(id);
    if (!found) {
      found = { hard: new Set(), groups: [], degraded: new Set() };
      needs.set(id, found);
    }
    return found;
  };
  for (const process of processes) {
    for (const systemId of process.systemIds)
      if (isSystem.has(systemId)) entry(process.id).hard.add(systemId);
  }
  for (const dependency of dependencies) {
    if (!known.has(dependency.dependentId)) continue;
    const targets = dependency.targetIds.filter((id) => isSystem.has(id) && id !== dependency.dependentId);
    if (targets.length === 0) continue;
    const need = entry(dependency.dependentId);
    if (dependency.kind === 'hard') for (const id of targets) need.hard.add(id);
    else if (dependency.kind === 'degraded') for (const id of targets) need.degraded.add(id);
    // A group left with one member is a hard need in all but name; it still reads as "one of".
    else need.groups.push([...new Set(targets)]);
  }

  const frozen = new Map<string, Needs>();
  const dependents = new Map<string, string[]>();
  for (const [id, need] of needs) {
    frozen.set(id, { hard: [...need.hard], groups: need.groups, degraded: [...need.degraded] });
    const targets = new Set([...need.hard, ...need.degraded, ...need.groups.flat()]);
    for (const target of targets) dependents.set(target, [...(dependents.get(target) ?? []), id]);
  }
  return { systemIds, processIds, needs: frozen, dependents };
}

const NO_NEEDS: Needs = { hard: [], groups: [], degraded: [] };

export function needsOf(graph: FailureGraph, id: string): Needs {
  return graph.needs.get(id) ?? NO_NEEDS;
}

export interface Outage {
  /** The failed components and everything that is down because of them. */
  down: ReadonlySet<string>;
  /** Up, but working with reduced function because a degraded need is down. Degraded does not spread. */
  degraded: ReadonlySet<string>;
}

/**
 * What an outage takes down. A system or process is down when any hard need
 * is down, or when every member of one of its alternatives groups is down;
 * it is degraded when a degraded need is down. The result is the least
 * fixpoint: a dependency cycle nobody broke stays up.
 */
export function propagate(graph: FailureGraph, failed: Iterable<string>): Outage {
  const down = new Set<string>();
  const queue: string[] = [];
  const fail = (id: string) => {
    if (down.has(id)) return;
    down.add(id);
    queue.push(id);
  };
  for (const id of failed) fail(id);
  while (queue.length > 0) {
    const target = queue.pop();
    if (target === undefined) break;
    for (const dependent of graph.dependents.get(target) ?? []) {
      if (down.has(dependent)) continue;
      const need = needsOf(graph, dependent);
      if (need.hard.includes(target)) fail(dependent);
      else if (need.groups.some((group) => group.includes(target) && group.every((id) => down.has(id)))) {
        fail(dependent);
      }
    }
  }
  const degraded = new Set<string>();
  for (const [id, need] of graph.needs) {
    if (!down.has(id) && need.degraded.some((target) => down.has(target))) degraded.add(id);
  }
  return { down, degraded };
}

/** The systems (other than the failed one) and processes that are down when `id` alone fails. */
export function blastRadius(graph: FailureGraph, id: string): { systems: string[]; processes: string[] } {
  const { down } = propagate(graph, [id]);
  return {
    systems: graph.systemIds.filter((systemId) => systemId !== id && down.has(systemId)),
    processes: graph.processIds.filter((processId) => down.has(processId)),
  };
}
