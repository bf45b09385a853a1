import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runbookDuration, type TimedStep } from '../../shared/analysis/critical-path';

const step = (id: string, estimatedMinutes: number | null, waitsFor: string[] = []): TimedStep => ({
  id,
  estimatedMinutes,
  waitsFor,
});

describe('runbookDuration', () => {
  it('is zero for an empty runbook, with no path', () => {
    expect(runbookDuration([])).toEqual({
      minutes: 0,
      lowerBound: false,
      steps: [],
      criticalPath: [],
      unknownIds: [],
    });
  });

  it('adds up a sequence', () => {
    const result = runbookDuration([step('a', 10), step('b', 20, ['a']), step('c', 5, ['b'])]);
    expect(result.minutes).toBe(35);
    expect(result.criticalPath).toEqual(['a', 'b', 'c']);
    expect(result.steps).toEqual([
      { id: 'a', start: 0, finish: 10 },
      { id: 'b', start: 10, finish: 30 },
      { id: 'c', start: 30, finish: 35 },
    ]);
  });

  it('overlaps steps that wait for nothing: they run in parallel', () => {
    const result = runbookDuration([step('a', 30), step('b', 45), step('c', 10)]);
    expect(result.minutes).toBe(45);
    expect(result.criticalPath).toEqual(['b']);
  });

  it('takes the longer of two parallel branches that join', () => {
    // Declare → (restore database 120 → replay logs 30) ‖ (fail over DNS 30 → wait for TTL 60) → test order.
    const result = runbookDuration([
      step('declare', 15),
      step('restore', 120, ['declare']),
      step('replay', 30, ['restore']),
      step('dns', 30, ['declare']),
      step('ttl', 60, ['dns']),
      step('test', 20, ['replay', 'ttl']),
    ]);
    expect(result.minutes).toBe(15 + 120 + 30 + 20);
    expect(result.criticalPath).toEqual(['declare', 'restore', 'replay', 'test']);
    expect(result.steps.find((timing) => timing.id === 'ttl')).toEqual({ id: 'ttl', start: 45, finish: 105 });
    expect(result.steps.find((timing) => timing.id === 'test')).toEqual({
      id: 'test',
      start: 165,
      finish: 185,
    });
  });

  it('breaks ties by list order, in a diamond', () => {
    const diamond = [
      step('top', 10),
      step('left', 30, ['top']),
      step('right', 30, ['top']),
      step('bottom', 5, ['right', 'left']),
    ];
    const result = runbookDuration(diamond);
    expect(result.minutes).toBe(45);
    expect(result.criticalPath).toEqual(['top', 'left', 'bottom']);
    // Two parallel ends of the same length: the chain ends at the one listed first.
    expect(runbookDuration([step('x', 20), step('y', 20)]).criticalPath).toEqual(['x']);
  });

  it('counts a missing estimate as 0 and says the duration is only a lower bound', () => {
    const result = runbookDuration([step('a', 10), step('b', null, ['a']), step('c', null)]);
    expect(result).toMatchObject({ minutes: 10, lowerBound: true, unknownIds: ['b', 'c'] });
    // a and b both finish at 10: the chain ends at a, listed first.
    expect(result.criticalPath).toEqual(['a']);
    expect(runbookDuration([step('a', null)])).toMatchObject({
      minutes: 0,
      lowerBound: true,
      criticalPath: ['a'],
    });
  });

  it('ignores waits that a valid runbook cannot have (later, unknown or itself) rather than loop', () => {
    const result = runbookDuration([step('a', 10, ['b', 'a', 'nowhere']), step('b', 20, ['a', 'a'])]);
    expect(result.steps).toEqual([
      { id: 'a', start: 0, finish: 10 },
      { id: 'b', start: 10, finish: 30 },
    ]);
  });
});

/** Small random runbooks: each step waits for any subset of the steps above it. */
const randomRunbook = fc
  .integer({ min: 0, max: 7 })
  .chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, index) =>
        fc.record({
          estimatedMinutes: fc.option(fc.constantFrom(0, 5, 10, 15, 30, 60, 120), { nil: null, freq: 5 }),
          waitsFor: fc.subarray(Array.from({ length: index }, (_, earlier) => `s${earlier}`)),
        }),
      ),
    ),
  )
  .map((entries) => entries.map((entry, index): TimedStep => ({ id: `s${index}`, ...entry })));

/** Every chain from a step that waits for nothing to any step, by enumeration. */
function allChains(steps: readonly TimedStep[]): string[][] {
  const byId = new Map(steps.map((entry) => [entry.id, entry]));
  const chainsTo = (id: string): string[][] => {
    const waits = byId.get(id)?.waitsFor ?? [];
    if (waits.length === 0) return [[id]];
    return waits.flatMap((earlier) => chainsTo(earlier).map((chain) => [...chain, id]));
  };
  return steps.flatMap((entry) => chainsTo(entry.id));
}

describe('runbookDuration against enumeration of every chain, on random runbooks', () => {
  it('is the longest chain, and its critical path is such a chain', () => {
    fc.assert(
      fc.property(randomRunbook, (steps) => {
        const result = runbookDuration(steps);
        const estimate = (id: string) => steps.find((entry) => entry.id === id)?.estimatedMinutes ?? 0;
        const length = (chain: readonly string[]) => chain.reduce((sum, id) => sum + estimate(id), 0);
        const chains = allChains(steps);
        expect(result.minutes).toBe(Math.max(0, ...chains.map(length)));
        if (steps.length === 0) expect(result.criticalPath).toEqual([]);
        else expect(chains).toContainEqual(result.criticalPath);
        expect(length(result.criticalPath)).toBe(result.minutes);
        expect(result.lowerBound).toBe(steps.some((entry) => entry.estimatedMinutes === null));
        // Every step starts when the last thing it waits for is done, and never before 0.
        for (const timing of result.steps) {
          const waits = steps.find((entry) => entry.id === timing.id)?.waitsFor ?? [];
          const longest = Math.max(
            0,
            ...allChains(steps)
              .filter((chain) => chain.at(-1) === timing.id)
              .map(length),
          );
          expect(timing.finish).toBe(longest);
          expect(timing.start).toBe(
            Math.max(0, ...waits.map((id) => result.steps.find((other) => other.id === id)?.finish ?? 0)),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
