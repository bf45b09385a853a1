import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../shared/analysis/failure-graph';
import { hardCycles } from '../../shared/analysis/recovery-order';
import { recoveryTimes, systemDurations, type OwnDuration } from '../../shared/analysis/recovery-time';
import type { DependencyKind } from '../../shared/model/dependency';
import { newStepDefaults, type Step } from '../../shared/model/runbook';

type Link = [dependent: string, kind: DependencyKind, ...targets: string[]];

function graphOf(systems: string[], links: Link[], processes: GraphInput['processes'] = []) {
  return buildGraph({
    systems: systems.map((id) => ({ id })),
    processes,
    dependencies: links.map(([dependentId, kind, ...targetIds]) => ({ dependentId, kind, targetIds })),
  });
}

const exact = (minutes: number): OwnDuration => ({ minutes, lowerBound: false });
const atLeast = (minutes: number): OwnDuration => ({ minutes, lowerBound: true });

describe('recoveryTimes', () => {
  it('adds a chain of hard needs: a system starts once what it needs is back', () => {
    const graph = graphOf(
      ['db', 'app', 'web'],
      [
        ['web', 'hard', 'app'],
        ['app', 'hard', 'db'],
      ],
    );
    const times = recoveryTimes(
      graph,
      new Map([
        ['db', exact(120)],
        ['app', exact(30)],
        ['web', exact(15)],
      ]),
    );
    expect(times.get('web')).toEqual({
      minutes: 165,
      atLeast: 165,
      chain: ['db', 'app', 'web'],
      unknownIds: [],
      blocked: null,
    });
    expect(times.get('db')).toMatchObject({ minutes: 120, chain: ['db'] });
  });

  it('waits for the slowest of several hard needs, recovered in parallel', () => {
    const graph = graphOf(
      ['db', 'dns', 'app'],
      [
        ['app', 'hard', 'dns'],
        ['app', 'hard', 'db'],
      ],
    );
    const times = recoveryTimes(
      graph,
      new Map([
        ['db', exact(120)],
        ['dns', exact(30)],
        ['app', exact(20)],
      ]),
    );
    expect(times.get('app')).toMatchObject({ minutes: 140, chain: ['db', 'app'] });
  });

  it('waits only for the quickest member of an alternatives group, through its own needs', () => {
    const graph = graphOf(
      ['power', 'link1', 'link2', 'app'],
      [
        ['app', 'alternatives', 'link1', 'link2'],
        ['link2', 'hard', 'power'],
      ],
    );
    const durations = new Map([
      ['power', exact(30)],
      ['link1', exact(60)],
      ['link2', exact(10)],
      ['app', exact(5)],
    ]);
    expect(recoveryTimes(graph, durations).get('app')).toMatchObject({
      minutes: 45,
      chain: ['power', 'link2', 'app'],
    });
  });

  it('is not delayed by degraded needs', () => {
    const graph = graphOf(['reports', 'app'], [['app', 'degraded', 'reports']]);
    const times = recoveryTimes(
      graph,
      new Map([
        ['reports', exact(600)],
        ['app', exact(30)],
      ]),
    );
    expect(times.get('app')).toMatchObject({ minutes: 30, chain: ['app'] });
  });

  it('is unknown, with a certain lower bound, when a runbook it waits for is missing or incomplete', () => {
    const graph = graphOf(
      ['db', 'app', 'web'],
      [
        ['web', 'hard', 'app'],
        ['app', 'hard', 'db'],
      ],
    );
    const times = recoveryTimes(
      graph,
      new Map([
        ['app', atLeast(30)],
        ['web', exact(15)],
      ]),
    );
    expect(times.get('web')).toEqual({
      minutes: null,
      atLeast: 45,
      chain: ['db', 'app', 'web'],
      unknownIds: ['db', 'app'],
      blocked: null,
    });
    expect(times.get('db')).toMatchObject({ minutes: null, atLeast: 0, unknownIds: ['db'] });
  });

  it('is unknown when an alternative without a runbook might be the quickest, known when it cannot be', () => {
    const open = graphOf(['b', 'c', 'app'], [['app', 'alternatives', 'b', 'c']]);
    expect(
      recoveryTimes(
        open,
        new Map([
          ['c', exact(30)],
          ['app', exact(10)],
        ]),
      ).get('app'),
    ).toMatchObject({
      minutes: null,
      atLeast: 10,
      unknownIds: ['b'],
    });
    // A member stuck behind a cycle can never be the quickest, so it is not what is missing.
    const stuck = graphOf(
      ['b', 'k', 'm', 'app'],
      [
        ['app', 'alternatives', 'k', 'b'],
        ['k', 'hard', 'm'],
        ['m', 'hard', 'k'],
      ],
    );
    expect(recoveryTimes(stuck, new Map([['app', exact(10)]])).get('app')).toMatchObject({
      minutes: null,
      atLeast: 10,
      chain: ['b', 'app'],
      unknownIds: ['b'],
    });
    // c cannot be back before d's 100 minutes, so e (5) is the quickest whatever c takes.
    const decided = graphOf(
      ['c', 'd', 'e', 'app'],
      [
        ['app', 'alternatives', 'c', 'e'],
        ['c', 'hard', 'd'],
      ],
    );
    expect(
      recoveryTimes(
        decided,
        new Map([
          ['d', exact(100)],
          ['e', exact(5)],
          ['app', exact(10)],
        ]),
      ).get('app'),
    ).toMatchObject({ minutes: 15, atLeast: 15, chain: ['e', 'app'], unknownIds: [] });
  });

  it('gives no time to systems in or behind a cycle, and says why', () => {
    const graph = graphOf(
      ['a', 'b', 'c', 'x', 'y', 'z'],
      [
        ['a', 'hard', 'b'],
        ['b', 'hard', 'a'],
        ['c', 'hard', 'a'],
        // Alternatives that only have each other: no hard cycle, still nothing to start from.
        ['x', 'alternatives', 'y', 'z'],
        ['y', 'alternatives', 'x', 'z'],
        ['z', 'alternatives', 'x', 'y'],
      ],
    );
    const durations = new Map(['a', 'b', 'c', 'x', 'y', 'z'].map((id) => [id, exact(10)]));
    const times = recoveryTimes(graph, durations);
    const blocked = { minutes: null, atLeast: null, chain: [], unknownIds: [] };
    expect(times.get('a')).toEqual({ ...blocked, blocked: { reason: 'in-cycle', cycle: ['a', 'b'] } });
    expect(times.get('b')).toEqual({ ...blocked, blocked: { reason: 'in-cycle', cycle: ['a', 'b'] } });
    expect(times.get('c')).toEqual({ ...blocked, blocked: { reason: 'waits-on-cycle' } });
    expect(times.get('x')).toEqual({ ...blocked, blocked: { reason: 'waits-on-cycle' } });
  });

  it('ends the chain when alternatives name each other', () => {
    const graph = graphOf(
      ['x', 'p', 'q', 'r'],
      [
        ['x', 'alternatives', 'p', 'q'],
        ['p', 'alternatives', 'x', 'r'],
      ],
    );
    const times = recoveryTimes(
      graph,
      new Map([
        ['x', exact(0)],
        ['p', exact(0)],
        ['q', exact(5)],
        ['r', exact(5)],
      ]),
    );
    expect(times.get('x')).toMatchObject({ minutes: 5, chain: ['q', 'x'] });
    expect(times.get('p')).toMatchObject({ minutes: 5 });
  });

  it('answers for systems only, not processes', () => {
    const graph = graphOf(['db'], [], [{ id: 'orders', systemIds: ['db'] }]);
    expect([...recoveryTimes(graph, new Map()).keys()]).toEqual(['db']);
  });
});

