import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../shared/analysis/failure-graph';
import { processMtd, systemMtd } from '../../shared/analysis/mtd';
import { simulateOutage, type OutageInput } from '../../shared/analysis/outage';
import type { DependencyKind } from '../../shared/model/dependency';
import { newProcessDefaults, type BusinessProcess } from '../../shared/model/process';
import { newStepDefaults, type Runbook } from '../../shared/model/runbook';
import { newSystemDefaults, type System } from '../../shared/model/system';

const STAMP = '2026-11-22T10:00:00.000Z';
const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const NAMES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];
const PROCESSES = ['p0', 'p1', 'p2'];
const minutes = fc.option(fc.constantFrom(0, 30, 60, 90, 240, 1440), { nil: null });

/** Random plans: a few systems with or without RTO, WRT and MTD, processes, and links of every kind. */
const randomPlan = fc.integer({ min: 1, max: NAMES.length }).chain((count) => {
  const names = NAMES.slice(0, count);
  const target = fc.constantFrom(...names);
  const systems = fc.tuple(
    ...names.map((id) =>
      fc.record({ rto: minutes, wrt: minutes, mtd: minutes }).map(({ rto, wrt, mtd }): System => ({
        id,
        planId: PLAN,
        ...newSystemDefaults(id),
        rto,
        wrt,
        mtdOverride: mtd,
        position: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
      })),
    ),
  );
  const processes = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...PROCESSES),
      systemIds: fc.uniqueArray(target, { maxLength: 3 }),
      mtd: minutes,
    }),
    { maxLength: 3, selector: (entry) => entry.id },
  );
  const link = fc.record({
    dependentId: fc.constantFrom(...names, ...PROCESSES),
    kind: fc.constantFrom<DependencyKind>('hard', 'hard', 'degraded', 'alternatives', 'alternatives'),
    targetIds: fc.uniqueArray(target, { minLength: 1, maxLength: 3 }),
    workaround: fc.constantFrom('', 'by hand'),
  });
  return fc.record({
    mtdThreshold: fc.constant('severe' as const),
    systems,
    processes: processes.map((entries) =>
      entries.map(({ id, systemIds, mtd }): BusinessProcess => ({
        id,
        planId: PLAN,
        ...newProcessDefaults(id),
        systemIds,
        mtdOverride: mtd,
        position: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
      })),
    ),
    dependencies: fc.array(link, { maxLength: 14 }),
    // Runbooks for some systems: one step with an estimate or without, or (still) no steps at all.
    runbooks: fc
      .uniqueArray(fc.record({ systemId: target, estimate: minutes, empty: fc.boolean() }), {
        maxLength: count,
        selector: (entry) => entry.systemId,
      })
      .map((entries) =>
        entries.map(({ systemId, estimate, empty }): Pick<Runbook, 'systemId' | 'steps'> => ({
          systemId,
          steps: empty
            ? []
            : [{ id: crypto.randomUUID(), ...newStepDefaults('Recover'), estimatedMinutes: estimate }],
        })),
      ),
    failed: fc.uniqueArray(target, { maxLength: 3 }),
  });
});

type RandomPlan = OutageInput & { failed: string[] };

const INF = Number.POSITIVE_INFINITY;

/** The definitions, computed the slow and obvious way: naive fixpoints over the whole plan. */
/** Everything down when `failed` fail: a naive fixpoint over the whole plan. */
function naiveDown(g: ReturnType<typeof buildGraph>, failed: readonly string[]): Set<string> {
  const needs = (id: string) => g.needs.get(id) ?? { hard: [], groups: [], degraded: [] };
  const down = new Set(failed);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of [...g.systemIds, ...g.processIds]) {
      const need = needs(id);
      if (down.has(id)) continue;
      if (need.hard.some((t) => down.has(t)) || need.groups.some((m) => m.every((t) => down.has(t)))) {
        down.add(id);
        changed = true;
      }
    }
  }
  return down;
}

