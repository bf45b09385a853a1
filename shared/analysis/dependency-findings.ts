import { formatDuration } from '../model/duration';
import type { System } from '../model/system';
import { needsOf, type FailureGraph } from './failure-graph';
import type { Finding } from './findings';
import type { SinglePointOfFailure } from './spof';

type Named = Pick<System, 'id' | 'name'>;

const nameOf = (systems: ReadonlyMap<string, Named>, id: string) =>
  (systems.get(id)?.name ?? '') || 'Unnamed system';

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * DEPENDENCY_CYCLE: one finding per hard cycle (its members need each other,
 * so none can be recovered first), and one per system that has no recovery
 * wave because it waits on a cycle.
 */
export function cycleFindings(
  systems: readonly Named[],
  cycles: readonly (readonly string[])[],
  waves: ReadonlyMap<string, number>,
): Finding[] {
  const byId = new Map(systems.map((system) => [system.id, system]));
  const inCycle = new Set(cycles.flat());
  const findings: Finding[] = cycles.map((members) => {
    const [first = ''] = members;
    return {
      code: 'DEPENDENCY_CYCLE',
      severity: 'high',
      subject: { kind: 'system', id: first, name: nameOf(byId, first) },
      related: members.slice(1),
      field: 'dependencies',
      message: `${list(members.map((id) => nameOf(byId, id)))} each need the other to run, so none of them can be recovered first.`,
      fix: 'Decide which one can start without the others, and make that dependency “works worse without” or an alternative, with the workaround written down.',
    };
  });
  for (const system of systems) {
    if (waves.has(system.id) || inCycle.has(system.id)) continue;
    findings.push({
      code: 'DEPENDENCY_CYCLE',
      severity: 'medium',
      subject: { kind: 'system', id: system.id, name: system.name || 'Unnamed system' },
      field: 'dependencies',
      message: 'It has no place in the recovery order: something it needs waits on a dependency cycle.',
      fix: 'Resolve the dependency cycle it waits on; its place in the order follows.',
    });
  }
  return findings;
}

/**
 * RTO_DEPENDENCY_CONFLICT: a system cannot be back before what it hard-needs;
 * for an alternatives group, before the quickest of the group.
 */
export function rtoConflictFindings(
  graph: FailureGraph,
  systems: readonly Pick<System, 'id' | 'name' | 'rto'>[],
): Finding[] {
  const byId = new Map(systems.map((system) => [system.id, system]));
  const findings: Finding[] = [];
  for (const system of systems) {
    if (system.rto === null) continue;
    const need = needsOf(graph, system.id);
    const slowest: { id: string; rto: number }[] = [];
    for (const id of need.hard) {
      const rto = byId.get(id)?.rto ?? null;
      if (rto !== null && rto > system.rto) slowest.push({ id, rto });
    }
    for (const group of need.groups) {
      const rtos = group.map((id) => ({ id, rto: byId.get(id)?.rto ?? null }));
      if (rtos.some((member) => member.rto === null)) continue;
      const quickest = rtos.reduce((a, b) => ((b.rto ?? 0) < (a.rto ?? 0) ? b : a));
      if (quickest.rto !== null && quickest.rto > system.rto)
        slowest.push({ id: quickest.id, rto: quickest.rto });
    }
    const worst = slowest.sort((a, b) => b.rto - a.rto)[0];
    if (!worst) continue;
    findings.push({
      code: 'RTO_DEPENDENCY_CONFLICT',
      severity: 'high',
      subject: { kind: 'system', id: system.id, name: system.name || 'Unnamed system' },
      related: slowest.map((entry) => entry.id),
      field: 'rto',
      message: `Its RTO of ${formatDuration(system.rto)} cannot be met: it needs ${nameOf(byId, worst.id)}, whose RTO is ${formatDuration(worst.rto)}.`,
      fix: `Bring ${nameOf(byId, worst.id)} back within ${formatDuration(system.rto)}, or agree an RTO of at least ${formatDuration(worst.rto)}.`,
    });
  }
  return findings;
}

/** SPOF: critical when it takes down something of tier 0 or 1, high otherwise. */
export function spofFindings(systems: readonly Named[], spofs: readonly SinglePointOfFailure[]): Finding[] {
  const byId = new Map(systems.map((system) => [system.id, system]));
  return spofs.map((spof) => {
    const systemCount = spof.blast.systems.length;
    const processCount = spof.blast.processes.length;
    const reach = [
      systemCount > 0 ? `${systemCount} ${systemCount === 1 ? 'system' : 'systems'}` : '',
      processCount > 0 ? `${processCount} ${processCount === 1 ? 'process' : 'processes'}` : '',
    ].filter(Boolean);
    return {
      code: 'SPOF',
      severity: spof.worstTier <= 1 ? 'critical' : 'high',
      subject: { kind: 'system', id: spof.id, name: nameOf(byId, spof.id) },
      related: spof.blast.systems,
      field: 'redundancy',
      message: `A single point of failure: it has no redundancy, and when it fails it takes down ${list(reach)}, up to tier ${spof.worstTier}.`,
      fix: 'Add redundancy (a standby or a second instance), give what depends on it an alternative, or write down the workaround.',
    };
  });
}
