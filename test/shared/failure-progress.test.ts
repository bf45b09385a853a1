import { describe, expect, it } from 'vitest';
import { failurePointsStep, type ScenarioProgress } from '../../shared/analysis/failure-progress';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import type { Dependency } from '../../shared/model/dependency';
import { newSystemDefaults, type System } from '../../shared/model/system';
import { NO_PEOPLE } from '../support/no-people';

const STAMP = '2026-11-22T10:00:00.000Z';
const PLAN = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';

function system(id: string, overrides: Partial<System> = {}): System {
  return {
    id,
    planId: PLAN,
    ...newSystemDefaults(id),
    owner: 'IT',
    tier: 1,
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

type Need = Pick<Dependency, 'dependentId' | 'kind' | 'targetIds'>;
const needs = (dependentId: string, ...targetIds: string[]): Need => ({
  dependentId,
  kind: 'hard',
  targetIds,
});

/** The step for these systems and dependencies, with findings from the real analysis. */
function step(systems: System[], dependencies: Need[], scenarios: ScenarioProgress[] = []) {
  const { findings } = analysePlan({
    ...NO_PEOPLE,
    mtdThreshold: 'severe',
    systems,
    processes: [],
    dependencies,
    today: '2026-11-22',
  });
  return failurePointsStep({
    systemCount: systems.length,
    dependencyCount: dependencies.length,
    scenarios,
    findings,
  });
}

const rated = (name: string): ScenarioProgress => ({ id: name, name, likelihood: 2, impact: 4 });

describe('failurePointsStep', () => {
  it('has nothing to ask before there are systems', () => {
    expect(step([], [])).toMatchObject({ status: 'not-started', done: 0, total: 4, next: null });
  });

  it('asks for dependencies first, and counts no cycle or SPOF check before any exist', () => {
    expect(step([system('app')], [])).toMatchObject({
      status: 'not-started',
      done: 0,
      summary: '0 dependencies recorded · single points of failure not known yet · no scenarios yet',
      next: { text: 'Record what your systems depend on', target: { kind: 'map' } },
    });
  });

  it('points at a dependency cycle before anything else', () => {
    const result = step([system('a'), system('b')], [needs('a', 'b'), needs('b', 'a')]);
    expect(result.status).toBe('in-progress');
    expect(result.done).toBe(1);
    expect(result.next?.target).toEqual({ kind: 'failure-points' });
    expect(result.next?.text).toMatch(/^Break the dependency cycle: /);
  });

  it('then at the worst single point of failure', () => {
    const result = step([system('app'), system('db', { tier: 3 })], [needs('app', 'db')]);
    expect(result).toMatchObject({
      done: 2,
      summary: '1 dependency recorded · 1 single point of failure · no scenarios yet',
      next: {
        text: 'Add a standby for “db”, a single point of failure',
        target: { kind: 'system', id: 'db' },
      },
    });
  });

  it('with the map clean, asks for scenarios, then for the unrated one', () => {
    const systems = [system('app'), system('db', { redundancy: { mode: 'active-passive' } })];
    const dependencies = [needs('app', 'db')];
    expect(step(systems, dependencies).next).toEqual({
      text: 'Describe what can go wrong: add failure scenarios',
      target: { kind: 'scenarios' },
    });
    const unrated = { id: 's2', name: 'Ransomware', likelihood: 3, impact: null };
    expect(step(systems, dependencies, [rated('Power cut'), unrated])).toMatchObject({
      status: 'in-progress',
      done: 3,
      summary: '1 dependency recorded · 0 single points of failure · 1 of 2 scenarios rated',
      next: {
        text: 'Rate how likely and how harmful “Ransomware” is',
        target: { kind: 'scenario', id: 's2' },
      },
    });
    expect(step(systems, dependencies, [rated('Power cut')])).toMatchObject({
      status: 'done',
      done: 4,
      next: null,
    });
  });

  it('scenarios alone start the step', () => {
    expect(step([system('app')], [], [rated('Power cut')]).status).toBe('in-progress');
  });
});
