import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blastRadius, buildGraph, propagate, type GraphInput } from '../../shared/analysis/failure-graph';
import { hardCycles, recoveryWaves } from '../../shared/analysis/recovery-order';
import type { DependencyKind } from '../../shared/model/dependency';

type Link = [dependent: string, kind: DependencyKind, ...targets: string[]];

/** A graph from short names: systems, processes with the systems they need, and links. */
function graph(systems: string[], links: Link[] = [], processes: Record<string, string[]> = {}) {
  return buildGraph({
    systems: systems.map((id) => ({ id })),
    processes: Object.entries(processes).map(([id, systemIds]) => ({ id, systemIds })),
    dependencies: links.map(([dependentId, kind, ...targetIds]) => ({ dependentId, kind, targetIds })),
  });
}

const sorted = (set: Iterable<string>) => [...set].sort();

describe('failure propagation', () => {
  it('spreads through hard needs, transitively, and into processes', () => {
    const g = graph(
      ['db', 'app', 'web', 'mail'],
      [
        ['app', 'hard', 'db'],
        ['web', 'hard', 'app'],
      ],
      {
        orders: ['web'],
        payroll: ['mail'],
      },
    );
    expect(sorted(propagate(g, ['db']).down)).toEqual(['app', 'db', 'orders', 'web']);
    expect(blastRadius(g, 'db')).toEqual({ systems: ['app', 'web'], processes: ['orders'] });
    expect(blastRadius(g, 'mail')).toEqual({ systems: [], processes: ['payroll'] });
  });

  it('takes an alternatives group down only when every member is down', () => {
    const g = graph(['isp1', 'isp2', 'office'], [['office', 'alternatives', 'isp1', 'isp2']]);
    expect(sorted(propagate(g, ['isp1']).down)).toEqual(['isp1']);
    expect(sorted(propagate(g, ['isp1', 'isp2']).down)).toEqual(['isp1', 'isp2', 'office']);
  });

  it('marks degraded without spreading further', () => {
    const g = graph(
      ['crm', 'sales', 'reports'],
      [
        ['sales', 'degraded', 'crm'],
        ['reports', 'hard', 'sales'],
      ],
    );
    const outage = propagate(g, ['crm']);
    expect(sorted(outage.down)).toEqual(['crm']);
    expect(sorted(outage.degraded)).toEqual(['sales']);
  });

  it('leaves a dependency cycle up when nothing in it failed', () => {
    const g = graph(
      ['a', 'b', 'c'],
      [
        ['a', 'hard', 'b'],
        ['b', 'hard', 'a'],
      ],
    );
    expect(sorted(propagate(g, ['c']).down)).toEqual(['c']);
    expect(sorted(propagate(g, ['a']).down)).toEqual(['a', 'b']);
  });

  it('ignores links to systems that no longer exist', () => {
    const g = graph(['app'], [['app', 'hard', 'deleted']], { orders: ['app', 'gone'] });
    expect(sorted(propagate(g, ['deleted']).down)).toEqual(['deleted']);
  });
});

describe('recovery waves and cycles', () => {
  it('orders by hard needs, takes the earliest member of a group, and ignores degraded needs', () => {
    const g = graph(
      ['power', 'network', 'isp1', 'isp2', 'db', 'app', 'reports'],
      [
        ['network', 'hard', 'power'],
        ['isp2', 'hard', 'network'],
        ['db', 'hard', 'network'],
        ['app', 'hard', 'db'],
        ['app', 'alternatives', 'isp1', 'isp2'],
        ['reports', 'degraded', 'app'],
      ],
    );
    expect(Object.fromEntries(recoveryWaves(g))).toEqual({
      power: 1,
      isp1: 1,
      reports: 1,
      network: 2,
      isp2: 3,
      db: 3,
      app: 4,
    });
  });

  it('gives no wave to a hard cycle or to what waits on it, and reports each cycle once', () => {
    const g = graph(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        ['a', 'hard', 'b'],
        ['b', 'hard', 'c'],
        ['c', 'hard', 'a'],
        ['d', 'hard', 'a'],
        ['e', 'alternatives', 'a', 'f'],
      ],
    );
    const waves = recoveryWaves(g);
    expect(Object.fromEntries(waves)).toEqual({ f: 1, e: 2 });
    expect(hardCycles(g)).toEqual([['a', 'b', 'c']]);
  });
});

