import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blastRadius, buildGraph } from '../../shared/analysis/failure-graph';
import { singlePointsOfFailure, type SpofInput } from '../../shared/analysis/spof';
import type { Redundancy, Tier } from '../../shared/model/system';

const NONE: Redundancy = { mode: 'none' };
const PAIR: Redundancy = { mode: 'active-passive' };

describe('single points of failure', () => {
  // power → network → {db, isp1}; app needs db and one of isp1/isp2; the shop process needs app.
  const g = buildGraph({
    systems: ['power', 'network', 'db', 'isp1', 'isp2', 'app', 'wiki'].map((id) => ({ id })),
    processes: [{ id: 'shop', systemIds: ['app'] }],
    dependencies: [
      { dependentId: 'network', kind: 'hard', targetIds: ['power'] },
      { dependentId: 'db', kind: 'hard', targetIds: ['network'] },
      { dependentId: 'isp1', kind: 'hard', targetIds: ['network'] },
      { dependentId: 'app', kind: 'hard', targetIds: ['db'] },
      { dependentId: 'app', kind: 'alternatives', targetIds: ['isp1', 'isp2'] },
      { dependentId: 'wiki', kind: 'degraded', targetIds: ['app'] },
    ],
  });
  const input = (overrides: Partial<Record<string, { tier: Tier | null; redundancy: Redundancy }>> = {}) =>
    ({
      systems: ['power', 'network', 'db', 'isp1', 'isp2', 'app', 'wiki'].map((id) => ({
        id,
        tier: 3,
        redundancy: NONE,
        ...overrides[id],
      })),
      processTiers: new Map([['shop', 1]]),
    }) satisfies SpofInput;

  it('finds components without redundancy whose failure reaches something critical, most critical and widest first', () => {
    const spofs = singlePointsOfFailure(g, input());
    expect(spofs.map((spof) => spof.id)).toEqual(['power', 'network', 'db', 'app']);
    expect(spofs[0]).toEqual({
      id: 'power',
      blast: { systems: ['network', 'db', 'isp1', 'app'], processes: ['shop'] },
      worstTier: 1,
    });
  });

  it('does not count one of two alternatives, redundant components, or degraded reach', () => {
    const ids = singlePointsOfFailure(g, input({ db: { tier: 3, redundancy: PAIR } })).map((spof) => spof.id);
    expect(ids).not.toContain('isp1');
    expect(ids).not.toContain('isp2');
    expect(ids).not.toContain('db');
    // The wiki only works worse without the app: the app's failure takes nothing critical down through it.
    expect(blastRadius(g, 'app')).toEqual({ systems: [], processes: ['shop'] });
  });

  it('ranks by the most critical thing taken down before the size of the blast radius', () => {
    const spofs = singlePointsOfFailure(g, {
      ...input({ isp2: { tier: 0, redundancy: NONE } }),
      processTiers: new Map([['shop', 2]]),
    });
    // isp2 takes nothing down alone (isp1 still serves the app); the shop is tier 2 now.
    expect(spofs.map((spof) => [spof.id, spof.worstTier])).toEqual([
      ['power', 2],
      ['network', 2],
      ['db', 2],
      ['app', 2],
    ]);
  });

  it('is empty when nothing critical depends on anything', () => {
    expect(singlePointsOfFailure(g, { ...input(), processTiers: new Map([['shop', null]]) })).toEqual([]);
  });

  it('on random plans, lists exactly the unredundant systems whose blast radius holds a critical item', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const system = fc.constantFrom(...names);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dependentId: system,
            kind: fc.constantFrom('hard' as const, 'alternatives' as const),
            targetIds: fc.uniqueArray(system, { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 10 },
        ),
        fc.array(fc.constantFrom<Tier | null>(0, 1, 2, 3, 4, null), {
          minLength: names.length,
          maxLength: names.length,
        }),
        fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
        (dependencies, tiers, redundant) => {
          const graph = buildGraph({ systems: names.map((id) => ({ id })), processes: [], dependencies });
          const systems = names.map((id, index) => ({
            id,
            tier: tiers[index] ?? null,
            redundancy: redundant[index] ? PAIR : NONE,
          }));
          const expected = systems
            .filter((candidate) => candidate.redundancy.mode === 'none')
            .filter((candidate) =>
              blastRadius(graph, candidate.id).systems.some((id) => {
                const tier = systems.find((other) => other.id === id)?.tier ?? null;
                return tier !== null && tier <= 2;
              }),
            )
            .map((candidate) => candidate.id)
            .sort();
          const found = singlePointsOfFailure(graph, { systems, processTiers: new Map() });
          expect(found.map((spof) => spof.id).sort()).toEqual(expected);
          for (let i = 1; i < found.length; i += 1) {
            expect(found[i - 1]?.worstTier ?? 0).toBeLessThanOrEqual(found[i]?.worstTier ?? 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