function reference(plan: RandomPlan) {
  const g = buildGraph(plan);
  const needs = (id: string) => g.needs.get(id) ?? { hard: [], groups: [], degraded: [] };
  const down = naiveDown(g, plan.failed);
  /** The processes that stop when `id` alone fails: where its MTD comes from. */
  const stops = (id: string) =>
    new Set([...naiveDown(g, [id])].filter((other) => g.processIds.includes(other)));
  const downNeeds = (id: string) => ({
    hard: needs(id).hard.filter((t) => down.has(t)),
    groups: needs(id).groups.filter((m) => m.every((t) => down.has(t))),
  });
  const downSystems = g.systemIds.filter((id) => down.has(id));

  // T(s) = max(by, hard needs, quickest of each down group) + after, from "never" downwards.
  const combine = (id: string, by: number, time: (id: string) => number, after = 0) =>
    Math.max(
      by,
      ...downNeeds(id).hard.map(time),
      ...downNeeds(id).groups.map((members) => Math.min(...members.map(time))),
    ) + after;
  const fixpoint = (own: (id: string) => { by: number; after: number }) => {
    const time = new Map(downSystems.map((id) => [id, INF]));
    for (let round = 0; round <= downSystems.length + 1; round += 1) {
      for (const id of downSystems)
        time.set(
          id,
          combine(id, own(id).by, (t) => time.get(t) ?? INF, own(id).after),
        );
    }
    return time;
  };
  const byId = new Map(plan.systems.map((system) => [system.id, system]));
  // A system with runbooks: its slowest runbook after its needs; unknown estimates or no steps are 0 or never.
  const runbookTime = (id: string, unknown: number): number | null => {
    const own = plan.runbooks.filter((runbook) => runbook.systemId === id);
    if (own.length === 0) return null;
    return Math.max(
      ...own.map((runbook) =>
        runbook.steps.length === 0
          ? unknown
          : Math.max(...runbook.steps.map((step) => step.estimatedMinutes ?? unknown)),
      ),
    );
  };
  const ownTime = (unknown: number) => (id: string) => {
    const runbook = runbookTime(id, unknown);
    return runbook === null ? { by: byId.get(id)?.rto ?? unknown, after: 0 } : { by: 0, after: runbook };
  };
  const low = fixpoint(ownTime(0));
  const high = fixpoint(ownTime(INF));
  const wave = new Map(downSystems.map((id) => [id, INF]));
  for (let round = 0; round <= downSystems.length + 1; round += 1) {
    for (const id of downSystems)
      wave.set(
        id,
        combine(id, 0, (t) => wave.get(t) ?? INF, 1),
      );
  }

  const expected = (lo: number, hi: number) => ({
    minutes: Number.isFinite(lo) && lo === hi ? lo : null,
    atLeast: Number.isFinite(lo) ? lo : null,
  });
  const wrt = (id: string) => byId.get(id)?.wrt ?? 0;
  const breach = (atLeast: number | null, mtd: number | null) =>
    atLeast !== null && mtd !== null && atLeast > mtd;
  return {
    down: downSystems.map((id) => {
      const system = byId.get(id);
      const back = expected(low.get(id) ?? INF, high.get(id) ?? INF);
      const ready = expected((low.get(id) ?? INF) + wrt(id), (high.get(id) ?? INF) + wrt(id));
      const mtd = system ? systemMtd(system, plan.processes, plan.mtdThreshold, stops(id)).minutes : null;
      const w = wave.get(id) ?? INF;
      return { id, wave: Number.isFinite(w) ? w : null, back, ready, breach: breach(ready.atLeast, mtd) };
    }),
    stopped: plan.processes
      .filter((process) => down.has(process.id))
      .map((process) => {
        const lo = combine(process.id, 0, (t) => (low.get(t) ?? INF) + wrt(t));
        const hi = combine(process.id, 0, (t) => (high.get(t) ?? INF) + wrt(t));
        const back = expected(lo, hi);
        return {
          id: process.id,
          back,
          breach: breach(back.atLeast, processMtd(process, plan.mtdThreshold).minutes),
        };
      }),
    degraded: [...g.systemIds, ...g.processIds].filter(
      (id) => !down.has(id) && needs(id).degraded.some((t) => down.has(t)),
    ),
  };
}

describe('simulateOutage against the definitions, on random plans', () => {
  it('finds what is down, degraded and stopped, with the waves and the back times of the definitions', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const outage = simulateOutage(plan, plan.failed);
        const expected = reference(plan);
        expect(
          outage.down.map(({ id, wave, back, ready, breach }) => ({ id, wave, back, ready, breach })),
        ).toEqual(expected.down);
        expect(outage.stoppedProcesses.map(({ id, back, breach }) => ({ id, back, breach }))).toEqual(
          expected.stopped,
        );
        expect([...outage.degraded, ...outage.degradedProcesses].map((entry) => entry.id).sort()).toEqual(
          [...expected.degraded].sort(),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('names what a late system waits on, and lists waves that agree with the systems', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const outage = simulateOutage(plan, plan.failed);
        const byId = new Map(outage.down.map((entry) => [entry.id, entry]));
        for (const entry of outage.down) {
          const late = entry.rto !== null && entry.back.atLeast !== null && entry.back.atLeast > entry.rto;
          // Only a late system waits on something; without a runbook, lateness can only come from a need.
          if (entry.waitsOn !== null) expect(late).toBe(true);
          if (late && entry.basis === 'rto') expect(entry.waitsOn).not.toBeNull();
          if (late && entry.basis === 'runbook' && entry.causes.length === 0)
            expect(entry.waitsOn).toBeNull();
          if (entry.waitsOn !== null) {
            expect(entry.causes).toContain(entry.waitsOn);
            const need = byId.get(entry.waitsOn)?.back.atLeast ?? Number.NaN;
            // Without a runbook it is back when that need is; with one, its runbook starts then.
            if (entry.basis === 'rto') expect(need).toBe(entry.back.atLeast);
            else expect(need).toBeLessThanOrEqual(entry.back.atLeast ?? Number.NaN);
          }
          // A wave exactly when there is a recovery order, i.e. a certain back time.
          expect(entry.wave === null).toBe(entry.back.atLeast === null);
        }
        expect(outage.waves.flatMap((wave) => wave.systemIds).sort()).toEqual(
          outage.down
            .filter((entry) => entry.wave !== null)
            .map((entry) => entry.id)
            .sort(),
        );
        expect(outage.breaches.systems).toBe(outage.down.filter((entry) => entry.breach).length);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order the failures are picked in', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        expect(simulateOutage(plan, [...plan.failed].reverse())).toEqual(simulateOutage(plan, plan.failed));
      }),
      { numRuns: 200 },
    );
  });
});