/** Reference implementations: the definitions, computed the slow and obvious way. */
function referencePropagate(input: GraphInput, failed: readonly string[]) {
  const g = buildGraph(input);
  const down = new Set(failed);
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, need] of g.needs) {
      if (down.has(id)) continue;
      const hard = need.hard.some((target) => down.has(target));
      const group = need.groups.some((members) => members.every((member) => down.has(member)));
      if (hard || group) {
        down.add(id);
        changed = true;
      }
    }
  }
  const degraded = [...g.needs]
    .filter(([id, need]) => !down.has(id) && need.degraded.some((target) => down.has(target)))
    .map(([id]) => id);
  return { down: sorted(down), degraded: sorted(degraded) };
}

function referenceWaves(input: GraphInput): Record<string, number> {
  const g = buildGraph(input);
  const wave = new Map(g.systemIds.map((id) => [id, Number.POSITIVE_INFINITY]));
  for (let round = 0; round <= g.systemIds.length + 1; round += 1) {
    for (const id of g.systemIds) {
      const need = g.needs.get(id) ?? { hard: [], groups: [] };
      const required = [
        ...need.hard.map((target) => wave.get(target) ?? Number.POSITIVE_INFINITY),
        ...need.groups.map((members) =>
          Math.min(...members.map((m) => wave.get(m) ?? Number.POSITIVE_INFINITY)),
        ),
      ];
      wave.set(id, 1 + Math.max(0, ...required));
    }
  }
  return Object.fromEntries([...wave].filter(([, value]) => Number.isFinite(value)));
}

function referenceCycles(input: GraphInput): string[][] {
  const g = buildGraph(input);
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = [...(g.needs.get(from)?.hard ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() ?? '';
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(g.needs.get(id)?.hard ?? []));
    }
    return false;
  };
  const cycles: string[][] = [];
  const placed = new Set<string>();
  for (const id of g.systemIds) {
    if (placed.has(id)) continue;
    const members = g.systemIds.filter((other) => other === id || (reaches(id, other) && reaches(other, id)));
    if (members.length > 1) {
      cycles.push(members);
      for (const member of members) placed.add(member);
    }
  }
  return cycles;
}

const NAMES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
const randomPlan = fc.integer({ min: 1, max: NAMES.length }).chain((count) => {
  const systems = NAMES.slice(0, count);
  const system = fc.constantFrom(...systems);
  const link = fc.record({
    dependentId: system,
    kind: fc.constantFrom<DependencyKind>('hard', 'hard', 'degraded', 'alternatives'),
    targetIds: fc.uniqueArray(system, { minLength: 1, maxLength: 3 }),
  });
  return fc.record({
    systems: fc.constant(systems.map((id) => ({ id }))),
    processes: fc.uniqueArray(
      fc.record({ id: fc.constantFrom('p0', 'p1'), systemIds: fc.uniqueArray(system, { maxLength: 3 }) }),
      { maxLength: 2, selector: (process) => process.id },
    ),
    dependencies: fc.array(link, { maxLength: 12 }),
    failed: fc.uniqueArray(system, { maxLength: 3 }),
  });
});

describe('against the definitions, on random plans', () => {
  it('propagation matches the naive fixpoint', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const outage = propagate(buildGraph(plan), plan.failed);
        expect({ down: sorted(outage.down), degraded: sorted(outage.degraded) }).toEqual(
          referencePropagate(plan, plan.failed),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('waves match the fixpoint of their definition', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        expect(Object.fromEntries(recoveryWaves(buildGraph(plan)))).toEqual(referenceWaves(plan));
      }),
      { numRuns: 400 },
    );
  });

  it('cycles match mutual reachability over hard needs', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        expect(hardCycles(buildGraph(plan))).toEqual(referenceCycles(plan));
      }),
      { numRuns: 400 },
    );
  });
});