describe('systemDurations', () => {
  const step = (estimatedMinutes: number | null): Step => ({
    id: crypto.randomUUID(),
    ...newStepDefaults('Step'),
    estimatedMinutes,
  });

  it('takes each system’s slowest runbook, a lower bound when any of them lacks estimates or steps', () => {
    const durations = systemDurations([
      { systemId: 'db', steps: [step(60), step(30)] },
      { systemId: 'db', steps: [step(45)] },
      { systemId: 'app', steps: [step(10)] },
      { systemId: 'app', steps: [step(null)] },
      { systemId: 'web', steps: [] },
    ]);
    expect(Object.fromEntries(durations)).toEqual({
      db: { minutes: 60, lowerBound: false },
      app: { minutes: 10, lowerBound: true },
      web: { minutes: 0, lowerBound: true },
    });
  });
});

const NAMES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];
const randomCase = fc.integer({ min: 1, max: NAMES.length }).chain((count) => {
  const systems = NAMES.slice(0, count);
  const system = fc.constantFrom(...systems);
  const own = fc.option(
    fc.record({ minutes: fc.constantFrom(0, 10, 30, 60, 240), lowerBound: fc.boolean() }),
    { nil: undefined, freq: 4 },
  );
  return fc.record({
    systems: fc.constant(systems),
    links: fc.array(
      fc.record({
        dependentId: system,
        kind: fc.constantFrom<DependencyKind>('hard', 'hard', 'degraded', 'alternatives', 'alternatives'),
        targetIds: fc.uniqueArray(system, { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 10 },
    ),
    durations: fc.tuple(...systems.map(() => own)),
  });
});

const INF = Number.POSITIVE_INFINITY;

describe('recoveryTimes against the definition, on random plans', () => {
  it('matches the naive fixpoint, and its chain adds up', () => {
    fc.assert(
      fc.property(randomCase, ({ systems, links, durations: owns }) => {
        const graph = buildGraph({
          systems: systems.map((id) => ({ id })),
          processes: [],
          dependencies: links,
        });
        const durations = new Map<string, OwnDuration>();
        systems.forEach((id, index) => {
          const own = owns[index];
          if (own) durations.set(id, own);
        });
        const needs = (id: string) => graph.needs.get(id) ?? { hard: [], groups: [], degraded: [] };
        // T(s) = own(s) + max(hard needs, quickest of each group), iterated down from "never".
        const fixpoint = (own: (id: string) => number) => {
          const time = new Map(systems.map((id) => [id, INF]));
          const of = (id: string) => time.get(id) ?? INF;
          for (let round = 0; round <= systems.length + 1; round += 1) {
            for (const id of systems) {
              const need = needs(id);
              const wait = Math.max(
                0,
                ...need.hard.map(of),
                ...need.groups.map((group) => Math.min(...group.map(of))),
              );
              time.set(id, own(id) + wait);
            }
          }
          return time;
        };
        const low = fixpoint((id) => durations.get(id)?.minutes ?? 0);
        const high = fixpoint((id) => {
          const own = durations.get(id);
          return own && !own.lowerBound ? own.minutes : INF;
        });
        const inCycle = new Set(hardCycles(graph).flat());

        const times = recoveryTimes(graph, durations);
        for (const id of systems) {
          const time = times.get(id);
          const lo = low.get(id) ?? INF;
          const hi = high.get(id) ?? INF;
          expect(time?.atLeast).toBe(Number.isFinite(lo) ? lo : null);
          expect(time?.minutes).toBe(Number.isFinite(lo) && lo === hi ? lo : null);
          expect(time?.blocked === null).toBe(Number.isFinite(lo));
          if (time?.blocked) expect(time.blocked.reason === 'in-cycle').toBe(inCycle.has(id));
          expect((time?.unknownIds.length ?? 0) > 0).toBe(Number.isFinite(lo) && lo !== hi);

          // The chain: each link is something the next one needs, the first needs nothing, and it adds up.
          const chain = time?.chain ?? [];
          if (!Number.isFinite(lo)) continue;
          expect(chain.at(-1)).toBe(id);
          chain.slice(1).forEach((later, index) => {
            const earlier = chain[index] ?? '';
            const need = needs(later);
            expect(need.hard.includes(earlier) || need.groups.some((group) => group.includes(earlier))).toBe(
              true,
            );
          });
          const first = needs(chain[0] ?? '');
          expect(first.hard.length + first.groups.length).toBe(0);
          expect(chain.reduce((sum, link) => sum + (durations.get(link)?.minutes ?? 0), 0)).toBe(lo);
        }
      }),
      { numRuns: 500 },
    );
  });
});
